/**
 * Guards against over-pruning: the HTML rules remove boilerplate by names and shapes, and
 * none of them may eat the story. Each page here is story only (plus, where said, some
 * boilerplate), and the story must come out whole.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { validateSidecar } from './schema.js';
import { readabilityMissed, storyContainer } from '../src/html/fallback.js';
import { hasToken, splitTokens } from '../src/html/tokens.js';

const page = (body: string, title = 'A test story') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

async function text(html: string): Promise<string> {
  const r = await clean(html, { format: 'html', title: false });
  if (!r.ok) throw new Error(r.error.message);
  validateSidecar(r.sidecar);
  return r.text;
}

const P1 = 'The readers who left comments under last week\'s story asked why the council had not published the figures, and the council has now answered them in a letter.';
const P2 = 'A related question, about the cost of the new video advertisement the council commissioned for the tourist office, was answered at the same meeting on Tuesday evening.';
const P3 = 'The advertisement will run on regional television from May; the council says the video cost less than the printed brochures it replaces.';

describe('HTML rules keep the story', () => {
  it('keeps prose that mentions comments, related, video and advertisement', async () => {
    const out = await text(page(`<h1>A test story</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p>`));
    for (const p of [P1, P2, P3]) expect(out).toContain(p);
  });

  it('keeps a story whose own containers carry look-alike tokens (shared, header, comment count)', async () => {
    const out = await text(
      page(`<div class="page-head"><div class="article-shared-layout commentsEnabled">
        <header class="article-header"><h1>A test story</h1><span class="comment-count">3</span></header>
        <div class="story-body-text"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div></div></div>`),
    );
    for (const p of [P1, P2, P3]) expect(out).toContain(p);
    expect(out).not.toMatch(/^3$/m);
  });

  it('keeps quotes, lists, tables and code inside the story', async () => {
    const out = await text(
      page(`<article><h1>A test story</h1><p>${P1}</p>
        <blockquote>“We will publish every figure, line by line, before the next budget meeting,” the treasurer wrote.</blockquote>
        <p>The letter lists three changes:</p>
        <ul><li>Quarterly reports on the website.</li><li>An open meeting each spring.</li><li>A named officer for questions.</li></ul>
        <table><tr><th>Year</th><th>Spend</th></tr><tr><td>2023</td><td>1.2m</td></tr><tr><td>2024</td><td>1.5m</td></tr></table>
        <p>The figures are also published as a data file that anyone can load:</p>
        <pre><code>import csv
rows = list(csv.reader(open("spend.csv")))</code></pre>
        <p>${P3}</p></article>`),
    );
    expect(out).toContain('“We will publish every figure, line by line');
    expect(out).toContain('Quarterly reports on the website.\nAn open meeting each spring.\nA named officer for questions.');
    expect(out).toContain('Year | Spend\n2023 | 1.2m\n2024 | 1.5m');
    expect(out).toContain('rows = list(csv.reader(open("spend.csv")))');
    expect(out).toContain(P3);
  });

  it('finds a two-paragraph story followed by long related articles', async () => {
    const long = (n: number) =>
      `<div class="teaser"><h2><a href="/story/${n}">Another story about a different council decision, number ${n}</a></h2><p>${'This is a long summary of a different story that the site wants readers to click on next. '.repeat(4)}</p></div>`;
    const html = page(`<div class="main"><h1>A test story</h1><p>${P1}</p><p>${P2}</p></div>
      <div class="related-articles"><h2>Related articles</h2>${[1, 2, 3, 4, 5].map(long).join('')}</div>`);
    const r = await clean(html, { format: 'html', title: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toContain(P1);
    expect(r.text).toContain(P2);
    expect(r.text).not.toContain('long summary of a different story');
    expect(r.sidecar.related.map((x) => x.url)).toContain('/story/3');
    expect(r.sidecar.removed.some((x) => x.kind === 'related' && x.position.index === -1 && x.position.path)).toBe(true);
  });

  it('never comes out empty when the page has a story, even with CSS that jsdom cannot parse', async () => {
    const html = page(`<style>.a{min-height:calc(($x - $y - 16px) / 16 * 9)}</style><h1>A test story</h1><p>${P1}</p>`);
    for (const dom of ['linkedom', 'jsdom'] as const) {
      const r = await clean(html, { format: 'html', title: false, dom });
      expect(r.ok, dom).toBe(true);
      expect(r.ok && r.text).toContain(P1);
    }
  });

  it('falls back to the page\'s densest prose when the locator keeps nothing or a teaser', async () => {
    const { JSDOM } = await import('jsdom');
    const { document } = new JSDOM(`<body><nav><a href="/">Home</a></nav><div id="story"><p>${P1}</p><p>${P2}</p></div><div id="teaser"><p>Short teaser.</p></div></body>`).window;
    const found = storyContainer(document.body);
    expect(found?.el.id).toBe('story');
    expect(found!.prose).toBeGreaterThan(P1.length);
    expect(readabilityMissed(null, found)).toBe(true);
    expect(readabilityMissed(document.getElementById('teaser'), found)).toBe(true);
    expect(readabilityMissed(document.getElementById('story'), found)).toBe(false);
  });
});

describe('class/id tokens', () => {
  it('split camelCase, kebab and snake case into whole tokens', () => {
    expect(splitTokens('relatedPosts related-posts related_posts')).toEqual(['related', 'posts', 'related', 'posts', 'related', 'posts']);
    expect(splitTokens('XMLHttpAdSlot')).toEqual(['xml', 'http', 'ad', 'slot']);
  });

  it('match whole tokens only, and not as modifiers', () => {
    const t = (s: string) => splitTokens(s);
    expect(hasToken(t('page-head'), ['header'])).toBe(false);
    expect(hasToken(t('site-header'), ['header'])).toBe(true);
    expect(hasToken(t('shared-layout'), ['share'])).toBe(false);
    expect(hasToken(t('share-bar'), ['share'])).toBe(true);
    expect(hasToken(t('shadow add-to-cart'), ['ad'])).toBe(false);
    expect(hasToken(t('has-comments'), ['comments'])).toBe(false);
    expect(hasToken(t('most-read-list'), ['most', 'read'])).toBe(true);
  });
});
