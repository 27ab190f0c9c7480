/**
 * The batch summary (`<out>/pith-report.html`), gathered one page at a time so a run of a
 * million pages costs the counts, not the pages: statuses, removals by kind and by rule, the
 * share of its words each page kept (a histogram), the pages that kept least and the failures.
 * Pure: the CLI reads the manifest and the sidecars and feeds them in.
 */
import { countWords } from '../measure.js';
import { KINDS, type Kind } from '../types.js';
import { esc, kindOf, relHref } from './escape.js';
import type { SavedSidecar } from './page.js';
import { head } from './style.js';
import { barChart, histogram } from './svg.js';

/** What the summary needs of a manifest line. */
export interface SummaryLine {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
  error: string | null;
  errorCode?: string;
}

interface PageWords {
  path: string;
  kept: number;
  input: number;
  link: string[] | null;
}

const BINS = 10;
/** Rows in the least-kept table and the failure list, and bars in the rule chart. */
export const SUMMARY_LIST_ROWS = 25;
export const SUMMARY_MAX_FAILURES = 200;

export class BatchSummary {
  private readonly status = { ok: 0, failed: 0, skipped: 0 };
  private readonly kinds = new Map<Kind, number>();
  private readonly rules = new Map<string, { kind: Kind; n: number }>();
  private readonly bins = new Array<number>(BINS).fill(0);
  private least: PageWords[] = [];
  private readonly failures: SummaryLine[] = [];
  private pages = 0;
  /** The folder every input path so far starts with, so that the tables can show shorter paths. */
  private prefix: string | null = null;
  private words = { kept: 0, input: 0 };

  /**
   * One manifest line, with its page's sidecar when there is one and the path segments of its
   * page report relative to the summary (null when none was written).
   */
  add(line: SummaryLine, sidecar: SavedSidecar | null, link: string[] | null): void {
    this.status[line.status]++;
    this.prefix = commonDir(this.prefix, line.path);
    if (line.status === 'failed' && this.failures.length < SUMMARY_MAX_FAILURES) this.failures.push(line);
    if (!sidecar) return;
    this.pages++;
    let removedWords = 0;
    for (const r of sidecar.removed) {
      const kind = kindOf(r.kind);
      this.kinds.set(kind, (this.kinds.get(kind) ?? 0) + 1);
      const rule = this.rules.get(r.rule) ?? { kind, n: 0 };
      rule.n++;
      this.rules.set(r.rule, rule);
      removedWords += countWords(r.text);
    }
    const kept = sidecar.kept ? sidecar.kept.reduce((n, b) => n + countWords(b.text), 0) : sidecar.wordCount;
    const input = kept + removedWords;
    this.words.kept += kept;
    this.words.input += input;
    if (!input) return;
    const share = kept / input;
    this.bins[Math.min(BINS - 1, Math.floor(share * BINS))]!++;
    this.least.push({ path: line.path, kept, input, link });
    if (this.least.length > SUMMARY_LIST_ROWS * 4) this.trimLeast();
  }

  private trimLeast(): void {
    this.least = this.least.sort((a, b) => a.kept / a.input - b.kept / b.input || b.input - a.input).slice(0, SUMMARY_LIST_ROWS);
  }

  /** The summary page. `title` names the run (the out dir). */
  html(title: string): string {
    this.trimLeast();
    const total = this.status.ok + this.status.failed + this.status.skipped;
    const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
    const card = (v: string | number, l: string) => `<div class="card"><div class="v">${esc(typeof v === 'number' ? v.toLocaleString('en-US') : v)}</div><div class="l">${esc(l)}</div></div>`;
    const kindBars = KINDS.filter((k) => this.kinds.has(k)).map((k) => ({ label: k, value: this.kinds.get(k)!, cls: `k-${k}` }));
    kindBars.sort((a, b) => b.value - a.value);
    const ruleBars = [...this.rules].sort((a, b) => b[1].n - a[1].n).slice(0, SUMMARY_LIST_ROWS).map(([rule, r]) => ({ label: rule, value: r.n, cls: `k-${r.kind}` }));
    const moreRules = this.rules.size > ruleBars.length ? `<p class="note">The ${ruleBars.length} most frequent of ${this.rules.size} rules; bars coloured by the kind they removed.</p>` : '<p class="note">Bars coloured by the kind each rule removed.</p>';
    const short = (path: string) => (this.prefix && path.startsWith(this.prefix) ? path.slice(this.prefix.length) : path);
    const pageLink = (path: string, link: string[] | null) => (link ? `<a href="${relHref(link)}" title="${esc(path)}">${esc(short(path))}</a>` : esc(short(path)));
    const leastRows = this.least
      .map((p) => `<tr><td>${pageLink(p.path, p.link)}</td><td class="n">${p.kept.toLocaleString('en-US')}</td><td class="n">${p.input.toLocaleString('en-US')}</td><td class="n">${pct(p.kept, p.input)}</td></tr>`)
      .join('');
    const failRows = this.failures.map((f) => `<tr><td title="${esc(f.path)}">${esc(short(f.path))}</td><td>${esc(f.errorCode ?? '')}</td><td>${esc(f.error ?? '')}</td></tr>`).join('');
    const panel = (h: string, inner: string, wide = false) => `<section class="pane${wide ? ' wide' : ''}"><h2>${esc(h)}</h2>${inner}</section>\n`;
    return (
      head(`pith batch report: ${title}`) +
      `<body>\n<header class="top"><h1>pith batch report</h1><p class="note">out dir ${esc(title)}${this.prefix ? ` · inputs under ${esc(this.prefix)}` : ''}</p><div class="cards">` +
      card(total, 'inputs') + card(this.status.ok, 'cleaned') + card(this.status.skipped, 'skipped (done before, or not a page)') + card(this.status.failed, 'failed') +
      card(pct(this.words.kept, this.words.input), `of ${this.words.input.toLocaleString('en-US')} words kept`) +
      `</div></header>\n<main class="grid2">\n` +
      panel('Removed blocks by kind', kindBars.length ? barChart(kindBars, 'Removed blocks by kind') : '<p class="note">Nothing was removed.</p>') +
      panel('Words kept, share of the page', `<p class="note">Pages by the share of their words kept as the story (${this.pages.toLocaleString('en-US')} pages with a sidecar).</p>` + histogram(this.bins, 'Pages by share of words kept', 'words kept ÷ words on the page')) +
      panel('Rules by count', ruleBars.length ? moreRules + barChart(ruleBars, 'Removals by rule') : '<p class="note">No rule fired.</p>') +
      panel('Pages that kept the least', leastRows ? `<table class="list"><thead><tr><th>page</th><th>kept</th><th>words</th><th>share</th></tr></thead><tbody>${leastRows}</tbody></table>` : '<p class="note">No page.</p>') +
      panel('Failures', failRows ? `${this.status.failed > this.failures.length ? `<p class="note">The first ${this.failures.length} of ${this.status.failed}; the manifest lists all.</p>` : ''}<table class="list"><thead><tr><th>input</th><th>code</th><th>error</th></tr></thead><tbody>${failRows}</tbody></table>` : '<p class="note">No page failed.</p>', true) +
      `</main>\n</body>\n</html>\n`
    );
  }
}

/** The longest folder prefix (ending in "/") shared by `prefix` and `path`; `path`'s own folder at first. */
function commonDir(prefix: string | null, path: string): string {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  if (prefix === null) return dir;
  let n = 0;
  while (n < prefix.length && n < dir.length && prefix[n] === dir[n]) n++;
  return prefix.slice(0, prefix.lastIndexOf('/', n - 1) + 1);
}
