import type { PithDocument } from '../document.js';
import type { Kind } from '../types.js';
import { HTML_RULES } from '../rules/index.js';
import { ANCHOR_OUTSIDE_SHARE, FAVOR } from '../thresholds.js';
import { densest, insideAny, proseMap, proseWithin } from './prose.js';
import { blocksFrom, elementPath, textOf } from './blocks.js';
import { keepAside } from './keep.js';
import { orderOf, type PageOrder } from './order.js';
import { PRUNE_RULES, type PruneRule } from './removals/index.js';
import { relatedFrom } from './related.js';
import { findCardLists } from './cards.js';
import { findShareBars } from './shares.js';
import { findOtherArticles } from './articles.js';
import { findHoverCards } from './hovercards.js';
import { hasToken, tokensOf } from './tokens.js';

/** Elements never pruned by name: they are the page or its declared story. */
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'P', 'H1', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'BLOCKQUOTE', 'PRE', 'CODE', 'FIGCAPTION']);
/** Every token a rule's phrase starts with: an element whose names hold none matches no phrase (most elements; prune reads them all). */
const FIRST_TOKENS = new Set(PRUNE_RULES.flatMap((r) => r.phrases.map((p) => p[0])));
/** Every tag some rule names by itself (footer, nav, iframe, …). */
const RULE_TAGS = new Set(PRUNE_RULES.flatMap((r) => r.tags ?? []));

function ruleFor(doc: PithDocument, el: Element): PruneRule | null {
  if (NEVER.has(el.tagName)) return null;
  const role = el.getAttribute('role');
  const tokens = tokensOf(el);
  const mayMatch = tokens.some((t) => FIRST_TOKENS.has(t));
  // Most elements: no rule's tag, role or phrase names them.
  if (!mayMatch && !role && !RULE_TAGS.has(el.tagName)) return null;
  for (const rule of PRUNE_RULES) {
    if (!doc.ruleOn(rule.rule)) continue;
    const named = rule.tags?.includes(el.tagName) || (role && rule.roles?.includes(role)) || (mayMatch && rule.phrases.some((p) => hasToken(tokens, p)));
    if (named && (!rule.accept || rule.accept(el))) return rule;
  }
  return null;
}

/** An element of a kind options.keep keeps (or by a rule options.favor keeps on this page type): pruned all the same (the locator must not see it), its blocks set aside to be put back. */
function kept(doc: PithDocument, el: Element, kind: Kind, rule: string, reason: string): boolean {
  if (!doc.keeps(kind, rule)) return false;
  keepAside(doc, blocksFrom(el, doc.data.order as PageOrder | undefined), { kind, rule, reason });
  return true;
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
    const rule = ruleFor(doc, el);
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
    if (anchor && anchor.contains(el) && anchorProse > 0 && proseWithin(el, prose) >= FAVOR[doc.options.favor].pruneMaxProseShare * anchorProse) continue;
    const text = textOf(el);
    if (!text) continue;
    const { kind, reason } = HTML_RULES[rule.rule];
    pruned.add(el);
    if (kept(doc, el, kind, rule.rule, reason)) continue;
    doc.remove({ kind, rule: rule.rule, reason, text, position: { index: -1, path: elementPath(el, undefined, doc.data.order as PageOrder | undefined), ...orderOf(doc.data.order as PageOrder | undefined, el) } });
    if (kind === 'related' || kind === 'video') doc.related.push(...relatedFrom(el));
  }
  for (const el of doc.ruleOn('share-links') ? findShareBars(body) : []) {
    if (insideAny(el, pruned) || pruned.has(el) || el.contains(anchor) || [...pruned].some((p) => el.contains(p))) continue;
    const text = textOf(el);
    if (!text) continue;
    pruned.add(el);
    if (kept(doc, el, 'share', 'share-links', HTML_RULES['share-links'].reason)) continue;
    doc.remove({ kind: 'share', rule: 'share-links', reason: HTML_RULES['share-links'].reason, text, position: { index: -1, path: elementPath(el, undefined, doc.data.order as PageOrder | undefined), ...orderOf(doc.data.order as PageOrder | undefined, el) } });
  }
  // Boilerplate found by shape: related when it is a list of other stories.
  const byShape: Array<['card-list' | 'other-article' | 'hover-card', () => Element[]]> = [
    ['card-list', () => findCardLists(body, anchor)],
    ['other-article', () => findOtherArticles(body, anchor, prose)],
    ['hover-card', () => findHoverCards(body)],
  ];
  for (const [ruleName, find] of byShape) for (const el of doc.ruleOn(ruleName) ? find() : []) {
    if (insideAny(el, pruned) || pruned.has(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    pruned.add(el);
    if (kept(doc, el, 'related', ruleName, HTML_RULES[ruleName].reason)) continue;
    doc.remove({ kind: 'related', rule: ruleName, reason: HTML_RULES[ruleName].reason, text, position: { index: -1, path: elementPath(el, undefined, doc.data.order as PageOrder | undefined), ...orderOf(doc.data.order as PageOrder | undefined, el) } });
    doc.related.push(...relatedFrom(el));
  }
  for (const el of pruned) el.remove();
}
