import type { PageTypeName } from '../types.js';
import { PAGE_TYPE_MEASURES as M } from './thresholds.js';

/**
 * What a page declares itself to be: schema.org types in JSON-LD and microdata, and
 * og:type. These are written by the site's software for search engines, so they are the
 * strongest evidence a page carries, but they are not always about the page itself (a
 * category page lists Products; a product page carries an FAQPage for its questions), so
 * each type is read with where it stands: the page's own item, or an item in a list.
 */

/**
 * schema.org types that name a page type when they are the page's own item. `Blog` is not
 * one: sites declare it for the whole blog, as they declare WebSite, on every post (the four
 * benchmark pages that declare it are posts); a blog's index is told by its teasers.
 */
const OWN: Record<string, PageTypeName> = {
  qapage: 'forum',
  discussionforumposting: 'forum',
  socialmediaposting: 'forum',
  product: 'product',
  productgroup: 'product',
  individualproduct: 'product',
  productmodel: 'product',
  vehicle: 'product',
  car: 'product',
  techarticle: 'documentation',
  apireference: 'documentation',
  softwaresourcecode: 'documentation',
  collectionpage: 'collection',
  searchresultspage: 'listing',
  itemlist: 'listing',
  newsarticle: 'article',
  article: 'article',
  blogposting: 'article',
  reportagenewsarticle: 'article',
  analysisnewsarticle: 'article',
  opinionnewsarticle: 'article',
  reviewnewsarticle: 'article',
  scholarlyarticle: 'article',
  liveblogposting: 'article',
  recipe: 'article',
  service: 'service',
  professionalservice: 'service',
  financialservice: 'service',
  legalservice: 'service',
  homeandconstructionbusiness: 'service',
  movingcompany: 'service',
  educationaloccupationalprogram: 'service',
};

export interface Declared {
  /** Lower-cased schema.org type → how often the page's own items (not list members) carry it. */
  own: Map<string, number>;
  /** Lower-cased schema.org type → how often list members (itemListElement, microdata in a list) carry it. */
  listed: Map<string, number>;
  ogType: string | null;
}

function add(map: Map<string, number>, type: string): void {
  map.set(type, (map.get(type) ?? 0) + 1);
}

function typesOf(item: Record<string, unknown>): string[] {
  const t = item['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:]/, '').toLowerCase());
}

/** Walk a JSON-LD value; members of itemListElement/hasPart lists count as listed, the rest as own. */
function walk(value: unknown, listed: boolean, out: Declared, depth: number): void {
  if (depth > M.declaredMaxDepth || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, listed, out, depth + 1);
    return;
  }
  const item = value as Record<string, unknown>;
  for (const type of typesOf(item)) add(listed ? out.listed : out.own, type);
  for (const [key, v] of Object.entries(item)) {
    if (key === '@type' || key === '@context') continue;
    // Offers, ratings and authors belong to their item; list members are other pages' items.
    const inList = listed || key === 'itemListElement' || key === 'hasPart' || key === 'isRelatedTo' || key === 'isSimilarTo' || key === 'relatedLink';
    walk(v, inList, out, depth + 1);
  }
}

export function readDeclared(document: Document): Declared {
  const out: Declared = { own: new Map(), listed: new Map(), ogType: null };
  // Walks and tag lists, not selector queries: on jsdom each query walks the whole tree.
  for (const script of Array.from(document.getElementsByTagName('script')).filter((el) => /ld\+json/i.test(el.getAttribute('type') ?? ''))) {
    try {
      walk(JSON.parse(script.textContent ?? ''), false, out, 0);
    } catch {
      // Broken JSON-LD is common: the other evidence still stands.
    }
  }
  const items: Element[] = [];
  const walker = document.createTreeWalker(document.documentElement ?? document, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) if (el.hasAttribute('itemtype')) items.push(el);
  for (const el of items) {
    const types = (el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean);
    // A microdata item inside a list item, or inside another item of the same type, is listed.
    const listed = el.parentElement?.closest('[itemtype*="ItemList"], [itemprop="itemListElement"]') !== null || el.getAttribute('itemprop') === 'itemListElement';
    for (const t of types) add(listed ? out.listed : out.own, t.replace(/^.*[/:]/, '').toLowerCase());
  }
  const og = Array.from(document.getElementsByTagName('meta')).find((m) => (m.getAttribute('property') ?? m.getAttribute('name')) === 'og:type')?.getAttribute('content');
  out.ogType = og ? og.trim().toLowerCase() : null;
  return out;
}

/** The page type an own schema.org type names, if any. */
export function typeNamed(schemaType: string): PageTypeName | undefined {
  return OWN[schemaType];
}
