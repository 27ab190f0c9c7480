import { hasToken, tokensOf } from '../html/tokens.js';
import { PAGE_TYPE_MEASURES as M, PAGE_TYPE_WEIGHTS as W } from './thresholds.js';

/**
 * What a page's structure shows, measured on the parsed page before anything is pruned:
 * repeated posts (each with a date and an author), grids of same-shaped cards, prices and
 * buy controls, code blocks beside a navigation tree, long prose. Structure decides; the
 * few words used (buy buttons) only support it and cover several languages.
 */
export interface Structure {
  /** Characters of text in the body, white space collapsed. */
  bodyChars: number;
  /** The largest group of sibling containers that each hold a date: its size, text share, link share, and how many name an author. */
  posts: { count: number; share: number; withAuthor: number; linkShare: number; avgChars: number; headlined: number };
  /** The largest group of same-shaped sibling cards holding a link: its size, text share and members showing a price. */
  cards: { count: number; share: number; priced: number; linkShare: number };
  /** Prices shown outside card grids and page chrome. */
  prices: number;
  /** Buy controls: add-to-cart buttons, cart forms, quantity pickers. */
  buy: number;
  /** <pre> blocks and code elements of more than a few characters. */
  code: number;
  /** Links in the largest navigation tree (nested lists in nav/aside or a sidebar). */
  navTree: number;
  /** Paragraphs of prose (at least PROSE_PARAGRAPH characters, few links). */
  prose: number;
  /** Headings h2–h4 in the body. */
  headings: number;
  /** Of those, headings whose text is mostly a link: teaser headlines of other pages. */
  linkedHeadings: number;
  /** Call-to-action controls: buttons and links styled as buttons. */
  cta: number;
  /** Date elements in the page. */
  dates: number;
  /** Headings carrying a permalink to themselves (`<a href="#id">`), as documentation generators write them. */
  anchoredHeadings: number;
  /** Links to edit the page's source (a repository's edit or blob view, a wiki's edit action). */
  editLinks: number;
}

// A link to the page's own source: a repository's edit or blob view, a wiki's edit action.
const EDIT_LINK = /\/(?:edit|blob)\/[^?#]*\.(?:md|mdx|rst|adoc|txt|html?)(?:$|[?#])|[?&]action=edit\b|\/-\/edit\//i;
// Page chrome: nav, header, footer, aside, or an element with one of their roles.
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo']);
const DATE_PROPS = new Set(['datePublished', 'dateCreated', 'uploadDate']);
const AUTHOR_TOKENS = [['author'], ['user'], ['username'], ['poster'], ['member'], ['creator'], ['byline'], ['avatar'], ['userinfo'], ['user', 'name'], ['post', 'author'], ['profile']];
// Currency next to a number, either side; a price needs digits and a currency mark.
export const PRICE = /(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|CZK|zł|Kč|kr|R\$|Rs\.?))\s?\d[\d.,\s]{0,12}\d|\d[\d.,]{0,12}\s?(?:[€£₽₹]|\b(?:EUR|USD|zł|Kč|kr|руб|грн|元|円))/giu;
// Buy buttons in the languages of a scraped folder; structure (forms, quantity inputs) decides first.
export const BUY_WORDS = /\b(?:add to (?:cart|bag|basket|trolley)|buy now|buy it now|in den warenkorb|jetzt kaufen|ajouter au panier|acheter|añadir al carrito|agregar al carrito|comprar|aggiungi al carrello|acquista|in winkelwagen|toevoegen aan winkelwagen|dodaj do koszyka|kup teraz|lägg i varukorg|læg i kurv|legg i handlekurv|в корзину|купить|sepete ekle)\b|カートに入れる|加入购物车|立即购买|장바구니/iu;
const BUY_TOKENS = [['add', 'to', 'cart'], ['add', 'to', 'bag'], ['add', 'to', 'basket'], ['addtocart'], ['buy', 'now'], ['buy', 'button'], ['product', 'form'], ['quantity'], ['qty']];
const NAV_TREE_TOKENS = [['sidebar'], ['toc'], ['docs'], ['doc'], ['nav'], ['menu'], ['tree'], ['sidenav']];

/**
 * The elements each measure looks at, gathered in one walk over the body: on jsdom a
 * selector query walks the whole tree each time, and a dozen of them cost more than the parse.
 */
interface Index {
  dates: Element[];
  links: Element[];
  headings: Element[];
  paragraphs: Element[];
  code: Element[];
  prices: Element[];
  controls: Element[];
  buyFields: number;
  /** Elements holding a list nested in a list item (`li ul`, `li ol`): the candidates for a navigation tree. */
  treeHolders: Set<Element>;
  /** Whether an element is in page chrome, remembered for it and its ancestors (see inChrome). */
  chrome: Map<Element, boolean>;
}

function indexOf(body: Element): Index {
  const ix: Index = { dates: [], links: [], headings: [], paragraphs: [], code: [], prices: [], controls: [], buyFields: 0, treeHolders: new Set(), chrome: new Map() };
  // A tree walker, not getElementsByTagName('*'): jsdom's live collection is quadratic to copy.
  const walker = body.ownerDocument.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const name = el.localName;
    const cls = el.getAttribute('class') ?? '';
    const prop = el.getAttribute('itemprop');
    const role = el.getAttribute('role');
    if (name === 'time' || el.hasAttribute('datetime') || (prop && DATE_PROPS.has(prop)) || /date|timestamp/i.test(cls)) ix.dates.push(el);
    if (name === 'a' && el.hasAttribute('href')) ix.links.push(el);
    if (name === 'h2' || name === 'h3' || name === 'h4') ix.headings.push(el);
    else if (name === 'p') ix.paragraphs.push(el);
    else if (name === 'pre' || name === 'code') ix.code.push(el);
    if (prop === 'price' || /price/i.test(cls)) ix.prices.push(el);
    if (name === 'button' || (name === 'input' && el.getAttribute('type') === 'submit') || (name === 'a' && (/btn|button/i.test(cls) || role === 'button'))) ix.controls.push(el);
    if ((name === 'form' && /cart|basket/i.test(el.getAttribute('action') ?? '')) || ((name === 'input' || name === 'select') && /^(?:quantity|qty)$|quantity/i.test(el.getAttribute('name') ?? ''))) ix.buyFields++;
    if ((name === 'ul' || name === 'ol') && el.parentElement?.closest('li')) {
      // Its ancestors hold a nested list; stop where an earlier list already marked the rest.
      for (let a: Element | null = el.parentElement; a && a !== body && !ix.treeHolders.has(a); a = a.parentElement) ix.treeHolders.add(a);
    }
  }
  return ix;
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Characters of an element's text with white-space runs counted as one: the length of
 * text(el) without building it, which on a page of megabytes of text is most of the cost.
 */
function size(el: Element): number {
  const s = el.textContent ?? '';
  let n = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
    if (!ws) n++;
    else if (!space) n++;
    space = ws;
  }
  return space && n > 0 ? n - 1 : n;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += size(a);
  return n;
}

/** A sibling's shape: its tag and first class name, digits dropped (post-1, post-2 are one shape). */
function shape(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
  return `${el.localName}.${cls.replace(/\d+/g, '')}`;
}

/**
 * Whether the element or an ancestor is page chrome. Every link and date of a page asks,
 * and a query per element (closest) walked the same ancestors again for each: the answer
 * is remembered for every element on the way up.
 */
function inChrome(el: Element, ix: Index): boolean {
  const path: Element[] = [];
  let found = false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const known = ix.chrome.get(a);
    if (known !== undefined) {
      found = known;
      break;
    }
    if (CHROME_TAGS.has(a.localName) || CHROME_ROLES.has(a.getAttribute('role') ?? '')) {
      found = true;
      path.push(a);
      break;
    }
    path.push(a);
  }
  for (const a of path) ix.chrome.set(a, found);
  return found;
}

/** Group the nearest-to-root ancestors of `marks` by (parent, shape): repeated containers that each hold a mark. */
function repeated(marks: Element[], body: Element, maxDepth: number = M.postMaxDepth): Map<Element, Map<string, Set<Element>>> {
  const groups = new Map<Element, Map<string, Set<Element>>>();
  for (const mark of marks) {
    let el: Element | null = mark;
    for (let d = 0; el && el !== body && d < maxDepth; d++, el = el.parentElement) {
      const parent: Element | null = el.parentElement;
      if (!parent) break;
      let byShape = groups.get(parent);
      if (!byShape) groups.set(parent, (byShape = new Map()));
      const key = shape(el);
      let set = byShape.get(key);
      if (!set) byShape.set(key, (set = new Set()));
      set.add(el);
    }
  }
  return groups;
}

/**
 * The posts of a thread, or an article's comments: the largest group (by text) of sibling
 * containers of one shape that each hold a date. Empty when no two such containers exist.
 */
export function postGroup(body: Element, ix: Index = indexOf(body)): Element[] {
  const marks = ix.dates.filter((el) => !inChrome(el, ix));
  let best: Element[] = [];
  let bestChars = 0;
  for (const byShape of repeated(marks, body).values()) {
    for (const members of byShape.values()) {
      if (members.size < M.postsMin) continue;
      let chars = 0;
      for (const m of members) chars += size(m);
      if (chars > bestChars) [best, bestChars] = [[...members], chars];
    }
  }
  return best;
}

function posts(body: Element, bodyChars: number, ix: Index): Structure['posts'] {
  const members = postGroup(body, ix);
  if (members.length === 0) return { count: 0, share: 0, withAuthor: 0, linkShare: 0, avgChars: 0, headlined: 0 };
  let chars = 0;
  let links = 0;
  let withAuthor = 0;
  let headlined = 0;
  for (const m of members) {
    if (Array.from(m.querySelectorAll('h1, h2, h3, h4, h5, h6')).some((h) => linkChars(h) >= M.linkedHeadingShare * size(h) && size(h) >= M.headlineMinChars)) headlined++;
    chars += size(m);
    links += linkChars(m);
    if (hasAuthor(m)) withAuthor++;
  }
  return { count: members.length, share: chars / Math.max(1, bodyChars), withAuthor, linkShare: links / Math.max(1, chars), avgChars: chars / members.length, headlined };
}

function hasAuthor(el: Element): boolean {
  if (el.querySelector('[itemprop="author"], [rel~="author"], [itemprop="creator"]')) return true;
  for (const d of Array.from(el.querySelectorAll('[class], [id]')).slice(0, M.authorScanElements)) {
    const t = tokensOf(d);
    if (AUTHOR_TOKENS.some((p) => hasToken(t, p))) return true;
  }
  return false;
}

function cards(body: Element, bodyChars: number, ix: Index): Structure['cards'] {
  const links = ix.links.filter((a) => !inChrome(a, ix) && size(a) >= M.cardLinkMinChars);
  let best: Structure['cards'] = { count: 0, share: 0, priced: 0, linkShare: 0 };
  let bestChars = 0;
  for (const byShape of repeated(links, body, M.cardMaxDepth).values()) {
    for (const members of byShape.values()) {
      if (members.size < W.cardsMin) continue;
      let chars = 0;
      let priced = 0;
      let linked = 0;
      for (const m of members) {
        chars += size(m);
        linked += linkChars(m);
        PRICE.lastIndex = 0;
        if (PRICE.test(m.textContent ?? '')) priced++;
      }
      // Menus are lists of bare links: a card carries more than its link's few words.
      if (chars / members.size < M.cardMinChars) continue;
      if (chars > bestChars) {
        bestChars = chars;
        best = { count: members.size, share: chars / Math.max(1, bodyChars), priced, linkShare: linked / Math.max(1, chars) };
      }
    }
  }
  return best;
}

function navTree(ix: Index): number {
  let most = 0;
  for (const el of ix.treeHolders) {
    const named = el.localName === 'nav' || el.localName === 'aside' || el.getAttribute('role') === 'navigation' || NAV_TREE_TOKENS.some((p) => hasToken(tokensOf(el), p));
    if (!named) continue;
    const n = el.getElementsByTagName('a').length;
    if (n > most) most = n;
  }
  return most;
}

export function readStructure(document: Document): Structure {
  const body = document.body;
  const empty: Structure = { bodyChars: 0, posts: { count: 0, share: 0, withAuthor: 0, linkShare: 0, avgChars: 0, headlined: 0 }, cards: { count: 0, share: 0, priced: 0, linkShare: 0 }, prices: 0, buy: 0, code: 0, navTree: 0, prose: 0, headings: 0, linkedHeadings: 0, cta: 0, dates: 0, anchoredHeadings: 0, editLinks: 0 };
  if (!body) return empty;
  const bodyChars = size(body);
  const ix = indexOf(body);
  const cardInfo = cards(body, bodyChars, ix);
  let prices = 0;
  for (const el of ix.prices) if (!inChrome(el, ix) && el.children.length <= M.priceMaxChildren && /\d/.test(el.textContent ?? '')) prices++;
  let buy = ix.buyFields;
  let cta = 0;
  for (const el of ix.controls) {
    if (inChrome(el, ix)) continue;
    cta++;
    const label = `${text(el)} ${el.getAttribute('value') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (BUY_WORDS.test(label) || BUY_TOKENS.some((p) => hasToken(tokensOf(el), p))) buy++;
  }
  let code = 0;
  for (const el of ix.code) if (el.localName === 'pre' || size(el) > M.codeBlockMinChars) code++;
  let prose = 0;
  for (const p of ix.paragraphs) {
    const n = size(p);
    if (n >= M.proseParagraphChars && linkChars(p) < M.proseMaxLinkShare * n) prose++;
  }
  const headings = ix.headings.filter((h) => !inChrome(h, ix));
  return {
    bodyChars,
    posts: posts(body, bodyChars, ix),
    cards: cardInfo,
    prices,
    buy,
    code,
    navTree: navTree(ix),
    prose,
    headings: headings.length,
    linkedHeadings: headings.filter((h) => linkChars(h) >= M.linkedHeadingShare * size(h) && size(h) > 0).length,
    cta,
    dates: ix.dates.length,
    anchoredHeadings: headings.filter((h) => h.querySelector('a[href^="#"]') !== null || (h.parentElement?.querySelector(':scope > a[href^="#"]') ?? null) !== null).length,
    editLinks: ix.links.filter((a) => EDIT_LINK.test(a.getAttribute('href') ?? '')).length,
  };
}
