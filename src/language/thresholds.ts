/**
 * The language stage's numbers (src/stages/language.ts, src/language/detect.ts): kept beside
 * the code that reads them, as src/thresholds.ts is past its length; named and explained
 * like the others. Tuned on the `tune` part of both benchmarks (bench/lang.mjs).
 */

/** Characters of the main text read to tell its language: more adds time, not certainty. */
export const LANG_SAMPLE_CHARS = 6000;
/** Letters a text needs before its language is guessed at all (a caption, a price line: none). */
export const LANG_MIN_LETTERS = 20;
/** A CJK character counts as this many letters against other scripts (it is most of a word). */
export const LANG_CJK_WEIGHT = 2;
/** A script holding this share of the letters decides the language when it is one language's (Hangul, Thai, Greek…). */
export const LANG_SCRIPT_MIN_SHARE = 0.5;
/** Share of kana among Han and kana characters from which CJK text is Japanese. */
export const LANG_KANA_MIN_SHARE = 0.05;
/** Words a text needs before its stopwords are weighed (fewer: trigrams). */
export const LANG_STOPWORD_MIN_WORDS = 8;
/** Share of the words that must be the best list's stopwords for the lists to decide… */
export const LANG_STOPWORD_MIN_SHARE = 0.1;
/** …and how many times the runner-up list's hits the best list's must be. */
export const LANG_STOPWORD_DOMINANCE = 1.5;
/** Letters from which a detection may overrule the page's declared language (shorter texts are believed to be what the page says)… */
export const LANG_OVERRULE_MIN_LETTERS = 200;
/** …when the best stopword list has this share of the words… */
export const LANG_OVERRULE_STOPWORD_SHARE = 0.2;
/** …and this many times the hits of the declared language's list (a page in the declared language hits its list too). */
export const LANG_OVERRULE_DOMINANCE = 3;
/** A trigram guess overrules a declaration only when the declared language scores below this (franc's 0–1, best 1). */
export const LANG_OVERRULE_TRIGRAM_SCORE = 0.8;
