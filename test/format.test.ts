/** Output formats: markdown and HTML from the same kept blocks as the text (src/render/). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean, stripMarkdown } from '../src/index.js';
import { run } from '../src/cli/run.js';
import { safeUrl } from '../src/render/inline.js';
import { fakeIO } from './helpers/io.js';

const para = (s: string) => `<p>${s}</p>`;
const STORY = [
  'The harbour reopened on Tuesday after a week of repairs to the breakwater, the port authority said in a statement to fishermen.',
  'Fishing boats returned to their moorings by mid-morning, and the ferry resumed its usual timetable across the bay to the island.',
  'Engineers replaced two hundred metres of the sea wall and raised it by half a metre, which should keep out the winter storms.',
];
const PAGE = `<!doctype html><html><head><title>Harbour reopens after storm</title></head><body><article>
<h1>Harbour reopens after storm</h1>
${para(`${STORY[0]} Read the <a href="/report.pdf" onclick="steal()">full report</a> or <a href="javascript:alert(1)">this</a>.`)}
${para(`<strong>${STORY[1]}</strong> <img src="https://example.com/boat.jpg" alt="A boat" onerror="x()"> <img src="data:image/png;base64,AAAA" alt="bad">`)}
<h2>What changed</h2>
<ul><li>The sea wall is higher by half a metre than before the storm came.</li><li>The ferry runs every hour again, from six in the morning.</li></ul>
<blockquote>We worked through the nights to have the harbour open before the weekend markets.</blockquote>
${para(`${STORY[2]} Use <code>a_b*c</code> for <em>nothing</em>.`)}
<table><tr><td>Wall</td><td>200 m</td></tr><tr><td>Cost</td><td>1.2 million</td></tr></table>
</article></body></html>`;

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('output formats', () => {
  it('markdown keeps headings, links, images, emphasis, lists, quotes, code and tables, with the text\'s words', async () => {
    const r = await clean(PAGE, { output: 'markdown', url: 'https://news.example.org/a/story' });
    if (!r.ok) throw new Error(r.error.message);
    const md = r.markdown!;
    expect(md).toMatch(/^# Harbour reopens after storm\n/);
    expect(md).toContain('## What changed');
    expect(md).toContain('[full report](https://news.example.org/report.pdf)');
    expect(md).toContain('![A boat](https://example.com/boat.jpg)');
    expect(md).toContain('**Fishing boats');
    expect(md).toContain('- The sea wall is higher');
    expect(md).toContain('> We worked through the nights');
    expect(md).toContain('`a_b*c`');
    expect(md).toContain('*nothing*');
    expect(md).toContain('| Wall | 200 m |\n| --- | --- |\n| Cost | 1.2 million |');
    expect(md).not.toMatch(/javascript:|data:|onclick|onerror/);
    expect(words(stripMarkdown(md))).toEqual(words(r.text));
  });

  it('HTML output is safe: no script, no event attribute, only http(s) links', async () => {
    const r = await clean(PAGE, { output: 'html' });
    if (!r.ok) throw new Error(r.error.message);
    const html = r.html!;
    expect(html).toMatch(/^<article>\n<h1>Harbour reopens after storm<\/h1>/);
    expect(html).toContain('<a href="/report.pdf">full report</a>');
    expect(html).toContain('<img src="https://example.com/boat.jpg" alt="A boat">');
    expect(html).toContain('<ul>\n<li>The sea wall');
    expect(html).toContain('<tr><td>Wall</td><td>200 m</td></tr>');
    expect(html).not.toMatch(/javascript:|data:|\son\w+=|<script/i);
    expect(r.markdown).toBeUndefined();
  });

  it('the text output does not depend on the output asked for', async () => {
    const [a, b, c] = await Promise.all((['text', 'markdown', 'html'] as const).map((output) => clean(PAGE, { output })));
    expect(a!.ok && b!.ok && c!.ok).toBe(true);
    if (a!.ok && b!.ok && c!.ok) expect([b!.text, c!.text]).toEqual([a!.text, a!.text]);
    expect(a!.ok && 'markdown' in a!).toBe(false);
  });

  it('every sample\'s markdown, stripped of markup, has the words of its text', async () => {
    const root = join(import.meta.dirname, '..', 'samples');
    for (const name of readdirSync(root)) {
      const file = readdirSync(join(root, name)).find((f) => f.startsWith('input.'))!;
      const r = await clean(readFileSync(join(root, name, file)), { path: file, output: 'markdown' });
      if (!r.ok) throw new Error(r.error.message);
      expect(words(stripMarkdown(r.markdown!)), name).toEqual(words(r.text));
    }
  });

  it('escapes markup-like text so it reads back as the same words', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-z*_`[\]<>#|\\-]{1,12}$/), { minLength: 40, maxLength: 60 }), async (tokens) => {
        const body = tokens.join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const r = await clean(`<html><body><article><p>${body}</p></article></body></html>`, { output: 'markdown', title: false });
        if (!r.ok) return;
        expect(stripMarkdown(r.markdown!).replace(/\s+/g, ' ').trim()).toBe(r.text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 30 },
    );
  });

  it('safeUrl lets through http(s) and relative targets only', () => {
    expect(safeUrl('https://a.example/x', null)).toBe('https://a.example/x');
    expect(safeUrl('/x', 'https://a.example/b/c')).toBe('https://a.example/x');
    expect(safeUrl(' java\nscript:alert(1)', null)).toBeNull();
    expect(safeUrl('data:text/html,x', 'https://a.example/')).toBeNull();
    expect(safeUrl('mailto:a@b.c', null)).toBeNull();
  });

  it('pith --format markdown|html prints that form; --json stays --format json; -o refuses markdown', async () => {
    const md = fakeIO(PAGE);
    expect(await run(['--format', 'markdown'], md)).toBe(0);
    expect(md.out()).toMatch(/^# Harbour reopens after storm\n\n/);
    const html = fakeIO(PAGE);
    expect(await run(['--format', 'html'], html)).toBe(0);
    expect(html.out()).toMatch(/^<article>/);
    const [a, b] = [fakeIO(PAGE), fakeIO(PAGE)];
    expect(await run(['--json'], a)).toBe(0);
    expect(await run(['--format', 'json'], b)).toBe(0);
    expect(JSON.parse(a.out()).text).toBe(JSON.parse(b.out()).text);
    const bad = fakeIO(PAGE);
    expect(await run(['--format', 'markdown', '-o', '/tmp/pith-format-never'], bad)).toBe(2);
  });
});
