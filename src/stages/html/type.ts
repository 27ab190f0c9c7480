import type { PithDocument } from '../../document.js';
import { detectPageType } from '../../pagetype/detect.js';
import { htmlWork } from './work.js';

/**
 * HTML stage 2: type. Decide what kind of page this is from its evidence (pagetype/detect.ts).
 * Read before pruning: the evidence (schema.org items, card grids, buy controls) is what
 * pruning takes away.
 */
export function type(doc: PithDocument): void {
  const seen: Parameters<typeof detectPageType>[2] = {};
  doc.typed(detectPageType(htmlWork(doc).document, { url: doc.url ?? doc.meta.url, published: doc.meta.published }, seen));
  doc.data.pageStructure = seen.structure;
  if (doc.options.debug) doc.debug.pageTypeFeatures = seen.features;
}
