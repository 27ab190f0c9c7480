/**
 * The report of one page, from its sidecar alone: the page's blocks in reading order, kept
 * blocks plain, removed ones shaded by kind with their rule and reason beside them (and in a
 * tooltip), the page's metadata on top and the text output beside. Pure: sidecar in, HTML out.
 */
import { renderBlocks } from '../stages/render.js';
import { countWords } from '../measure.js';
import { KINDS, type Block, type KeptBlock, type Kind, type Position, type Removal, type Sidecar } from '../types.js';
import { esc, kindOf } from './escape.js';
import { head } from './style.js';

/** A sidecar as read back from a file: fields added since it was written may be missing. */
export type SavedSidecar = Omit<Sidecar, 'kept' | 'pageType' | 'langSource' | 'langDeclared'> & {
  kept?: KeptBlock[];
  pageType?: unknown;
  langSource?: Sidecar['langSource'];
  langDeclared?: Sidecar['langDeclared'];
};

export interface PageReportOptions {
  /** The text output as pith wrote it; without it the text is rebuilt from the kept blocks. */
  text?: string;
  /** Lines of warning about how the report was made (e.g. an input that no longer matches). */
  notes?: readonly string[];
}

/** One row of the page view. */
export type Row = { kept: KeptBlock } | { removed: Removal };

const pos = (r: Row): Position => ('kept' in r ? r.kept.position : r.removed.position);

/**
 * Every block of the page in reading order. The blocks with an index (kept, and removed after
 * segmentation) are in the order of the page's blocks; blocks removed before segmentation
 * (index -1) go back in front of the first such block that came later on the page
 * (position.order, HTML). Removals the sidecar cannot place come last, in the order recorded.
 */
export function readingOrder(sidecar: SavedSidecar): Row[] {
  const indexed: Row[] = [...(sidecar.kept ?? []).map((kept) => ({ kept })), ...sidecar.removed.filter((r) => r.position.index >= 0).map((removed) => ({ removed }))];
  indexed.sort((a, b) => pos(a).index - pos(b).index);
  const floating = sidecar.removed.filter((r) => r.position.index < 0);
  const placed = floating.filter((r) => typeof r.position.order === 'number').sort((a, b) => a.position.order! - b.position.order!);
  const unplaced = floating.filter((r) => typeof r.position.order !== 'number');
  const rows: Row[] = [];
  let next = 0;
  for (const row of indexed) {
    const order = pos(row).order;
    if (typeof order === 'number') while (next < placed.length && placed[next]!.position.order! < order) rows.push({ removed: placed[next++]! });
    rows.push(row);
  }
  for (; next < placed.length; next++) rows.push({ removed: placed[next]! });
  for (const removed of unplaced) rows.push({ removed });
  return rows;
}

const TYPE_CLASS: Partial<Record<string, string>> = { heading: 'h', 'list-item': 'li', quote: 'quote', code: 'code', table: 'table' };

/** A text block's class: its line numbers hang in a gutter to its left. */
const lined = (p: Position) => (typeof p.line === 'number' ? 'lined' : '');

/** The line number(s) of a text block, as a gutter. */
function lineMark(p: Position): string {
  if (typeof p.line !== 'number') return '';
  const range = typeof p.endLine === 'number' && p.endLine !== p.line ? `${p.line}–${p.endLine}` : String(p.line);
  return `<span class="ln">${esc(range)}</span>`;
}

function keptRow(b: KeptBlock): string {
  const cls = ['b', 'kept', TYPE_CLASS[b.type] ?? '', b.title ? 'title' : '', lined(b.position)].filter(Boolean).join(' ');
  return `<div class="${cls}">${lineMark(b.position)}${esc(b.text)}</div>`;
}

function removedRow(r: Removal): string {
  const kind = kindOf(r.kind);
  // The element's path only in the tooltip: beside every block it buried the reasons.
  const tip = `${kind} — ${r.rule}: ${r.reason}${r.position.path ? `\n${r.position.path}` : ''}`;
  return (
    `<div class="b r k-${kind}${lined(r.position) ? ' lined' : ''}" data-kind="${kind}" title="${esc(tip)}">` +
    `<span class="why"><span class="tag">${kind}</span> <code>${esc(r.rule)}</code> ${esc(r.reason)}</span>` +
    `${lineMark(r.position)}<span class="t">${esc(r.text)}</span></div>`
  );
}

/** Blank lines of a text scrape between two rows, drawn as a small gap. */
function gapBetween(prev: Row | undefined, row: Row): string {
  const a = prev ? (pos(prev).endLine ?? pos(prev).line) : undefined;
  const b = pos(row).line;
  return typeof a === 'number' && typeof b === 'number' && b > a + 1 ? '<div class="gap"></div>' : '';
}

/** The page type and the evidence that decided it, from a sidecar that may be old or hand-made. */
function pageTypeLine(t: unknown): string | null {
  if (typeof t === 'string') return t;
  if (!t || typeof t !== 'object') return null;
  const { type, evidence } = t as { type?: unknown; evidence?: unknown };
  if (typeof type !== 'string') return null;
  const signals = Array.isArray(evidence) ? evidence.filter((e) => e && e.type === type && typeof e.detail === 'string').map((e) => String(e.detail)) : [];
  return signals.length ? `${type} (${signals.join('; ')})` : type;
}

function metaList(s: SavedSidecar, rows: Row[]): string {
  const src = s.source ?? ({} as SavedSidecar['source']);
  const keptWords = (s.kept ?? []).reduce((n, b) => n + countWords(b.text), 0);
  const removedWords = s.removed.reduce((n, r) => n + countWords(r.text), 0);
  const items: Array<[string, unknown]> = [
    ['page type', pageTypeLine(s.pageType)],
    ['source', src.path],
    ['format', [src.format, src.encoding, src.gzip ? 'gzip' : null, typeof src.bytes === 'number' ? `${src.bytes} bytes` : null].filter(Boolean).join(' · ')],
    ['byline', s.byline],
    ['published', s.published],
    ['site', s.siteName],
    ['language', s.lang && s.langSource ? `${s.lang} (${s.langSource})` : s.lang],
    ['URL', s.url],
    ['excerpt', s.excerpt],
    ['story words', s.wordCount],
    ['blocks', `${rows.length - s.removed.length} kept (${keptWords} words), ${s.removed.length} removed (${removedWords} words)`],
    ['sha256', src.sha256],
  ];
  return `<dl class="meta">${items
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('')}</dl>`;
}

function legend(removed: readonly Removal[]): string {
  const counts = new Map<Kind, number>();
  for (const r of removed) counts.set(kindOf(r.kind), (counts.get(kindOf(r.kind)) ?? 0) + 1);
  const tags = KINDS.filter((k) => counts.has(k)).map((k) => `<span class="tag k-${k}">${k} × ${counts.get(k)}</span>`);
  return `<div class="legend"><span class="tag kept">kept</span>${tags.join('')}</div>`;
}

/** The whole report of one page. */
export function pageReport(sidecar: SavedSidecar, options: PageReportOptions = {}): string {
  const rows = readingOrder(sidecar);
  const notes = [...(options.notes ?? [])];
  if (!sidecar.kept) notes.push('This sidecar was written before pith recorded the kept blocks: only the removed blocks are shown (give --input to clean the page again).');
  const rebuilt = renderBlocks((sidecar.kept ?? []) as Block[]);
  const text = options.text ?? (rebuilt ? `${rebuilt}\n` : '');
  const title = sidecar.title || sidecar.source?.path || 'page';
  let body = '';
  rows.forEach((row, i) => {
    body += gapBetween(rows[i - 1], row) + ('kept' in row ? keptRow(row.kept) : removedRow(row.removed)) + '\n';
  });
  return (
    head(`pith report: ${title}`) +
    `<body>\n<header class="top"><h1>${esc(title)}</h1>${metaList(sidecar, rows)}${legend(sidecar.removed)}` +
    [...notes, ...(sidecar.warnings ?? [])].map((w) => `<p class="warn">${esc(w)}</p>`).join('') +
    `</header>\n<main class="cols">\n<section class="pane page"><h2>The page, in reading order</h2>\n${body}</section>\n` +
    `<section class="pane text"><h2>Text output</h2>${options.text === undefined ? '<p class="note">Rebuilt from the kept blocks in the sidecar.</p>' : ''}<pre class="out">${esc(text)}</pre></section>\n</main>\n</body>\n</html>\n`
  );
}
