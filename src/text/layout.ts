/**
 * Story text laid out so that the text path, reading it as a scrape, keeps it whole: the
 * layout of a clean page (clean.ts). The HTML path renders its blocks one to a paragraph,
 * but the items of a list and the rows of a table or code block follow each other line by
 * line, and such a run reads like a flattened page's chrome when it stands before the
 * story's first paragraph or after its last, or like furniture set into the story when the
 * reading would cut into it (a list of links under "More:", a caption over a credit). Those
 * runs are written with a blank line between their lines: the same lines, each a block of
 * its own, which a clean page keeps.
 */
import { readAlone } from './label.js';
import { groups, strayRuns, type Group } from './clean.js';
import { pageStopwords } from '../language/page.js';
import { analyseLines } from './lines.js';
import type { TextLine } from './types.js';
import { textBlocks } from './split.js';
import type { PithDocument } from '../document.js';

/** The runs to set apart, first those that keep the page from reading clean, then those a reading would cut into. */
function runsToSpread(text: string, like: Pick<PithDocument, 'options' | 'meta'>): [Group[], TextLine[]] {
  const blocks = textBlocks(text);
  // Every line standing alone: no run to set apart, and nothing to read for it.
  if (blocks.every((b, i) => i === 0 || (b.gapBefore ?? 0) > 0)) return [[], []];
  const stopwords = pageStopwords(blocks);
  const lines = analyseLines(blocks, stopwords);
  const runs = groups(lines).filter(([from, to]) => to > from);
  const stray = strayRuns(lines);
  // No paragraph stands alone yet (all of them are list items): set apart the runs that hold one.
  if (stray === null) return [runs.filter(([from, to]) => lines.slice(from, to + 1).some((l) => l.f.prose)), lines];
  // A clean page keeps every line standing alone: only runs can be cut into (and a reading that
  // is not clean, for a comment form on the page, is past what layout can mend).
  if (stray.length || !runs.length) return [stray, lines];
  readAlone(lines, stopwords, like);
  return [runs.filter(([from, to]) => blocks.slice(from, to + 1).some((b) => b.label && !b.label.main)), lines];
}

export function layOutClean(text: string, like: Pick<PithDocument, 'options' | 'meta'>): string {
  // Every pass breaks at least one run into lines standing alone, so the loop ends.
  for (;;) {
    const [runs, lines] = runsToSpread(text, like);
    if (!runs.length) return text;
    const rows = text.split('\n');
    for (const [from, to] of runs) {
      for (let i = from + 1; i <= to; i++) {
        const row = lines[i]!.block.position.line! - 1;
        rows[row] = `\n${rows[row]}`;
      }
    }
    text = rows.join('\n');
  }
}
