import { Readability } from '@mozilla/readability';
import type { PithDocument } from '../document.js';
import { blocksFrom, normalizeSpace } from './blocks.js';
import { loadDom } from './dom.js';
import { readabilityMissed, storyContainer } from './fallback.js';
import { readMeta } from './meta.js';
import { readHtmlCandidates } from '../meta/html.js';
import { prune } from './prune.js';
import { reconcile } from './outside.js';
import { READABILITY_MIN_CHARS } from '../thresholds.js';

/**
 * HTML segmentation: parse, read the page's metadata, prune boilerplate by its names,
 * let Readability locate the main content, and cut that content into blocks. When
 * Readability finds nothing or too little, the container holding the page's most prose
 * (or the whole pruned body) is cut into blocks instead, so a story is never lost.
 */
export async function segmentHtml(doc: PithDocument): Promise<void> {
  // Style sheets never reach the parser (dom.ts pre-strips them): jsdom's CSS parser
  // throws on some real-world CSS, e.g. Sass variables left inside calc().
  const page = (await loadDom(doc.options.dom))(doc.raw, doc.options.url);
  try {
    const document = page.document;
    // One walk gathers every metadata candidate; the metadata stage chooses among them after render.
    const candidates = readHtmlCandidates(document);
    doc.data.metaCandidates = candidates;
    doc.meta = { ...doc.meta, ...readMeta(candidates, doc.options.url) };
    doc.data.declaredExcerpt = doc.meta.excerpt;
    prune(doc, document);
    const body = document.body;
    // Readability rewrites the tree it reads; the fallback needs the pruned page as it was.
    const spare = body ? (body.cloneNode(true) as Element) : null;
    let root: Element | null = null;
    let article: ReturnType<Readability<string>['parse']> = null;
    try {
      article = new Readability(document, { charThreshold: READABILITY_MIN_CHARS, keepClasses: false }).parse();
    } catch (err) {
      doc.warn('segment', 'readability-error', `Readability failed (${(err as Error).message}); used the densest prose container instead`);
    }
    if (article?.content) {
      const holder = document.createElement('div');
      holder.innerHTML = article.content;
      root = holder;
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
        doc.warn('segment', 'fallback', 'Readability found no or too little main content; used the container holding the most prose');
        root = fallback.el;
      } else if (!root || !normalizeSpace(root.textContent ?? '')) {
        doc.warn('segment', 'no-article', 'Readability found no main content; classified the whole body instead');
        root = spare ?? document.documentElement;
      }
    }
    doc.meta.title ??= normalizeSpace(document.querySelector('h1')?.textContent ?? document.title ?? '') || null;
    doc.blocks = blocksFrom(root!);
    if (spare && root !== spare) doc.blocks = reconcile(doc, spare, doc.blocks);
  } finally {
    page.close();
  }
}
