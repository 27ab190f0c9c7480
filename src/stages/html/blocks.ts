import type { PithDocument } from '../../document.js';
import { blocksFrom } from '../../html/blocks.js';
import type { PageOrder } from '../../html/order.js';
import { htmlWork } from './work.js';

/** HTML stage 4: blocks. Cut the located content into paragraphs, headings, list items, quotes, tables, code and captions (html/blocks.ts). */
export function blocks(doc: PithDocument): void {
  const { root, document } = htmlWork(doc);
  const inline = doc.options.output === 'text' ? undefined : { base: doc.url };
  doc.blocks = blocksFrom(root ?? document.documentElement, doc.data.order as PageOrder, inline);
}
