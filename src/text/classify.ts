import type { PithDocument } from '../document.js';

/** Classify the lines of a flattened scrape. */
export function classifyText(doc: PithDocument): void {
  const first = doc.blocks[0];
  if (first) {
    first.title = true;
    doc.meta.title = first.text;
  }
}
