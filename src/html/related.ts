import type { RelatedItem } from '../types.js';
import { RELATED_MIN_TITLE_CHARS, RELATED_MAX_ITEMS } from '../thresholds.js';
import { normalizeSpace } from './blocks.js';
import { tokensOf } from './tokens.js';

const CARD_TAGS = new Set(['LI', 'ARTICLE', 'DIV', 'SECTION', 'FIGURE']);

/** The card around a link: the nearest list item, article or div holding no other story link. */
function cardOf(a: Element, stop: Element): Element | null {
  for (let e = a.parentElement; e && e !== stop.parentElement; e = e.parentElement) {
    if (!CARD_TAGS.has(e.tagName)) continue;
    const titled = Array.from(e.querySelectorAll('a[href]')).filter((x) => normalizeSpace(x.textContent ?? '').length >= RELATED_MIN_TITLE_CHARS);
    return titled.length <= 1 ? e : null;
  }
  return null;
}

/** A card link's headline: its heading or "title" element when it has one, else all its text. */
function titleOf(a: Element): string {
  for (const e of Array.from(a.querySelectorAll('h2, h3, h4, h5, h6, [class]'))) {
    if (/^H\d$/.test(e.tagName) || tokensOf(e).some((t) => t === 'title' || t === 'headline')) {
      const text = normalizeSpace(e.textContent ?? '');
      if (text) return text;
    }
  }
  return normalizeSpace(a.textContent ?? '');
}

/**
 * Related-article cards inside a removed related block: one per distinct link whose text
 * reads like a headline, with what the card around it shows (summary, date).
 */
export function relatedFrom(root: Element): RelatedItem[] {
  const items: RelatedItem[] = [];
  const seen = new Set<string>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const title = titleOf(a);
    if (title.length < RELATED_MIN_TITLE_CHARS || !/\s/.test(title)) continue;
    const url = (a as HTMLAnchorElement).href || a.getAttribute('href') || undefined;
    const key = url ?? title;
    if (seen.has(key)) continue;
    seen.add(key);
    const item: RelatedItem = { title };
    if (url) item.url = url;
    const card = cardOf(a, root);
    if (card) {
      const time = card.querySelector('time');
      const dt = time?.getAttribute('datetime');
      const shown = normalizeSpace(time?.textContent ?? '');
      if (dt && !Number.isNaN(Date.parse(dt))) item.date = dt;
      if (shown) item.age = shown;
      const summary = Array.from(card.querySelectorAll('p'))
        .map((p) => normalizeSpace(p.textContent ?? ''))
        .find((t) => t && t !== title && t !== shown && !title.includes(t));
      if (summary) item.summary = summary;
    }
    items.push(item);
    if (items.length >= RELATED_MAX_ITEMS) break;
  }
  return items;
}
