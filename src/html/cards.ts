import { HTML_RULES } from '../rules/html.js';
import { CARD_LIST_MIN, CARD_MAX_CHARS, CARD_TAG_MAX_WORDS, HEADLINE_MIN_WORDS } from '../thresholds.js';
import { normalizeSpace, visibleLengthUpTo } from './blocks.js';
import { words } from '../measure.js';

/** What findCardLists knows of every element before it reads any text. */
interface Seen {
  /** Elements holding a link below them. */
  linked: ReadonlySet<Element>;
  /** Characters of each element's text that are not white space: its normalised text is never shorter. */
  visible: ReadonlyMap<Element, number>;
  /** isCard's answers so far: a list's cards are tested again when its text share is weighed. */
  cards: Map<Element, boolean>;
}

/**
 * A teaser card: a small box whose main line is one link to another story that reads like
 * a headline, with at most a short summary, a picture and a time beside it.
 */
function isCard(el: Element, seen: Seen): boolean {
  let card = seen.cards.get(el);
  if (card === undefined) seen.cards.set(el, (card = cardShaped(el, seen)));
  return card;
}

function cardShaped(el: Element, seen: Seen): boolean {
  // A card holds its headline link and is short: elements that cannot be cards are told without building their text.
  if (!seen.linked.has(el) || seen.visible.get(el)! > CARD_MAX_CHARS) return false;
  const text = normalizeSpace(el.textContent ?? '');
  if (!text || text.length > CARD_MAX_CHARS) return false;
  // One story linked with a headline; other links (category, tags) are a word or two.
  const headlines = new Map<string, string>();
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const t = normalizeSpace(a.textContent ?? '');
    if (words(t) >= HEADLINE_MIN_WORDS) headlines.set(a.getAttribute('href') ?? '', t);
    else if (words(t) > CARD_TAG_MAX_WORDS) return false;
  }
  if (headlines.size !== 1) return false;
  const headline = [...headlines.values()][0]!;
  return !/[.!?…]$/.test(headline);
}

/** A card with the furniture of a teaser (heading, picture, time), not a bare link in a list. */
function isRichCard(el: Element, seen: Seen): boolean {
  return isCard(el, seen) && !!el.querySelector('h2, h3, h4, h5, h6, img, picture, time');
}

/** One pass over the elements (in document order) for what isCard can tell without their text. */
function see(body: Element, elements: readonly Element[]): Seen {
  const linked = new Set<Element>();
  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    for (let up = a.parentElement; up && !linked.has(up); up = up.parentElement) linked.add(up);
  }
  // Counted only up to one past a card's length, which is all isCard asks: no text is copied,
  // and a 10 MB paragraph costs one scan of its first characters.
  const cap = CARD_MAX_CHARS + 1;
  const visible = new Map<Element, number>();
  // Backwards, each child is counted before its parent.
  for (let i = elements.length - 1; i >= 0; i--) {
    let n = 0;
    for (let c = elements[i]!.firstChild; c && n < cap; c = c.nextSibling) {
      if (c.nodeType === 3) n += visibleLengthUpTo(c.nodeValue ?? '', cap - n);
      else if (c.nodeType === 1) n += visible.get(c as Element) ?? 0;
    }
    visible.set(elements[i]!, Math.min(n, cap));
  }
  return { linked, visible, cards: new Map() };
}

/**
 * Lists of teaser cards found by shape alone, for related blocks that carry no telltale
 * names: a parent with at least CARD_LIST_MIN card children of the same tag (or, when
 * the parent also holds the story, those cards themselves). Inside the story container
 * only rich cards count, so a list of plain links the story cites stays.
 */
export function findCardLists(body: Element, story: Element | null): Element[] {
  const found: Element[] = [];
  const elements = Array.from(body.querySelectorAll('*'));
  const seen = see(body, elements);
  for (const parent of elements) {
    if (found.some((f) => f.contains(parent))) continue;
    const kids = Array.from(parent.children);
    if (kids.length < CARD_LIST_MIN) continue;
    const inStory = !!story && (story === parent || story.contains(parent));
    const test = (k: Element) => (inStory ? isRichCard(k, seen) : isCard(k, seen));
    if (story && parent.contains(story) && parent !== story) {
      // The story is one box in a grid of teasers: the teaser boxes go, one by one.
      const cards = kids.filter((k) => !k.contains(story) && isRichCard(k, seen));
      if (cards.length >= CARD_LIST_MIN) found.push(...cards);
      continue;
    }
    const byTag = new Map<string, number>();
    for (const k of kids) if (test(k)) byTag.set(k.tagName, (byTag.get(k.tagName) ?? 0) + 1);
    const best = Math.max(0, ...byTag.values());
    if (best < CARD_LIST_MIN) continue;
    // Cards must be most of the parent's text: a story with three linked headings is not a list.
    const cardText = kids.filter(test).reduce((n, k) => n + normalizeSpace(k.textContent ?? '').length, 0);
    const all = normalizeSpace(parent.textContent ?? '').length;
    if (cardText < HTML_RULES['card-list'].params.minCardShare * all) continue;
    found.push(parent);
  }
  return found;
}
