import type { PithDocument } from '../document.js';
import { ANCHOR_OUTSIDE_SHARE, PROSE_MIN_RUN, PRUNE_MAX_PROSE_SHARE } from '../thresholds.js';
import { elementPath, textOf } from './blocks.js';
import { orderOf, type PageOrder } from './order.js';
import { PRUNE_RULES, type PruneRule } from './removals/index.js';
import { relatedFrom } from './related.js';
import { findCardLists } from './cards.js';
import { findShareBars } from './shares.js';
import { findOtherArticles } from './articles.js';
import { findHoverCards } from './hovercards.js';

const SHARE_REASON = 'Share buttons: links to share endpoints (sharer, tweet intent, WhatsApp, mail) with hardly any other text';
const ARTICLE_REASON = 'Another post\'s <article> beside the story\'s own (which holds the headline): a feed of other stories';
const HOVER_REASON = 'A hover card inside a sentence: a box of links (a name, that person\'s latest stories, "more") that pops up over a name';
const CARD_REASON = 'A list of teaser cards (headline link, short summary, picture or time) pointing to other stories, found by its shape';
import { hasToken, tokensOf } from './tokens.js';

/** Elements never pruned by name: they are the page or its declared story. */
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'P', 'H1', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'BLOCKQUOTE', 'PRE', 'CODE', 'FIGCAPTION']);
/** Elements whose text nodes are code or markup, never prose. */
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const BLOCK = new Set(['P', 'DIV', 'TD', 'LI', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'MAIN', 'DD', 'PRE', 'BODY', 'H2', 'H3', 'H4']);

function ruleFor(el: Element): PruneRule | null {
  if (NEVER.has(el.tagName)) return null;
  const role = el.getAttribute('role');
  const tokens = tokensOf(el);
  for (const rule of PRUNE_RULES) {
    const named = rule.tags?.includes(el.tagName) || (role && rule.roles?.includes(role)) || (tokens.length && rule.phrases.some((p) => hasToken(tokens, p)));
    if (named && (!rule.accept || rule.accept(el))) return rule;
  }
  return null;
}

function insideAny(node: Node, set: Set<Element>): boolean {
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

function densest(prose: Map<Element, number>): [Element | null, number] {
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

/**
 * Prune before Readability: remove elements whose class/id/role tokens or tag name them
 * boilerplate (comments, share bars, related lists, newsletter boxes, cookie notices,
 * nav, footers, ads, video players). The story container — where most prose lies, found
 * without the candidates — and anything holding it are never pruned, nor is a candidate
 * holding most of the story's prose. Every pruned element is recorded on the document.
 */
export function prune(doc: PithDocument, document: Document): void {
  const body = document.body;
  if (!body) return;
  const matches: Array<{ el: Element; rule: PruneRule }> = [];
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const rule = ruleFor(el);
    if (rule) matches.push({ el, rule });
  }
  const prose = proseMap(body, new Set());
  const named = new Set(matches.map((m) => m.el));
  const [inAll, allBest] = densest(prose);
  const [inOutside, outsideBest] = densest(proseMap(body, named));
  // Prose inside named boilerplate (a long related summary) must not outweigh a short
  // story; but when nearly all prose is inside named elements, the names are wrong.
  const anchor = inOutside && outsideBest >= ANCHOR_OUTSIDE_SHARE * allBest ? inOutside : inAll;
  const anchorProse = anchor ? proseWithin(anchor, prose) : 0;
  const declared = Array.from(document.querySelectorAll('[itemprop="articleBody"]'));
  const pruned = new Set<Element>();
  for (const { el, rule } of matches) {
    if (insideAny(el, pruned)) continue;
    if (anchor && (el === anchor || el.contains(anchor))) continue;
    if (declared.some((d) => el.contains(d))) continue;
    if (anchor && anchor.contains(el) && anchorProse > 0 && proseWithin(el, prose) >= PRUNE_MAX_PROSE_SHARE * anchorProse) continue;
    const text = textOf(el);
    if (!text) continue;
    doc.remove({ kind: rule.kind, rule: rule.rule, reason: rule.reason, text, position: { index: -1, path: elementPath(el), ...orderOf(doc.data.order as PageOrder | undefined, el) } });
    if (rule.kind === 'related' || rule.kind === 'video') doc.related.push(...relatedFrom(el));
    pruned.add(el);
  }
  for (const el of findShareBars(body)) {
    if (insideAny(el, pruned) || pruned.has(el) || el.contains(anchor) || [...pruned].some((p) => el.contains(p))) continue;
    const text = textOf(el);
    if (!text) continue;
    doc.remove({ kind: 'share', rule: 'share-links', reason: SHARE_REASON, text, position: { index: -1, path: elementPath(el), ...orderOf(doc.data.order as PageOrder | undefined, el) } });
    pruned.add(el);
  }
  // Boilerplate found by shape: related when it is a list of other stories.
  const byShape: Array<[Element[], string, string]> = [
    [findCardLists(body, anchor), 'card-list', CARD_REASON],
    [findOtherArticles(body, anchor, prose), 'other-article', ARTICLE_REASON],
    [findHoverCards(body), 'hover-card', HOVER_REASON],
  ];
  for (const [found, ruleName, reason] of byShape) for (const el of found) {
    if (insideAny(el, pruned) || pruned.has(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    doc.remove({ kind: 'related', rule: ruleName, reason, text, position: { index: -1, path: elementPath(el), ...orderOf(doc.data.order as PageOrder | undefined, el) } });
    doc.related.push(...relatedFrom(el));
    pruned.add(el);
  }
  for (const el of pruned) el.remove();
}
