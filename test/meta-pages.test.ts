/**
 * Metadata of whole pages through clean(): which source wins for the title, the authors and
 * the dates, and that the sidecar records it. Small pages, each with one thing to tell apart.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { validateSidecar } from './schema.js';
import { cleanScrape } from './helpers/clean.js';

const PARAS = [
  'The council voted on Tuesday to build a floating solar farm on the disused northern basin of the harbour, after a year of debate.',
  'Residents had objected to the first plan, which covered the whole basin; the new one leaves the western half open for rowing clubs.',
  'Work is due to start in the spring and the farm should supply about a tenth of the city’s households by the end of next year.',
].map((p) => `<p>${p}</p>`).join('');

async function page(head: string, body: string, url = 'https://www.example-ledger.com/news/solar') {
  const r = await clean(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, { format: 'html', url });
  if (!r.ok) throw new Error(r.error.message);
  validateSidecar(r.sidecar);
  return r.sidecar;
}

describe('HTML metadata', () => {
  it('takes the visible headline over an SEO og:title, and cuts the site from <title> only by comparison', async () => {
    const s = await page(
      '<title>Harbour approves solar farm - Example Ledger</title><meta property="og:title" content="Solar farm: what you need to know | Example Ledger"><meta property="og:site_name" content="Example Ledger">',
      `<article><h1>Harbour approves solar farm</h1>${PARAS}</article>`,
    );
    expect(s.title).toBe('Harbour approves solar farm');
    expect(s.metaSources.title).toBe('h1');
    expect(s.siteName).toBe('Example Ledger');
  });

  it('names a page without a visible headline by its og:title', async () => {
    const s = await page('<title>Front page | Example Ledger</title><meta property="og:title" content="Front page">', `<main>${PARAS}</main>`);
    expect(s.title).toBe('Front page');
    expect(s.metaSources.title).toBe('og:title');
  });

  it('reads JSON-LD in a @graph with a list of authors by @id, and dates with their offset', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', headline: 'Harbour approves solar farm', author: [{ '@id': '#a' }, { '@id': '#b' }], datePublished: '2025-03-04T23:30:00-05:00', dateModified: '2025-03-06T10:00:00-05:00' },
        { '@type': 'Person', '@id': '#a', name: 'Maria Okafor' },
        { '@type': 'Person', '@id': '#b', name: 'Tom Reyes' },
      ],
    };
    const s = await page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article><h1>Harbour approves solar farm</h1>${PARAS}</article>`);
    expect(s.byline).toBe('Maria Okafor, Tom Reyes');
    expect(s.authors).toEqual(['Maria Okafor', 'Tom Reyes']);
    // The page's own day, not shifted into the next one in UTC.
    expect(s.published).toBe('2025-03-04T23:30:00-05:00');
    expect(s.modified).toBe('2025-03-06T10:00:00-05:00');
    expect(s.metaSources).toMatchObject({ byline: 'json-ld', published: 'json-ld', modified: 'json-ld' });
  });

  it('prefers a person in the visible byline to the site named as author, in German', async () => {
    const s = await page(
      '<meta name="author" content="Example Ledger"><meta property="og:site_name" content="Example Ledger">',
      `<article><h1>Hafen genehmigt Solarpark</h1><p class="meta">Von Hans Müller</p><p>Veröffentlicht am 3. März 2025</p>${PARAS}</article>`,
      'https://example-ledger.de/a',
    );
    expect(s.byline).toBe('Hans Müller');
    expect(s.metaSources.byline).toBe('byline-text');
    expect(s.published).toBe('2025-03-03');
  });

  it('keeps an organisation as author when the page names no person', async () => {
    const ld = { '@type': 'Article', headline: 'Harbour approves solar farm', author: { '@type': 'Organization', name: 'Ledger Staff' } };
    const s = await page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article><h1>Harbour approves solar farm</h1>${PARAS}</article>`);
    expect(s.byline).toBe('Ledger Staff');
  });

  it('reads microdata authors and <time datetime>, and no commenter as author', async () => {
    const s = await page(
      '',
      `<article><h1>Harbour approves solar farm</h1><div class="byline"><span itemprop="author" itemscope><span itemprop="name">Maria Okafor</span></span> <time datetime="2025-03-04T08:30:00+01:00">4 March</time></div>${PARAS}
       <section class="comments"><p class="comment-author">Helen</p><p>Great news for the harbour.</p></section></article>`,
    );
    expect(s.byline).toBe('Maria Okafor');
    expect(s.metaSources.byline).toBe('microdata');
    expect(s.published).toBe('2025-03-04T08:30:00+01:00');
  });

  it('reads rel=author, and takes an "Updated" line as the modified date', async () => {
    const s = await page(
      '',
      `<article><h1>Harbour approves solar farm</h1><p><a rel="author" href="/people/maria">Maria Okafor</a></p><p>Published 3 March 2025</p><p>Updated 5 March 2025</p>${PARAS}</article>`,
    );
    expect(s.byline).toBe('Maria Okafor');
    expect(s.published).toBe('2025-03-03');
    expect(s.modified).toBe('2025-03-05');
  });

  it('rejects a date in the future or before 1995', async () => {
    const year = new Date().getUTCFullYear() + 3;
    const s = await page(`<meta property="article:published_time" content="${year}-01-01">`, `<article><h1>Harbour approves solar farm</h1><p>Published 1 January 1990</p>${PARAS}</article>`);
    expect(s.published).toBeNull();
    expect(s.metaSources.published).toBeNull();
  });
});

describe('text metadata', () => {
  it('fills title, author and date from the lines around the headline', async () => {
    const r = await cleanScrape(
      [
        'Home',
        'News',
        'Sport',
        '',
        'Harbour approves floating solar farm',
        'By Maria Okafor',
        'Published 4 March 2025',
        '',
        'The council voted on Tuesday to build a floating solar farm on the disused northern basin of the harbour, after a year of debate.',
        'Residents had objected to the first plan, which covered the whole basin; the new one leaves the western half open for rowing clubs.',
        'Work is due to start in the spring and the farm should supply about a tenth of the city’s households by the end of next year.',
        '',
      ].join('\n'),
    );
    validateSidecar(r.sidecar);
    expect(r.sidecar.title).toBe('Harbour approves floating solar farm');
    expect(r.sidecar.byline).toBe('Maria Okafor');
    expect(r.sidecar.published).toBe('2025-03-04');
    expect(r.sidecar.metaSources).toMatchObject({ byline: 'byline-line', published: 'date-line' });
  });

  it('finds the headline among menu lines by the story under it, not the story\'s first sub-heading', async () => {
    const r = await cleanScrape(
      [
        'Home',
        'Guides',
        'Gardening',
        'Contact',
        'Growing tomatoes on a balcony',
        'By Anna Berg',
        '12 March 2025',
        'Share',
        'Table of contents',
        'Choose a pot',
        'Water daily',
        '',
        'Tomatoes grow well on a balcony if they get six hours of sun, a deep pot and water every day in summer, even in a small flat.',
        'Choose a pot',
        'A pot of twenty litres or more keeps the roots cool and moist; smaller pots dry out by noon on a hot day and the fruit splits.',
        'Water daily',
        'Cherry tomatoes are the easiest to grow on a balcony, because they ripen early and stay small enough for a pot and a short stake.',
        '',
        'Subscribe to our newsletter',
        '',
      ].join('\n'),
    );
    // The text path starts the story at the table of contents' first entry; the headline is above it.
    expect(r.sidecar.title).toBe('Growing tomatoes on a balcony');
    expect(r.sidecar.byline).toBe('Anna Berg');
    expect(r.sidecar.published).toBe('2025-03-12');
    expect(r.sidecar.metaSources.title).toBe('headline-line');
  });

  it('reads a bare name line between the headline and its date, in French', async () => {
    const r = await cleanScrape(
      [
        'Le port approuve une ferme solaire flottante',
        'Marie Dupont',
        'publié le 4 mars 2025',
        '',
        'Le conseil municipal a voté mardi la construction d’une ferme solaire flottante sur le bassin nord du port, après un an de débats.',
        'Les riverains s’étaient opposés au premier projet, qui couvrait tout le bassin ; le nouveau laisse la moitié ouest aux clubs d’aviron.',
        '',
      ].join('\n'),
    );
    expect(r.sidecar.byline).toBe('Marie Dupont');
    expect(r.sidecar.published).toBe('2025-03-04');
  });
});
