import { ELEMENT_PATH_MAX_PARTS, HEADING_DEFAULT_LEVEL, REGEX_SLICE_CHARS } from '../thresholds.js';
import type { Block, BlockType } from '../types.js';
import { orderOf, PageOrder } from './order.js';
import { inlineOf } from '../render/inline.js';

const BLOCK_TAGS: Record<string, BlockType> = {
  P: 'paragraph',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  BLOCKQUOTE: 'quote',
  PRE: 'code',
  TABLE: 'table',
  FIGCAPTION: 'caption',
  CAPTION: 'caption',
};
/** Elements whose text never belongs to the story. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'MATH', 'math']);
/** Containers whose children are blocks of their own. */
const CONTAINERS = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FIGURE', 'BODY', 'FORM', 'FIELDSET', 'DETAILS', 'HGROUP', 'CENTER']);

const SPACE = /[\s\u00a0\u200b\u2028\u2029]/;
const SPACES = /[\s\u00a0\u200b\u2028\u2029]+/g;

/**
 * A string rewritten by a global regex, slice by slice, each result made flat. V8 returns a
 * global replace's result as a tree of its pieces, about 17× the string in memory on prose
 * (850 MB for a 50 MB paragraph), and keeps that tree for as long as the result lives; reading
 * one character flattens it. Slices bound the tree built at once; each ends before a
 * character that is not white space, so no run of it is cut in two.
 */
export function inSlices(s: string, rewrite: (slice: string) => string): string {
  const out: string[] = [];
  for (let from = 0; from < s.length || from === 0; ) {
    let to = Math.min(s.length, from + REGEX_SLICE_CHARS);
    while (to < s.length && SPACE.test(s[to]!)) to++;
    const part = rewrite(s.slice(from, to));
    part.charCodeAt(0);
    out.push(part);
    from = Math.max(to, 1);
  }
  return out.length === 1 ? out[0]! : out.join('');
}

export function normalizeSpace(s: string): string {
  return inSlices(s, (slice) => slice.replace(SPACES, ' ')).trim();
}

/**
 * Characters normalizeSpace keeps as they are, counted up to `cap` without copying the text:
 * not SPACE and, to stay a bound from below, no control character either.
 */
export function visibleLengthUpTo(s: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < cap; i++) {
    const c = s.charCodeAt(i);
    // SPACE, spelled out as code points: \s and U+200B.
    const space = c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space) n++;
  }
  return n;
}

/** Characters that are not white space. */
export function visibleLength(s: string): number {
  let n = 0;
  inSlices(s, (slice) => ((n += slice.replace(/\s+/g, '').length), ''));
  return n;
}

/** Text of an element with <br> as a line break and block children separated, scripts skipped. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [el];
  // An explicit stack rather than recursion: a 100,000-deep tree must not overflow.
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (SKIP.has(e.tagName)) continue;
    if (e.tagName === 'BR') {
      parts.push('\n');
      continue;
    }
    if (e !== el && (e.tagName in BLOCK_TAGS || CONTAINERS.has(e.tagName) || e.tagName === 'TR')) parts.push('\n');
    if (e.tagName === 'TD' || e.tagName === 'TH') parts.push(' \t ');
    const kids = e.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => normalizeSpace(line.replace(/ \t /g, ' | ').replace(/^\s*\|\s*/, '')))
    .filter(Boolean)
    .join('\n');
}

function linkText(el: Element): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += normalizeSpace(a.textContent ?? '').length;
  return n;
}

/**
 * A short CSS-like path to an element, for positions in the sidecar: in the source page when
 * the element (or the one Readability copied it from) was numbered at parse (html/order.ts),
 * else in the tree it stands in.
 */
export function elementPath(el: Element, nthCache: NthCache = new Map(), order?: PageOrder): string {
  const source = order instanceof PageOrder ? order.sourcePath(el, ELEMENT_PATH_MAX_PARTS) : null;
  if (source !== null) return source;
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.tagName !== 'HTML' && parts.length < ELEMENT_PATH_MAX_PARTS; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    const id = e.id ? `#${e.id}` : '';
    const parent: Element | null = e.parentElement;
    let nth = '';
    if (!id && parent) {
      const place = nthOfType(parent, nthCache).get(e);
      if (place && place.of > 1) nth = `:nth-of-type(${place.n})`;
    }
    parts.unshift(tag + id + nth);
    if (id) break;
  }
  return parts.join(' > ');
}

/** Each child's place among its parent's children of the same tag, by parent. */
type NthCache = Map<Element, Map<Element, { n: number; of: number }>>;

// One pass over a parent's children, kept for the blocks that share it: looking the
// siblings up again for every block made 20,000 paragraphs in one <article> quadratic.
function nthOfType(parent: Element, cache: NthCache): Map<Element, { n: number; of: number }> {
  let places = cache.get(parent);
  if (places) return places;
  places = new Map();
  const byTag = new Map<string, Array<{ n: number; of: number }>>();
  // A sibling walk, not Array.from(parent.children): jsdom's live collection makes that
  // quadratic in itself (5 s for one parent of 10,000 children, 45 s for 30,000).
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const same = byTag.get(child.tagName) ?? [];
    byTag.set(child.tagName, same);
    const place = { n: same.length + 1, of: 0 };
    same.push(place);
    places.set(child, place);
  }
  for (const same of byTag.values()) for (const place of same) place.of = same.length;
  cache.set(parent, places);
  return places;
}

/**
 * Cut a content tree into blocks in reading order: each paragraph, heading, list item,
 * quote, code block, table and caption is one block; loose text in containers is a
 * paragraph of its own. `onBlock` sees each block with the element it came from (the block
 * classifier reads its features from the element's ancestors).
 */
export function blocksFrom(
  root: Element,
  order?: PageOrder,
  inline?: { base: string | null },
  onBlock?: (block: Block, el: Element) => void,
): Block[] {
  const blocks: Block[] = [];
  const nthCache: NthCache = new Map();
  let ruled = false;
  const push = (el: Element, type: BlockType, text: string, run?: Node[]) => {
    if (!text) return;
    const total = visibleLength(text) || 1;
    const block: Block = {
      text,
      type,
      position: { index: blocks.length, path: elementPath(el, nthCache, order), ...orderOf(order, el) },
      linkDensity: Math.min(1, linkText(el) / total),
    };
    if (ruled) block.ruleBefore = true;
    ruled = false;
    if (type === 'heading') block.level = Number(el.tagName.slice(1)) || HEADING_DEFAULT_LEVEL;
    const links = el.querySelectorAll('a[href]');
    if (links.length === 1) block.href = (links[0] as HTMLAnchorElement).href || links[0]!.getAttribute('href') || undefined;
    // Read while the DOM is alive (it is let go before render), only when markdown or HTML is asked for.
    if (inline && type !== 'table' && type !== 'code') block.inline = inlineOf(run ?? [el], inline.base);
    blocks.push(block);
    onBlock?.(block, el);
  };
  // Work items: an element to visit, or a run of loose inline nodes that forms a paragraph.
  // An explicit stack keeps reading order without recursion (deep trees must not overflow).
  type Item = Element | { run: Node[]; parent: Element } | { rule: true };
  const stack: Item[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if ('rule' in item) {
      ruled = true;
      continue;
    }
    if ('run' in item) {
      const text = normalizeSpace(item.run.map((n) => (n.nodeType === 1 ? textOf(n as Element) : n.textContent ?? '')).join(' '));
      if (text) push(item.parent, 'paragraph', text, item.run);
      continue;
    }
    const el = item;
    if (SKIP.has(el.tagName)) continue;
    const type = BLOCK_TAGS[el.tagName];
    if (type && !(type === 'list-item' && hasBlockChildren(el))) {
      // trimEnd, not /\s+$/: that regex is quadratic on a long run of white space inside the text.
      const text = type === 'code' ? (el.textContent ?? '').trimEnd() : textOf(el);
      push(el, type, type === 'table' || type === 'code' ? text : text.replace(/\n/g, ' '));
      continue;
    }
    const pending: Item[] = [];
    let loose: Node[] = [];
    const flush = () => {
      if (loose.length) pending.push({ run: loose, parent: el });
      loose = [];
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) {
        const c = child as Element;
        if (SKIP.has(c.tagName)) continue;
        if (c.tagName === 'BR') flush();
        else if (c.tagName === 'HR') {
          flush();
          pending.push({ rule: true });
        }
        else if (isBlockish(c)) {
          flush();
          pending.push(c);
        } else loose.push(c);
      } else if (child.nodeType === 3) loose.push(child);
    }
    flush();
    for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i]!);
  }
  return blocks;
}

function hasBlockChildren(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (isBlockish(c)) return true;
  return false;
}

function isBlockish(el: Element): boolean {
  return el.tagName in BLOCK_TAGS || CONTAINERS.has(el.tagName) || el.tagName === 'TR';
}
