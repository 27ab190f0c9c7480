import type { PithDocument } from '../../document.js';
import { pageStopwords } from '../../language/page.js';
import { analyseLines } from '../../text/lines.js';
import { textBlocks } from '../../text/split.js';
import type { TextWork } from '../../text/types.js';
import { detectTextPageType } from '../../pagetype/text.js';

/**
 * Text stage 1: lines. Every non-blank line of the scrape is a block (text/split.ts); the
 * page's language is guessed from its stopwords, and each line measured and marked with the
 * furniture it looks like on its own (text/lines.ts).
 */
export function lines(doc: PithDocument): void {
  doc.raw = doc.raw.replace(/\r\n?/g, '\n');
  doc.blocks = textBlocks(doc.raw);
  const stopwords = pageStopwords(doc.blocks);
  doc.data.text = { lines: analyseLines(doc.blocks, stopwords), stopwords } satisfies TextWork;
  doc.pageType = detectTextPageType(doc.blocks, doc.url);
}
