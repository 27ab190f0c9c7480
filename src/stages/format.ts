import type { PithDocument } from '../document.js';
import { limitMarkup } from '../html/limit.js';
import { MAX_ELEMENTS, MAX_NESTING_DEPTH, SNIFF_BYTES } from '../limits.js';

const LEADING_MARKUP = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|div|frameset)\b/i;
const TAG = /<\/?(?:html|head|body|div|p|span|a|br|table|tr|td|ul|ol|li|script|style|meta|link|title|h[1-6]|section|article|header|footer|nav|img|main|form|iframe)\b[^<>]{0,2000}>/gi;
// A fragment (`curl … | pith` of a snippet, a CMS body field) starts with a content tag
// instead of a document's; with a closing tag somewhere in its head it is markup.
const LEADING_FRAGMENT = /^\s*<(?:p|article|section|main|header|footer|nav|aside|h[1-6]|ul|ol|dl|table|figure|blockquote|pre|span|a|em|strong|b|i|form|iframe|noscript|template|style|svg)\b[^<>]{0,2000}>/i;
const CLOSING_TAG = /<\/[a-z][\w-]{0,30}\s*>/i;
const FRAMESET = /<frameset\b/i;
const BODY = /<body\b/i;
/** Tags in the head of a page above which it is markup, whatever its first character. */
const HTML_TAG_COUNT = 4;

/** Decide HTML vs text from the decoded content; the path's extension only breaks ties. */
export function detectFormat(text: string, path: string): 'html' | 'text' {
  const head = text.slice(0, SNIFF_BYTES);
  if (LEADING_MARKUP.test(head)) return 'html';
  if (LEADING_FRAGMENT.test(head) && CLOSING_TAG.test(head)) return 'html';
  let tags = 0;
  TAG.lastIndex = 0;
  while (TAG.exec(head) && tags < HTML_TAG_COUNT) tags++;
  if (tags >= HTML_TAG_COUNT) return 'html';
  if (tags > 0 && /\.x?html?(\.gz)?$/i.test(path)) return 'html';
  return 'text';
}

/**
 * Stage 4: format. The forced format wins; otherwise the content decides. HTML markup is
 * then bounded in nesting depth and element count (html/limit.ts), so no DOM engine or
 * Readability ever sees a tree that would overflow a stack or take minutes.
 */
export function format(doc: PithDocument): void {
  const forced = doc.options.format;
  doc.format = forced === 'auto' ? detectFormat(doc.raw, doc.options.path) : forced;
  doc.source.format = doc.format;
  if (doc.raw.trim() === '') doc.fail('empty', 'input has no text (only whitespace)');
  if (doc.format !== 'html') return;
  if (FRAMESET.test(doc.raw.slice(0, SNIFF_BYTES * 4)) && !BODY.test(doc.raw)) {
    doc.fail('empty', 'page is a frameset: its text lives in the framed pages, clean those instead');
  }
  const limited = limitMarkup(doc.raw, MAX_NESTING_DEPTH, MAX_ELEMENTS);
  if (doc.options.debug) doc.debug.markup = { maxDepthSeen: limited.maxDepthSeen, droppedTags: limited.droppedTags, elements: limited.elements };
  if (limited.droppedTags > 0) {
    doc.warn('format', 'deep-nesting', `markup nests ${limited.maxDepthSeen} elements deep; ${limited.droppedTags} tag(s) past depth ${MAX_NESTING_DEPTH} were flattened (their text kept)`);
  }
  if (limited.truncatedAt >= 0) {
    const share = Math.round(((doc.raw.length - limited.truncatedAt) / doc.raw.length) * 100);
    doc.warn('format', 'too-many-elements', `page has more than ${MAX_ELEMENTS} elements; read the first ${MAX_ELEMENTS}, the last ${share}% of the markup was left out`);
  }
  doc.raw = limited.html;
}
