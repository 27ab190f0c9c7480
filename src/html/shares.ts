import { SHARE_BAR_MAX_OTHER_CHARS, SHARE_BAR_MIN_LINKS } from '../thresholds.js';
import { normalizeSpace } from './blocks.js';

/** Share endpoints of the common networks: the link's target says what it is in any language. */
const SHARE_HREF = /^(whatsapp:|sms:|fb-messenger:|mailto:\?)|\/sharer(\.php)?\b|\/share(Article)?\b|\/intent\/(tweet|post)|\/pin\/create|\/submit\?url=|\bwa\.me\/|\bt\.me\/share|\bsharer\?|\/shareArticle|\baddthis\.com\/bookmark|\bvk\.com\/share|\bline\.me\/R\/msg/i;

function isShareLink(a: Element): boolean {
  return SHARE_HREF.test(a.getAttribute('href') ?? '');
}

/**
 * Share bars found by their links' targets rather than their names: the largest element
 * holding at least SHARE_BAR_MIN_LINKS share links and almost no other text.
 */
export function findShareBars(body: Element): Element[] {
  const found: Element[] = [];
  const seen = new Set<Element>();
  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    if (!isShareLink(a)) continue;
    let best: Element | null = null;
    for (let e = a.parentElement; e && e !== body; e = e.parentElement) {
      if (seen.has(e)) break;
      const links = Array.from(e.querySelectorAll('a[href]'));
      const shares = links.filter(isShareLink);
      const other = links.filter((l) => !isShareLink(l)).reduce((n, l) => n + normalizeSpace(l.textContent ?? '').length, 0);
      const shareText = shares.reduce((n, l) => n + normalizeSpace(l.textContent ?? '').length, 0);
      const rest = normalizeSpace(e.textContent ?? '').length - shareText;
      if (rest - other > SHARE_BAR_MAX_OTHER_CHARS || other > SHARE_BAR_MAX_OTHER_CHARS) break;
      if (shares.length >= SHARE_BAR_MIN_LINKS) best = e;
    }
    if (best && !found.some((f) => f.contains(best!))) {
      found.push(best);
      seen.add(best);
    }
  }
  return found;
}
