/**
 * src/language/page.ts uses the stopword package's lists as they are, without lower-casing
 * them on every run: that is only sound while the package keeps them in lower case.
 */
import { describe, expect, it } from 'vitest';
import { pageStopwords, stopwordLists, tokens } from '../src/language/page.js';
import { indexStopwords, languageHits, languageWords } from '../src/language/stopwords.js';

describe('stopword lists', () => {
  const lists = stopwordLists();
  it('cover the common languages', () => {
    expect(lists.map(([code]) => code)).toEqual(expect.arrayContaining(['eng', 'deu', 'fra', 'spa', 'ita', 'por', 'pol', 'nld', 'rus', 'ara']));
  });
  it('are in lower case', () => {
    const cased = lists.flatMap(([code, words]) => words.filter((w) => w !== w.toLowerCase()).map((w) => `${code}:${w}`));
    expect(cased).toEqual([]);
  });
});

// The index (src/language/stopwords.ts) must say what the lists say: per language, the summed
// counts of the words it lists (each once), and the words themselves.
describe('stopword index', () => {
  const lists = stopwordLists();
  const index = indexStopwords(lists);
  it('gives each language the hits its list gives', () => {
    const text = "Der Hund und die Katze. The dog and the cat, isn't it? Le chien et le chat sont là. El perro y el gato. Пёс и кот. 狗和猫 ok 1 a";
    const counts = new Map<string, number>();
    for (const t of tokens(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
    const expected = lists.map(([, words]) => [...new Set(words)].reduce((n, w) => n + (counts.get(w) ?? 0), 0));
    expect(languageHits(index, counts)).toEqual(expected);
    expect(expected.filter((n) => n > 0).length).toBeGreaterThan(4);
  });
  it('gives back each list\'s words', () => {
    lists.forEach(([, words], lang) => expect(languageWords(index, lang).sort()).toEqual([...new Set(words)].sort()));
  });
  it('tells the language of a page', () => {
    const blocks = ['The dog and the cat were sitting in the garden when it started to rain, and they ran inside.', 'It was the first time that they had been out together since the winter, or so it seemed to them.', 'Then the sun came back and they went out again, as if nothing had happened at all.'].map((text) => ({ text, type: 'line' as const, position: { index: 0 } }));
    expect(pageStopwords(blocks)?.has('the')).toBe(true);
  });
});
