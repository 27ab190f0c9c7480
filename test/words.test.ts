import { describe, expect, it } from 'vitest';
import { countWords } from '../src/index.js';
import { LATIN } from '../src/latin.js';
import { LATIN_WORD_CLASSES, WORD_CLASSES, wordPattern, type WordClasses } from '../src/stages/sidecar.js';

// countWords counts spaced scripts with a regular expression and leaves unspaced ones to
// Intl.Segmenter; either way the count must be the segmenter's.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const reference = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).length;

describe('countWords', () => {
  const cases = [
    "It's the nation’s 1990s boom: 3.14, 1,000,000 and U.S. e.g. well-known",
    'display:none ID.3 2000’s under_score ___ ½ ¼ emoji 🎄 (@_handle)',
    'Not\u00adfall\u00addaten\u00adsatz und iPhone 11\u200c Pro',
    'Das Übergewicht wächst; ça va très bien — ¿qué tal? Zażółć gęślą jaźń.',
    'مرحبا بالعالم، هذا نص عربي ١٢٣٫٤',
    '中文的句子没有空格。日本語の文章もそうです。한국어 문장도 있어요.',
    'ภาษาไทยไม่มีช่องว่าง',
    '',
    '   \n\t ',
  ];
  for (const text of cases) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      expect(countWords(text)).toBe(reference(text));
    });
  }
});

// Latin-script text is counted with the word pattern's classes spelled out for its characters
// (they compile far faster than the \p classes): the two must agree on every one of them.
describe('the Latin-script word classes', () => {
  const latin = new RegExp(`^[${LATIN}]$`, 'u');
  const chars: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (latin.test(String.fromCharCode(c))) chars.push(String.fromCharCode(c));
  it('cover ASCII, Latin-1, Latin Extended and general punctuation', () => {
    expect(chars.length).toBe(0x250 + 0x60);
  });
  for (const key of Object.keys(WORD_CLASSES) as Array<keyof WordClasses>) {
    it(key, () => {
      const full = new RegExp(`^${WORD_CLASSES[key]}$`, 'u');
      const spelled = new RegExp(`^${LATIN_WORD_CLASSES[key]}$`, 'u');
      expect(chars.filter((c) => full.test(c) !== spelled.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
    });
  }
  it('count as the full pattern does', () => {
    const text = "Zażółć gęślą jaźń — it’s 3.14, 1,000 and U.S.‿x ⁄ l·l ‘quoted’ e.g. 2019’s";
    const count = (re: RegExp) => text.match(re)?.length ?? 0;
    expect(count(wordPattern(LATIN_WORD_CLASSES))).toBe(count(wordPattern(WORD_CLASSES)));
    expect(countWords(text)).toBe(reference(text));
  });
});
