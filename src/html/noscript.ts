import type { PithDocument } from '../document.js';
import { NOSCRIPT_MIN_CHARS } from '../thresholds.js';
import { loadDom, type ParsedPage } from './dom.js';

/**
 * Parse the page as a browser without JavaScript shows it when that is where its content
 * is. <noscript> is dropped before parsing (prestrip.ts): on most pages it holds a tracking
 * pixel or a "please enable JavaScript" line. Some pages (forum software above all) serve
 * their whole content there and leave the rest of the body an empty app shell; a crawler
 * with JavaScript off stores exactly that. When the dropped <noscript> text outweighs the
 * text of everything else in the body, the page is parsed again with it kept.
 */
export async function parsePage(doc: PithDocument): Promise<ParsedPage> {
  const parse = await loadDom(doc.options.dom);
  const stats = { noscriptChars: 0 };
  const page = parse(doc.raw, doc.url, { stats });
  if (stats.noscriptChars < NOSCRIPT_MIN_CHARS) return page;
  const shown = (page.document.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (stats.noscriptChars <= shown) return page;
  page.close();
  doc.messages.push({
    level: 'info',
    stage: 'parse',
    code: 'noscript',
    message: `The page's <noscript> holds more text (${stats.noscriptChars} characters) than the rest of its body (${shown}); read it as a browser without JavaScript shows it`,
  });
  return parse(doc.raw, doc.url, { keepNoscript: true });
}
