import type { PageType, PageTypeEvidence, PageTypeName } from '../types.js';
import { PAGE_TYPES } from '../types.js';
import { PAGE_TYPE_MEASURES as M, PAGE_TYPE_WEIGHTS as W } from './thresholds.js';
import { readDeclared, typeNamed, type Declared } from './declared.js';
import { readStructure, type Structure } from './structure.js';
import { pageTypeFeatures, type PageTypeFeature } from './features.js';

/**
 * The page's type, by a transparent sum of evidence: what the page declares (schema.org
 * types, og:type), what its structure shows (posts, card grids, prices and buy controls,
 * code beside a navigation tree, prose) and, weakest, what its URL path says. Each piece
 * adds its weight (PAGE_TYPE_WEIGHTS in ./thresholds.ts) to one type; the highest sum
 * wins, and the winner's evidence goes into the sidecar so every decision can be read.
 */
export function detectPageType(document: Document, facts: Facts, seen?: { structure?: Structure; features?: Record<PageTypeFeature, number> }): PageType {
  const structure = readStructure(document);
  if (seen) seen.structure = structure;
  return scorePageType(readDeclared(document), structure, facts, seen);
}

export interface Facts {
  url: string | null;
  published: string | null;
}

/** The sum of evidence over what was read of the page. */
export function scorePageType(declared: Declared, structure: Structure, facts: Facts, seen?: { features?: Record<PageTypeFeature, number> }): PageType {
  const evidence: PageTypeEvidence[] = [];
  const add = (type: PageTypeName, signal: string, weight: number, detail: string) => evidence.push({ type, signal, weight: round(weight), detail });
  add('article', 'prior', W.articlePrior, 'most pages of a scraped folder are articles');
  fromDeclared(declared, structure, add);
  fromStructure(structure, facts, add);
  evidenceFromUrl(facts.url, add);
  // For bench/train-pagetype.mjs (the sidecar's debug): the same evidence as a model would read it.
  if (seen) seen.features = pageTypeFeatures(evidence, declared, structure, !!facts.published);
  return decide(evidence);
}

export type Add = (type: PageTypeName, signal: string, weight: number, detail: string) => void;

function fromDeclared(d: Declared, s: Structure, add: Add): void {
  const listedProducts = (d.listed.get('product') ?? 0) + (d.listed.get('offer') ?? 0);
  const shop = listedProducts >= M.listedProductsMin || pricedGrid(s);
  const seen = new Set<PageTypeName>();
  for (const [schemaType, n] of d.own) {
    let type = typeNamed(schemaType);
    if (!type) continue;
    // A list of things is a collection when they are things for sale, a listing otherwise.
    if (type === 'collection' || type === 'listing') type = shop ? 'collection' : 'listing';
    if (seen.has(type)) continue;
    seen.add(type);
    // A Product with neither a price nor a buy control on the page is often a service's own name for itself.
    const unsold = type === 'product' && s.prices === 0 && s.buy === 0;
    const weight = type === 'forum' ? W.declaredForum : type === 'article' ? W.declaredArticle : unsold ? W.declared * M.unsoldProductShare : W.declared;
    add(type, 'schema', weight, `declares schema.org ${schemaType}${n > 1 ? ` (${n}×)` : ''}`);
  }
  if (listedProducts >= M.listedProductsMin) add('collection', 'schema-listed', W.declared, `lists ${listedProducts} schema.org Products or Offers`);
  const og = d.ogType;
  if (og) {
    if (og === 'article') add('article', 'og-type', W.ogArticle, 'og:type article');
    else if (og === 'product.group') add('collection', 'og-type', W.ogType, `og:type ${og}`);
    else if (/product|item/.test(og)) add('product', 'og-type', W.ogType, `og:type ${og}`);
  }
}

function fromStructure(s: Structure, facts: { published: string | null }, add: Add): void {
  const p = s.posts;
  if (p.count >= M.postsMin && p.withAuthor >= Math.max(M.postsMin, p.count * M.majority) && p.linkShare < W.postsMaxLinkShare && p.share >= W.postsMinShare) {
    // Dated, signed entries each headed by a link to another page are teasers of articles.
    const teasers = p.headlined >= p.count * M.majority;
    add(teasers ? 'listing' : 'forum', 'posts', W.posts + W.postsShare * p.share, `${p.count} repeated ${teasers ? 'entries headed by a link' : 'posts'} with a date, ${p.withAuthor} naming an author, ${pct(p.share)} of the page's text`);
  }
  const c = s.cards;
  if (pricedGrid(s) && c.share >= M.pricedCardsMinShare) {
    add('collection', 'cards', W.cards + W.cardsShare * Math.max(c.share, W.cardsMinShare), `${c.count} same-shaped cards, ${c.priced} with a price, ${pct(c.share)} of the page's text`);
  } else if (c.count >= W.cardsMin && c.share >= W.cardsMinShare && c.linkShare >= W.cardsMinLinkShare) {
    const type = pricedGrid(s) ? 'collection' : 'listing';
    add(type, 'cards', W.cards + W.cardsShare * c.share, `${c.count} same-shaped cards${c.priced ? `, ${c.priced} with a price` : ''}, ${pct(c.share)} of the page's text`);
  }
  if (s.prices >= W.catalogPrices) add('collection', 'prices', W.catalog, `${s.prices} prices: a catalogue`);
  if (s.prices >= 1 && s.buy >= 1 && c.priced < W.cardsMin) add('product', 'price-buy', W.priceBuy, `${s.prices} prices and ${s.buy} buy controls`);
  else if (s.buy >= 1 && c.priced < W.cardsMin) add('product', 'buy', W.buy, `${s.buy} buy controls`);
  if (s.code >= M.codeNavMinCode && s.navTree >= W.navTreeMin) add('documentation', 'code-nav', W.codeNav, `${s.code} code blocks beside a navigation tree of ${s.navTree} links`);
  else if (s.navTree >= M.navTreeAloneMin && s.prose >= W.docsMinProse) add('documentation', 'nav-tree', W.navTree, `a navigation tree of ${s.navTree} links`);
  if (s.linkedHeadings >= W.linkedHeadingsMin && s.linkedHeadings >= s.headings * M.majority && s.prose < W.serviceMaxProse) add('listing', 'teasers', W.teasers, `${s.linkedHeadings} of ${s.headings} headings are links to other pages`);
  if (s.anchoredHeadings >= M.permalinksMin && s.anchoredHeadings >= s.headings * M.majority) add('documentation', 'permalinks', W.permalinks, `${s.anchoredHeadings} of ${s.headings} headings carry a permalink to themselves`);
  if (s.editLinks >= 1) add('documentation', 'edit-link', W.editLink, `${s.editLinks} links to edit the page's source`);
  if (s.code >= M.codeAloneMin) add('documentation', 'code', W.code, `${s.code} code blocks`);
  if (s.prose >= M.proseMin) add('article', 'prose', Math.min(W.proseMax, W.prose * s.prose), `${s.prose} paragraphs of prose`);
  if (facts.published) add('article', 'published', W.published, `states its publication date (${facts.published.slice(0, 10)})`); // literal: YYYY-MM-DD
  else if ((s.prose < W.serviceMaxProse || s.headings >= W.serviceHeadingsPerProse * s.prose) && (s.cta >= M.serviceMinCta || s.headings >= M.serviceMinHeadings) && s.linkedHeadings < s.headings * M.majority) add('service', 'sections', W.service, `no publication date, ${s.headings} headings, ${s.cta} buttons, ${s.prose} paragraphs of prose`);
}

// Weak hints from the URL path: never the only evidence strong enough to decide.
const URL_HINTS: Array<[RegExp, PageTypeName]> = [
  [/\/(?:t|threads?|questions|topic|forums?|comments|discussions?|community)\//i, 'forum'],
  [/\/(?:products?|p|dp|itm|item|app|store\/detail)\//i, 'product'],
  [/\/(?:docs?|documentation|wiki|manual|reference|api|tutorials?|guides?|learn)\//i, 'documentation'],
  [/^(?:docs?|wiki|developer|developers)\./i, 'documentation'],
  [/\/(?:collections?|c|cat|category|categories|shop|browse|w)\//i, 'collection'],
  [/\/(?:list|news|latest|tag|tags|archive)(?:\/|$)/i, 'listing'],
  [/\/(?:services?|solutions?|programs?|pricing|features)(?:\/|$)/i, 'service'],
];

export function evidenceFromUrl(url: string | null, add: Add): void {
  if (!url) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  const path = `${parsed.pathname}`;
  for (const [pattern, type] of URL_HINTS) {
    const target = pattern.source.startsWith('^') ? parsed.hostname : path;
    if (pattern.test(target)) add(type, 'url', W.url, `the URL ${pattern.source.startsWith('^') ? 'host' : 'path'} ${target.slice(0, 80)}`); // literal: the detail shows a URL's first characters
  }
  if (path === '/' || path === '') add('service', 'url', W.urlRoot, 'the URL is a site root');
}

/** A grid of cards most of which show a price: things for sale. */
function pricedGrid(s: Structure): boolean {
  return s.cards.count >= W.cardsMin && s.cards.priced >= W.pricedGridShare * s.cards.count;
}

export function decide(evidence: PageTypeEvidence[]): PageType {
  const score = new Map<PageTypeName, number>(PAGE_TYPES.map((t) => [t, 0]));
  for (const e of evidence) score.set(e.type, score.get(e.type)! + e.weight);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [type, best] = ranked[0]!;
  const second = ranked[1]!;
  return {
    type,
    score: round(best),
    runnerUp: second[1] > 0 ? { type: second[0], score: round(second[1]) } : null,
    evidence: evidence.filter((e) => e.type === type),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100; // literal: scores shown to two decimals
}

function pct(share: number): string {
  return `${Math.round(100 * share)} %`; // literal: a percentage
}
