/**
 * The block classifier's features: every block of the pruned page (not only the located
 * story), described by where it sits (ancestor tags and roles, generic class/id hints, depth,
 * position), how it compares with the rest of the page (length against the longest block,
 * how much long text its containers hold), its neighbours, the page type, and pith's own
 * measures and decisions (prose, link block, inside the located story). Structure first:
 * the block's own words enter only as lengths and punctuation.
 */
import { blocksFrom } from '../html/blocks.js';
import { fold, isLink, isProse } from '../html/lines.js';
import type { PageOrder } from '../html/order.js';
import { CLASSIFIER_LONG_BLOCK_CHARS, CLASSIFIER_SEARCH_MAX_CHARS } from '../thresholds.js';
import { PAGE_TYPES, type Block, type PageTypeName } from '../types.js';

const TYPES = ['paragraph', 'heading', 'list-item', 'quote', 'code', 'table', 'caption'] as const;
const TAGS = ['ARTICLE', 'MAIN', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'LI', 'TABLE', 'FIGURE', 'BLOCKQUOTE', 'SECTION'] as const;
const ROLES = ['navigation', 'main', 'complementary', 'contentinfo', 'banner', 'article'] as const;
/**
 * Generic class/id vocabulary of page templates (markup names, not the page's language).
 * Each is one feature: does an ancestor's class or id carry it.
 */
export const HINTS = {
  content: /content|article|post|entry|story|body|text|main|prose|markdown/,
  comment: /comment|reply|replies|respon|disqus/,
  nav: /nav|menu|breadcrumb|toolbar|pagination|pager/,
  foot: /foot|copyright|legal/,
  side: /side|widget|rail|sticky/,
  related: /related|recommend|popular|trending|teaser|more-|card|promo/,
  share: /share|social|follow/,
  ad: /(^|[^a-z])ads?([^a-z]|$)|advert|sponsor|banner/,
  meta: /meta|byline|author|date|time|tag|categor/,
  product: /product|price|spec|review|detail|descr/,
  thread: /question|answer|thread|message|topic|forum|discussion/,
  head: /header|masthead|hero|title/,
} as const;
type Hint = keyof typeof HINTS;
const HINT_NAMES = Object.keys(HINTS) as Hint[];

/** Feature names, in the order of a row; the model file lists the same names. */
export const FEATURE_NAMES: readonly string[] = [
  ...TYPES.map((t) => `type:${t}`),
  'level', 'log chars', 'length vs longest', 'position', 'depth', 'depth vs deepest', 'link density', 'ends a sentence', 'digit share',
  'prose', 'link block', 'in located story', 'located share of page',
  ...TAGS.map((t) => `inside <${t.toLowerCase()}>`),
  ...ROLES.map((r) => `role ${r}`),
  ...HINT_NAMES.map((h) => `class/id ${h}`),
  'parent text share', 'grandparent text share', 'parent long-block share', 'grandparent long-block share', 'best container long-block share',
  'previous log chars', 'next log chars', 'previous link density', 'next link density', 'same parent as previous', 'same parent as next',
  'log page blocks', 'log page chars', 'title-like heading', 'repeats an earlier block',
  ...PAGE_TYPES.map((t) => `page type ${t}`),
];

export interface PageBlocks {
  blocks: Block[];
  rows: number[][];
  /** What the block's ancestors say it is, for the removal's kind. */
  hints: Array<Set<string>>;
}

interface Seen {
  el: Element;
  anc: Element[];
}

/**
 * Cut the whole pruned page into blocks and describe each. `located` is the content the
 * locate stage chose (Readability, the fallback or the page type's content root).
 */
export function pageBlocks(
  page: Element,
  located: Element | null,
  order: PageOrder | undefined,
  pageType: PageTypeName | null,
  title: string | null,
  inline?: { base: string | null },
): PageBlocks {
  const seen: Seen[] = [];
  const blocks = blocksFrom(page, order, inline, (_b, el) => {
    const anc: Element[] = [];
    for (let e: Element | null = el; e && e !== page.parentElement; e = e.parentElement) anc.push(e);
    seen.push({ el, anc });
  });
  const n = blocks.length;
  // Characters and long blocks under every ancestor: "how much long text its containers hold".
  const under = new Map<Element, { chars: number; long: number }>();
  let pageChars = 0;
  let pageLong = 0;
  blocks.forEach((b, i) => {
    const long = b.text.length >= CLASSIFIER_LONG_BLOCK_CHARS ? b.text.length : 0;
    pageChars += b.text.length;
    pageLong += long;
    for (const a of seen[i]!.anc) {
      const u = under.get(a) ?? { chars: 0, long: 0 };
      u.chars += b.text.length;
      u.long += long;
      under.set(a, u);
    }
  });
  const longest = Math.max(1, ...blocks.map((b) => b.text.length));
  const deepest = Math.max(1, ...seen.map((s) => s.anc.length));
  // The located content is a rewritten copy: its blocks match by text, or lie inside one of its (merged) blocks.
  const locatedKeys = new Set(located ? blocksFrom(located).map((b) => fold(b.text)) : []);
  const locatedText = located ? fold(located.textContent ?? '') : '';
  const inLocated = blocks.map((b) => {
    const key = fold(b.text);
    return locatedKeys.has(key) || (locatedText.length <= CLASSIFIER_SEARCH_MAX_CHARS && !!key && locatedText.includes(key));
  });
  const locatedShare = pageChars ? blocks.reduce((s, b, i) => s + (inLocated[i] ? b.text.length : 0), 0) / pageChars : 0;
  const titleKey = title ? fold(title) : '';
  const hintCache = new Map<Element, Hint[]>();
  const hintsOf = (e: Element): Hint[] => {
    let h = hintCache.get(e);
    if (!h) {
      const cls = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase();
      h = cls.trim() ? HINT_NAMES.filter((k) => HINTS[k].test(cls)) : [];
      hintCache.set(e, h);
    }
    return h;
  };
  const share = (a: Element | undefined, key: 'chars' | 'long', total: number) => (a && total ? (under.get(a)?.[key] ?? 0) / total : 0);
  // A page that shows the same text twice (a teaser above its story, a sticky copy) scores it twice.
  const firstSeen = new Set<string>();
  const repeats = blocks.map((b) => {
    const key = fold(b.text);
    const seenBefore = firstSeen.has(key);
    firstSeen.add(key);
    return seenBefore;
  });
  const rows: number[][] = [];
  const hints: Array<Set<string>> = [];
  blocks.forEach((b, i) => {
    const { anc } = seen[i]!;
    const tags = new Set(anc.map((a) => a.tagName));
    const roles = new Set(anc.map((a) => a.getAttribute('role') ?? ''));
    const h = new Set<string>();
    for (const a of anc) for (const k of hintsOf(a)) h.add(k);
    for (const t of ['NAV', 'ASIDE', 'FOOTER', 'HEADER']) if (tags.has(t)) h.add(t.toLowerCase());
    hints.push(h);
    // The block's element is anc[0]; its containers start above it.
    const parent = anc[1];
    const grand = anc[2];
    let best = 0;
    for (const a of anc.slice(1, -1)) {
      const u = under.get(a)!;
      // A container's long text, discounted by how much else it holds: the story box, not <body>.
      if (pageLong && u.chars) best = Math.max(best, (u.long / pageLong) * (u.long / u.chars));
    }
    const prev = blocks[i - 1];
    const next = blocks[i + 1];
    const t = b.text;
    const digits = (t.match(/\p{N}/gu)?.length ?? 0) / Math.max(1, t.length);
    rows.push([
      ...TYPES.map((x) => +(b.type === x)),
      b.level ?? 0, Math.log1p(t.length), t.length / longest, n > 1 ? i / (n - 1) : 0, anc.length, anc.length / deepest,
      b.linkDensity ?? 0, +/[.!?。！？:;…)"”»]$/u.test(t), digits,
      +isProse(b), +isLink(b), +inLocated[i]!, locatedShare,
      ...TAGS.map((x) => +tags.has(x)),
      ...ROLES.map((r) => +roles.has(r)),
      ...HINT_NAMES.map((k) => +h.has(k)),
      share(parent, 'chars', pageChars), share(grand, 'chars', pageChars), share(parent, 'long', pageLong), share(grand, 'long', pageLong), best,
      Math.log1p(prev?.text.length ?? 0), Math.log1p(next?.text.length ?? 0), prev?.linkDensity ?? 0, next?.linkDensity ?? 0,
      +(!!prev && seen[i - 1]!.anc[1] === parent), +(!!next && seen[i + 1]!.anc[1] === parent),
      Math.log1p(n), Math.log1p(pageChars), +(b.type === 'heading' && !!titleKey && fold(t) === titleKey), +repeats[i]!,
      ...PAGE_TYPES.map((p) => +(p === pageType)),
    ]);
  });
  return { blocks, rows, hints };
}
