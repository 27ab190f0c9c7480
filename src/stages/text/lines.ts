import type { PithDocument } from '../../document.js';
import { pageStopwords } from '../../language/page.js';
import { analyseLines } from '../../text/lines.js';
import { textBlocks } from '../../text/split.js';
import { wrapWidth } from '../../text/unwrap.js';
import type { TextWork } from '../../text/types.js';
import { detectTextPageType } from '../../pagetype/text.js';

/**
 * Text stage 1: lines. Every non-blank line of the scrape is a block (text/split.ts); the
 * lines a dumper wrapped at a fixed width are joined back (text/unwrap.ts), the
 * page's language is guessed from its stopwords, and each line measured and marked with the
 * furniture it looks like on its own (text/lines.ts).
 */
export function lines(doc: PithDocument): void {
  doc.raw = doc.raw.replace(/\r\n?/g, '\n');
  const rows = doc.raw.split('\n');
  const width = wrapWidth(rows);
  const blocks = textBlocks(doc.raw, width, rows);
  if (blocks.joins) {
    const message = `rejoined ${blocks.joins} lines that a dumper had wrapped at ${width} columns`;
    doc.messages.push({ level: 'info', stage: 'lines', code: 'unwrapped', message });
  }
  doc.blocks = blocks;
  const stopwords = pageStopwords(doc.blocks);
  doc.data.text = { lines: analyseLines(doc.blocks, stopwords), stopwords } satisfies TextWork;
  doc.typed(detectTextPageType(doc.blocks, doc.url));
}
