/**
 * src/caseless.ts matches lower-case patterns with `u` against lower-cased text in place
 * of `iu` on the text. These tests hold it to that: the characters that need the real `iu`
 * pattern are derived from the engine here (not copied from the source), every Caseless
 * pattern in src/ is checked to be one the trick is sound for, and each one gives the same
 * answers as its `iu` twin on the samples' lines in several casings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { Caseless, FOLD_APART } from '../src/caseless.js';
import * as vocab from '../src/text/vocab.js';
import { srcRegexLiterals } from './helpers/literals.js';

const ROOT = join(import.meta.dirname, '..');

/** Every `new Caseless(/literal/)` in src/, and the vocabulary's patterns built from strings; with their `tiny` mark. */
function patterns(): Array<{ where: string; re: RegExp; tiny: boolean }> {
  const found = srcRegexLiterals()
    .filter(({ parent, source }) => ts.isNewExpression(parent) && parent.expression.getText(source) === 'Caseless')
    .map(({ where, re, parent, source }) => {
      const options = (parent as ts.NewExpression).arguments?.[1]?.getText(source) ?? '';
      return { where, re, tiny: /\btiny:\s*true\b/.test(options) };
    });
  for (const [name, value] of Object.entries(vocab)) {
    if (value instanceof Caseless) found.push({ where: `vocab ${name}`, re: value.lower, tiny: value.tiny });
  }
  for (const [kind, value] of vocab.SECTION_HEADINGS) found.push({ where: `vocab SECTION_HEADINGS ${kind}`, re: value.lower, tiny: value.tiny });
  return found;
}

/** Every text of at most two Latin-1 characters: the texts `tiny` is about. */
function tinyTexts(): string[] {
  const out = [''];
  for (let a = 0; a < 0x100; a++) {
    out.push(String.fromCharCode(a));
    for (let b = 0; b < 0x100; b++) out.push(String.fromCharCode(a, b));
  }
  return out;
}

/**
 * The characters for which lower case is not what `iu` compares: those whose case class
 * (the characters `iu` takes for one) lower-cases to more than one value and whose lower
 * case is not the class's own, those that lower-case to a different length, and Σ, which
 * lower-cases by its place in the word.
 */
function foldApart(): number[] {
  const chars: number[] = [];
  for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) chars.push(c);
  const str = (c: number) => String.fromCodePoint(c);
  const cased = chars.filter((c) => str(c).toLowerCase() !== str(c) || str(c).toUpperCase() !== str(c));
  const escape = (s: string) => s.replace(/[\\\]\[^-]/g, '\\$&');
  // A character with no case mapping must be alone in its class, or the cased set misses some.
  const anyCased = new RegExp(`^[${cased.map((c) => escape(str(c))).join('')}]$`, 'iu');
  const set = new Set(cased);
  expect(chars.filter((c) => !set.has(c) && anyCased.test(str(c)))).toEqual([]);
  const apart: number[] = [];
  for (const c of cased) {
    const s = str(c);
    const low = s.toLowerCase();
    const same = new RegExp(`^[${escape(s)}]$`, 'iu');
    const lows = new Set(cased.filter((x) => same.test(str(x))).map((x) => str(x).toLowerCase()));
    const own = [...lows].filter((l) => l.toUpperCase().toLowerCase() === l);
    if ((lows.size > 1 && (own.length !== 1 || low !== own[0])) || !same.test(low) || low.length !== s.length || s === 'Σ') apart.push(c);
  }
  return apart;
}

function sampleLines(): string[] {
  const lines = new Set<string>();
  for (const dir of readdirSync(join(ROOT, 'samples'))) {
    for (const name of readdirSync(join(ROOT, 'samples', dir))) {
      if (!name.startsWith('input.')) continue;
      const raw = readFileSync(join(ROOT, 'samples', dir, name));
      const text = (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      for (const line of text.split('\n')) if (line.trim()) lines.add(line.trim().slice(0, 400));
    }
  }
  return [...lines];
}

describe('Caseless', () => {
  it('sends every character whose lower case is not its case fold to the iu pattern', () => {
    const missing = foldApart().filter((c) => !FOLD_APART.test(String.fromCodePoint(c)));
    expect(missing.map((c) => c.toString(16))).toEqual([]);
  });

  const all = patterns();
  it('covers the vocabulary', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  const title = (s: string) => s.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1));
  const crafted = [
    'RELATED STORIES', 'Related Stories:', 'ſhare', 'ſponsored', 'Straße', 'STRASSE', 'Kelvin \u212Aelvin', 'İmage credit: x', 'Image credit: x',
    'ΣΧΌΛΙΑ', 'σχόλια', 'µ-Video', 'Nov. 19, 2019', 'NOV 19, 2019 10:30 PM EST', 'vor 2 Stunden', 'VOR 2 STUNDEN', 'Mehr zum Thema',
    'ЧИТАЙТЕ ТАКЖЕ', 'Читайте также', '\u1c80ideo', 'Über Moritz Bachmann', 'ÜBER DEN AUTOR', '(AP Photo/Jeff Roberson)', '(NASA VIA AP, FILE)',
  ];
  const lines = sampleLines().concat(crafted).flatMap((l) => [l, l.toUpperCase(), l.toLowerCase(), title(l)]);

  const tiny = tinyTexts();
  for (const { where, re, tiny: marked } of all) {
    it(`${where} is marked tiny exactly when some text of at most two Latin-1 characters matches it`, () => {
      const iu = new RegExp(re.source, 'iu');
      // What matching would answer without the shortcut: iu where lower case is not the fold.
      const matching = tiny.filter((t) => (FOLD_APART.test(t) ? iu.test(t) : re.test(t.toLowerCase())));
      expect({ marked, examples: matching.slice(0, 5) }).toEqual({ marked: matching.length > 0, examples: matching.slice(0, 5) });
    });
  }

  for (const { where, re, tiny: marked } of all) {
    it(`${where} is lower case and matches as its iu twin`, () => {
      expect(re.flags).toBe('u');
      const bare = re.source.replace(/\\u\{[0-9a-f]+\}|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|\\[dDsSwWbBpP](?:\{[^}]*\})?|\\./gi, '');
      expect([...bare].filter((c) => c !== c.toLowerCase()).join('')).toBe('');
      expect(re.source).not.toMatch(/\\P|\\p\{(?:Lu|Ll|Lt|LC|Uppercase|Lowercase)/);
      const caseless = new Caseless(re, { tiny: marked });
      const iu = new RegExp(re.source, 'iu');
      for (const line of lines) {
        const a = caseless.exec(line);
        const b = iu.exec(line);
        expect(caseless.test(line), line).toBe(!!b);
        expect(a && [a.index, a[0]], line).toEqual(b && [b.index, b[0]]);
      }
    });
  }
});
