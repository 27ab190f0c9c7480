/**
 * Cleaning pith's own text output again changes nothing (the hostile-input issue). The
 * reviewed outputs under samples/ are pages pith wrote, so each must read back unchanged;
 * the inline cases are counterexamples fast-check found (test/property.test.ts), each a
 * mechanism that used to move the page on a second pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'samples');
const samples = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'expected.txt')))
  .map((d) => d.name);

async function twice(input: string, format: 'auto' | 'text' = 'text'): Promise<[string, string]> {
  const first = await clean(input, { format });
  if (!first.ok) throw new Error(`first pass failed: ${first.error.message}`);
  const second = await clean(first.text, { format: 'text' });
  if (!second.ok) throw new Error(`second pass failed: ${second.error.message}`);
  return [first.text, second.text];
}

describe('text idempotence: reviewed outputs read back unchanged', () => {
  it('has samples to check', () => expect(samples.length).toBeGreaterThan(5));
  for (const name of samples) {
    it(name, async () => {
      const expected = readFileSync(join(root, name, 'expected.txt'), 'utf8');
      const again = await clean(expected, { format: 'text' });
      expect(again.ok).toBe(true);
      if (again.ok) expect(again.text).toBe(expected);
    });
  }
});

describe('text idempotence: counterexamples found by fast-check', () => {
  it('a story whose short line only belonged to the run while a later line did keeps its reading', async () => {
    // Kadane's run reached the short second line only thanks to a last line trimEnd then cut.
    const page = [
      'river river river river river river river river river river.',
      'river river river river river river river river.',
      'river river river river river river river river river river river.',
      'river river river river river river river جسر.',
    ].join('\n');
    const [first, second] = await twice(page);
    expect(second).toBe(first);
  });

  it('short lines after the story settle in one reading', async () => {
    const page = 'river river river river river river river river river river.\nriver.\nriver river river river river river river river river مدينة.\nriver.\nriver.\n';
    const [first, second] = await twice(page);
    expect(second).toBe(first);
  });

  it('a headline that ends in a stop, on the first line right above the story, stays the headline', async () => {
    const page = 'river.\n\nThe engineers reopened the stone bridge over the river after a winter of repairs.\n';
    const [first, second] = await twice(page);
    expect(first).toBe(page);
    expect(second).toBe(page);
  });

  it('a page of short lines only, with no paragraph to anchor a story, is kept whole and in order', async () => {
    const page = 'river.\n\nüber 2024 and\n\nriver river.\n';
    const [first, second] = await twice(page);
    expect(first).toBe(page);
    expect(second).toBe(page);
  });

  it('an HTML <title> repeated by the only paragraph is printed once, and reads back unchanged', async () => {
    // Longer than any block the HTML classifier would take for the headline itself.
    const sentence = 'The council reopened the stone bridge over the river after engineers finished the winter repairs. '.repeat(5).trim();
    const [first, second] = await twice(`<html><head><title>${sentence}</title></head><body><p>${sentence}</p></body></html>`, 'auto');
    expect(first).toBe(`${sentence}\n`);
    expect(second).toBe(first);
  });

  it('HTML whose headline is a bare word with a stop keeps it on a second pass', async () => {
    const [first, second] = await twice('<html><head><title>river.</title></head><body><div>river river.</div></body></html>', 'auto');
    expect(first).toBe('river.\n\nriver river.\n');
    expect(second).toBe(first);
  });

  it('a headline after kept lines is not moved to the top', async () => {
    // No paragraph: every line is kept, the headline where it stood.
    const page = 'river.\n\nthe stone bridge reopened\n\nriver river.\n';
    const first = await clean(page, { format: 'text' });
    expect(first.ok && first.text).toBe(page);
  });
});
