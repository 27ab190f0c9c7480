/**
 * The page's language, told by its function words: the stopword package's lists (indexed in
 * stopwords.ts) against a sample of the page's words. Both paths read prose by it.
 */
// stopword (MIT, no dependencies) carries maintained stopword lists for ~60 languages: the
// function-word share that tells prose from menus in any of them, without a list of our own.
import * as sw from 'stopword';
import type { Block } from '../types.js';
import { indexStopwords, languageHits, languageWords, listsOf, type StopwordIndex } from './stopwords.js';
import { TEXT_LANG_DOMINANCE, TEXT_LANG_MIN_SHARE, TEXT_LANG_MIN_TOKENS, TEXT_LANG_SAMPLE_TOKENS, TEXT_PROSE_MIN_STOPWORDS, TEXT_TOKENS_KEPT, TEXT_TOKENS_SAMPLE_CHARS } from '../thresholds.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

/** The stopword package's lists (./stopwords.ts); only the sources read them, the build has the index. */
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
  const words = lower.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let end = word.length;
    while (isWordTail(word.charCodeAt(end - 1))) end--;
    if (end < word.length) words[i] = word.slice(0, end);
  }
  return words;
}

/**
 * How many words a text holds, counted one at a time (nothing kept): `tokens` of a line longer
 * than TEXT_TOKENS_SAMPLE_CHARS reads only a sample, so a huge line's word count comes from here.
 */
export function tokenCount(text: string): number {
  if (text.length <= TEXT_TOKENS_SAMPLE_CHARS) return tokens(text).length;
  const re = new RegExp(WORD.source, WORD.flags);
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

/**
 * Each stopword list's hits among words, best first (lists with none left out), with the
 * ISO 639-3 code of its language: what the language stage weighs a page's main text by.
 */
export function stopwordHits(words: readonly string[]): Array<{ code: string; hits: number }> {
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) counts.set(words[i]!, (counts.get(words[i]!) ?? 0) + 1);
  const index = stopwordIndex();
  return languageHits(index, counts)
    .map((hits, lang) => ({ code: index.codes[lang]!, hits }))
    .filter((h) => h.hits > 0)
    .sort((a, b) => b.hits - a.hits);
}
