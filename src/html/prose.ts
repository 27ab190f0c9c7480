/**
 * Where a page's prose lies: text runs of a sentence's length outside links, per block.
 * Pruning (prune.ts), the fallback (fallback.ts) and the feed finder (articles.ts) locate
 * the story container by it.
 */
import { PROSE_MIN_RUN } from '../thresholds.js';

/** Elements whose text nodes are code or markup, never prose. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'TD', 'LI', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN', 'DD', 'PRE', 'BODY', 'H2', 'H3', 'H4']);

export function insideAny(node: Node, set: Set<Element>): boolean {
  for (let e = node.parentElement; e; e = e.parentElement) if (set.has(e)) return true;
  return false;
}

/**
 * Prose per element: text runs of a sentence's length outside links, credited to the
 * block that holds them. Summed per parent, the largest total is the story container.
 */
export function proseMap(body: Element, skip: Set<Element>): Map<Element, number> {
  const prose = new Map<Element, number>();
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n.nodeValue ?? '').trim().length;
    if (len < PROSE_MIN_RUN) continue;
    let block = n.parentElement;
    if (!block || SILENT.has(block.tagName)) continue;
    let linked = false;
    while (block && !BLOCK.has(block.tagName)) {
      if (block.tagName === 'A') linked = true;
      block = block.parentElement;
    }
    if (!block || linked || insideAny(n, skip)) continue;
    const holder = block.tagName === 'P' || block.tagName === 'LI' || block.tagName === 'DD' ? block.parentElement ?? block : block;
    prose.set(holder, (prose.get(holder) ?? 0) + len);
  }
  return prose;
}

export function densest(prose: Map<Element, number>): [Element | null, number] {
  let best: Element | null = null;
  let most = 0;
  for (const [holder, len] of prose) if (len > most) [best, most] = [holder, len];
  return [best, most];
}

export function proseWithin(el: Element, prose: Map<Element, number>): number {
  let n = 0;
  for (const [holder, len] of prose) if (el === holder || el.contains(holder)) n += len;
  return n;
}

