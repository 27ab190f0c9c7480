import type { PithDocument } from '../../document.js';
import { settle as settleLines } from '../../text/settle.js';

/**
 * Text stage 4: settle. Reads the kept lines again as the output will read, and takes what
 * that reading removes too, so that cleaning pith's own output changes nothing (bounded by
 * TEXT_SETTLE_PASSES; text/settle.ts says why one reading is not enough).
 */
export function settle(doc: PithDocument): void {
  settleLines(doc);
  for (const block of doc.blocks) block.label ??= { main: true };
}
