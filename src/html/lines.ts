import type { PithDocument } from '../document.js';
import { HTML_RULES, type HtmlRuleId } from '../rules/index.js';
import type { Block, Kind, RelatedItem } from '../types.js';
import { weightedLength, words } from '../measure.js';
import { BYLINE_MAX_CHARS, CAPTION_SENTENCE_MIN_WORDS, HEADLINE_MIN_WORDS, LINK_BLOCK_DENSITY, PROSE_MAX_LINK_DENSITY, STORY_PARAGRAPH_CHARS } from '../thresholds.js';
import { AD_LABEL } from '../vocab/ads.js';
import { AGE_IN_LINE } from '../vocab/ages.js';
import { BYLINE_START } from '../vocab/bylines.js';
import { CREDIT_TAIL } from '../vocab/credits.js';
import { DATE_WORD, MONTH, NUMERIC_DATE } from '../vocab/dates.js';
import { CONTACT, COPYRIGHT } from '../vocab/legal.js';
import { PROMO } from '../vocab/newsletter.js';
import { TEASER_LABEL } from '../vocab/related.js';
import { TAGS_LABEL } from '../vocab/tags.js';

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
  const { maxWords, extraWords } = P('byline');
  if (BYLINE_START.test(t) && words(t) <= maxWords) return true;
  const bare = t.replace(/\b(a\.m|p\.m|am|pm)\.?$/i, '');
  if (DATE_WORD.test(t) && (NUMERIC_DATE.test(t) || MONTH.test(t) || AGE_IN_LINE.test(t)) && !ends(bare)) return true;
  const byline = doc.meta.byline ? fold(doc.meta.byline) : '';
  if (byline && fold(t).includes(byline) && words(t) <= words(byline) + extraWords) return true;
  // A line of a date and little else ("Nov 19, 2019 9:41 AM", "19.11.2019 | Name").
  const dated = MONTH.test(t) || /\b\d{1,2}:\d{2}\b/.test(t) || /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(t) || AGE_IN_LINE.test(t);
  return dated && words(t) <= maxWords && !ends(bare);
}

/** A line rule's id, kind and reason, as the registry gives them. */
function spec(id: HtmlRuleId): { rule: HtmlRuleId; kind: Kind; reason: string } {
  return { rule: id, kind: HTML_RULES[id].kind as Kind, reason: HTML_RULES[id].reason };
}
const P = <K extends HtmlRuleId>(id: K): (typeof HTML_RULES)[K]['params'] => HTML_RULES[id].params;

/** The line rules, in the order they are tried; the first that holds labels the block. */
export const LINE_RULES: readonly LineRule[] = [
  {
    ...spec('caption-credit'), anyLength: true,
    test: (c) => c.b.type === 'paragraph' && c.t.length <= P('caption-credit').maxChars && CREDIT_TAIL.test(c.t),
  },
  {
    ...spec('tag-list'), anyLength: true,
    test: (c) => c.b.type !== 'table' && c.b.type !== 'code' && TAGS_LABEL.test(c.t) && ((c.b.linkDensity ?? 0) >= P('tag-list').minLinkShare || (c.t.split(/[,;|]/).length >= P('tag-list').minTerms && !ends(c.t))),
  },
  {
    ...spec('page-url'),
    test: (c) => /^https?:\/\/\S+$/.test(c.t) && c.pageUrls.has(bareUrl(c.t)),
  },
  {
    ...spec('teaser-label'), withNext: true,
    test: (c) => TEASER_LABEL.test(c.t) && words(c.t) <= P('teaser-label').maxWords && !/[:：]./.test(c.t) && !!c.next && isLink(c.next) && main(c.next),
    related: (c) => relatedItem(c.next!),
  },
  {
    ...spec('teaser-line'),
    test: (c) => TEASER_LABEL.test(c.t) && (c.b.linkDensity ?? 0) >= P('teaser-line').minLinkShare && /^[^:：]{0,40}[:：]/.test(c.t),
    related: (c) => relatedItem(c.b, c.t.replace(/^[^:：]*[:：]\s*/, '')),
  },
  {
    ...spec('labelled-link'),
    test: (c) => {
      const m = /^([^:：]{1,40})[:：]\s*(.+)$/u.exec(c.t);
      // Addresses and handles ("http://…", "@name") are not headlines.
      const headline = m && !/https?$/i.test(m[1]!) && !/[@/]/.test(m[2]!) ? m[2]! : '';
      return !!headline && words(m![1]!) <= P('labelled-link').maxLabelWords && (c.b.linkDensity ?? 0) >= LINK_BLOCK_DENSITY && words(headline) >= HEADLINE_MIN_WORDS && !ends(headline);
    },
    related: (c) => relatedItem(c.b, c.t.replace(/^[^:：]*[:：]\s*/, '')),
  },
  {
    ...spec('linked-headline'),
    test: (c) => (c.b.linkDensity ?? 0) >= P('linked-headline').minLinkShare && c.b.type !== 'list-item' && !/^\S+$/.test(c.t) && words(c.t) >= HEADLINE_MIN_WORDS && !ends(c.t),
    related: (c) => relatedItem(c.b),
  },
  {
    ...spec('ad-label'),
    test: (c) => AD_LABEL.test(c.t) && words(c.t) <= P('ad-label').maxWords && !ends(c.t),
  },
  {
    ...spec('caption'),
    // Captions written as full sentences belong to the story (they often carry facts the
    // text does not); labels and fragments are picture furniture.
    test: (c) => c.b.type === 'caption' && !(ends(c.t) && words(c.t) >= CAPTION_SENTENCE_MIN_WORDS),
  },
  {
    ...spec('byline'),
    test: (c) => (c.before || c.after || c.nearTop) && isByline(c.doc, c.b),
  },
  {
    ...spec('fragment'),
    test: (c) => words(c.t) <= 1 && c.t.length <= P('fragment').maxChars && c.b.type !== 'list-item' && c.b.type !== 'heading' && !ends(c.t),
  },
  {
    ...spec('trailing-promo'), kind: (c) => (PROMO.test(c.t) ? 'newsletter' : 'footer'),
    test: (c) => c.after && c.b.type !== 'list-item' && (COPYRIGHT.test(c.t) || (CONTACT.test(c.t) && !isProse(c.b)) || PROMO.test(c.t)),
  },
];
