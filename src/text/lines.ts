/**
 * One analysed line of a scrape: its block, its measurements, and the furniture it
 * looks like on its own (a section heading, a share button, a byline, a card's age…).
 * Rules elsewhere combine these with position; nothing here removes anything.
 */
import type { Block, Kind } from '../types.js';
import { TEXT_BYLINE_MAX_WORDS, TEXT_DATE_SLACK_CHARS, TEXT_DATE_WEIGHT, TEXT_CAPTION_MAX_CHARS, TEXT_CHEVRON_CARDS_MIN, TEXT_HEADING_MAX_WORDS, TEXT_SIGNUP_MAX_CHARS, TEXT_THREAD_REACH } from '../thresholds.js';
import { TEXT_RULES, type TextRuleId } from '../rules/index.js';

const P = <K extends TextRuleId>(id: K): (typeof TEXT_RULES)[K]['params'] => TEXT_RULES[id].params;
import { lineFeatures } from './features.js';
import { pageStopwords } from '../language/page.js';
import type { TextLine } from './types.js';
import { AD_LINE, PRICE, PROMO_START } from '../vocab/ads.js';
import { RELATIVE_AGE } from '../vocab/ages.js';
import { BYLINE } from '../vocab/bylines.js';
import { COMMENT_FORM, COMMENT_HEADER } from '../vocab/comments.js';
import { COOKIE_LINE } from '../vocab/consent.js';
import { CAPTION_END, CREDIT_CHAIN, CREDIT_LINE, MEDIA_LABEL } from '../vocab/credits.js';
import { DATE, STAMP } from '../vocab/dates.js';
import { SECTION_HEADINGS } from '../vocab/headings.js';
import { FOOTER_LINE } from '../vocab/legal.js';
import { SIGNUP_START } from '../vocab/newsletter.js';
import { INLINE_POINTER } from '../vocab/related.js';
import { NETWORK, SHARE_LINE } from '../vocab/share.js';
import { TAGS_LINE } from '../vocab/tags.js';
import { tableRows } from './table.js';
import { isVideoLine } from './video.js';


const LOWER_START = /^\p{Ll}/u;
const CREDIT_NAME = /^©\s*\p{Lu}\p{Ll}/u;

/** "Image copyright Jane Doe", "Photo captionThe defendant…" (flattening glues the label to the text), "© Jane Doe Protesters…". */
function photoCredit(text: string): boolean {
  const label = MEDIA_LABEL.exec(text);
  if (label) return !LOWER_START.test(text.slice(label[0].length));
  return CREDIT_NAME.test(text);
}
const EMBED_CREDIT = /^[—–-]\s.{0,80}\(@\w{1,30}\)/u;

/**
 * A bar of share buttons flattened onto one line ("Whatsapp Facebook Twitter") or a
 * "follow us" line ("Follow us on Instagram, Facebook and YouTube."): at
 * least two networks making a third of the words, or networks next to an @handle.
 */
function socialStrip(text: string, words: string[]): boolean {
  const networks = words.filter((w) => NETWORK.test(w)).length;
  return networks >= P('text-share').minNetworks && (networks * P('text-share').wordsPerNetwork >= words.length || /(?:^|\s|\()@\w{2,}/u.test(text));
}

const STOP = new Set([...'.!?。！？']);
const CLOSER = new Set([...'"\'”’»)]']);
const SPACE = /\s/u;

/**
 * The last sentence of a text of several ("A. B." → "B."), or '' for a single one: the text
 * after the last stop (closing quotes allowed) that white space and more text follow. A
 * scan from the end, not a split on /(?<=[.!?]…)\s+/, which is quadratic on long blanks.
 */
function lastSentence(text: string): string {
  const t = text.trimEnd();
  for (let i = t.length - 1; i > 0; i--) {
    if (!SPACE.test(t[i]!) || SPACE.test(t[i + 1] ?? ' ')) continue;
    let k = i - 1;
    while (k > 0 && SPACE.test(t[k]!)) k--;
    while (k > 0 && CLOSER.has(t[k]!)) k--;
    if (STOP.has(t[k]!)) return t.slice(i + 1);
  }
  return '';
}

/** "- Time Magazine": a dash and a capitalised name, as cards credit their source. */
const ATTRIBUTION = /^[-–—•]\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’]*\s*)+$/u;
const COUNT_ON_TITLE = /^\d+\s+(?:\S+\s+){1,3}[“"„«「‘'»]\s*(.+?)\s*[”"“»」’'«]$/u;
const LIST_ITEM = /^(?:\d{1,3}[.)]|[•·▪*‣◦–-])\s+\S/u;


function headingKind(text: string, words: number): Kind | null {
  if (words > TEXT_HEADING_MAX_WORDS) return null;
  // An index, not for…of: interpreted, each step of an array's iterator allocates.
  for (let i = 0; i < SECTION_HEADINGS.length; i++) if (SECTION_HEADINGS[i]![1].test(text)) return SECTION_HEADINGS[i]![0];
  return null;
}

export function analyseLines(blocks: readonly Block[], stopwords: Set<string> | null = pageStopwords(blocks)): TextLine[] {
  const out = blocks.map((block): TextLine => {
    const text = block.text;
    const f = lineFeatures(text, stopwords);
    const short = !f.prose;
    const dateMatch = DATE.exec(text);
    // "Name on <date> said:" opens a reader's comment: a comments heading in all but name.
    const commentHeader = short && COMMENT_HEADER.test(text) && (!!dateMatch || /\d{1,2}[:.]\d{2}/.test(text));
    const commentForm = f.weight < TEXT_SIGNUP_MAX_CHARS && COMMENT_FORM.test(text);
    return {
      block,
      f,
      heading: commentHeader || commentForm ? 'comments' : short ? headingKind(text, f.words) : null,
      commentHeader,
      thread: commentForm,
      embed: false,
      row: false,
      card: false,
      repeated: false,
      recurring: false,
      share: (short && SHARE_LINE.test(text)) || (f.weight < P('text-share').maxSocialChars && socialStrip(text, text.split(/[\s,.;:()|/·•]+/).filter(Boolean))),
      ad: short && AD_LINE.test(text),
      // "Get it on Amazon for $39.99" is a shopping story's buy line for the item above it, not the site's own pitch.
      promo: short && f.words <= TEXT_HEADING_MAX_WORDS && PROMO_START.test(text) && !PRICE.test(text),
      // "Image copyright Jane Doe" credits a photo; it is not the page's legal footer.
      footer: f.weight < P('text-legal').maxChars && FOOTER_LINE.test(text) && !photoCredit(text),
      cookie: COOKIE_LINE.test(text),
      // A labelled or ©-led caption is the picture's whatever its length; a bare credit word only in a short line.
      credit: (short && CREDIT_LINE.test(text)) || (f.weight <= TEXT_CAPTION_MAX_CHARS && photoCredit(text)) || CAPTION_END.test(text) || CREDIT_CHAIN.test(text),
      listItem: short && LIST_ITEM.test(text),
      byline: short && f.words <= TEXT_BYLINE_MAX_WORDS && BYLINE.test(text),
      date: short && ((!!dateMatch && dateMatch[0].length * TEXT_DATE_WEIGHT >= text.length - TEXT_DATE_SLACK_CHARS) || STAMP.test(text)),
      age: RELATIVE_AGE.test(text),
      attribution: short && f.words <= P('text-card').maxAttributionWords && ATTRIBUTION.test(text),
      // "Friday, 22 November 2024 at 20:13" ends in a clock time, not a clip's running time.
      video: !dateMatch && isVideoLine(text),
      pointer: f.weight < P('text-pointer').maxChars && INLINE_POINTER.test(text),
      // The pitch may close a short paragraph about the newsletter ("Start your day with … Sign up for the free daily newsletter.").
      signup: f.weight < TEXT_SIGNUP_MAX_CHARS && (SIGNUP_START.test(text) || SIGNUP_START.test(lastSentence(text))),
      tags: short && TAGS_LINE.test(text),
    };
  });
  const counts = new Map<string, number>();
  for (const l of out) counts.set(l.block.text, (counts.get(l.block.text) ?? 0) + 1);
  for (const l of out) {
    // An interview asks each guest the same question; captions and teasers repeated are no questions.
    l.repeated = (counts.get(l.block.text) ?? 0) > 1 && l.f.prose && !/[?？]$/u.test(l.block.text);
    // "6 thoughts on “<headline>”", "12 Kommentare zu „<headline>“": a count and the page's own
    // headline in quotes head its comment thread, whatever the language of the words between.
    const quoted = COUNT_ON_TITLE.exec(l.block.text)?.[1];
    if (quoted && counts.has(quoted) && !l.f.prose) Object.assign(l, { heading: 'comments', thread: true });
    if (EMBED_CREDIT.test(l.block.text)) Object.assign(l, { embed: true, date: false, byline: false, attribution: false });
  }
  // A "- Name" line right after a paragraph attributes a quote; card attributions precede a headline.
  out.forEach((line, i) => {
    if (line.attribution && i > 0 && out[i - 1]!.f.prose) line.attribution = false;
  });
  tableRows(out).forEach((row, i) => (out[i]!.row = row));
  markRecurring(out, counts);
  markInlineCards(out);
  markChevronCards(out);
  markShareCalls(out);
  out.forEach((line, i) => {
    if (line.heading !== 'comments') return;
    const next = out.slice(i + 1, i + 1 + TEXT_THREAD_REACH);
    line.thread ||= line.commentHeader || next.some((l) => l.commentHeader || l.age || l.date);
  });
  return out;
}

/**
 * A gallery flattens to its pictures' caption (or alt text) printed under every photo: the
 * same label-like line (several words, no sentence) again and again between paragraphs
 * the page prints once. A story repeats a paragraph now and then, a subheading never as
 * often; a menu or meal plan repeated block by block has repeated lines around each copy,
 * and table rows and list items repeat by nature. A copy with a credit glued on
 * ("<caption> Photo_Name") is the same caption.
 */
function markRecurring(out: TextLine[], counts: ReadonlyMap<string, number>): void {
  const candidate = (l: TextLine) => !l.f.prose && !l.f.sentence && !l.row && !l.listItem && !l.embed && l.f.words >= P('text-recurring-caption').minWords;
  const captions = new Set(out.filter((l) => candidate(l) && (counts.get(l.block.text) ?? 0) >= P('text-recurring-caption').minCount).map((l) => l.block.text));
  if (!captions.size) return;
  const captionOf = (t: string) => (captions.has(t) ? t : [...captions].find((c) => t.startsWith(c + ' ')));
  // The nearest line in one direction that is not a copy of this caption, printed once on the page.
  const unique = (i: number, step: number, caption: string) => {
    let j = i + step;
    while (out[j] && captionOf(out[j]!.block.text) === caption) j += step;
    return !out[j] || (counts.get(out[j]!.block.text) ?? 0) === 1;
  };
  out.forEach((l, i) => {
    const caption = candidate(l) ? captionOf(l.block.text) : undefined;
    if (caption && unique(i, -1, caption) && unique(i, 1, caption)) l.recurring = true;
  });
}

const COUNTER = /^\d[\d.,]*[kKmM]?$/u;

/**
 * A share bar flattens to its buttons one per line (a share count, "Shares", network names),
 * often under a short call to share ("Sharing is caring!", "Spread the word!", "Teile
 * diesen Beitrag!"): a one-sentence line right above as many share lines as make a share
 * strip is the bar's.
 * Position and shape decide, in any language; a headline or byline above a bar is no
 * sentence.
 */
function markShareCalls(out: TextLine[]): void {
  out.forEach((l, i) => {
    if (l.share || l.f.prose || !l.f.sentence || l.f.words > TEXT_HEADING_MAX_WORDS) return;
    let shares = 0;
    for (let j = i + 1; out[j] && (out[j]!.share || COUNTER.test(out[j]!.block.text)); j++) if (out[j]!.share) shares++;
    if (shares >= P('text-share').minNetworks) l.share = true;
  });
}

const CHEVRON_TITLE = /^[»›▸►▶]\s*\S/u;

/**
 * A sidebar of boxes flattens to a title led by an arrow marker ("» Weekly column") and
 * the box's blurb under it, box after box. Several such titles each followed by prose are
 * a sidebar's cards: each title heads a related section, so its blurb counts as a
 * teaser and the story run does not carry on into them. A menu of marked entries has no
 * blurbs, and a single marked line may be the story's own.
 */
function markChevronCards(out: TextLine[]): void {
  const titled = out.map((l, i) => {
    if (l.f.prose || l.f.words > TEXT_HEADING_MAX_WORDS || !CHEVRON_TITLE.test(l.block.text)) return false;
    const next = out[i + 1];
    return !!next && (next.f.prose || (next.f.sentence && !CHEVRON_TITLE.test(next.block.text)));
  });
  if (titled.filter(Boolean).length < TEXT_CHEVRON_CARDS_MIN) return;
  out.forEach((l, i) => {
    if (titled[i] && !l.heading) l.heading = 'related';
  });
}

/**
 * A teaser card set into a story flattens to one block without blank lines: its headline
 * twice (the image's link and the text link, maybe each under a section label) and the
 * blurb right under it. Gallery captions repeated in a row have no blurb glued under them.
 */
function markInlineCards(out: TextLine[]): void {
  const tight = (l: TextLine | undefined) => !!l && (l.block.gapBefore ?? 0) === 0;
  out.forEach((line, i) => {
    if (line.f.prose || line.row || line.embed || line.f.words < P('text-inline-card').minWords) return;
    for (let k = 1; k <= P('text-inline-card').maxGap + 1; k++) {
      const copy = out[i + k];
      const blurb = out[i + k + 1];
      // The copy and its blurb must both exist: a page may end on the copy (slice() stops short
      // at the end of the array, so every(tight) alone would not notice the blurb is missing).
      if (!blurb || copy?.block.text !== line.block.text || !out.slice(i + 1, i + 1 + k + 1).every(tight) || !blurb.f.prose) continue;
      for (let j = i; j <= i + k + 1; j++) out[j]!.card = true;
      // The section label printed above each copy ("Business").
      if (k > 1 && tight(line) && out[i - 1]?.block.text === out[i + 1]!.block.text) out[i - 1]!.card = true;
      return;
    }
  });
}
