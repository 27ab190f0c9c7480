import { FALLBACK_MIN_CHARS, FALLBACK_MIN_SHARE } from '../thresholds.js';
import { normalizeSpace } from './blocks.js';
import { proseMap, proseWithin } from './prose.js';

/** The element that holds the most story prose: the fallback when Readability misses. */
export function storyContainer(body: Element): { el: Element; prose: number } | null {
  const prose = proseMap(body, new Set());
  let best: Element | null = null;
  let most = 0;
  for (const [holder, len] of prose) if (len > most) [best, most] = [holder, len];
  return best ? { el: best, prose: proseWithin(best, prose) } : null;
}

/**
 * Whether Readability's pick is too little: empty, or short and holding less than a share
 * of the prose that the page's own densest container holds (it kept a teaser, not the story).
 */
export function readabilityMissed(picked: Element | null, fallback: { prose: number } | null): boolean {
  if (!picked) return true;
  const length = normalizeSpace(picked.textContent ?? '').length;
  if (length === 0) return true;
  return fallback !== null && length < FALLBACK_MIN_CHARS && length < FALLBACK_MIN_SHARE * fallback.prose;
}
