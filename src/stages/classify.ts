import type { PithDocument } from '../document.js';

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

