import { describe, expect, it } from 'vitest';
import { countWords } from '../src/index.js';

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

describe('countWords on Latin-script text', () => {
  it('counts joined words, numbers and connectors as the segmenter does', () => {
    const text = "Zażółć gęślą jaźń — it’s 3.14, 1,000 and U.S.‿x ⁄ l·l ‘quoted’ e.g. 2019’s snake_case";
    expect(countWords(text)).toBe(reference(text));
  });
});
