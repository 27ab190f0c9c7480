/**
 * lynx and w3m dump a page wrapped at a fixed width (80 columns unless told otherwise), so
 * one paragraph becomes several lines and every rule that reads a line as a block would read
 * its pieces as short furniture. A wrapped page gives itself away by shape, in any language:
 * almost no line is longer than the width, and many lines end where the next line's first
 * word would not have fitted. Those breaks are undone; a line that ends short of the width
 * ended its block in the page (a heading, a menu entry, a paragraph's last line).
 */
import {
  TEXT_WRAP_CANDIDATES,
  TEXT_WRAP_MIN_BREAKS,
  TEXT_WRAP_MIN_SHARE,
  TEXT_WRAP_OVERFLOW_MIN,
  TEXT_WRAP_OVERFLOW_SHARE,
  TEXT_WRAP_TIGHT_CHARS,
  TEXT_WRAP_TIGHT_SHARE,
  TEXT_WRAP_MIN_FILL,
} from '../thresholds.js';

// A list bullet as the dumpers print them ("* ", "o " for a nested list, "• ", "1. ").
const BULLET = /^(?:[*+•·◦▪o#–-]|\d{1,3}[.)])\s+/u;
const INDENT = /^[ \u00a0]*/u;

const indentOf = (row: string) => INDENT.exec(row)![0].length;
const firstWordLength = (row: string) => {
  const t = row.trimStart();
  const space = t.search(/\s/u);
  return space < 0 ? t.length : space;
};

/** Where the words of a row start: after its indentation and any bullet, where a wrapped continuation is indented to. */
function contentStart(row: string): number {
  const indent = indentOf(row);
  return indent + (BULLET.exec(row.slice(indent))?.[0].length ?? 0);
}

/**
 * Did the dumper break `next` off `row` at `width`: the row is within the width, the next
 * row's first word would not have fitted on it, and the next row continues its words (same
 * content indentation, no bullet or tab of its own).
 */
export function wrappedAt(row: string, next: string, width: number): boolean {
  const length = row.trimEnd().length;
  if (length > width || length < width * TEXT_WRAP_MIN_FILL || !next.trim() || next.includes('\t') || row.includes('\t')) return false;
  if (length + 1 + firstWordLength(next) <= width) return false;
  const indent = indentOf(next);
  return indent === contentStart(row) && !BULLET.test(next.slice(indent));
}

/**
 * The width a page was wrapped at, or null when it was not: of the longest line lengths
 * (a few longer lines allowed, such as a URL that cannot be broken), the one most rows
 * were broken at, when that is both several rows and a fair share of the long ones.
 */
export function wrapWidth(rows: readonly string[]): number | null {
  const lengths = rows.map((r) => r.trimEnd().length);
  const nonBlank = lengths.filter((l) => l > 0).length;
  const allowed = Math.max(TEXT_WRAP_OVERFLOW_MIN, nonBlank * TEXT_WRAP_OVERFLOW_SHARE);
  const counts = new Map<number, number>();
  for (const l of lengths) if (l > 0) counts.set(l, (counts.get(l) ?? 0) + 1);
  // The widths that leave few enough lines over: the longest lengths, down to the first that leaves too many.
  const eligible: number[] = [];
  let above = 0;
  for (const width of [...counts.keys()].sort((a, b) => b - a)) {
    if (above > allowed) break;
    eligible.push(width);
    above += counts.get(width)!;
  }
  // The dumper fills lines to the width and a little short of it: the commonest of them are the candidates.
  const candidates = eligible.sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, TEXT_WRAP_CANDIDATES);
  let best: number | null = null;
  let bestBreaks = 0;
  for (const width of candidates) {
    // A ticker repeated down the page is one row however often it is printed.
    const seen = new Set<string>();
    let breaks = 0;
    let tight = 0;
    let long = 0;
    for (let i = 0; i < rows.length; i++) {
      if (lengths[i]! < width * TEXT_WRAP_MIN_FILL || lengths[i]! > width || seen.has(rows[i]!)) continue;
      seen.add(rows[i]!);
      long++;
      if (i + 1 < rows.length && wrappedAt(rows[i]!, rows[i + 1]!, width)) {
        breaks++;
        if (lengths[i]! + TEXT_WRAP_TIGHT_CHARS >= width) tight++;
      }
    }
    // Words are short, so most broken rows end within a few characters of the width; rows that end
    // anywhere before a long token (an image's "[name]") are paragraphs that ended there.
    if (breaks >= TEXT_WRAP_MIN_BREAKS && breaks >= long * TEXT_WRAP_MIN_SHARE && tight >= breaks * TEXT_WRAP_TIGHT_SHARE && breaks > bestBreaks) {
      best = width;
      bestBreaks = breaks;
    }
  }
  return best;
}

/** A wrapped row and its continuation as one text: a word broken at its hyphen closes up. */
export function joinWrapped(text: string, next: string): string {
  return /\p{L}-$/u.test(text) && /^\p{L}/u.test(next) ? text + next : `${text} ${next}`;
}
