/**
 * Per-line measurements of a flattened scrape: how long a line really is (CJK
 * characters carry a word each), whether it ends like a sentence, and how much of it
 * is function words of the page's language. Prose is what a story is made of; these
 * numbers tell prose from menus, headlines, credits and card furniture.
 */
import { cjkCount, weightedLength } from '../measure.js';
import { tokenCount, tokens } from '../language/page.js';
import { TEXT_CJK_LINE_MIN_SHARE, TEXT_CJK_SENTENCE_SHARE, TEXT_LANG_DOMINANCE, TEXT_LANG_MIN_SHARE, TEXT_LANG_MIN_TOKENS, TEXT_LANG_SAMPLE_TOKENS, TEXT_PROSE_MIN_CHARS, TEXT_PROSE_MIN_STOPWORDS, TEXT_PROSE_MIN_WORDS, TEXT_PROSE_UNPUNCTUATED_CHARS, TEXT_PROSE_UNPUNCTUATED_STOPWORDS, TEXT_PROSE_CHARS_PER_MARK, TEXT_TOKENS_KEPT, TEXT_CJK_STOPWORD_MAX_SHARE } from '../thresholds.js';

export interface LineFeatures {
  /** Length with CJK characters weighted like short words. */
  weight: number;
  words: number;
  /** Ends with sentence punctuation (optionally followed by closing quotes/brackets). */
  sentence: boolean;
  /** Share of tokens that are stopwords of the page language; null when unknown (CJK, no list). */
  stopwords: number | null;
  /** Long, sentence-like, function-word-rich: the stuff stories are made of. */
  prose: boolean;
  /** Ends in an ellipsis cut: the line is a teaser's shortened blurb. */
  truncated: boolean;
}

const SENTENCE_END = /[.!?。！？…;:]["'”’»)\]]*$|[.!?。！？…]["'”’»)\]]*\s*\([^()]{1,40}\)$/u;
/** A teaser cut off mid-word or mid-sentence: "…the new theme pack A Moment of Hygge PR..." or "[…]". */
const TRUNCATED = /(?:[\p{L}\p{N},]\s?(?:\.{3}|…)|\[(?:…|\.{3})\])$/u;

export function lineFeatures(text: string, stopwords: Set<string> | null): LineFeatures {
  const cjk = cjkCount(text);
  const weight = weightedLength(text, cjk);
  const toks = tokens(text);
  const words = tokenCount(text) + cjk;
  const truncated = TRUNCATED.test(text);
  // Emoji and symbols after the stop ("See you soon! 🙂") do not unmake a sentence.
  const sentence = !truncated && SENTENCE_END.test(withoutTrailingDecoration(text));
  let density: number | null = null;
  if (stopwords && toks.length && cjk < text.length * TEXT_CJK_STOPWORD_MAX_SHARE) {
    density = toks.filter((t) => stopwords.has(t)).length / toks.length;
  }
  const functionWords = density === null || density >= TEXT_PROSE_MIN_STOPWORDS;
  // CJK text wraps sentences across short lines ("…販売する行為や、"): a CJK line closed by a stop or comma is prose sooner.
  const cjkSentence = cjk > text.length * TEXT_CJK_LINE_MIN_SHARE && /[。！？、，]["'”’」』)）]*$/u.test(text);
  const prose =
    weight >= (cjkSentence ? TEXT_PROSE_MIN_CHARS * TEXT_CJK_SENTENCE_SHARE : TEXT_PROSE_MIN_CHARS) &&
    (words >= TEXT_PROSE_MIN_WORDS || cjk > 0) &&
    functionWords &&
    (sentence || cjkSentence || (weight >= TEXT_PROSE_UNPUNCTUATED_CHARS && punctuated(text) && (density === null || density >= TEXT_PROSE_UNPUNCTUATED_STOPWORDS)));
  return { weight, words, sentence, stopwords: density, prose, truncated };
}

/** Running prose has commas and stops inside it; tag clouds and keyword strips have none. */
function punctuated(text: string): boolean {
  const marks = text.match(/[.,;:!?。，、；！？]/gu)?.length ?? 0;
  return marks * TEXT_PROSE_CHARS_PER_MARK >= text.length;
}


const DECORATION = /[\s\p{Extended_Pictographic}\u200b\ufe0f]/u;
/**
 * The text without trailing white space and emoji. A loop from the end, not
 * /[…]+$/: that regex retries from every position of a long run and is quadratic on a
 * line of a million emoji followed by a letter.
 */
function withoutTrailingDecoration(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1; // literal: a surrogate pair is two UTF-16 code units
    const ch = text.slice(end - width, end);
    if (!DECORATION.test(ch)) break;
    end -= width;
  }
  return text.slice(0, end);
}
