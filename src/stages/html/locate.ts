import { Readability } from '@mozilla/readability';
import type { PithDocument } from '../../document.js';
import { normalizeSpace } from '../../html/blocks.js';
import { readabilityMissed, storyContainer } from '../../html/fallback.js';
import { copyOrder, markOrder, readOrder, type PageOrder } from '../../html/order.js';
import { contentRoot } from '../../pagetype/content.js';
import { LOCATE_READABILITY_MAX_CHARS, READABILITY_MIN_CHARS } from '../../thresholds.js';
import { htmlWork } from './work.js';

/**
 * HTML stage 3: locate. Readability locates the story content in the pruned page; when it
 * finds nothing or too little, the container holding the page's most prose is taken instead
 * (html/fallback.ts), or the whole pruned body, so a story is never lost.
 */
export function locate(doc: PithDocument): void {
  const work = htmlWork(doc);
  const document = work.document;
  const body = document.body;
  // Readability holds several copies of a page's text at once (its serialised result parsed
  // again, the tree it rewrites, the spare clone): about 35× the page in memory. On a page
  // too large for that, the densest prose container locates the story without them.
  const huge = doc.raw.length > LOCATE_READABILITY_MAX_CHARS;
  if (huge) {
    doc.warn('locate', 'too-large-for-readability', `the page has ${doc.raw.length} characters, over the ${LOCATE_READABILITY_MAX_CHARS} for which Readability runs; located the story by the container holding the most prose`);
  }
  // Readability rewrites the tree it reads; the fallback needs the pruned page as it was.
  const spare = body && !huge ? (body.cloneNode(true) as Element) : body;
  if (body && spare && spare !== body) copyOrder(doc.data.order as PageOrder, body, spare);
  // Readability builds its content from the page's elements, some of them replaced by new
  // ones (a div turned paragraph): the marks carry each element's number onto those, so the
  // content's blocks point into the source page (html/order.ts).
  const order = doc.data.order as PageOrder | undefined;
  if (body && order && !huge) markOrder(order, body);
  let root: Element | null = null;
  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    // The content element itself, not its markup: serialising it and parsing that again
    // only made a copy of the same tree.
    if (!huge) article = new Readability(document, { charThreshold: READABILITY_MIN_CHARS, keepClasses: false, serializer: (node) => node as Element }).parse();
  } catch (err) {
    doc.warn('locate', 'readability-error', `Readability failed (${(err as Error).message}); used the densest prose container instead`);
  }
  if (article?.content?.firstChild) {
    if (order) readOrder(order, article.content);
    root = article.content;
    doc.meta.title ??= article.title ? normalizeSpace(article.title) : null;
    doc.meta.byline ??= article.byline ? normalizeSpace(article.byline) : null;
    doc.meta.excerpt ??= article.excerpt ? normalizeSpace(article.excerpt) : null;
    doc.meta.siteName ??= article.siteName ? normalizeSpace(article.siteName) : null;
    doc.meta.published ??= article.publishedTime ?? null;
    doc.meta.lang ??= article.lang ?? null;
  }
  const fallback = spare ? storyContainer(spare) : null;
  if (readabilityMissed(root, fallback)) {
    if (fallback) {
      if (!huge) doc.warn('locate', 'fallback', 'Readability found no or too little main content; used the container holding the most prose');
      root = fallback.el;
    } else if (!root || !normalizeSpace(root.textContent ?? '')) {
      doc.warn('locate', 'no-article', 'Readability found no main content; classified the whole body instead');
      root = spare ?? document.documentElement;
    }
  }
  // The page type may choose the content instead (a thread keeps every post): pagetype/content.ts.
  root = (spare && contentRoot(doc, spare)) || root;
  doc.meta.title ??= normalizeSpace(document.querySelector('h1')?.textContent ?? document.title ?? '') || null;
  // With the rule off (ablation), nothing is left outside: the whole pruned page is classified.
  if (spare && !doc.ruleOn('outside-main-content')) root = spare;
  work.spare = spare;
  work.root = root;
}
