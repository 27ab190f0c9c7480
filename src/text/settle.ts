import type { PithDocument } from '../document.js';
import type { Block } from '../types.js';
import { TEXT_SETTLE_PASSES } from '../thresholds.js';
import { pageStopwords } from '../language/page.js';
import { analyseLines } from './lines.js';
import { readAlone } from './label.js';

/**
 * Cleaning pith's own output again must change nothing, but the story search weighs each
 * line against its neighbours and the page's repetitions: once the furniture around a
 * short line is gone, the run can end before it, or a line repeated only in a removed box
 * is no longer repeated. So read the page again as the output will read — the kept lines
 * in order, the headline among them, blank lines as render writes them (one at most) — and take what that reading removes too, until it removes nothing.
 */
export function settle(doc: PithDocument): void {
  for (let pass = 0; pass < TEXT_SETTLE_PASSES; pass++) {
    const kept = doc.blocks.filter((b) => !b.label);
    if (!kept.length) return;
    const copies = linesAsRead(kept);
    // A scratch reading: its removals and related cards were already recorded by the first one.
    const stopwords = pageStopwords(copies);
    readAlone(analyseLines(copies, stopwords), stopwords, doc);
    if (!takeReading(doc, kept, copies)) return;
  }
}

/** Kept blocks as a second cleaning reads them: in order, one blank line at most between them. */
export function linesAsRead(kept: readonly Block[]): Block[] {
  return kept.map((b, i) => ({
    text: b.text,
    type: 'line',
    position: { ...b.position, index: i },
    gapBefore: i > 0 && (b.gapBefore ?? 0) > 0 ? 1 : 0,
    // Tab cells are kept although the output joins them with spaces: a table read as the
    // story must not lose its header row to a reading that no longer sees it as a table.
    ...(b.cells ? { cells: b.cells } : {}),
  }));
}

/** Take what a second reading (labels on `copies`) removes from `kept`, and its headline; true when anything changed. */
export function takeReading(doc: PithDocument, kept: readonly Block[], copies: readonly Block[]): boolean {
  let changed = false;
  copies.forEach((c, i) => {
    const original = kept[i]!;
    if (c.label && !c.label.main) {
      doc.removeBlock(original, c.label.kind, c.label.rule, c.label.reason);
      changed = true;
    }
    if (!!c.title !== !!original.title) changed = true;
    original.title = c.title;
  });
  const title = kept.find((b) => b.title);
  if (title) doc.meta.title = title.text;
  return changed;
}
