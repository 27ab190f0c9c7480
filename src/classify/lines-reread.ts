/**
 * Cleaning pith's own output again must change nothing (bench/reclean.mjs). The line
 * classifier keeps lines the rules removed and removes lines they kept, so the second
 * cleaning — the rules, settle and the classifier over the kept lines alone, with the page
 * type those lines show — can read the page otherwise. As settle does for the rules, read the
 * kept lines again as the second cleaning would, and take what that reading removes too,
 * until it removes nothing.
 */
import { PithDocument } from '../document.js';
import { pageStopwords } from '../language/page.js';
import { detectTextPageType } from '../pagetype/text.js';
import { labelLines } from '../text/label.js';
import { analyseLines } from '../text/lines.js';
import { findStoryOf } from '../text/run.js';
import { linesAsRead, settle, takeReading } from '../text/settle.js';
import type { TextWork } from '../text/types.js';
import { TEXT_SETTLE_PASSES } from '../thresholds.js';
import type { Block } from '../types.js';
import { servedType } from './thresholds.js';

/** The kept blocks as a second cleaning reads them: in order, one blank line at most between them. */
export function keptCopies(doc: PithDocument): { kept: Block[]; copies: Block[] } {
  const kept = doc.blocks.filter((b) => b.label?.main);
  return { kept, copies: linesAsRead(kept) };
}

type Classify = (doc: PithDocument, work: TextWork, apply: boolean) => void;

/** Re-read until the reading removes nothing (at most TEXT_SETTLE_PASSES times). */
export function reread(doc: PithDocument, classify: Classify): void {
  for (let pass = 0; pass < TEXT_SETTLE_PASSES; pass++) {
    const { kept, copies } = keptCopies(doc);
    if (!kept.length) return;
    const scratch = new PithDocument(new Uint8Array(0), { ...doc.options, debug: false });
    scratch.blocks = copies;
    scratch.meta = { ...doc.meta, title: null };
    const stopwords = pageStopwords(copies);
    const lines = analyseLines(copies, stopwords);
    scratch.pageType = detectTextPageType(copies, doc.url);
    const work: TextWork = { lines, stopwords, story: findStoryOf(scratch, lines, stopwords) };
    scratch.data.text = work;
    if (work.story) labelLines(scratch, lines, work.story);
    settle(scratch);
    for (const c of copies) c.label ??= { main: true };
    if (servedType(scratch.pageType.type)) classify(scratch, work, true);
    if (!takeReading(doc, kept, copies)) return;
  }
}
