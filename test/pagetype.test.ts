/**
 * Page type as a first-class result: every sidecar names the page's type with the evidence
 * that decided it. Each page here carries one kind of evidence (declared schema.org type,
 * structure, or both), and the type must follow it, for HTML and for text scrapes.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { validateSidecar } from './schema.js';
import { PAGE_TYPE_FEATURES } from '../src/pagetype/features.js';

const PROSE = [
  'The council met on Tuesday evening to discuss the budget for the coming year, and the debate ran well past midnight as members argued over the cost of repairs.',
  'Residents who attended asked why the library hours had been cut again, and the chair promised a written answer before the next meeting of the full council.',
  'A long discussion followed about the bus routes that connect the outer villages to the town, which several members said were used far more than the figures suggest.',
  'In the end the budget passed by a narrow margin, with two members abstaining and one voting against it after asking for the repair costs to be audited first.',
  'The next meeting will take place in the town hall next month, and the agenda will be published a week before it on the council website and in the local paper.',
];
const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

async function typeOf(html: string) {
  const r = await clean(html, { format: 'html', path: 'page.html' });
  validateSidecar(r.sidecar);
  expect(r.sidecar.pageType).not.toBeNull();
  return r.sidecar.pageType!;
}

describe('page type, HTML', () => {
  it('an article: declared NewsArticle, a date and prose', async () => {
    const t = await typeOf(page(`${ld({ '@type': 'NewsArticle', headline: 'Budget', datePublished: '2026-01-05' })}<meta property="article:published_time" content="2026-01-05">`, `<article><h1>Budget</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`));
    expect(t.type).toBe('article');
    expect(t.evidence.map((e) => e.signal)).toContain('published');
  });

  it('a forum thread: repeated posts, each with an author and a date, and no declared type', async () => {
    const posts = PROSE.map((p, i) => `<div class="post"><div class="post-meta"><a class="username" href="/u/user${i}">user${i}</a><time datetime="2026-01-0${i + 1}">Jan ${i + 1}</time></div><p>${p}</p></div>`).join('');
    const t = await typeOf(page('', `<h1>Budget thread</h1><div class="thread">${posts}</div>`));
    expect(t.type).toBe('forum');
    expect(t.evidence.find((e) => e.signal === 'posts')?.detail).toMatch(/5 repeated posts/);
  });

  it('a Q&A page declared as QAPage', async () => {
    const t = await typeOf(page(ld({ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Why?' } }), `<h1>Why?</h1><p>${PROSE[0]}</p>`));
    expect(t.type).toBe('forum');
    expect(t.evidence[0]?.signal).toBe('schema');
  });

  it('a product: declared Product, a price and an add-to-cart button (in German)', async () => {
    const t = await typeOf(page(ld({ '@type': 'Product', name: 'Kaffeemühle', offers: { '@type': 'Offer', price: '49.90' } }), `<h1>Kaffeemühle</h1><p>${PROSE[0]}</p><span class="price">49,90 €</span><form action="/cart/add"><button type="submit">In den Warenkorb</button></form>`));
    expect(t.type).toBe('product');
    expect(t.evidence.map((e) => e.signal)).toEqual(expect.arrayContaining(['schema', 'price-buy']));
  });

  it('a collection: a grid of priced product cards', async () => {
    const cards = Array.from({ length: 12 }, (_, i) => `<li class="card"><a href="/p/${i}"><img src="${i}.jpg" alt="">Running shoe model ${i}</a><span class="price">$${80 + i}.00</span></li>`).join('');
    const t = await typeOf(page('<meta property="og:type" content="product.group">', `<h1>Running shoes</h1><ul class="grid">${cards}</ul>`));
    expect(t.type).toBe('collection');
  });

  it('a listing: a grid of article cards with linked headlines, no prices', async () => {
    const cards = Array.from({ length: 10 }, (_, i) => `<div class="teaser"><h3><a href="/news/${i}">Council story number ${i} about the budget and the buses</a></h3><span>A short summary.</span></div>`).join('');
    const t = await typeOf(page('', `<h1>Latest news</h1><section>${cards}</section>`));
    expect(t.type).toBe('listing');
  });

  it('documentation: code blocks beside a navigation tree', async () => {
    const nav = `<nav class="sidebar"><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/docs/${i}">Section ${i}</a><ul>${Array.from({ length: 4 }, (_, j) => `<li><a href="/docs/${i}/${j}">Page ${j}</a></li>`).join('')}</ul></li>`).join('')}</ul></nav>`;
    const t = await typeOf(page('', `${nav}<main><h1>Quickstart</h1><p>${PROSE[0]}</p><pre><code>npm install thing</code></pre><p>${PROSE[1]}</p><pre><code>thing --init</code></pre></main>`));
    expect(t.type).toBe('documentation');
    expect(t.evidence.map((e) => e.signal)).toContain('code-nav');
  });

  it('a service page: no date, sections of headings and buttons, little prose', async () => {
    const sections = ['Plan', 'Build', 'Launch', 'Grow'].map((h) => `<section><h2>${h}</h2><p>We help you ${h.toLowerCase()} faster.</p><a class="btn" href="/contact">Talk to us</a></section>`).join('');
    const t = await typeOf(page('', `<h1>Consulting for teams</h1>${sections}`));
    expect(t.type).toBe('service');
  });

  it('a URL alone is not enough to overturn an article', async () => {
    const r = await clean(page('', `<article><h1>Budget</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`), { format: 'html', url: 'https://example.org/products/budget' });
    expect(r.sidecar.pageType?.type).toBe('article');
  });

  it('debug writes the evidence as a feature row for bench/train-pagetype.mjs, and leaves the output alone', async () => {
    const html = page(ld({ '@type': 'Product', name: 'Mill', offers: { '@type': 'Offer', price: '49.90' } }), `<h1>Mill</h1><p>${PROSE[0]}</p><span class="price">49,90 €</span><button>Buy now</button>`);
    const plain = await clean(html, { format: 'html', url: 'https://shop.example/products/mill' });
    const r = await clean(html, { format: 'html', url: 'https://shop.example/products/mill', debug: true });
    const row = (r.sidecar.debug as { pageTypeFeatures?: Record<string, number> } | undefined)?.pageTypeFeatures ?? {};
    expect(Object.keys(row)).toEqual([...PAGE_TYPE_FEATURES]);
    const winner = r.sidecar.pageType!;
    expect(winner.type).toBe('product');
    // The winner's row holds the sum of its evidence, which is its score.
    expect(row[`rules:${winner.type}`]).toBeCloseTo(winner.score, 1);
    expect(row['declared:product']).toBe(1);
    expect(row['url:product']).toBe(1);
    expect(row.prices).toBeGreaterThan(0);
    expect(r.ok && plain.ok && r.text === plain.text).toBe(true);
  });
});

describe('content by page type', () => {
  it('a Q&A thread keeps the question and every answer, in order', async () => {
    const meta = (i: number) => `<div class="post-meta"><a class="username" href="/u/user${i}">user${i}</a><time datetime="2026-01-0${i + 1}">Jan ${i + 1}</time></div>`;
    const question = `<div class="question">${meta(0)}<div class="body">${PROSE.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}</div></div>`;
    const third = 'The minutes of the meeting were published late because the clerk who writes them was ill for two weeks and nobody else had been trained to do it.';
    const answers = [PROSE[3]!, PROSE[4]!, third].map((p, i) => `<div class="answer">${meta(i + 1)}<div class="body"><p>${p}</p></div></div>`).join('');
    const r = await clean(page('', `<header><a href="/">Forum</a></header><main><h1>Why was the budget late?</h1>${question}<h2>3 Answers</h2><div id="answers">${answers}</div></main><footer>About us</footer>`), { format: 'html', title: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    validateSidecar(r.sidecar);
    expect(r.sidecar.pageType?.type).toBe('forum');
    const at = [PROSE[0]!, PROSE[3]!, PROSE[4]!, third].map((b) => r.text.indexOf(b));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe('page type, text scrapes', () => {
  it('a thread flattened to text: short dated lines each followed by a post', async () => {
    const text = ['Budget thread', ...PROSE.flatMap((p, i) => [`user${i} Jan ${i + 1}, 2026, 4:5${i}pm`, p, `${i} Likes`])].join('\n');
    const r = await clean(text, { format: 'text' });
    validateSidecar(r.sidecar);
    expect(r.sidecar.pageType?.type).toBe('forum');
  });

  it('an article flattened to text', async () => {
    const r = await clean(['Budget passes', 'January 5, 2026', ...PROSE].join('\n'), { format: 'text' });
    expect(r.sidecar.pageType?.type).toBe('article');
  });
});
