import type { PithDocument } from '../document.js';
import { removeBlock } from '../stages/classify.js';
import type { Block, Kind, RelatedItem } from '../types.js';
import {
  BYLINE_MAX_CHARS,
  FRAGMENT_MAX_CHARS,
  HEADLINE_MIN_WORDS,
  LINK_BLOCK_DENSITY,
  LINK_RUN_MIN,
  PROSE_MAX_LINK_DENSITY,
  REPEATED_MIN,
  SHORT_BLOCK_CHARS,
  STORY_PARAGRAPH_CHARS,
} from '../thresholds.js';
import { AD_LABEL, BYLINE_START, CONTACT, COPYRIGHT, CREDIT, CREDIT_TAIL, DATE_WORD, MONTH, NUMERIC_DATE, PROMO, RELATIVE_AGE, SCRIPT_PLACEHOLDER, TAGS_LABEL, TEASER_LABEL, VIDEO_LINE } from './vocabulary.js';

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const ends = (s: string) => /[.!?…。！？»"”)\]]\s*$/u.test(s);
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const isLink = (b: Block) => (b.linkDensity ?? 0) >= LINK_BLOCK_DENSITY;
const isProse = (b: Block) => b.type !== 'heading' && b.text.length >= STORY_PARAGRAPH_CHARS && (b.linkDensity ?? 0) <= PROSE_MAX_LINK_DENSITY;
const main = (b: Block) => !b.label || b.label.main;

/** The headline: a block that is the page title (the body never repeats it). */
function markTitle(doc: PithDocument, blocks: Block[], first: number): void {
  const title = doc.meta.title ? fold(doc.meta.title) : '';
  if (!title) return;
  for (const [i, b] of blocks.entries()) {
    if (b.text.length > SHORT_BLOCK_CHARS * 2) continue;
    const t = fold(b.text);
    if (!t) continue;
    const same = t === title || (i <= first && b.type === 'heading' && (title.startsWith(t) || t.startsWith(title)) && t.length >= 0.5 * title.length);
    if (same) b.title = true;
  }
}

function relatedItem(b: Block, title = b.text): RelatedItem {
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
  if (DATE_WORD.test(t) && (NUMERIC_DATE.test(t) || MONTH.test(t) || RELATIVE_AGE.test(t)) && !ends(bare)) return true;
  const byline = doc.meta.byline ? fold(doc.meta.byline) : '';
  if (byline && fold(t).includes(byline) && words(t) <= words(byline) + 8) return true;
  // A line of a date and little else ("Nov 19, 2019 9:41 AM", "19.11.2019 | Name").
  const dated = MONTH.test(t) || /\b\d{1,2}:\d{2}\b/.test(t) || /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(t) || RELATIVE_AGE.test(t);
  return dated && words(t) <= 12 && !ends(bare);
}

/**
 * Classify the blocks Readability kept. The story's extent is the span from its first to
 * its last prose paragraph; short blocks outside it (bylines, datelines, promos, contact
 * lines) and shapes that are never story anywhere (link lists, "Read more:" teasers,
 * gallery counters, credits, ad labels, repeated chrome) are removed with their reason.
 */
export function classifyHtml(doc: PithDocument): void {
  const blocks = doc.blocks;
  if (!blocks.length) return;
  let first = blocks.findIndex(isProse);
  let last = blocks.length - 1 - [...blocks].reverse().findIndex(isProse);
  if (first < 0) [first, last] = [0, blocks.length - 1];
  markTitle(doc, blocks, first);
  const remove = (b: Block, kind: Kind, rule: string, reason: string) => {
    if (!b.title) removeBlock(doc, b, kind, rule, reason);
  };

  // Link lists: a run of consecutive link blocks is a menu or a list of other stories.
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && isLink(blocks[j]!) && blocks[j]!.text.length < SHORT_BLOCK_CHARS && !blocks[j]!.title) j++;
    if (j - i >= LINK_RUN_MIN) {
      const run = blocks.slice(i, j);
      const headlines = run.filter((b) => words(b.text) >= HEADLINE_MIN_WORDS).length >= run.length / 2;
      const kind: Kind = headlines ? 'related' : 'nav';
      const lead = blocks[i - 1];
      if (lead && !lead.title && lead.text.length <= 80 && !ends(lead.text) && !isProse(lead)) remove(lead, kind, 'link-list-heading', 'Short heading line introducing a list of links');
      for (const b of run) {
        remove(b, kind, 'link-list', `One of ${run.length} consecutive blocks that are links: a ${headlines ? 'list of other stories' : 'menu'}`);
        if (headlines) doc.related.push(relatedItem(b));
      }
    }
    i = Math.max(j, i + 1);
  }

  // The standfirst the page also declares as its description: a short summary above the
  // story. (A first story paragraph that doubles as the description is story: measured.)
  const dek = typeof doc.data.declaredExcerpt === 'string' ? fold(doc.data.declaredExcerpt) : '';
  if (dek) for (const b of blocks.slice(0, Math.max(0, first))) {
    if (main(b) && !b.title && fold(b.text) === dek) remove(b, 'other', 'standfirst', 'The summary the page declares as its description, shown above the story');
  }
  const pageUrls = new Set([doc.meta.url, doc.options.url].filter((u): u is string => !!u).map((u) => u.replace(/[?#].*$/, '').replace(/\/$/, '')));
  const seen = new Map<string, number>();
  for (const b of blocks) if (b.text.length <= SHORT_BLOCK_CHARS / 2) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);

  for (const [i, b] of blocks.entries()) {
    if (!main(b) || b.title) continue;
    const t = b.text;
    const short = t.length <= SHORT_BLOCK_CHARS;
    const before = i < first;
    const after = i > last;
    if (after && COPYRIGHT.test(t) && t.length <= 2 * SHORT_BLOCK_CHARS) {
      remove(b, 'footer', 'trailing-copyright', 'After the story: a copyright or reuse notice');
      continue;
    }
    if (b.type === 'paragraph' && t.length <= 2 * SHORT_BLOCK_CHARS && CREDIT_TAIL.test(t)) {
      remove(b, 'other', 'caption-credit', 'A picture caption: a short paragraph ending in a photo credit');
      continue;
    }
    if (!short || b.type === 'table' || b.type === 'code') continue;
    if (TAGS_LABEL.test(t) && ((b.linkDensity ?? 0) >= 0.5 || (t.split(/[,;|]/).length >= 3 && !ends(t)))) {
      remove(b, 'other', 'tag-list', 'A tag or keyword line: a label and a list of terms, not a sentence');
      continue;
    }
    if (/^https?:\/\/\S+$/.test(t) && pageUrls.has(t.replace(/[?#].*$/, '').replace(/\/$/, ''))) {
      remove(b, 'other', 'page-url', "The page's own address printed as a line");
      continue;
    }
    const next = blocks[i + 1];
    if (TEASER_LABEL.test(t) && words(t) <= 4 && !/[:：]./.test(t) && next && isLink(next) && main(next)) {
      remove(b, 'related', 'teaser-label', 'A "Don\'t miss"-style label introducing links to other stories');
      remove(next, 'related', 'teaser-label', 'Links to other stories introduced by a "Don\'t miss"-style label');
      doc.related.push(relatedItem(next));
      continue;
    }
    const label = TEASER_LABEL.exec(t);
    if (label && (b.linkDensity ?? 0) >= 0.3 && /^[^:：]{0,40}[:：]/.test(t)) {
      remove(b, 'related', 'teaser-line', 'A "Read more:"-style line linking to another story');
      doc.related.push(relatedItem(b, t.replace(/^[^:：]*[:：]\s*/, '')));
      continue;
    }
    if (isLink(b) && b.type !== 'list-item' && !/^\S+$/.test(t) && words(t) >= HEADLINE_MIN_WORDS && !ends(t) && (b.linkDensity ?? 0) >= 0.9) {
      remove(b, 'related', 'linked-headline', 'A paragraph that is a single link with a headline, not a sentence: a teaser for another story');
      doc.related.push(relatedItem(b));
      continue;
    }
    if (VIDEO_LINE.test(t) && t.length <= BYLINE_MAX_CHARS && (words(t) <= 2 || (b.linkDensity ?? 0) >= 0.5 || !ends(t))) {
      remove(b, 'video', 'video-line', 'Video player text: a "Watch:" label or a running time');
      continue;
    }
    if (SCRIPT_PLACEHOLDER.test(t) && words(t) <= 8) {
      remove(b, 'other', 'script-placeholder', 'A placeholder shown when the page\'s script does not run');
      continue;
    }
    if (AD_LABEL.test(t) && words(t) <= 5 && !ends(t)) {
      remove(b, 'ad', 'ad-label', 'A short advertisement label or "continue reading below" line');
      continue;
    }
    if (/^(\p{L}+\s+)?\d+\s*(of|\/|von|de|di|z|из|sur)\s*\d+$/iu.test(t)) {
      remove(b, 'other', 'gallery-counter', 'A gallery counter such as "Image 1 of 9"');
      continue;
    }
    if (CREDIT.test(t) && t.length <= BYLINE_MAX_CHARS * 2) {
      remove(b, 'other', 'credit', 'A photo or image credit line');
      continue;
    }
    if (b.type === 'caption') {
      remove(b, 'other', 'caption', 'An image caption: describes a picture, not part of the story text');
      continue;
    }
    if (((seen.get(t) ?? 0) >= REPEATED_MIN && isLink(b))) {
      remove(b, 'other', 'repeated', 'A short link line repeated on the page (share buttons, widget links)');
      continue;
    }
    if ((before || after || i <= first + 2) && isByline(doc, b)) {
      remove(b, 'other', 'byline', 'A byline or dateline: who wrote the story and when, not the story');
      continue;
    }
    if (words(t) <= 1 && t.length <= FRAGMENT_MAX_CHARS && b.type !== 'list-item' && b.type !== 'heading' && !ends(t)) {
      remove(b, 'other', 'fragment', 'A single word or number standing alone: a widget label or counter, not a sentence');
      continue;
    }
    if (after && b.type !== 'list-item' && (COPYRIGHT.test(t) || (CONTACT.test(t) && !isProse(b)) || PROMO.test(t))) {
      const kind: Kind = PROMO.test(t) ? 'newsletter' : 'footer';
      remove(b, kind, 'trailing-promo', 'After the story: a subscription or follow call, contact line or copyright notice');
      continue;
    }
  }

  // A heading whose section lost all its blocks belongs with them.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type !== 'heading' || !main(b) || b.title) continue;
    let j = i + 1;
    while (j < blocks.length && !main(blocks[j]!)) j++;
    const next = blocks[j];
    const removedAfter = j > i + 1;
    if (removedAfter && (!next || (next.type === 'heading' && (next.level ?? 2) <= (b.level ?? 2)))) {
      const lab = blocks[i + 1]!.label;
      if (lab && !lab.main) remove(b, lab.kind, 'orphan-heading', 'A heading whose whole section was removed');
    }
  }
}
