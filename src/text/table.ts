/**
 * Data tables and schedules flattened into lines: standings ("1 Kyle Busch 5040 5 1 17
 * 27"), race calendars ("3a etapa: 22 de abril – Velopark"), ticker boxes. Their rows
 * are short and unpunctuated, so the prose search alone would read them as a menu; but
 * a page whose story *is* a table has no other story, and a table inside a story belongs
 * to it. A table is a run of consecutive short lines built alike — the same number of
 * tab-separated cells, a separator in common, or the same number of figures — most of
 * which carry figures that change from row to row. Menus repeat words (and a shared
 * "iOS 13:" prefix), not figures.
 */
import { TEXT_TABLE_FIGURED_SHARE, TEXT_TABLE_MIN_SHARED_FIGURES, TEXT_TABLE_MIN_CELL_ROWS, TEXT_TABLE_MIN_ROWS, TEXT_TABLE_ROW_MAX_CHARS } from '../thresholds.js';
import type { TextLine } from './types.js';

/** The separators a row or list item is built with: "June 9 – Tampa, FL @ Arena", "England (Group A): 10th appearance". */
export function separators(text: string): Set<string> {
  return new Set(text.match(/ [-–—] |--|[:@|(]/g) ?? []);
}

const FIGURE = /^[-+−]?[\d.,]*\d[\d.,]*%?$/u;

/** How many whitespace-separated tokens of the row are figures ("5040", "-12.99", "-5.44%"). */
function figures(text: string): number {
  return text.split(/\s+/).filter((t) => FIGURE.test(t)).length;
}

/** A row without the item count that category menus and headline lists end in ("Politics (42)"). */
export function body(line: TextLine): string {
  // (?<!\s) lets the white space be tried from its first character only (else quadratic on a long run).
  return line.block.text.replace(/(?<!\s)\s*[([]\d+[)\]]$/u, '');
}

const FIGURES = /\p{N}+/gu;
const FIGURE_CHAR = /\p{N}/u;

/** The figures of a row, in order: a menu whose entries share a prefix ("iOS 13: Maps") repeats them. */
function values(text: string): string {
  return (text.match(FIGURES) ?? []).join(' ');
}

function candidate(line: TextLine): boolean {
  return (
    !line.f.prose &&
    line.f.weight <= TEXT_TABLE_ROW_MAX_CHARS &&
    !line.heading &&
    !line.video &&
    !line.date &&
    !line.age &&
    !line.footer &&
    !line.cookie &&
    !line.share
  );
}

/** Does `line` continue the table whose rows so far share `common` separators? */
function continues(prev: TextLine, line: TextLine, common: ReadonlySet<string>): Set<string> | null {
  if (!candidate(line) || (line.block.gapBefore ?? 0) > 0) return null;
  const cells = line.block.cells ?? 0;
  if (cells > 1 && cells === prev.block.cells) return new Set(common);
  const text = body(line);
  const before = body(prev);
  if (values(text) === values(before)) return null;
  const shared = new Set([...separators(text)].filter((s) => common.has(s)));
  if (shared.size) return shared;
  const n = figures(text);
  return n >= TEXT_TABLE_MIN_SHARED_FIGURES && n === figures(before) ? new Set(common) : null;
}

/**
 * Marks the rows of every table on the page: runs of at least TEXT_TABLE_MIN_ROWS
 * consecutive candidate lines, each continuing the one before, at least half of them
 * with figures in them.
 */
export function tableRows(lines: readonly TextLine[]): boolean[] {
  const rows = lines.map(() => false);
  let from = 0;
  let common = new Set<string>();
  const close = (to: number) => {
    const block = lines.slice(from, to);
    const figured = block.filter((l) => FIGURE_CHAR.test(body(l))).length;
    // Tab-separated cells are a table for sure; then a header and two rows are enough.
    const min = block.every((l) => (l.block.cells ?? 0) > 1) ? TEXT_TABLE_MIN_CELL_ROWS : TEXT_TABLE_MIN_ROWS;
    if (to - from >= min && figured >= (to - from) * TEXT_TABLE_FIGURED_SHARE) for (let k = from; k < to; k++) rows[k] = true;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = i > from ? continues(lines[i - 1]!, line, common) : null;
    if (next) {
      common = next;
      continue;
    }
    close(i);
    from = candidate(line) ? i : i + 1;
    common = separators(body(line));
  }
  close(lines.length);
  return rows;
}
