import { describe, expect, it } from 'vitest';
import { isLatin, LATIN, LATIN_PROPERTIES, PropertyPattern, spellLatin } from '../src/latin.js';

// The spelled classes stand for the Unicode properties on Latin-script text: they must agree
// with the engine's on every character of LATIN, whatever Unicode version it ships.
describe('the Latin spelling of Unicode properties', () => {
  const latin = new RegExp(`^[${LATIN}]$`, 'u');
  const chars: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (latin.test(String.fromCharCode(c))) chars.push(String.fromCharCode(c));
  for (const [name, spelled] of Object.entries(LATIN_PROPERTIES)) {
    it(name, () => {
      const full = new RegExp(`^\\p{${name}}$`, 'u');
      const mine = new RegExp(`^[${spelled}]$`, 'u');
      expect(chars.filter((c) => full.test(c) !== mine.test(c)).map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
    });
  }
});

describe('spellLatin', () => {
  it('spells a property inside and outside a class, and leaves escapes alone', () => {
    expect(spellLatin(String.raw`^\p{N}[\p{N}x\]]\\p\u00e9`)).toBe(String.raw`^[0-9\u00b2\u00b3\u00b9\u00bc-\u00be][0-9\u00b2\u00b3\u00b9\u00bc-\u00bex\]]\\p\u00e9`);
  });
  it('refuses what it cannot spell', () => {
    expect(() => spellLatin(String.raw`\P{L}`)).toThrow();
    expect(() => spellLatin(String.raw`\p{sc=Han}`)).toThrow();
    expect(() => new PropertyPattern(String.raw`\p{L}`, 'iu')).toThrow();
  });
});

describe('PropertyPattern', () => {
  const pattern = String.raw`^(.{3,40}?[\p{Ll}\p{N}?!'’”])(\p{Lu}\p{Ll})|[\p{L}\p{N}][\p{L}\p{N}'’\-]*$`;
  const full = new RegExp(pattern, 'u');
  const texts = ['Ford v Toyota floppedNASCAR finale', 'Zażółć gęślą jaźń ÆON 3½', 'Привет Мир', 'naïve “quotes” – x²', '🙂 emoji Ab', '', 'Ⱥ ⱥ ſ K'];
  for (const text of texts) {
    it(JSON.stringify(text), () => {
      expect(isLatin(text)).toBe(!/[^\x00-\u024f\u2010-\u206f]/u.test(text));
      expect(new PropertyPattern(pattern, 'u').for(text).exec(text)?.slice()).toEqual(full.exec(text)?.slice());
    });
  }
});
