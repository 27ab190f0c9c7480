import { Readability } from '@mozilla/readability';
import type { PithDocument } from '../document.js';
import { blocksFrom, normalizeSpace } from './blocks.js';
import { loadDom } from './dom.js';
import { readMeta } from './meta.js';
import { READABILITY_MIN_CHARS } from '../thresholds.js';

/**
 * HTML segmentation: parse, read the page's metadata, let Readability locate the main
 * content, and cut that content into blocks. When Readability finds nothing (or too
 * little), the whole body is cut into blocks instead, so the classifier still has a
 * story to find.
 */
export async function segmentHtml(doc: PithDocument): Promise<void> {
  const page = (await loadDom(doc.options.dom))(doc.raw, doc.options.url);
  try {
    const document = page.document;
    doc.meta = { ...doc.meta, ...readMeta(document, doc.options.url) };
    const body = document.body;
    const article = new Readability(document, { charThreshold: READABILITY_MIN_CHARS, keepClasses: false }).parse();
    let root: Element | null = null;
    if (article?.content) {
      const holder = document.createElement('div');
      holder.innerHTML = article.content;
      if (normalizeSpace(holder.textContent ?? '').length > 0) root = holder;
      doc.meta.title ??= article.title ? normalizeSpace(article.title) : null;
      doc.meta.byline ??= article.byline ? normalizeSpace(article.byline) : null;
      doc.meta.excerpt ??= article.excerpt ? normalizeSpace(article.excerpt) : null;
      doc.meta.siteName ??= article.siteName ? normalizeSpace(article.siteName) : null;
      doc.meta.published ??= article.publishedTime ?? null;
      doc.meta.lang ??= article.lang ?? null;
    }
    if (!root) {
      doc.warn('segment', 'no-article', 'Readability found no main content; classified the whole body instead');
      root = body ?? document.documentElement;
    }
    doc.blocks = blocksFrom(root);
  } finally {
    page.close();
  }
}
