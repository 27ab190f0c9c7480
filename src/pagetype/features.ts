import type { PageTypeEvidence, PageTypeName } from '../types.js';
import { PAGE_TYPES } from '../types.js';
import { typeNamed, type Declared } from './declared.js';
import type { Structure } from './structure.js';

/**
 * A page's type evidence as a row of numbers, for a learned page-type model: what the
 * hand-weighted evidence says of each type, and the raw measures that evidence is cut from
 * (its thresholds lose how far past them a page is). Counts are log-scaled: a page with 200
 * links is not ten times a page with 20. Written to the sidecar's debug (pageTypeFeatures);
 * bench/train-pagetype.mjs fits a model on them and measures it against the hand weights.
 */
export const PAGE_TYPE_FEATURES = [
  ...PAGE_TYPES.map((t) => `rules:${t}`),
  ...PAGE_TYPES.map((t) => `declared:${t}`),
  ...PAGE_TYPES.map((t) => `url:${t}`),
  'listed-products',
  'og-article',
  'published',
  'body-chars',
  'posts',
  'posts-authored',
  'posts-share',
  'posts-link-share',
  'posts-headlined',
  'cards',
  'cards-priced',
  'cards-share',
  'cards-link-share',
  'prices',
  'buy',
  'code',
  'nav-tree',
  'prose',
  'headings',
  'linked-headings',
  'cta',
  'dates',
  'anchored-headings',
  'edit-links',
] as const;

export type PageTypeFeature = (typeof PAGE_TYPE_FEATURES)[number];

const log = (n: number) => Math.log1p(Math.max(0, n));

export function pageTypeFeatures(evidence: readonly PageTypeEvidence[], declared: Declared, s: Structure, published: boolean): Record<PageTypeFeature, number> {
  const f = Object.fromEntries(PAGE_TYPE_FEATURES.map((k) => [k, 0])) as Record<PageTypeFeature, number>;
  for (const e of evidence) {
    f[`rules:${e.type}`] += e.weight;
    if (e.signal === 'url') f[`url:${e.type}`] = 1;
  }
  for (const schemaType of declared.own.keys()) {
    const type: PageTypeName | undefined = typeNamed(schemaType);
    if (type) f[`declared:${type}`] = 1;
  }
  f['listed-products'] = log((declared.listed.get('product') ?? 0) + (declared.listed.get('offer') ?? 0));
  f['og-article'] = declared.ogType === 'article' ? 1 : 0;
  f.published = published ? 1 : 0;
  f['body-chars'] = log(s.bodyChars / 1000); // literal: thousands of characters
  f.posts = log(s.posts.count);
  f['posts-authored'] = log(s.posts.withAuthor);
  f['posts-share'] = s.posts.share;
  f['posts-link-share'] = s.posts.linkShare;
  f['posts-headlined'] = log(s.posts.headlined);
  f.cards = log(s.cards.count);
  f['cards-priced'] = log(s.cards.priced);
  f['cards-share'] = s.cards.share;
  f['cards-link-share'] = s.cards.linkShare;
  f.prices = log(s.prices);
  f.buy = log(s.buy);
  f.code = log(s.code);
  f['nav-tree'] = log(s.navTree);
  f.prose = log(s.prose);
  f.headings = log(s.headings);
  f['linked-headings'] = log(s.linkedHeadings);
  f.cta = log(s.cta);
  f.dates = log(s.dates);
  f['anchored-headings'] = log(s.anchoredHeadings);
  f['edit-links'] = log(s.editLinks);
  return f;
}
