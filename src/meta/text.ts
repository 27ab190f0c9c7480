/**
 * Metadata of a text scrape, from the lines around its headline: the headline the text path
 * found (or, without one, the first headline-shaped line with a byline or date line under
 * it), the byline ("By …", other languages, or a bare name line between headline and date),
 * and the date or "Updated …" line — as the reader sees them under a headline.
 */
import type { Block, MetaSources } from '../types.js';
import { META_NEAR_HEADLINE_LINES } from '../thresholds.js';
import { textDate } from './dates.js';
import { bylineIn, datesIn, type MetaChoice } from './decide.js';
import { cleanAuthor } from './people.js';

/** A line shaped like a headline: a few words, no sentence stop at its end, not a link or a count. */
function headlineShaped(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= 2 && words <= 25 && text.length <= 200 && !/[.!,;:]$/.test(text) && !/^(?:https?:|www\.)/i.test(text) && /^[\p{Lu}\p{N}"'“‘¿¡(\p{Lo}]/u.test(text) && !text.includes('\t');
}

/** A line that says when or by whom: a date, an age ("3 days ago", "Asked 2 years ago"), or a byline. */
function dateOrByline(text: string, lang: string | null): boolean {
  if (text.length > 120) return false;
  return !!textDate(text, lang) || /\b(?:ago|posted|asked|updated|published)\b/i.test(text) || bylineIn([text]) !== null;
}

/** A bare name line ("Jane Doe"): two to four capitalised words, nothing else. */
const NAME_LINE = /^(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

export function decideText(blocks: readonly Block[], lang: string | null): MetaChoice {
  const sources: MetaSources = { title: null, byline: null, published: null, modified: null, siteName: null };
  let at = blocks.findIndex((b) => b.title);
  if (at >= 0) sources.title = 'headline-line';
  else {
    // No headline found by the text path: the first headline-shaped line with a byline or date right under it.
    at = blocks.findIndex((b, i) => headlineShaped(b.text) && blocks.slice(i + 1, i + 4).some((n) => dateOrByline(n.text, lang)));
    if (at >= 0) sources.title = 'dated-line';
  }
  const title = at >= 0 ? blocks[at]!.text : null;
  const near = at >= 0 ? blocks.slice(at + 1, at + 1 + META_NEAR_HEADLINE_LINES).map((b) => b.text) : [];
  const before = at >= 0 ? blocks.slice(Math.max(0, at - 2), at).map((b) => b.text) : [];
  let byline = bylineIn(near);
  if (byline) sources.byline = 'byline-line';
  else {
    // A name alone on the line under the headline, with a date within the next lines: the byline without its "By".
    const i = near.findIndex((l) => NAME_LINE.test(l));
    if (i >= 0 && i < 3 && near.slice(i + 1, i + 4).some((l) => textDate(l, lang))) {
      byline = cleanAuthor(near[i]);
      if (byline) sources.byline = 'name-line';
    }
  }
  const dates = datesIn([...near, ...before], lang);
  if (dates.published) sources.published = 'date-line';
  if (dates.modified) sources.modified = 'date-line';
  return {
    title,
    byline,
    authors: byline ? [byline] : [],
    published: dates.published,
    modified: dates.modified,
    siteName: null,
    metaSources: sources,
  };
}
