import type { PithDocument } from '../document.js';
import { segmentText } from '../text/segment.js';

/** Stage 5: segment. Cut the page into blocks in reading order, by format. */
export async function segment(doc: PithDocument): Promise<void> {
  if (doc.format === 'html') {
    // Loaded lazily: the DOM engine is only paid for when an HTML page arrives.
    const { segmentHtml } = await import('../html/segment.js');
    await segmentHtml(doc);
  } else {
    segmentText(doc);
    const { detectTextPageType } = await import('../pagetype/text.js');
    doc.pageType = detectTextPageType(doc.blocks, doc.options.url);
  }
}
