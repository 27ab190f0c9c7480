/**
 * Metadata signals of issue 17, on small hand-made inputs: the URL slug's words choose a text
 * scrape's headline, a home page is named by its <title> less the site's name after it, and
 * an author list keeps only the names shaped like people's.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import type { Block } from '../src/types.js';
import { findHeadline } from '../src/meta/headline.js';
import { slugMatch, slugWords } from '../src/meta/slug.js';
import { isHomePage, stripTrailingSite } from '../src/meta/title.js';
import { personShaped } from '../src/meta/people.js';
import { validateSidecar } from './schema.js';

const PROSE = [
  'The council voted on Tuesday to build a floating solar farm on the disused northern basin of the harbour, after a year of debate.',
  'Residents had objected to the first plan, which covered the whole basin; the new one leaves the western half open for rowing clubs.',
  'Work is due to start in the spring and the farm should supply about a tenth of the households by the end of next year.',
];

const blocks = (lines: string[]): Block[] => lines.map((text, index) => ({ text, type: 'paragraph', position: { index } }));

describe('URL slug words', () => {
  it('reads the words of the last wordy segment, ids and extensions left out, accents folded', () => {
    expect(slugWords('https://example.com/2025/03/harbour-solar-farm-approved/')).toEqual(['harbour', 'solar', 'farm', 'approved']);
    expect(slugWords('https://example.com/weight-loss/diets/a63515464/diet-trends-2025/')).toEqual(['diet', 'trends', '2025']);
    expect(slugWords('https://example.fr/actualites/energie-solaire-approuvee.html')).toEqual(['energie', 'solaire', 'approuvee']);
    expect(slugWords('https://example.com/')).toEqual([]);
    expect(slugWords(null)).toEqual([]);
  });
  it('matches a line holding the slug words (in any language), not a menu entry holding one', () => {
    const slug = slugWords('https://example.fr/actualites/energie-solaire-approuvee');
    expect(slugMatch('Énergie solaire : le projet est approuvé', slug)).toBe(1);
    expect(slugMatch('Énergie', slug)).toBe(0);
    // A one-word slug matches only the line that is that word.
    expect(slugMatch('Pods', slugWords('https://example.io/docs/concepts/pods/'))).toBe(1);
    expect(slugMatch('Storage in pods', slugWords('https://example.io/docs/concepts/pods/'))).toBe(0);
  });
  it('chooses the title line the slug names among headline-shaped lines', () => {
    // The first line repeats the story's words; the slug names the second.
    const b = blocks(['Floating solar farm for the northern basin', 'Yes at last, says the mayor', ...PROSE]);
    const none = () => false;
    expect(findHeadline(b, none)).toBe(0);
    expect(findHeadline(b, none, slugWords('https://example.com/news/yes-at-last-says-mayor'))).toBe(1);
  });
  it('fills the title of a text scrape from the slug-matched line', async () => {
    const text = ['Home', 'News', 'Sport', '', 'Floating solar farm for the northern basin', '', 'Yes at last, says the mayor', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const r = await clean(text, { path: 'page.txt', url: 'https://example.com/news/yes-at-last-says-mayor' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.sidecar.title).toBe('Yes at last, says the mayor');
  });
});

async function page(head: string, body: string, url: string) {
  const r = await clean(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, { format: 'html', url });
  if (!r.ok) throw new Error(r.error.message);
  validateSidecar(r.sidecar);
  return r.sidecar;
}
const P = PROSE.map((p) => `<p>${p}</p>`).join('');

describe('home pages', () => {
  it('tells a home page by its URL', () => {
    expect(isHomePage('https://www.example-ledger.com/')).toBe(true);
    expect(isHomePage('https://www.example-ledger.com/en/')).toBe(true);
    expect(isHomePage('https://www.example-ledger.com/index.html')).toBe(true);
    expect(isHomePage('https://www.example-ledger.com/news/solar')).toBe(false);
  });
  it("cuts the site's name after the title only", () => {
    const sites = ['Example Ledger', 'example-ledger.com', 'example-ledger'];
    expect(stripTrailingSite('Harbour news every morning | Example Ledger', sites)).toBe('Harbour news every morning');
    expect(stripTrailingSite('Welcome to Example Ledger [example-ledger.com]', sites)).toBe('Welcome to Example Ledger');
    expect(stripTrailingSite('Example Ledger | Harbour news every morning', sites)).toBe('Example Ledger | Harbour news every morning');
  });
  it('names a home page by its <title> less the site suffix, not by a slogan heading', async () => {
    const head = '<title>Harbour news every morning, tide tables | Example Ledger</title><meta property="og:site_name" content="Example Ledger">';
    const body = `<main><h1>Stay ahead of the tide.</h1>${P}</main>`;
    expect((await page(head, body, 'https://www.example-ledger.com/')).title).toBe('Harbour news every morning, tide tables');
    // The same page at a story's address keeps its visible headline (it shares a word with the
    // <title>; one that shares none is a widget's heading, test/meta-parts.test.ts).
    expect((await page(head, body, 'https://www.example-ledger.com/news/tide')).title).toBe('Stay ahead of the tide.');
  });
});

describe('author lists', () => {
  it('tells names shaped like people from phrases and section lists', () => {
    expect(personShaped('Jane Doe')).toBe(true);
    expect(personShaped('Ludwig van Beethoven')).toBe(true);
    expect(personShaped('Holly Wilgus, E-RYT 200')).toBe(true);
    expect(personShaped('beauhd')).toBe(true);
    expect(personShaped('Gardening tips for small spaces')).toBe(false);
    expect(personShaped('Local news, weather and sports')).toBe(false);
  });
  it('drops the names of an author list that are no people', async () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour approves solar farm', author: [{ '@type': 'Person', name: 'Jane Doe' }, { name: 'Gardening tips for small spaces' }] };
    const s = await page(`<title>Harbour approves solar farm</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article><h1>Harbour approves solar farm</h1>${P}</article>`, 'https://www.example-ledger.com/news/solar');
    expect(s.byline).toBe('Jane Doe');
  });
  it('does not take the author with a role after the name for a list of authors', async () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour approves solar farm', author: { '@type': 'Person', name: 'Claire Wilson' } };
    const s = await page(
      `<title>Harbour approves solar farm</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<article><h1>Harbour approves solar farm</h1><p>By Claire Wilson, Co-Founder &amp; COO</p>${P}</article>`,
      'https://www.example-ledger.com/news/solar',
    );
    expect(s.byline).toBe('Claire Wilson');
  });
});
