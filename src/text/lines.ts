/**
 * One analysed line of a scrape: its block, its measurements, and the furniture it
 * looks like on its own (a section heading, a share button, a byline, a card's age…).
 * Rules elsewhere combine these with position; nothing here removes anything.
 */
import type { Block, Kind } from '../types.js';
import { TEXT_HEADING_MAX_WORDS, TEXT_SIGNUP_MAX_CHARS, TEXT_THREAD_REACH } from '../thresholds.js';
import { lineFeatures, pageStopwords, type LineFeatures } from './features.js';
import {
  AD_LINE,
  BYLINE,
  COMMENT_FORM,
  COMMENT_HEADER,
  COOKIE_LINE,
  CREDIT_LINE,
  DATE,
  FOOTER_LINE,
  INLINE_POINTER,
  PROMO_START,
  RELATIVE_AGE,
  SECTION_HEADINGS,
  SHARE_LINE,
  SIGNUP_START,
  TAGS_LINE,
} from './vocab.js';
import { isVideoLine } from './video.js';

const PHOTO_CREDIT = /^(?:image|photo|picture|foto|bild|media|video)\s+(?:copyright|©|credit|caption|source)\b/iu;
/** A caption ends with its photo credit: "(AP Photo/Jeff Roberson)", "(NASA via AP, File)", "Photograph: X/Getty Images". */
const CAPTION_END =
  /(?:(?:credit|crédit|photo|foto|bild|image)\s*:\s*[^.:]{1,60}|\((?:[^()]{0,60}\b(?:photo|foto|via AP|via Reuters|via Getty|file)\b[^()]{0,40})\)|(?:photograph|photo|foto|image|bild)(?: by)?\s*[:：]?\s*[^.]{0,60}\/\s*(?:getty(?: images)?|afp|reuters|ap|shutterstock|epa)|\/(?:getty images|shutterstock|afp|ap|reuters|epa))\s*$/iu;
/** "Updated at 1:23 p.m.", "Aktualisiert: 12.03., 14:05": a time stamp line without a full date. */
const STAMP =
  /^(?:updated|posted|published|last (?:updated|modified)|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|zaktualizowano|opublikowano|обновлено|更新)\b.{0,30}\d{1,2}[:.h]\d{2}.{0,12}$/iu;
const EMBED_CREDIT = /^[—–-]\s.{0,80}\(@\w{1,30}\)/u;
const LIST_ITEM = /^(?:\d{1,3}[.)]|[•·▪*‣◦–-])\s+\S/u;

export interface TextLine {
  block: Block;
  f: LineFeatures;
  /** Kind of boilerplate section this short line opens, if it is such a heading. */
  heading: Kind | null;
  share: boolean;
  ad: boolean;
  promo: boolean;
  footer: boolean;
  cookie: boolean;
  credit: boolean;
  byline: boolean;
  /** A short line that is (mostly) a date or time stamp. */
  date: boolean;
  /** A relative age line ("an hour ago"). */
  age: boolean;
  /** A card's "- Source" attribution line. */
  attribution: boolean;
  video: boolean;
  /** "Read more: …" and the like. */
  pointer: boolean;
  /** A newsletter or sign-up pitch. */
  signup: boolean;
  /** A strip of topic tags. */
  tags: boolean;
  /** A comments heading that opens a real thread (commenters' names and dates follow), not a "0 Comments" link. */
  thread: boolean;
  /** Starts with a list marker ("1) ", "• ", "- "): an item of a list, in a story or not. */
  listItem: boolean;
  /** The credit line of an embedded post ("— Name (@handle) October 9, 2018"): part of the story. */
  embed: boolean;
  /** The same text stands elsewhere on the page (gallery captions, teasers, repeated headlines). */
  repeated: boolean;
  /** "Name on <date> said:". */
  commentHeader: boolean;
}

function headingKind(text: string, words: number): Kind | null {
  if (words > TEXT_HEADING_MAX_WORDS) return null;
  for (const [kind, re] of SECTION_HEADINGS) if (re.test(text)) return kind;
  return null;
}

export function analyseLines(blocks: readonly Block[]): TextLine[] {
  const stopwords = pageStopwords(blocks);
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
      repeated: false,
      share: short && SHARE_LINE.test(text),
      ad: short && AD_LINE.test(text),
      promo: short && f.words <= TEXT_HEADING_MAX_WORDS && PROMO_START.test(text),
      // "Image copyright Getty Images" credits a photo; it is not the page's legal footer.
      footer: f.weight < 400 && FOOTER_LINE.test(text) && !PHOTO_CREDIT.test(text),
      cookie: COOKIE_LINE.test(text),
      credit: (short && (CREDIT_LINE.test(text) || PHOTO_CREDIT.test(text))) || CAPTION_END.test(text),
      listItem: short && LIST_ITEM.test(text),
      byline: short && f.words <= TEXT_HEADING_MAX_WORDS * 3 && BYLINE.test(text),
      date: short && ((!!dateMatch && dateMatch[0].length * 3 >= text.length - 20) || STAMP.test(text)),
      age: RELATIVE_AGE.test(text),
      // "- Time Magazine": a dash and a capitalised name, as cards credit their source.
      attribution: short && f.words <= 5 && /^[-–—•]\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’]*\s*)+$/u.test(text),
      video: isVideoLine(text),
      pointer: f.weight < 300 && INLINE_POINTER.test(text),
      signup: f.weight < TEXT_SIGNUP_MAX_CHARS && SIGNUP_START.test(text),
      tags: short && TAGS_LINE.test(text),
    };
  });
  const counts = new Map<string, number>();
  for (const l of out) counts.set(l.block.text, (counts.get(l.block.text) ?? 0) + 1);
  for (const l of out) {
    l.repeated = (counts.get(l.block.text) ?? 0) > 1 && l.f.prose;
    if (EMBED_CREDIT.test(l.block.text)) Object.assign(l, { embed: true, date: false, byline: false, attribution: false });
  }
  // A "- Name" line right after a paragraph attributes a quote; card attributions precede a headline.
  out.forEach((line, i) => {
    if (line.attribution && i > 0 && out[i - 1]!.f.prose) line.attribution = false;
  });
  out.forEach((line, i) => {
    if (line.heading !== 'comments') return;
    const next = out.slice(i + 1, i + 1 + TEXT_THREAD_REACH);
    line.thread ||= line.commentHeader || next.some((l) => l.commentHeader || l.age || l.date);
  });
  return out;
}
