import type { PithDocument } from '../document.js';
import type { Block, Kind } from '../types.js';

/** Stage 6: classify. Label every block main story or boilerplate (with a kind and a reason). */
export async function classify(doc: PithDocument): Promise<void> {
  if (doc.format === 'html') {
    const { classifyHtml } = await import('../html/classify.js');
    classifyHtml(doc);
  } else {
    const { classifyText } = await import('../text/classify.js');
    classifyText(doc);
  }
  for (const block of doc.blocks) block.label ??= { main: true };
}

/** Label a block as removed and record the removal: the one path for block removals. */
export function removeBlock(doc: PithDocument, block: Block, kind: Kind, rule: string, reason: string): void {
  if (block.label && !block.label.main) return;
  block.label = { main: false, kind, rule, reason };
  doc.remove({ kind, rule, reason, text: block.text, position: block.position });
}
