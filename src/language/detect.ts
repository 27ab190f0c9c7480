/**
 * The language of a page's main text, in three steps, each only when the one before cannot
 * tell: the script (a text in Hangul is Korean; Han with kana is Japanese), the function words
 * of the stopword lists (page.ts, as the prose measures use them), then letter trigrams
 * (franc-min, loaded only for the pages that reach it, so a CLI run that never needs it does
 * not load it).
 */
import { stopwordHits, tokens } from './page.js';
import { closeLanguage, twoLetter } from './codes.js';
import {
  LANG_CJK_WEIGHT, LANG_KANA_MIN_SHARE, LANG_MIN_LETTERS, LANG_OVERRULE_DOMINANCE, LANG_OVERRULE_MIN_LETTERS, LANG_OVERRULE_STOPWORD_SHARE,
  LANG_OVERRULE_TRIGRAM_SCORE, LANG_SAMPLE_CHARS, LANG_SCRIPT_MIN_SHARE, LANG_STOPWORD_DOMINANCE, LANG_STOPWORD_MIN_SHARE, LANG_STOPWORD_MIN_WORDS,
} from './thresholds.js';

export interface Detection {
  /** ISO 639-1 where the language has such a code, else ISO 639-3. */
  lang: string;
  by: 'script' | 'stopwords' | 'trigrams';
  /** The text plainly is not in the declared language: the detection may overrule it. */
  overrules: boolean;
}

type Script = 'latin' | 'cyrillic' | 'arabic' | 'devanagari' | 'han' | 'kana' | 'hangul' | 'other';

/** Scripts written by one language on the web, by Unicode block: the script is the answer. */
const ONE_LANGUAGE: ReadonlyArray<readonly [number, number, string]> = [
  [0x0370, 0x03ff, 'el'], [0x1f00, 0x1fff, 'el'], [0x0590, 0x05ff, 'he'], [0x0530, 0x058f, 'hy'], [0x10a0, 0x10ff, 'ka'],
  [0x0980, 0x09ff, 'bn'], [0x0a00, 0x0a7f, 'pa'], [0x0a80, 0x0aff, 'gu'], [0x0b00, 0x0b7f, 'or'], [0x0b80, 0x0bff, 'ta'],
  [0x0c00, 0x0c7f, 'te'], [0x0c80, 0x0cff, 'kn'], [0x0d00, 0x0d7f, 'ml'], [0x0d80, 0x0dff, 'si'], [0x0e00, 0x0e7f, 'th'],
  [0x0e80, 0x0eff, 'lo'], [0x0f00, 0x0fff, 'bo'], [0x1000, 0x109f, 'my'], [0x1200, 0x139f, 'am'], [0x1780, 0x17ff, 'km'],
];

function scriptOf(c: number): Script | string | null {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin';
  if (c < 0x370) return null;
  if (c >= 0x0400 && c <= 0x052f) return 'cyrillic';
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) return 'arabic';
  if (c >= 0x0900 && c <= 0x097f) return 'devanagari';
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d)) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x2fa1f)) return 'han';
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return 'hangul';
  for (const [from, to, lang] of ONE_LANGUAGE) if (c >= from && c <= to) return lang;
  return /\p{L}/u.test(String.fromCodePoint(c)) ? 'other' : null;
}

/** Letters of the sample by script (CJK weighted as LANG_CJK_WEIGHT letters). */
function scripts(sample: string): { counts: Map<string, number>; letters: number } {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of sample) {
    const s = scriptOf(ch.codePointAt(0)!);
    if (!s) continue;
    const w = s === 'han' || s === 'kana' || s === 'hangul' ? LANG_CJK_WEIGHT : 1;
    counts.set(s, (counts.get(s) ?? 0) + w);
    letters += w;
  }
  return { counts, letters };
}

type Franc = typeof import('franc-min');
let franc: Promise<Franc> | undefined;

/**
 * The language of `text`, or null when it has too few letters to tell. `declared` is the
 * primary tag the page declares, if any: the detection says whether it overrules it.
 */
export async function detectLanguage(text: string, declared: string | null): Promise<Detection | null> {
  const sample = text.length > LANG_SAMPLE_CHARS ? text.slice(0, LANG_SAMPLE_CHARS) : text;
  const { counts, letters } = scripts(sample);
  if (letters < LANG_MIN_LETTERS) return null;
  const long = letters >= LANG_OVERRULE_MIN_LETTERS;
  const differs = (lang: string) => !declared || !closeLanguage(lang, declared);
  const cjk = (counts.get('han') ?? 0) + (counts.get('kana') ?? 0) + (counts.get('hangul') ?? 0);
  let top: string | null = null;
  for (const [s, n] of counts) if (!top || n > counts.get(top)!) top = s;
  // 1. The script. CJK as one: a Japanese text is Han and kana, a Korean one may hold Han.
  if (cjk / letters >= LANG_SCRIPT_MIN_SHARE) {
    const hangul = counts.get('hangul') ?? 0;
    const kana = counts.get('kana') ?? 0;
    const lang = hangul >= cjk - hangul ? 'ko' : kana / (cjk - hangul) >= LANG_KANA_MIN_SHARE ? 'ja' : 'zh';
    return { lang, by: 'script', overrules: long && differs(lang) };
  }
  if (top && counts.get(top)! / letters >= LANG_SCRIPT_MIN_SHARE && top.length === 2) return { lang: top, by: 'script', overrules: long && differs(top) }; // literal: a two-letter code is a language, a longer one a script family
  // 2. Function words.
  const words = tokens(sample);
  if (words.length >= LANG_STOPWORD_MIN_WORDS) {
    const ranked = stopwordHits(words);
    const best = ranked[0];
    const second = ranked[1]?.hits ?? 0;
    if (best && best.hits / words.length >= LANG_STOPWORD_MIN_SHARE && best.hits >= LANG_STOPWORD_DOMINANCE * second) {
      const lang = twoLetter(best.code);
      const own = declared ? (ranked.find((r) => twoLetter(r.code) === declared)?.hits ?? 0) : 0;
      const plain = best.hits / words.length >= LANG_OVERRULE_STOPWORD_SHARE && best.hits >= LANG_OVERRULE_DOMINANCE * own;
      return { lang, by: 'stopwords', overrules: long && plain && differs(lang) };
    }
  }
  // 3. Letter trigrams.
  const { francAll } = await (franc ??= import('franc-min'));
  const guesses = francAll(sample);
  const [code, score] = guesses[0] ?? ['und', 0];
  if (code === 'und' || !score) return null;
  const lang = twoLetter(code);
  const own = declared ? (guesses.find(([c]) => twoLetter(c) === declared)?.[1] ?? 0) : 0;
  return { lang, by: 'trigrams', overrules: long && own < LANG_OVERRULE_TRIGRAM_SCORE && differs(lang) };
}
