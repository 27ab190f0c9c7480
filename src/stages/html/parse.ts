import type { PithDocument } from '../../document.js';
import { readMeta } from '../../html/meta.js';
import { readHtmlCandidates } from '../../meta/html.js';
import { parsePage } from '../../html/noscript.js';
import { numberElements } from '../../html/order.js';
import type { HtmlWork } from '../../html/types.js';

/**
 * HTML stage 1: parse. Build the DOM (linkedom, or jsdom with `dom: 'jsdom'`; style sheets
 * never reach the parser, html/dom.ts pre-strips them) and read the page's metadata. The DOM
 * is let go when the page is done (document.release()).
 */
export async function parse(doc: PithDocument): Promise<void> {
  // Read with the body's <noscript> when that is where the page's content is (html/noscript.ts).
  const page = await parsePage(doc);
  doc.onRelease(() => page.close());
  // One walk gathers every metadata candidate; the metadata stage chooses among them after render.
  const candidates = readHtmlCandidates(page.document);
  doc.data.metaCandidates = candidates;
  doc.meta = { ...doc.meta, ...readMeta(candidates, doc.url) };
  doc.data.declaredExcerpt = doc.meta.excerpt;
  // Every element's place in the page, so a sidecar alone can put each block back in order (html/order.ts).
  doc.data.order = numberElements(page.document.documentElement);
  doc.data.html = { document: page.document, spare: null, root: null } satisfies HtmlWork;
}
