import type { PithDocument } from '../document.js';
import type { Block, Kind, RelatedItem } from '../types.js';
import { weightedLength, words } from '../measure.js';
import { BYLINE_MAX_CHARS, CAPTION_SENTENCE_MIN_WORDS, FRAGMENT_MAX_CHARS, HEADLINE_MIN_WORDS, LINK_BLOCK_DENSITY, PROSE_MAX_LINK_DENSITY, REPEATED_MIN, SHORT_BLOCK_CHARS, STORY_PARAGRAPH_CHARS } from '../thresholds.js';
import { AD_LABEL } from '../vocab/ads.js';
import { AGE_IN_LINE } from '../vocab/ages.js';
import { BYLINE_START } from '../vocab/bylines.js';
import { CREDIT, CREDIT_TAIL } from '../vocab/credits.js';
import { DATE_WORD, MONTH, NUMERIC_DATE } from '../vocab/dates.js';
import { CONTACT, COPYRIGHT } from '../vocab/legal.js';
import { PROMO } from '../vocab/newsletter.js';
import { SCRIPT_PLACEHOLDER } from '../vocab/placeholders.js';
import { TEASER_LABEL } from '../vocab/related.js';
import { TAGS_LABEL } from '../vocab/tags.js';
import { GALLERY_COUNTER, VIDEO_LINE } from '../vocab/video.js';

export const ends = (s: string) => /[.!?…。！？»"”)\]]\s*$/u.test(s);
export const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
export const isLink = (b: Block) => (b.linkDensity ?? 0) >= LINK_BLOCK_DENSITY;
export const isProse = (b: Block) => b.type !== 'heading' && weightedLength(b.text) >= STORY_PARAGRAPH_CHARS && (b.linkDensity ?? 0) <= PROSE_MAX_LINK_DENSITY;
export const main = (b: Block) => !b.label || b.label.main;
const bareUrl = (u: string) => u.replace(/[?#].*$/, '').replace(/\/$/, '');

/** What a line rule sees: the block, its neighbours and where the story lies. */
export interface LineContext {
  doc: PithDocument;
  b: Block;
  t: string;
  next: Block | undefined;
  /** Before the first or after the last prose paragraph, or among the first lines of the story. */
  before: boolean;
  after: boolean;
  nearTop: boolean;
  pageUrls: Set<string>;
  /** How often each short text occurs on the page. */
  seen: Map<string, number>;
}

/** A rule for one block: removes it (and, for `withNext`, the block after) when `test` holds. */
export interface LineRule {
  kind: Kind | ((c: LineContext) => Kind);
  rule: string;
  reason: string;
  /** Applies to blocks longer than SHORT_BLOCK_CHARS, tables and code too. */
  anyLength?: boolean;
  /** Also removes the next block (a label and the links it introduces). */
  withNext?: boolean;
  test(c: LineContext): boolean;
  /** The related card the removed block describes. */
  related?(c: LineContext): RelatedItem;
}

export function relatedItem(b: Block, title = b.text): RelatedItem {
  const item: RelatedItem = { title };
  if (b.href) item.url = b.href;
  return item;
}

/** Is this short block a byline or dateline? */
function isByline(doc: PithDocument, b: Block): boolean {
  const t = b.text;
  if (t.length > BYLINE_MAX_CHARS || b.type === 'list-item' || b.type === 'table' || b.type === 'code') return false;
  if (BYLINE_START.test(t) && words(t) <= 12) return true;
  const bare = t.replace(/\b(a\.m|p\.m|am|pm)\.?$/i, '');
  if (DATE_WORD.test(t) && (NUMERIC_DATE.test(t) || MONTH.test(t) || AGE_IN_LINE.test(t)) && !ends(bare)) return true;
  const byline = doc.meta.byline ? fold(doc.meta.byline) : '';
  if (byline && fold(t).includes(byline) && words(t) <= words(byline) + 8) return true;
  // A line of a date and little else ("Nov 19, 2019 9:41 AM", "19.11.2019 | Name").
  const dated = MONTH.test(t) || /\b\d{1,2}:\d{2}\b/.test(t) || /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(t) || AGE_IN_LINE.test(t);
  return dated && words(t) <= 12 && !ends(bare);
}

/** The line rules, in the order they are tried; the first that holds labels the block. */
export const LINE_RULES: readonly LineRule[] = [
  {
    kind: 'footer', rule: 'trailing-copyright', reason: 'After the story: a copyright or reuse notice', anyLength: true,
    test: (c) => c.after && COPYRIGHT.test(c.t) && c.t.length <= 2 * SHORT_BLOCK_CHARS,
  },
  {
    kind: 'other', rule: 'caption-credit', reason: 'A picture caption: a short paragraph ending in a photo credit', anyLength: true,
    test: (c) => c.b.type === 'paragraph' && c.t.length <= 2 * SHORT_BLOCK_CHARS && CREDIT_TAIL.test(c.t),
  },
  {
    kind: 'other', rule: 'tag-list', reason: 'A tag or keyword line: a label and a list of terms, not a sentence', anyLength: true,
    test: (c) => c.b.type !== 'table' && c.b.type !== 'code' && TAGS_LABEL.test(c.t) && ((c.b.linkDensity ?? 0) >= 0.5 || (c.t.split(/[,;|]/).length >= 3 && !ends(c.t))),
  },
  {
    kind: 'other', rule: 'page-url', reason: "The page's own address printed as a line",
    test: (c) => /^https?:\/\/\S+$/.test(c.t) && c.pageUrls.has(bareUrl(c.t)),
  },
  {
    kind: 'related', rule: 'teaser-label', reason: 'A "Don\'t miss"-style label and the links to other stories it introduces', withNext: true,
    test: (c) => TEASER_LABEL.test(c.t) && words(c.t) <= 4 && !/[:：]./.test(c.t) && !!c.next && isLink(c.next) && main(c.next),
    related: (c) => relatedItem(c.next!),
  },
  {
    kind: 'related', rule: 'teaser-line', reason: 'A "Read more:"-style line linking to another story',
    test: (c) => TEASER_LABEL.test(c.t) && (c.b.linkDensity ?? 0) >= 0.3 && /^[^:：]{0,40}[:：]/.test(c.t),
    related: (c) => relatedItem(c.b, c.t.replace(/^[^:：]*[:：]\s*/, '')),
  },
  {
    kind: 'related', rule: 'labelled-link', reason: 'A short label and a colon, then a link with a headline: a pointer to another story',
    test: (c) => {
      const m = /^([^:：]{1,40})[:：]\s*(.+)$/u.exec(c.t);
      // Addresses and handles ("http://…", "@name") are not headlines.
      const headline = m && !/https?$/i.test(m[1]!) && !/[@/]/.test(m[2]!) ? m[2]! : '';
      return !!headline && words(m![1]!) <= 5 && (c.b.linkDensity ?? 0) >= LINK_BLOCK_DENSITY && words(headline) >= HEADLINE_MIN_WORDS && !ends(headline);
    },
    related: (c) => relatedItem(c.b, c.t.replace(/^[^:：]*[:：]\s*/, '')),
  },
  {
    kind: 'related', rule: 'linked-headline', reason: 'A paragraph that is a single link with a headline, not a sentence: a teaser for another story',
    test: (c) => (c.b.linkDensity ?? 0) >= 0.9 && c.b.type !== 'list-item' && !/^\S+$/.test(c.t) && words(c.t) >= HEADLINE_MIN_WORDS && !ends(c.t),
    related: (c) => relatedItem(c.b),
  },
  {
    kind: 'video', rule: 'video-line', reason: 'Video player text: a "Watch:" label or a running time',
    test: (c) => VIDEO_LINE.test(c.t) && c.t.length <= BYLINE_MAX_CHARS && (words(c.t) <= 2 || (c.b.linkDensity ?? 0) >= 0.5 || !ends(c.t)),
  },
  {
    kind: 'other', rule: 'script-placeholder', reason: "A placeholder shown when the page's script does not run",
    test: (c) => SCRIPT_PLACEHOLDER.test(c.t) && words(c.t) <= 8,
  },
  {
    kind: 'ad', rule: 'ad-label', reason: 'A short advertisement label or "continue reading below" line',
    test: (c) => AD_LABEL.test(c.t) && words(c.t) <= 5 && !ends(c.t),
  },
  {
    kind: 'other', rule: 'gallery-counter', reason: 'A gallery counter such as "Image 1 of 9"',
    test: (c) => GALLERY_COUNTER.test(c.t),
  },
  {
    kind: 'other', rule: 'credit', reason: 'A photo or image credit line',
    test: (c) => CREDIT.test(c.t) && c.t.length <= BYLINE_MAX_CHARS * 2,
  },
  {
    kind: 'other', rule: 'caption', reason: 'An image caption that is a label, not a sentence: describes a picture, not part of the story text',
    // Captions written as full sentences belong to the story (they often carry facts the
    // text does not); labels and fragments are picture furniture.
    test: (c) => c.b.type === 'caption' && !(ends(c.t) && words(c.t) >= CAPTION_SENTENCE_MIN_WORDS),
  },
  {
    kind: 'other', rule: 'repeated', reason: 'A short link line repeated on the page (share buttons, widget links)',
    test: (c) => (c.seen.get(c.t) ?? 0) >= REPEATED_MIN && isLink(c.b),
  },
  {
    kind: 'other', rule: 'byline', reason: 'A byline or dateline: who wrote the story and when, not the story',
    test: (c) => (c.before || c.after || c.nearTop) && isByline(c.doc, c.b),
  },
  {
    kind: 'other', rule: 'fragment', reason: 'A single word or number standing alone: a widget label or counter, not a sentence',
    test: (c) => words(c.t) <= 1 && c.t.length <= FRAGMENT_MAX_CHARS && c.b.type !== 'list-item' && c.b.type !== 'heading' && !ends(c.t),
  },
  {
    kind: (c) => (PROMO.test(c.t) ? 'newsletter' : 'footer'), rule: 'trailing-promo', reason: 'After the story: a subscription or follow call, contact line or copyright notice',
    test: (c) => c.after && c.b.type !== 'list-item' && (COPYRIGHT.test(c.t) || (CONTACT.test(c.t) && !isProse(c.b)) || PROMO.test(c.t)),
  },
];
