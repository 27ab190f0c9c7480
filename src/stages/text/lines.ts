import type { PithDocument } from '../../document.js';
import { pageStopwords } from '../../language/page.js';
import { analyseLines } from '../../text/lines.js';
import { rejoinSplit } from '../../text/rejoin.js';
import { textBlocks } from '../../text/split.js';
import { findWrap } from '../../text/unwrap.js';
import type { TextWork } from '../../text/types.js';
import { detectTextPageType } from '../../pagetype/text.js';

/**
 * Text stage 1: lines. Every non-blank line of the scrape is a block (text/split.ts); the
 * lines a dumper wrapped at a fixed width are joined back (text/unwrap.ts), and so are
 * the pieces a flattener split a sentence into at its links (text/rejoin.ts); the page's language is guessed from its stopwords, and each line measured and marked with the
 * furniture it looks like on its own (text/lines.ts).
 */
export function lines(doc: PithDocument): void {
  doc.raw = doc.raw.replace(/\r\n?/g, '\n');
  const rows = doc.raw.split('\n');
  const wrap = findWrap(rows);
  const blocks = textBlocks(doc.raw, wrap, rows);
  if (blocks.joins) {
    const message = `rejoined ${blocks.joins} lines that a dumper had wrapped at ${wrap!.width} ${wrap!.wide ? 'terminal columns' : 'characters'}`;
    doc.messages.push({ level: 'info', stage: 'lines', code: 'unwrapped', message });
  }
  const stopwords = pageStopwords(blocks);
  const rejoined = rejoinSplit(blocks, doc.raw, stopwords, wrap !== null);
  if (rejoined.joins) {
    const message = `rejoined ${rejoined.joins} lines that a flattener had split mid-sentence (at links and inline elements)`;
    doc.messages.push({ level: 'info', stage: 'lines', code: 'rejoined', message });
  }
  doc.blocks = rejoined.blocks;
  doc.data.text = { lines: analyseLines(doc.blocks, stopwords), stopwords } satisfies TextWork;
  doc.typed(detectTextPageType(doc.blocks, doc.url));
}
