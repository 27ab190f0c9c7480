/**
 * The stopword lists as one lookup structure: for a word, the languages that list it.
 *
 * Telling a page's language took summing, for each of ~55 lists, the page's counts of the
 * list's words: ~12k lookups a reading, on ~15k strings split from the package's lists at
 * load. In a one-page CLI run that was 3-4 ms, a third of it the garbage collector copying
 * those strings. Here the lists are buckets of entries by the word's first two characters,
 * each bucket one string ("\n<word>\t<languages>"…), and a page looks up its few hundred
 * distinct words (by first character alone a bucket was long enough to make that as slow).
 * scripts/build.mjs builds the index at build time with this same function; run from the
 * sources (tests), it is built on first use.
 */

export interface StopwordIndex {
  /** ISO 639-3 codes, in the lists' order: a language is its position here. */
  codes: string[];
  /** Entries by the word's first two characters: "\n" + word + "\t" + one character per language, then a closing "\n". */
  buckets: Record<string, string>;
}

/**
 * The lists of the stopword package by ISO 639-3 code, as the package has them (in lower
 * case: test/stopwords.test.ts holds it to that); functions, variants and the lists of
 * scripts without spaces (no word tokens to count) skipped.
 */
export function listsOf(pkg: Readonly<Record<string, unknown>>): Array<[string, readonly string[]]> {
  return Object.entries(pkg)
    .filter(([code, list]) => Array.isArray(list) && /^[a-z]{3}$/.test(code) && !['zho', 'jpn', 'kor', 'tha', 'mya'].includes(code))
    .map(([code, list]) => [code, list as string[]]);
}

/** A language's character in an entry: Private Use code points, which no list word contains. */
const LANGUAGE_BASE = 0xe000;

export function indexStopwords(lists: ReadonlyArray<readonly [string, readonly string[]]>): StopwordIndex {
  const languages = new Map<string, number[]>();
  lists.forEach(([, words], lang) => {
    for (const w of words) {
      if (!w || /[\n\t\ue000-\uf8ff]/u.test(w)) throw new Error(`stopwords: cannot index ${JSON.stringify(w)}`);
      const langs = languages.get(w) ?? [];
      if (langs[langs.length - 1] !== lang) langs.push(lang);
      languages.set(w, langs);
    }
  });
  const entries: Record<string, string[]> = {};
  for (const [w, langs] of languages) (entries[w.slice(0, 2)] ??= []).push(`\n${w}\t${String.fromCharCode(...langs.map((l) => LANGUAGE_BASE + l))}`); // literal: bucketed by two first letters
  const buckets: Record<string, string> = {};
  for (const first of Object.keys(entries).sort()) buckets[first] = entries[first]!.join('') + '\n';
  return { codes: lists.map(([code]) => code), buckets };
}

/** Each language's hits: the summed counts of the words it lists. */
export function languageHits(index: StopwordIndex, counts: ReadonlyMap<string, number>): number[] {
  const hits = new Array<number>(index.codes.length).fill(0);
  // forEach, not for…of: the first run is interpreted, and there each step of an iterator allocates.
  counts.forEach((n, word) => {
    const bucket = index.buckets[word.slice(0, 2)]; // literal: bucketed by two first letters
    if (bucket === undefined) return;
    const key = `\n${word}\t`;
    const at = bucket.indexOf(key);
    if (at < 0) return;
    for (let i = at + key.length; bucket.charCodeAt(i) !== 0x0a; i++) hits[bucket.charCodeAt(i) - LANGUAGE_BASE]! += n;
  });
  return hits;
}

/** The words a language lists. */
export function languageWords(index: StopwordIndex, lang: number): string[] {
  const mark = String.fromCharCode(LANGUAGE_BASE + lang);
  const words: string[] = [];
  for (const first in index.buckets) {
    const bucket = index.buckets[first]!;
    for (let at = bucket.indexOf(mark); at >= 0; at = bucket.indexOf(mark, at + 1)) {
      const start = bucket.lastIndexOf('\n', at) + 1;
      words.push(bucket.slice(start, bucket.indexOf('\t', start)));
    }
  }
  return words;
}
