import type { PithDocument } from '../document.js';

/** Classify the blocks Readability kept. */
export function classifyHtml(doc: PithDocument): void {
  const title = doc.meta.title;
  const first = doc.blocks[0];
  if (title && first && first.type === 'heading' && first.text === title) first.title = true;
}
