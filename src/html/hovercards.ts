import { HEADLINE_MIN_WORDS, HOVER_CARD_MIN_LINKS } from '../thresholds.js';
import { normalizeSpace } from './blocks.js';
import { words } from '../measure.js';

/** Inline elements a hover card is built from inside a sentence (no block boxes there). */
const INLINE = new Set(['SPAN', 'SMALL', 'B', 'I', 'EM', 'STRONG', 'FONT', 'ASIDE']);

/** Letters and digits outside links: a card has none, a sentence citing several links does. */
function bareText(el: Element): number {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.parentElement?.closest('a') && el.contains(t.parentElement.closest('a'))) continue;
    n += (t.nodeValue ?? '').replace(/[^\p{L}\p{N}]+/gu, '').length;
  }
  return n;
}

function isCard(el: Element): boolean {
  if (!INLINE.has(el.tagName) || bareText(el) > 0) return false;
  const links = Array.from(el.querySelectorAll('a[href]'));
  const targets = new Set(links.map((a) => a.getAttribute('href')));
  return targets.size >= HOVER_CARD_MIN_LINKS && links.some(isHeadline);
}

const isHeadline = (a: Element) => words(normalizeSpace(a.textContent ?? '')) >= HEADLINE_MIN_WORDS;
const headlines = (el: Element) => Array.from(el.querySelectorAll('a[href]')).filter(isHeadline).length;

/**
 * Hover cards: a box hidden inside a sentence that pops up over a name, holding nothing
 * but links (the name again, that person's latest stories, "more"). In the markup it sits
 * in the middle of the paragraph, so its headlines would run into the sentence. Found by
 * shape: an inline element inside a paragraph with at least HOVER_CARD_MIN_LINKS link
 * targets, one a headline, and no letter outside its links. Of nested such elements the
 * innermost holding all the card's headlines goes, so the name the sentence needs stays.
 */
export function findHoverCards(body: Element): Element[] {
  const found: Element[] = [];
  for (const p of Array.from(body.querySelectorAll('p'))) {
    for (const el of Array.from(p.querySelectorAll('*'))) {
      if (found.some((f) => f.contains(el)) || !isCard(el)) continue;
      let card = el;
      const all = headlines(el);
      for (let inner = innerCard(card); inner && headlines(inner) === all; inner = innerCard(inner)) card = inner;
      // A paragraph that is nothing but the card is a list of links, not a sentence: other rules judge it.
      if (bareText(p) === 0) continue;
      found.push(card);
    }
  }
  return found;
}

function innerCard(el: Element): Element | null {
  for (const c of Array.from(el.children)) if (isCard(c)) return c;
  return null;
}
