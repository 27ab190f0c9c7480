import type { PithDocument } from '../../document.js';
import { reconcile as reconcilePage } from '../../html/reconcile.js';
import { htmlWork } from './work.js';

/**
 * HTML stage 5: reconcile. Put back the story's quotes the locator dropped, and record every
 * block of the pruned page left outside the located content (html/reconcile.ts). The DOM is
 * not needed after this.
 */
export function reconcile(doc: PithDocument): void {
  const { spare, root } = htmlWork(doc);
  if (spare && root !== spare) doc.blocks = reconcilePage(doc, spare, doc.blocks);
  doc.release();
}
