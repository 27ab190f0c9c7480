/**
 * Metadata of a text scrape, from the lines around its headline: the headline found by
 * structure (headline.ts), the byline ("By …", other languages, or a bare name line between headline and date),
 * and the date or "Updated …" line — as the reader sees them under a headline.
 */
import type { Block, MetaSources } from '../types.js';
import { META_LINE_MAX_CHARS, META_NEAR_HEADLINE_LINES, META_BYLINE_MAX_CHARS, META_LINES_ABOVE_HEADLINE, META_DATE_TOP_LINES, META_DATE_STORY_LEAD_LINES, META_DATELINE_CHARS } from './thresholds.js';
import { textDate } from './dates.js';
import { bylineIn, datesIn, nameLineIn, type MetaChoice } from './decide.js';
import { cleanAuthor } from './people.js';
import { findHeadline, prose } from './headline.js';
import { slugWords } from './slug.js';

/** A line that says when or by whom: a date, an age ("3 days ago", "Asked 2 years ago"), or a byline. */
function dateOrByline(text: string, lang: string | null): boolean {
  if (text.length > META_BYLINE_MAX_CHARS) return false;
  return !!textDate(text, lang) || /\b(?:ago|posted|asked|updated|published)\b/i.test(text) || bylineIn([text]) !== null;
}

export function decideText(blocks: readonly Block[], lang: string | null, url: string | null = null): MetaChoice {
  const sources: MetaSources = { title: null, byline: null, published: null, modified: null, siteName: null };
  let at = findHeadline(blocks, (text) => dateOrByline(text, lang), slugWords(url), (text) => text.length <= META_LINE_MAX_CHARS && bylineIn([text]) !== null);
  if (at < 0) at = blocks.findIndex((b) => b.title);
  if (at >= 0) sources.title = 'headline-line';
  const title = at >= 0 ? blocks[at]!.text : null;
  const near = at >= 0 ? blocks.slice(at + 1, at + 1 + META_NEAR_HEADLINE_LINES).map((b) => b.text) : [];
  const before = at >= 0 ? blocks.slice(Math.max(0, at - META_LINES_ABOVE_HEADLINE), at).map((b) => b.text) : [];
  let byline = bylineIn(near);
  if (byline) sources.byline = 'byline-line';
  else {
    byline = nameLineIn(near, lang);
    if (byline) sources.byline = 'name-line';
  }
  let dates = datesIn([...near, ...before], lang);
  if (!dates.published && !dates.modified) {
    // No date by the headline: a short date line before the story's first paragraph under it (or just into it).
    const first = blocks.findIndex((b, i) => i > at && prose(b.text));
    const upTo = first < 0 ? Math.min(blocks.length, META_DATE_TOP_LINES) : first + META_DATE_STORY_LEAD_LINES;
    dates = datesIn(blocks.slice(0, upTo).filter((b) => b.text.length <= META_DATELINE_CHARS).map((b) => b.text), lang);
  }
  // A page that shows only when it was updated ("Updated Dec 18, 2025") is dated by that, as on an HTML page (decide.ts).
  const published = dates.published ?? dates.modified;
  if (published) sources.published = 'date-line';
  if (dates.modified) sources.modified = 'date-line';
  return {
    title,
    byline,
    authors: byline ? [byline] : [],
    published,
    modified: dates.modified,
    siteName: null,
    metaSources: sources,
  };
}
