/**
 * One analysed line of a scrape: its block, its measurements, and the furniture it
 * looks like on its own (a section heading, a share button, a byline, a card's age…).
 * Rules elsewhere combine these with position; nothing here removes anything.
 */
import type { Block, Kind } from '../types.js';
import { TEXT_HEADING_MAX_WORDS } from '../thresholds.js';
import { lineFeatures, pageStopwords, type LineFeatures } from './features.js';
import {
  AD_LINE,
  BYLINE,
  COOKIE_LINE,
  CREDIT_LINE,
  DATE,
  FOOTER_LINE,
  INLINE_POINTER,
  PROMO_START,
  RELATIVE_AGE,
  SECTION_HEADINGS,
  SHARE_LINE,
} from './vocab.js';
import { isVideoLine } from './video.js';

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
    return {
      block,
      f,
      heading: short ? headingKind(text, f.words) : null,
      share: short && SHARE_LINE.test(text),
      ad: short && AD_LINE.test(text),
      promo: short && f.words <= TEXT_HEADING_MAX_WORDS && PROMO_START.test(text),
      footer: f.weight < 400 && FOOTER_LINE.test(text),
      cookie: COOKIE_LINE.test(text),
      credit: short && CREDIT_LINE.test(text),
      byline: short && f.words <= TEXT_HEADING_MAX_WORDS * 2 && BYLINE.test(text),
      date: short && !!dateMatch && dateMatch[0].length * 3 >= text.length - 20,
      age: RELATIVE_AGE.test(text),
      attribution: short && /^[-–—•]\s*\S/.test(text) && f.words <= 5,
      video: isVideoLine(text),
      pointer: f.weight < 300 && INLINE_POINTER.test(text),
    };
  });
  // A "- Name" line right after a paragraph attributes a quote; card attributions precede a headline.
  out.forEach((line, i) => {
    if (line.attribution && i > 0 && out[i - 1]!.f.prose) line.attribution = false;
  });
  return out;
}
