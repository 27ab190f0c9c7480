/**
 * src/text/features.ts uses the stopword package's lists as they are, without lower-casing
 * them on every run: that is only sound while the package keeps them in lower case.
 */
import { describe, expect, it } from 'vitest';
import { stopwordLists } from '../src/text/features.js';

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
