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

describe('text idempotence: a page with nothing around its story (src/text/clean.ts, src/text/layout.ts)', () => {
  const story = [
    'The engineers reopened the stone bridge over the river on Monday after a long winter of repairs, the council said.',
    'Traffic is expected to return to normal by the end of the week, and the market square will host a small celebration.',
  ];

  it('keeps a clean page whole: headline, byline, a short closing line and a line naming networks', async () => {
    // Each of these lines would go in a scrape: the byline makes the headline a menu entry above
    // the nearest headline-like line, the last lines read as a section after the story.
    const page = ['Bridge reopens after winter repairs', 'Anna Berg, Town Paper', ...story, 'Follow us on Facebook and Twitter', 'Reporting by Anna Berg'].join('\n\n') + '\n';
    const r = await clean(page, { format: 'text' });
    expect(r.ok && r.text).toBe(page);
    expect(r.ok && r.sidecar.title).toBe('Bridge reopens after winter repairs');
    expect(r.ok && r.sidecar.removed).toEqual([]);
  });

  it('still cleans the same story when runs of lines stand around it, as a flattened page prints its menus and footer', async () => {
    const page = ['Home\nNews\nSport', 'Bridge reopens after winter repairs\nAnna Berg, Town Paper', ...story, 'Follow us on Facebook and Twitter\nAbout us\nPrivacy policy'].join('\n\n') + '\n';
    const r = await clean(page, { format: 'text' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toContain(story[1]);
    for (const chrome of ['Home', 'Sport', 'Follow us on Facebook', 'Privacy policy']) expect(r.text).not.toContain(chrome);
  });

  it('reads a run glued into a clean page for furniture: a caption over its credit goes, the lines standing alone stay', async () => {
    const caption = 'The mayor cuts the ribbon on the bridge on Monday morning, watched by engineers.';
    const page = ['Bridge reopens after winter repairs', story[0], `${caption}\nJane Porter | Reuters`, story[1], 'Share'].join('\n\n') + '\n';
    const r = await clean(page, { format: 'text' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).not.toContain(caption);
    expect(r.text).toBe(['Bridge reopens after winter repairs', story[0], story[1], 'Share'].join('\n\n') + '\n');
    const [first, second] = await twice(page);
    expect(second).toBe(first);
  });

  it('writes a list standing after an HTML story with its items set apart, so it reads back unchanged', async () => {
    const html = `<html><head><title>Bridge reopens after winter repairs</title></head><body><article>
      <h1>Bridge reopens after winter repairs</h1><p>${story[0]}</p><p>${story[1]}</p>
      <h2>More stories</h2><ul><li>Council votes on the new budget</li><li>Snow expected in the hills tonight</li></ul>
      </article></body></html>`;
    const [first, second] = await twice(html, 'auto');
    expect(first).toContain('More stories\n\nCouncil votes on the new budget\n\nSnow expected in the hills tonight\n');
    expect(second).toBe(first);
  });

  it('keeps a list inside an HTML story compact', async () => {
    const html = `<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>
      <p>${story[0]}</p><ul><li>New lights on both banks</li><li>A wider footpath</li></ul><p>${story[1]}</p></article></body></html>`;
    const [first, second] = await twice(html, 'auto');
    expect(first).toContain('New lights on both banks\nA wider footpath');
    expect(second).toBe(first);
  });
});
