/**
 * Per-line measurements of a flattened scrape: how long a line really is (CJK
 * characters carry a word each), whether it ends like a sentence, and how much of it
 * is function words of the page's language. Prose is what a story is made of; these
 * numbers tell prose from menus, headlines, credits and card furniture.
 */
// stopword (MIT, no dependencies) carries maintained stopword lists for ~60 languages: the
// function-word share that tells prose from menus in any of them, without a list of our own.
import * as sw from 'stopword';
import type { Block } from '../types.js';
import { PropertyPattern } from '../latin.js';
import { indexStopwords, languageHits, languageWords, listsOf, type StopwordIndex } from './stopwords.js';
import {
  TEXT_CJK_SENTENCE_SHARE,
  TEXT_CJK_WEIGHT,
  TEXT_LANG_DOMINANCE,
  TEXT_LANG_MIN_SHARE,
  TEXT_LANG_MIN_TOKENS,
  TEXT_LANG_SAMPLE_TOKENS,
  TEXT_PROSE_MIN_CHARS,
  TEXT_PROSE_MIN_STOPWORDS,
  TEXT_PROSE_MIN_WORDS,
  TEXT_PROSE_UNPUNCTUATED_CHARS,
  TEXT_PROSE_UNPUNCTUATED_STOPWORDS,
  TEXT_PROSE_CHARS_PER_MARK,
  TEXT_GLUED_TITLE_CASE,
  TEXT_TOKENS_KEPT,
  TEXT_TOKENS_SAMPLE_CHARS,
} from '../thresholds.js';

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
  /** A Title Case headline glued to its blurb ("…In NASCAR FinaleFord v Toyota flopped…"): a flattened card. */
  glued: boolean;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
const WORD = new PropertyPattern(String.raw`[\p{L}\p{N}][\p{L}\p{N}'’\-]*`, 'gu');
const SENTENCE_END = /[.!?。！？…;:]["'”’»)\]]*$|[.!?。！？…]["'”’»)\]]*\s*\([^()]{1,40}\)$/u;
/** A teaser cut off mid-word or mid-sentence: "…the new theme pack A Moment of Hygge PR..." or "[…]". */
const TRUNCATED = new PropertyPattern(String.raw`(?:[\p{L}\p{N},]\s?(?:\.{3}|…)|\[(?:…|\.{3})\])$`, 'u');

/** The stopword package's lists (src/text/stopwords.ts); only the sources read them, the build has the index. */
export function stopwordLists(): Array<[string, readonly string[]]> {
  return listsOf(sw as unknown as Record<string, unknown>);
}

let index: StopwordIndex | undefined;

function stopwordIndex(): StopwordIndex {
  // scripts/build.mjs replaces the package by the index built from it.
  return (index ??= (sw as unknown as { pithIndex?: StopwordIndex }).pithIndex ?? indexStopwords(stopwordLists()));
}

// Sets are built only for a language a page turns out to be in: building all ~55 at load
// cost more than classifying a whole text page, and a CLI run is one page.
const SETS = new Map<number, Set<string>>();

function stopwordSet(lang: number): Set<string> {
  let set = SETS.get(lang);
  if (!set) SETS.set(lang, (set = new Set(languageWords(stopwordIndex(), lang))));
  return set;
}

// A page's lines are split into words by the language guess, the line features and the topic
// comparison in turn: each text once. Emptied when it holds TEXT_TOKENS_KEPT words.
const TOKENS = new Map<string, readonly string[]>();
let keptWords = 0;

/**
 * The words of a text in lower case, without the apostrophes and hyphens they end in
 * ("students’" → "students"). Shared between callers: not to be changed.
 */
export function tokens(text: string): readonly string[] {
  let words = TOKENS.get(text);
  if (words) return words;
  words = wordsOf(text);
  if (keptWords + words.length > TEXT_TOKENS_KEPT) {
    TOKENS.clear();
    keptWords = 0;
  }
  TOKENS.set(text, words);
  keptWords += words.length;
  return words;
}

/** A word starts with a letter or digit, so only its end is trimmed. */
function wordsOf(text: string): string[] {
  // A line of megabytes: its words from a sample (cut at a space), never millions of strings.
  if (text.length > TEXT_TOKENS_SAMPLE_CHARS) text = text.slice(0, text.lastIndexOf(' ', TEXT_TOKENS_SAMPLE_CHARS) + 1 || TEXT_TOKENS_SAMPLE_CHARS);
  const lower = text.toLowerCase();
  const words = WORD.match(lower) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let end = word.length;
    while (isWordTail(word.charCodeAt(end - 1))) end--;
    if (end < word.length) words[i] = word.slice(0, end);
  }
  return words;
}

/** How many words wordsOf would find in the whole text, counted one at a time (nothing kept). */
function countTokens(text: string): number {
  const re = WORD.for(text);
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** ' ’ - */
const isWordTail = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d;

/** The language whose stopwords cover most of the page's tokens, or null (too little text, or CJK). */
export function pageStopwords(blocks: readonly Block[]): Set<string> | null {
  // A sample is enough to tell the language, and keeps huge pages from costing 60 passes over every word.
  const all = blocks.flatMap((b) => tokens(b.text)).slice(0, TEXT_LANG_SAMPLE_TOKENS);
  if (all.length < TEXT_LANG_MIN_TOKENS) return null;
  const counts = new Map<string, number>();
  for (let i = 0; i < all.length; i++) counts.set(all[i]!, (counts.get(all[i]!) ?? 0) + 1);
  // Each language's hits: the sample's tokens that are in its list.
  const hitsOf = languageHits(stopwordIndex(), counts);
  let bestHits = 0;
  let secondHits = 0;
  let best = -1;
  for (let lang = 0; lang < hitsOf.length; lang++) {
    const hits = hitsOf[lang]!;
    if (hits > bestHits) {
      secondHits = bestHits;
      bestHits = hits;
      best = lang;
    } else if (hits > secondHits) secondHits = hits;
  }
  const share = bestHits / all.length;
  // A terse page (recipes, lists, a story stripped of its chrome) has few function words, but
  // when one language's outnumber every other's several times over, that is still its language.
  // Without this, the same story read with and without its menus would switch the language off
  // and with it what counts as prose, so cleaning pith's own output again would change it.
  const dominant = share >= TEXT_LANG_MIN_SHARE && bestHits >= TEXT_LANG_DOMINANCE * secondHits;
  return best >= 0 && (share >= TEXT_PROSE_MIN_STOPWORDS || dominant) ? stopwordSet(best) : null;
}

export function lineFeatures(text: string, stopwords: Set<string> | null): LineFeatures {
  const cjk = text.match(CJK)?.length ?? 0;
  const weight = text.length + cjk * (TEXT_CJK_WEIGHT - 1);
  const toks = tokens(text);
  const words = (text.length > TEXT_TOKENS_SAMPLE_CHARS ? countTokens(text) : toks.length) + cjk;
  const truncated = TRUNCATED.test(text);
  const glued = isGluedCard(text);
  // Emoji and symbols after the stop ("See you soon! 🙂") do not unmake a sentence.
  const sentence = !truncated && SENTENCE_END.test(withoutTrailingDecoration(text));
  let density: number | null = null;
  if (stopwords && toks.length && cjk < text.length / 4) {
    density = toks.filter((t) => stopwords.has(t)).length / toks.length;
  }
  const functionWords = density === null || density >= TEXT_PROSE_MIN_STOPWORDS;
  // CJK text wraps sentences across short lines ("…販売する行為や、"): a CJK line closed by a stop or comma is prose sooner.
  const cjkSentence = cjk * 2 > text.length && /[。！？、，]["'”’」』)）]*$/u.test(text);
  const prose =
    weight >= (cjkSentence ? TEXT_PROSE_MIN_CHARS * TEXT_CJK_SENTENCE_SHARE : TEXT_PROSE_MIN_CHARS) &&
    (words >= TEXT_PROSE_MIN_WORDS || cjk > 0) &&
    functionWords &&
    (sentence || cjkSentence || (weight >= TEXT_PROSE_UNPUNCTUATED_CHARS && punctuated(text) && (density === null || density >= TEXT_PROSE_UNPUNCTUATED_STOPWORDS)));
  return { weight, words, sentence, stopwords: density, prose, truncated, glued };
}

/** Running prose has commas and stops inside it; tag clouds and keyword strips have none. */
function punctuated(text: string): boolean {
  const marks = text.match(/[.,;:!?。，、；！？]/gu)?.length ?? 0;
  return marks * TEXT_PROSE_CHARS_PER_MARK >= text.length;
}

const GLUED = new PropertyPattern(String.raw`^(.{15,150}?[\p{Ll}\p{N}?!'’”])(\p{Lu}\p{Ll})`, 'u');
const HEAD_WORD = new PropertyPattern(String.raw`[\p{L}][\p{L}'’]*`, 'gu');
const CAPITAL = new PropertyPattern(String.raw`^\p{Lu}`, 'u');

function isGluedCard(text: string): boolean {
  const m = GLUED.exec(text);
  if (!m) return false;
  const head = m[1]!.match(HEAD_WORD.for(text)) ?? [];
  const capitals = head.filter((w) => CAPITAL.for(text).test(w)).length;
  return head.length >= 3 && capitals / head.length >= TEXT_GLUED_TITLE_CASE;
}

const DECORATION = new PropertyPattern(String.raw`[\s\p{Extended_Pictographic}\u200b\ufe0f]`, 'u');
/**
 * The text without trailing white space and emoji. A loop from the end, not
 * /[…]+$/: that regex retries from every position of a long run and is quadratic on a
 * line of a million emoji followed by a letter.
 */
function withoutTrailingDecoration(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end > 1 ? 2 : 1;
    const ch = text.slice(end - width, end);
    if (!DECORATION.for(text).test(ch)) break;
    end -= width;
  }
  return text.slice(0, end);
}
