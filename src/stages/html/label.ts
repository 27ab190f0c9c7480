import type { PithDocument } from '../../document.js';
import { labelHtml } from '../../html/label.js';
import { mergeKept } from '../../html/keep.js';

/** HTML stage 6: label. Mark the headline; every block that is not story gets a kind and a reason (html/label.ts, html/lines.ts). */
export function label(doc: PithDocument): void {
  labelHtml(doc);
  for (const block of doc.blocks) block.label ??= { main: true };
  mergeKept(doc);
}
