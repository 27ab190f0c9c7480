// Summaries of scored pages: per page type and per part of the split (all, tune, check),
// with the "keep the whole page" reference beside each row, printed as Markdown tables so a
// run can be pasted into docs/results.md as it is.
import { aggregate } from './metric.mjs';

export const PARTS = ['all', 'tune', 'check'];

/** Rows keyed `type|part`; type `all` is the whole set. `pages` and `reference` are scoreOutput() results. */
export function summarise(pages, reference = null) {
  const refById = reference ? new Map(reference.map((p) => [p.id, p])) : null;
  const types = [...new Set(pages.map((p) => p.type).filter(Boolean))].sort((a, b) => count(pages, b) - count(pages, a) || a.localeCompare(b));
  const rows = {};
  for (const type of ['all', ...types]) {
    for (const p of PARTS) {
      const these = pages.filter((x) => (type === 'all' || x.type === type) && (p === 'all' || x.part === p));
      // A part holding every page of the row (a generated draw is one part) says nothing new.
      if (!these.length || (p !== 'all' && rows[`${type}|all`]?.pages === these.length)) continue;
      const row = { ...aggregate(these), ...sums(these) };
      if (refById) {
        const refs = these.map((x) => refById.get(x.id)).filter(Boolean);
        row.reference = { ...aggregate(refs), ...sums(refs) };
      }
      rows[`${type}|${p}`] = row;
    }
  }
  return rows;
}

function count(pages, type) {
  return pages.filter((p) => p.type === type).length;
}

function sums(pages) {
  const total = (k) => pages.reduce((s, p) => s + (p[k] ?? 0), 0);
  return { withTotal: total('withTotal'), withFound: total('withFound'), withoutTotal: total('withoutTotal'), leaked: total('leaked') };
}

/** The Markdown table of a summary; snippet columns only when the set has snippets. */
export function table(rows) {
  const hasSnippets = Object.values(rows).some((r) => r.withTotal || r.withoutTotal);
  const hasRef = Object.values(rows).some((r) => r.reference);
  const head = ['type', 'part', 'pages', 'P', 'R', 'F1'];
  if (hasRef) head.push('whole page F1');
  if (hasSnippets) head.push('with found', 'without leaked');
  if (hasSnippets && hasRef) head.push('whole page: with / leaked');
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const [key, r] of Object.entries(rows)) {
    const [type, p] = key.split('|');
    const cells = [type, p, r.pages, n(r.precision), n(r.recall), `**${n(r.f1)}**`];
    if (hasRef) cells.push(r.reference ? n(r.reference.f1) : '');
    if (hasSnippets) cells.push(share(r.withFound, r.withTotal), `${r.leaked} / ${r.withoutTotal}`);
    if (hasSnippets && hasRef) cells.push(r.reference ? `${share(r.reference.withFound, r.reference.withTotal)} / ${r.reference.leaked}` : '');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function n(x) {
  return x === null || x === undefined ? '-' : x.toFixed(4);
}

function share(found, total) {
  return total ? (found / total).toFixed(3) : '-';
}
