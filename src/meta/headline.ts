/**
 * The headline of a text scrape, found by structure. innerText keeps no <h1>: the headline is
 * one short line among menu entries, breadcrumbs and the story's own sub-headings. It is told
 * apart by what stands around it — the story's first paragraphs under it repeat its words, a
 * byline or date line follows it, a breadcrumb shows it again just above, and it stands at or
 * shortly before the point where the text path found the story to start. Each line in reach
 * is scored on those signs (weights in thresholds.ts); the best one is the headline.
 */
import type { Block } from '../types.js';
import { slugMatch } from './slug.js';
import {
  META_HEADLINE_AFTER_LINES,
  META_HEADLINE_BEFORE_LINES,
  META_HEADLINE_PARAGRAPHS,
  META_HEADLINE_PARAGRAPH_REACH,
  META_HEADLINE_REPEAT_LINES,
  META_HEADLINE_SLUG_ALONE,
  META_HEADLINE_SLUG_LINES,
  META_HEADLINE_WEIGHTS as W,
  META_LINE_MAX_CHARS,
  META_HEADLINE_MAX_CHARS,
  META_HEADLINE_MAX_WORDS,
  META_PARAGRAPH_READ_CHARS,
  META_PROSE_MIN_CHARS,
  META_MEANING_MIN_LETTERS,
  META_HEADLINE_SHARED_WORDS,
  META_HEADLINE_DATED_LINES,
} from './thresholds.js';

const FOREIGN_KINDS = new Set(['related', 'video', 'comments', 'ad', 'newsletter', 'footer', 'cookie', 'share']);


/** A line that could be a headline: short, with letters, no sentence or list stop at its end (an exclamation mark ends many a headline), no link, mail address or table row. */
export function headlineShaped(text: string): boolean {
  if (text.length > META_HEADLINE_MAX_CHARS || text.length < 2) return false; // literal: one character is a mark, no headline
  return /\p{L}/u.test(text) && text.split(/\s+/).length <= META_HEADLINE_MAX_WORDS && !/[.,;]$/.test(text) && !/^(?:https?:|www\.)/i.test(text) && !text.includes('\t') && !text.includes('@');
}

/** A paragraph of prose: a dozen words or more with a sentence in them (found without splitting a line that may be megabytes). */
export const prose = (text: string) => text.length >= META_PROSE_MIN_CHARS && /[.!?:]\s|[.!?]$/.test(text) && /^\s*(?:\S+\s+){11}\S/.test(text);

/** The words that carry meaning: three letters or more, or any word in a script without short function words spelled in ASCII. */
function words(text: string): string[] {
  return (text.slice(0, META_PARAGRAPH_READ_CHARS).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= META_MEANING_MIN_LETTERS || /[^\x00-\x7f]/.test(w));
}

/** A line as compared with its repetitions (a line too long to be a headline is left as it is: it may be megabytes). */
const fold = (text: string) => (text.length > META_LINE_MAX_CHARS ? text : text.replace(/\s+/g, ' ').trim().toLowerCase());

/**
 * The index of the headline among the blocks, or -1. `datedOrByline` says whether a line is a
 * byline, a date or an age line (decided by the caller, which knows the page's language).
 */
export function findHeadline(blocks: readonly Block[], datedOrByline: (text: string) => boolean, slug: readonly string[] = [], isByline?: (text: string) => boolean): number {
  if (!blocks.length) return -1;
  const start = Math.max(0, blocks.findIndex((b) => b.label?.main));
  const from = Math.max(0, start - META_HEADLINE_BEFORE_LINES);
  const to = Math.min(blocks.length, start + META_HEADLINE_AFTER_LINES);
  // The lines in reach, and beyond it those whose words the URL's slug repeats (the headline
  // of a page whose story the text path found elsewhere, or not at all).
  const slugAt = new Map<number, number>();
  const reach: number[] = [];
  for (let i = 0; i < Math.min(blocks.length, META_HEADLINE_SLUG_LINES); i++) {
    const inWindow = i >= from && i < to;
    const m = slug.length && headlineShaped(blocks[i]!.text) ? slugMatch(blocks[i]!.text, slug) : 0;
    if (m) slugAt.set(i, m);
    if (inWindow || m >= META_HEADLINE_SLUG_ALONE) reach.push(i);
  }
  for (let i = Math.max(from, META_HEADLINE_SLUG_LINES); i < to; i++) reach.push(i);
  const isProse = new Map<number, boolean>();
  const proseAt = (j: number) => {
    let p = isProse.get(j);
    if (p === undefined) isProse.set(j, (p = prose(blocks[j]!.text)));
    return p;
  };
  const wordsAt = new Map<number, string[]>();
  const paragraphWords = (j: number) => {
    let w = wordsAt.get(j);
    if (!w) wordsAt.set(j, (w = words(blocks[j]!.text)));
    return w;
  };
  let best = -1;
  let bestScore = -Infinity;
  for (const i of reach) {
    const b = blocks[i]!;
    if (!headlineShaped(b.text)) continue;
    // A line the text path put in a related, video or comment section is another story's.
    if (b.label && !b.label.main && FOREIGN_KINDS.has(b.label.kind)) continue;
    const own = words(b.text);
    if (!own.length) continue;
    // A byline is what stands under the headline, not the headline.
    if (isByline?.(b.text)) continue;
    // The words of the story's first paragraphs under the line.
    const below = new Set<string>();
    for (let j = i + 1, n = 0; j < Math.min(blocks.length, i + META_HEADLINE_PARAGRAPH_REACH) && n < META_HEADLINE_PARAGRAPHS; j++) {
      if (!proseAt(j)) continue;
      n++;
      for (const w of paragraphWords(j)) below.add(w);
    }
    const shared = own.filter((w) => below.has(w)).length;
    const key = fold(b.text);
    let repeated = false;
    for (let j = Math.max(0, i - META_HEADLINE_REPEAT_LINES); j < Math.min(blocks.length, i + META_HEADLINE_REPEAT_LINES + 1) && !repeated; j++) {
      repeated = j !== i && blocks[j]!.text.length <= META_HEADLINE_MAX_CHARS && fold(blocks[j]!.text) === key;
    }
    let score = W.overlap * (shared / own.length) + W.sharedWords * (Math.min(shared, META_HEADLINE_SHARED_WORDS) / META_HEADLINE_SHARED_WORDS);
    if (repeated) score += W.repeatedNearby;
    if (blocks.slice(i + 1, i + 1 + META_HEADLINE_DATED_LINES).some((n) => datedOrByline(n.text))) score += W.datedBelow;
    if (b.title) score += W.textPathHeadline;
    if (/^[\p{Lu}\p{N}"'“‘¿¡(\p{Lo}]/u.test(b.text)) score += W.capital;
    if (own.length === 1) score += W.singleWord;
    if (b.label?.main) score += W.inStory;
    // A line beyond the reach is scored as if at its edge: the slug brought it in.
    score += i < start ? W.perLineBefore * Math.min(start - i, META_HEADLINE_BEFORE_LINES) : W.perLineAfter * Math.min(i - start, META_HEADLINE_AFTER_LINES);
    score += W.slug * (slugAt.get(i) ?? 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
