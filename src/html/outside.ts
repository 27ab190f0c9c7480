import type { PithDocument } from '../document.js';
import type { Block } from '../types.js';
import { LINK_BLOCK_DENSITY } from '../thresholds.js';
import { blocksFrom } from './blocks.js';

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Record what the content locator left out. Readability (or the fallback container)
 * keeps one part of the page and drops the rest silently; every block of the pruned page
 * that is not in the kept content is written down here, so the sidecar accounts for the
 * whole page. The headline is not a removal: it is shown as the title.
 */
export function recordOutside(doc: PithDocument, page: Element, kept: readonly Block[]): void {
  const inside = new Set(kept.map((b) => fold(b.text)));
  const keptText = fold(kept.map((b) => b.text).join(' '));
  const title = doc.meta.title ? fold(doc.meta.title) : '';
  for (const b of blocksFrom(page)) {
    const t = fold(b.text);
    if (!t || inside.has(t) || t === title || keptText.includes(t)) continue;
    const linky = (b.linkDensity ?? 0) >= LINK_BLOCK_DENSITY;
    doc.remove({
      kind: linky ? 'nav' : 'other',
      rule: 'outside-main-content',
      reason: linky ? 'Link block outside the main content located on the page' : 'Block outside the main content located on the page (byline, teaser, widget or page chrome)',
      text: b.text,
      position: { index: -1, path: b.position.path },
    });
  }
}
