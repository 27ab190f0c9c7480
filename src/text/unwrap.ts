/**
 * lynx and w3m dump a page wrapped at a fixed width (80 columns unless told otherwise), so
 * one paragraph becomes several lines and every rule that reads a line as a block would read
 * its pieces as short furniture. A wrapped page gives itself away by shape, in any language:
 * almost no line is longer than the width, and many lines end where the next line's first
 * word would not have fitted. Those breaks are undone; a line that ends short of the width
 * ended its block in the page (a heading, a menu entry, a paragraph's last line).
 * Chinese and Japanese are printed without spaces and broken between any two characters;
 * w3m gives each of their characters two columns, lynx one, so the width is sought in both
 * measures, and a break between two such characters is undone without a space.
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
  TEXT_WRAP_CJK_CARRY,
  TEXT_WRAP_IN_WORDS_SHARE,
} from '../thresholds.js';

/** How a page was wrapped: the width, and whether it was counted in terminal columns (a CJK character is two). */
export interface Wrap {
  width: number;
  wide: boolean;
  /** Korean is spaced, but w3m may break it inside a word, filling each row to the width: then a break between syllables closes up. */
  inWords?: boolean;
}
type Measure = (text: string) => number;

// East Asian wide and fullwidth characters: two terminal columns each (Hangul, CJK, kana, fullwidth forms).
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const HAS_WIDE = new RegExp(WIDE.source, 'u');
// Scripts written without spaces between words (Han, kana, their punctuation and fullwidth forms): a dumper breaks them anywhere.
const UNSPACED = /[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;
const HANGUL = /[\uac00-\ud7a3]/u;
const chars: Measure = (text) => text.length;
/** Terminal columns, as w3m counts them. */
export const columns: Measure = (text) => text.length + (text.match(WIDE)?.length ?? 0);

// A list bullet as the dumpers print them ("* ", "o " for a nested list, "• ", "1. ").
const BULLET = /^(?:[*+•·◦▪o#–-]|\d{1,3}[.)])\s+/u;
/** The bullets that are no word: an "o" in line with the words above it is one. */
const MARK = /^(?:[*+•·◦▪#–-]|\d{1,3}[.)])\s+/u;
const O_BULLET = /^o\s+/u;
const INDENT = /^[ \u00a0]*/u;

const indentOf = (row: string) => INDENT.exec(row)![0].length;
const firstWordLength = (row: string, measure: Measure) => {
  const t = row.trimStart();
  const space = t.search(/\s/u);
  return measure(space < 0 ? t : t.slice(0, space));
};
/** Both sides of a break are characters of an unspaced script (the first code point of `next`, the last of `text`). */
const unspacedBreak = (text: string, next: string) => UNSPACED.test(text.slice(-1)) && UNSPACED.test(next.trimStart().charAt(0));

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
export function wrappedAt(row: string, next: string, width: number, measure: Measure = chars): boolean {
  const text = row.trimEnd();
  const length = measure(text);
  if (length > width || length < width * TEXT_WRAP_MIN_FILL || !next.trim() || next.includes('\t') || row.includes('\t')) return false;
  if (unspacedBreak(text, next)) {
    // No space goes between them, and the dumper may carry a character down to keep a stop off the line's start.
    if (length + measure(next.trimStart().charAt(0)) * (1 + TEXT_WRAP_CJK_CARRY) <= width) return false;
  } else if (length + 1 + firstWordLength(next, measure) <= width) return false;
  const indent = indentOf(next);
  if (indent === contentStart(row)) return !MARK.test(next.slice(indent));
  // "o" is lynx's bullet for a nested list, set in deeper than the text above; at the text's own margin it is a word (Portuguese, Spanish, Italian).
  return O_BULLET.test(row.slice(indentOf(row))) && indent === indentOf(row) && !BULLET.test(next.slice(indent));
}

/** How the page was wrapped, or null: the width found in characters or in columns, whichever explains more breaks. */
export function findWrap(rows: readonly string[]): Wrap | null {
  const narrow = widthIn(rows, chars);
  // Only a page with wide characters measures differently in columns.
  const wide = rows.some((r) => HAS_WIDE.test(r)) ? widthIn(rows, columns) : null;
  if (wide && (!narrow || wide.breaks > narrow.breaks)) return { width: wide.width, wide: true, inWords: breaksInWords(rows, wide.width) };
  return narrow ? { width: narrow.width, wide: false } : null;
}

/**
 * Does the dumper break Korean inside words? Broken at spaces, a row of it ends wherever its
 * last word did; broken inside words, almost every row between two syllables is filled so
 * that not one more syllable would have fitted.
 */
function breaksInWords(rows: readonly string[], width: number): boolean {
  let breaks = 0;
  let full = 0;
  for (let i = 0; i + 1 < rows.length; i++) {
    const text = rows[i]!.trimEnd();
    const next = rows[i + 1]!.trimStart();
    if (!HANGUL.test(text.slice(-1)) || !HANGUL.test(next.charAt(0)) || !wrappedAt(rows[i]!, rows[i + 1]!, width, columns)) continue;
    breaks++;
    if (columns(text) + columns(next.charAt(0)) > width) full++;
  }
  return breaks >= TEXT_WRAP_MIN_BREAKS && full >= breaks * TEXT_WRAP_IN_WORDS_SHARE;
}

/** The width a page was wrapped at, counted in characters or columns (see findWrap), or null. */
export function wrapWidth(rows: readonly string[]): number | null {
  return findWrap(rows)?.width ?? null;
}

/** The measure a wrap was counted in. */
export const measureOf = (wide: boolean): Measure => (wide ? columns : chars);

/**
 * The width a page was wrapped at in one measure, or null when it was not: of the longest
 * line lengths (a few longer lines allowed, such as a URL that cannot be broken), the one
 * most rows were broken at, when that is both several rows and a fair share of the long ones.
 */
function widthIn(rows: readonly string[], measure: Measure): { width: number; breaks: number } | null {
  const lengths = rows.map((r) => measure(r.trimEnd()));
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
      if (i + 1 < rows.length && wrappedAt(rows[i]!, rows[i + 1]!, width, measure)) {
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
  return best === null ? null : { width: best, breaks: bestBreaks };
}

/**
 * A wrapped row and its continuation as one text: a word broken at its hyphen closes up, and
 * so do Chinese and Japanese, and Korean where the dumper breaks inside words.
 */
export function joinWrapped(text: string, next: string, inWords = false): string {
  const closes = (/\p{L}-$/u.test(text) && /^\p{L}/u.test(next)) || unspacedBreak(text, next) || (inWords && HANGUL.test(text.slice(-1)) && HANGUL.test(next.charAt(0)));
  return closes ? text + next : `${text} ${next}`;
}
