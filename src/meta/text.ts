/**
 * Metadata of a text scrape, from the lines around its headline: the headline the text path
 * found (or, without one, the first headline-shaped line with a byline or date line under
 * it), the byline ("By …", other languages, or a bare name line between headline and date),
 * and the date or "Updated …" line — as the reader sees them under a headline.
 */
import type { Block, MetaSources } from '../types.js';
import { META_LINE_MAX_CHARS, META_NEAR_HEADLINE_LINES } from '../thresholds.js';
import { textDate } from './dates.js';
import { bylineIn, datesIn, type MetaChoice } from './decide.js';
import { cleanAuthor } from './people.js';

/** A line shaped like a headline: a few words, no sentence stop at its end, not a link or a count. */
function headlineShaped(text: string): boolean {
  if (text.length > META_LINE_MAX_CHARS) return false;
  const words = text.split(/\s+/).length;
  return words >= 2 && /\p{L}/u.test(text) && words <= 25 && !/[.!,;:]$/.test(text) && !/^(?:https?:|www\.)/i.test(text) && /^[\p{Lu}\p{N}"'“‘¿¡(\p{Lo}]/u.test(text) && !text.includes('\t');
}

/** A line that says when or by whom: a date, an age ("3 days ago", "Asked 2 years ago"), or a byline. */
function dateOrByline(text: string, lang: string | null): boolean {
  if (text.length > 120) return false;
  return !!textDate(text, lang) || /\b(?:ago|posted|asked|updated|published)\b/i.test(text) || bylineIn([text]) !== null;
}

/** A bare name line ("Jane Doe"): two to four capitalised words, nothing else. */
const NAME_LINE = /^(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

const FOREIGN_KINDS = new Set(['related', 'video', 'comments', 'ad', 'newsletter', 'footer', 'cookie', 'share']);

/** A paragraph of prose: a dozen words or more with a sentence in them. */
const prose = (text: string) => text.length >= 60 && /[.!?:]\s|[.!?]$/.test(text) && TWELVE_WORDS.test(text);
/** Twelve words or more, found without splitting the line (a page on one line may be megabytes). */
const TWELVE_WORDS = /^\s*(?:\S+\s+){11}\S/;

/**
 * The headline among the lines: a headline-shaped line scored by what stands around it — a
 * byline or date under it (2), a paragraph just below (1), the same words again elsewhere on
 * the page, as a breadcrumb or a menu entry repeats a page's name (1), the text path's own
 * choice (1.5). The best line wins if it scores 2 or more; the earliest on a tie.
 */
function headlineAt(blocks: readonly Block[], lang: string | null): number {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    if (b.text.length > META_LINE_MAX_CHARS) continue;
    const k = b.text.toLowerCase();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = -1;
  let bestScore = 1.99;
  const reach = Math.min(blocks.length, Math.max(40, Math.ceil(blocks.length * 0.6)));
  for (let i = 0; i < reach; i++) {
    const b = blocks[i]!;
    if (!headlineShaped(b.text) && !b.title) continue;
    // A line the text path put in a related, video or comment section is another story's.
    if (b.label && !b.label.main && FOREIGN_KINDS.has(b.label.kind)) continue;
    let score = b.title ? 1.5 : 0;
    if (blocks.slice(i + 1, i + 5).some((n) => dateOrByline(n.text, lang))) score += 2;
    if (blocks.slice(i + 1, i + 4).some((n) => prose(n.text))) score += 1;
    if (b.text.length <= META_LINE_MAX_CHARS && (counts.get(b.text.toLowerCase()) ?? 0) > 1 && b.text.split(/\s+/).length >= 3) score += 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

export function decideText(blocks: readonly Block[], lang: string | null): MetaChoice {
  const sources: MetaSources = { title: null, byline: null, published: null, modified: null, siteName: null };
  let at = headlineAt(blocks, lang);
  if (at >= 0) sources.title = blocks[at]!.title ? 'headline-line' : 'dated-line';
  else {
    at = blocks.findIndex((b) => b.title);
    if (at >= 0) sources.title = 'headline-line';
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
  let dates = datesIn([...near, ...before], lang);
  if (!dates.published && !dates.modified) {
    // No date by the headline: a short date line before the story's first paragraph (or just into it).
    const first = blocks.findIndex((b) => prose(b.text));
    const upTo = first < 0 ? Math.min(blocks.length, 40) : first + 5;
    dates = datesIn(blocks.slice(0, upTo).filter((b) => b.text.length <= 80).map((b) => b.text), lang);
  }
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
