/**
 * The metadata extractors one by one (src/meta/): dates in stamps and visible text in several
 * languages, author names and organisations, JSON-LD in its shapes, and titles with the
 * site's name around them.
 */
import { describe, expect, it } from 'vitest';
import { isoStamp, textDate } from '../src/meta/dates.js';
import { cleanAuthor, isOrganisation, joinAuthors } from '../src/meta/people.js';
import { readJsonLd } from '../src/meta/jsonld.js';
import { chooseTitle, stripSite } from '../src/meta/title.js';
import { bylineIn, datesIn } from '../src/meta/decide.js';

describe('dates', () => {
  it('keeps the day and offset a stamp states, never shifting it to UTC', () => {
    expect(isoStamp('2025-03-12T23:30:00-05:00')).toBe('2025-03-12T23:30:00-05:00');
    expect(isoStamp('2025-03-12')).toBe('2025-03-12');
    expect(isoStamp('2025-03-12T09:30:00+0100')).toBe('2025-03-12T09:30:00+01:00');
    expect(isoStamp('2025-03-12 09:30')).toBe('2025-03-12T09:30:00');
  });
  it('reads RFC 2822 and text forms, and rejects what is no date', () => {
    expect(isoStamp('Wed, 12 Mar 2025 10:00:00 GMT')?.slice(0, 10)).toBe('2025-03-12');
    expect(isoStamp('August 11, 2019')).toBe('2019-08-11');
    expect(isoStamp('not a date')).toBeNull();
    expect(isoStamp('1733000000')).toBeNull();
  });
  it('rejects a date before 1995, one after tomorrow, and days that do not exist', () => {
    expect(isoStamp('1994-12-31')).toBeNull();
    expect(isoStamp(`${new Date().getUTCFullYear() + 2}-01-01`)).toBeNull();
    expect(isoStamp('2025-02-30')).toBeNull();
    expect(textDate('Published 3 March 1990')).toBeNull();
  });
  it('reads visible dates in several languages and orders', () => {
    expect(textDate('Published 3 March 2025')).toBe('2025-03-03');
    expect(textDate('March 3rd, 2025 at 9:00')).toBe('2025-03-03');
    expect(textDate('Mar. 3, 2025')).toBe('2025-03-03');
    expect(textDate('Veröffentlicht am 3. März 2025')).toBe('2025-03-03');
    expect(textDate('publié le 3 mars 2025')).toBe('2025-03-03');
    expect(textDate('3 de marzo de 2025')).toBe('2025-03-03');
    expect(textDate('3 marzo 2025')).toBe('2025-03-03');
    expect(textDate('3 marca 2025')).toBe('2025-03-03');
    expect(textDate('3 марта 2025')).toBe('2025-03-03');
    expect(textDate('2025年3月3日')).toBe('2025-03-03');
    expect(textDate('2025/03/03')).toBe('2025-03-03');
  });
  it('reads 12.03.2025 day-first everywhere, slashes month-first only on American pages', () => {
    expect(textDate('12.03.2025')).toBe('2025-03-12');
    expect(textDate('03/12/2025', 'en-US')).toBe('2025-03-12');
    expect(textDate('03/12/2025', 'en-GB')).toBe('2025-12-03');
    expect(textDate('25/12/2024', 'en-US')).toBe('2024-12-25');
  });
  it('does not take a word that only starts like a month for one', () => {
    expect(textDate('Market 3, 2025')).toBeNull();
  });
  it('tells a published date line from an update line', () => {
    expect(datesIn(['Published Apr 26, 2023', 'Updated Aug 21, 2025'], null)).toEqual({ published: '2023-04-26', modified: '2025-08-21' });
    expect(datesIn(['Zuletzt aktualisiert am 2. Mai 2024'], 'de')).toEqual({ published: null, modified: '2024-05-02' });
  });
});

describe('authors', () => {
  it('cuts the lead word, the date and an update note off a byline, in several languages', () => {
    expect(cleanAuthor('By Jane Doe')).toBe('Jane Doe');
    expect(cleanAuthor('Written by: Jane Doe')).toBe('Jane Doe');
    expect(cleanAuthor('Von Hans Müller')).toBe('Hans Müller');
    expect(cleanAuthor('Par Marie Curie | 3 mars 2025')).toBe('Marie Curie');
    expect(cleanAuthor('Por Ana García')).toBe('Ana García');
    expect(cleanAuthor('By Jane Doe on March 3, 2025')).toBe('Jane Doe');
    expect(cleanAuthor('Cazzy Magennis Last Updated: August 1, 2025')).toBe('Cazzy Magennis');
  });
  it('keeps titles and roles after a comma, and rejects what is no name', () => {
    expect(cleanAuthor('Tracy Parker, Dietitian')).toBe('Tracy Parker, Dietitian');
    expect(cleanAuthor('August 28, 2025 • 5 min read')).toBeNull();
    expect(cleanAuthor('https://example.com/jane')).toBeNull();
    expect(cleanAuthor('This is a whole sentence about the author and what she likes to write about on weekends')).toBeNull();
  });
  it('tells organisations, desks and the site itself from people', () => {
    expect(isOrganisation('Podium Staff')).toBe(true);
    expect(isOrganisation('Editorial Team')).toBe(true);
    expect(isOrganisation('Redaktion')).toBe(true);
    expect(isOrganisation('Acme Inc.')).toBe(true);
    expect(isOrganisation('Example News', ['example.com', 'example'])).toBe(true);
    expect(isOrganisation('Jane Doe', ['Example News'])).toBe(false);
  });
  it('joins several authors in order, once each', () => {
    expect(joinAuthors(['Ann Lee', 'Bo Chan', 'ann lee'])).toBe('Ann Lee, Bo Chan');
    expect(joinAuthors([])).toBeNull();
  });
  it('finds a byline under the headline, also with its lead word alone on the line above', () => {
    expect(bylineIn(['Subtitle here', 'By Jane Doe', 'March 3, 2025'])).toBe('Jane Doe');
    expect(bylineIn(['Written By:', 'Cazzy Magennis', 'Last Updated:'])).toBe('Cazzy Magennis');
    expect(bylineIn(['Reviewed by Dr. Who'])).toBeNull();
  });
});

describe('JSON-LD', () => {
  it('reads an article in a @graph whose author is an @id reference', () => {
    const ld = readJsonLd([
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': '#site', name: 'Example News' },
          { '@type': 'Article', headline: 'A headline', author: { '@id': '#p1' }, datePublished: '2025-03-12T08:00:00+01:00', dateModified: '2025-03-13', publisher: { '@id': '#org' } },
          { '@type': 'Person', '@id': '#p1', name: 'Jane Doe' },
          { '@type': 'Organization', '@id': '#org', name: 'Example Media' },
        ],
      },
    ]);
    expect(ld).toEqual({ headline: 'A headline', authors: ['Jane Doe'], published: '2025-03-12T08:00:00+01:00', modified: '2025-03-13', siteName: 'Example News', publisher: 'Example Media' });
  });
  it('reads authors as a list of strings and objects, and prefers people to organisations', () => {
    const ld = readJsonLd([[{ '@type': 'NewsArticle', author: [{ '@type': 'Organization', name: 'Wire' }, { '@type': 'Person', name: 'Ann Lee' }, 'Bo Chan'] }]]);
    expect(ld.authors).toEqual(['Ann Lee', 'Bo Chan']);
    expect(readJsonLd([{ '@type': 'BlogPosting', author: { '@type': 'Organization', name: 'Wire' } }]).authors).toEqual(['Wire']);
  });
  it("reads a question page's question, and decodes entities left escaped", () => {
    const ld = readJsonLd([{ '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'How?', author: { '@type': 'Person', name: 'Maria &amp; Katerina' }, dateCreated: '2011-02-11T10:00:00Z' } }]);
    expect(ld.authors).toEqual(['Maria & Katerina']);
    expect(ld.published).toBe('2011-02-11T10:00:00Z');
  });
});

describe('titles', () => {
  const sites = ['Example News', 'example.com', 'example'];
  it("cuts the site's name at either end, compared with the site name and the host", () => {
    expect(stripSite('A headline - Example News', sites)).toBe('A headline');
    expect(stripSite('Example | A headline', sites)).toBe('A headline');
    // Only the site is cut: a section name between is not known to be one.
    expect(stripSite('A headline · Section · example.com', sites)).toBe('A headline · Section');
  });
  it('keeps a part after a separator that is not the site', () => {
    expect(stripSite('Tutorial: Sweep, Loft, and Extrude - Headphones', sites)).toBe('Tutorial: Sweep, Loft, and Extrude - Headphones');
    expect(stripSite('Airtable: Build AI apps', ['Airtable'])).toBe('Airtable: Build AI apps');
  });
  it('takes the visible headline, a label before it cut where the declared title says', () => {
    expect(chooseTitle(['A headline'], [['og:title', 'A headline | Example News']], sites)).toEqual({ title: 'A headline', source: 'h1' });
    expect(chooseTitle(['Thread: A question?'], [['title', 'A question? - Example News']], sites)).toEqual({ title: 'A question?', source: 'title' });
    expect(chooseTitle(['Bike Helmets'], [['og:title', 'Bike Helmets for Men & Women | Shop']], sites)).toEqual({ title: 'Bike Helmets', source: 'h1' });
  });
  it('names a page without a headline, or with a feed of them, by its declared title', () => {
    expect(chooseTitle([], [['title', 'Front page | Example News'], ['og:title', 'Front page']], sites)).toEqual({ title: 'Front page', source: 'og:title' });
    expect(chooseTitle(['Post one', 'Post two', 'Post three'], [['og:title', 'My blog: week 2']], sites)).toEqual({ title: 'My blog: week 2', source: 'og:title' });
  });
  it('passes over a first headline that shares no word with any declared title', () => {
    expect(chooseTitle(['Follow the author'], [['title', 'Atomic Habits - Example News']], sites)).toEqual({ title: 'Atomic Habits', source: 'title' });
    // A headline with one word of the declared title is still the page's own, worded its way.
    expect(chooseTitle(['Dark roast coffee'], [['og:title', 'Fiercely strong coffee']], sites)).toEqual({ title: 'Dark roast coffee', source: 'h1' });
    // CJK writes no spaces: a shared pair of characters is a shared word.
    expect(chooseTitle(['東京の天気予報'], [['title', '東京の天気 | 例サイト']], sites)).toEqual({ title: '東京の天気予報', source: 'h1' });
    expect(chooseTitle(['関連記事'], [['title', '東京の天気 | 例サイト']], sites).source).toBe('title');
  });
});
