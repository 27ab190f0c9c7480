/**
 * A page that is already clean: a story with nothing of a web page around it, as pith
 * writes it (and as an author or another extractor writing paragraphs does). There is
 * nothing to separate on it, and the rules that find a story in a scrape would misread its
 * own lines as chrome — a headline above a byline as a menu entry, a closing credit or a
 * short paragraph after the last long one as the next section, a line naming two networks
 * as a share bar — so cleaning pith's output again would change it.
 *
 * The tell is how chrome is laid out, not what it says. A flattened page prints its chrome
 * as runs of lines with no blank line between them: a menu, a footer's links, a list of
 * headlines, a headline with its byline and date under it. A clean page sets every block
 * apart by a blank line. So a page is clean when, outside the stretch from its first
 * paragraph standing alone to its last, every line stands alone between blank lines (or the
 * page's edge), and no comment form or consent button (short lines no story prints) is on
 * it. The text path keeps every line of a clean page that stands alone; only runs of lines
 * inside it (a caption glued to its credit, a box of links, a teaser card) are still read
 * for furniture (classify.ts). The HTML path writes its output in that layout (layout.ts).
 */
import type { TextLine } from './types.js';
import { isBarrier } from './story.js';

/** Lines with no blank line between them, as [first, last] index pairs. */
export type Group = [number, number];

export function groups(lines: readonly TextLine[]): Group[] {
  const out: Group[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && (line.block.gapBefore ?? 0) === 0) out[out.length - 1]![1] = i;
    else out.push([i, i]);
  });
  return out;
}

/** The page's groups, and the runs of several lines outside its story stretch (null: no paragraph to make a story). */
export function strayRuns(lines: readonly TextLine[]): Group[] | null {
  const all = groups(lines);
  // The story's paragraphs stand alone; a paragraph inside a run of lines may be a menu's long
  // entry or a teaser's blurb, and a page printed without blank lines has no layout to read.
  const story = all.map(([from, to]) => from === to && lines[from]!.f.prose);
  const first = story.indexOf(true);
  if (first < 0) return null;
  const last = story.lastIndexOf(true);
  return all.filter(([from, to], g) => (g < first || g > last) && to > from);
}

/** A blank line (or the page's edge) above and below the line. */
export function standsAlone(lines: readonly TextLine[], i: number): boolean {
  const gap = (k: number) => k <= 0 || k >= lines.length || (lines[k]!.block.gapBefore ?? 0) > 0;
  return gap(i) && gap(i + 1);
}

export function isCleanPage(lines: readonly TextLine[]): boolean {
  // A comment thread's form or a cookie banner's buttons: short lines no story prints.
  if (lines.some((l) => isBarrier(l) && !l.f.prose)) return false;
  return strayRuns(lines)?.length === 0;
}
