/**
 * Issue 16: every HTML block's `position.path`, kept or removed, resolves in the SOURCE page:
 * `document.querySelector(path)` on the input as jsdom parses it finds an element whose text
 * holds the block's text — also for the blocks Readability's copy of the story gave.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';

const SAMPLES = join(import.meta.dirname, '..', 'samples');
const squash = (s: string) => s.replace(/[\s|]+/g, '');

const para = (n: number) =>
  `Paragraph ${n} of the story: the council met again on Tuesday, and residents said the bypass plan would ease traffic in the old town.`;
const GENERATED: Record<string, string> = {
  // Readability's own wrapper, a pruned sibling before the story and divs it turns into paragraphs.
  'nested story': `<!doctype html><html><head><title>Bypass plan</title></head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<div class="share"><a href="https://twitter.com/share">Share</a></div>
<main><div><div class="story"><h1>Bypass plan approved</h1>
${[1, 2, 3, 4, 5].map((n) => `<p>${para(n)}</p>`).join('\n')}
<div>${para(6)}</div>
<blockquote>${para(7)}</blockquote>
<ul><li>${para(8)}</li><li>${para(9)}</li></ul>
</div><aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story about the harbour</a></li><li><a href="/b">A third story about the market</a></li></ul></aside></div></main>
<footer><p>Copyright 2025 The Ledger. All rights reserved.</p></footer></body></html>`,
  'ids and repeated tags': `<!doctype html><html><body><div id="page"><section><p>Short intro.</p></section><section><article id="main:story">
<h1>Council budget</h1>${[1, 2, 3, 4, 5, 6].map((n) => `<p>${para(n)}</p>`).join('')}</article></section></div></body></html>`,
};

function pages(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const name of readdirSync(SAMPLES)) {
    const file = readdirSync(join(SAMPLES, name)).find((f) => f.startsWith('input.htm'));
    if (file) out.push([name, readFileSync(join(SAMPLES, name, file), 'latin1')]);
  }
  return [...out, ...Object.entries(GENERATED)];
}

describe('positions resolve in the source page', () => {
  for (const [name, html] of pages()) {
    it(name, async () => {
      const result = await clean(html, { path: 'page.html' });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // Style sheets never hold a block, and jsdom's CSS parser throws on one sample's Sass.
      const source = new JSDOM(html.replace(/<style[\s\S]*?<\/style>/gi, '')).window.document;
      const blocks = [...result.sidecar.kept, ...result.sidecar.removed].filter((b) => b.position.path);
      expect(blocks.length).toBeGreaterThan(0);
      const lost = blocks.filter((b) => {
        const el = source.querySelector(b.position.path!);
        return !el || !squash(el.textContent ?? '').includes(squash(b.text).slice(0, 200));
      });
      expect(lost.map((b) => `${b.position.path}: ${b.text.slice(0, 60)}`)).toEqual([]);
      expect(blocks.every((b) => !b.position.path!.includes('readability-page'))).toBe(true);
    });
  }
});
