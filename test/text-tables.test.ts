/**
 * Tables, schedules and labelled lists on the plain-text path: story content though
 * their rows are no prose. Each case also checks the near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const run = cleanScrape;

const menu = ['Home', 'Results', 'Standings', 'Calendar', 'Drivers and Teams', 'Forum', 'Contact'];

describe('text path: tables and schedules', () => {
  it('takes a standings table as the story over a sidebar of blurbs after the tag strip', async () => {
    const rows = [
      'Pos.\tDriver\tPoints\tWins\tPoles',
      '1\tMarta Kowalska\t412\t5\t3',
      '2\tJonas Berg\t398\t4\t6',
      '3\tLuis Ferreira\t371\t3\t1',
      '4\tAnna Lindqvist\t355\t2\t2',
      '5\tPiet de Vries\t340\t1\t0',
      '6\tTomasz Nowak\t322\t0\t1',
      '7\tElena Rossi\t301\t1\t0',
      '8\tKarl Weber\t288\t0\t0',
    ];
    const page = [
      ...menu,
      '',
      'Regional Touring Championship standings',
      'Monday, 4 March 2024 at 10:12',
      'Share this on WhatsApp',
      '',
      'Standings after round 9 of 10:',
      '',
      ...rows,
      '',
      'Tags',
      'touring cars, standings, regional championship',
      '',
      '» Column of the week',
      '',
      'Click on the photo to read every column about the season, the teams and the people behind them, written every Friday.',
      '',
      '» Power ranking',
      '',
      'Click on the image above to see how the drivers rank this season after the last race and across the whole year.',
      '',
      '» Preview of the final round',
      '',
      'Click to see the TV times of the final race, the circuit, the statistics, the tyres and the weather for the weekend.',
      '',
      'Privacy Policy',
    ].join('\n');
    const r = await run(page);
    const text = r.text;
    // Rows keep their tabs: the output is still a table.
    for (const row of rows) expect(text).toContain(row);
    expect(text).not.toContain('Click on the photo');
    expect(text).not.toContain('Click to see the TV times');
    expect(r.sidecar.removed.find((x) => x.text === 'Share this on WhatsApp')?.kind).toBe('share');
  });

  it('keeps a race calendar inside the story, with its notes, and not the lines after it', async () => {
    const page = [
      ...menu,
      '',
      'Calendar for the 2024 season published',
      '',
      'The organisers have published the calendar for next season, with twelve rounds and two venues still to be confirmed by the end of the winter.',
      '',
      'Round 1: 10 March – Northfield Park',
      'Round 2: 7 April – Harbour Circuit',
      'Round 3: 21 April – Valley Ring',
      'Round 4: 5 May – Lakeside',
      'Round 5: 19 May – to be announced',
      '',
      '* Dates may still change at the organiser’s request',
      '',
      'Additional reporting by Sam Carter',
      '',
      'Want more racing news? Sign up for our newsletter.',
    ].join('\n');
    const { text } = await run(page);
    expect(text).toContain('Round 1: 10 March – Northfield Park');
    expect(text).toContain('Round 5: 19 May – to be announced');
    expect(text).toContain('* Dates may still change');
    expect(text).not.toContain('Additional reporting');
    expect(text).not.toContain('Sign up for our newsletter');
  });

  it('does not take a category menu with item counts for a table', async () => {
    const categories = ['Politics (42)', 'Economy (17)', 'Culture (230)', 'Sport (88)', 'Science (9)', 'Travel (61)'];
    const page = [
      'Harbour reopens after storm repairs',
      'The harbour reopened on Tuesday after three weeks of repairs to the breakwater that the January storm had damaged.',
      'Fishing boats were the first to return, followed in the afternoon by the ferry to the islands, which had been running from the next town.',
      '',
      'Categories',
      ...categories,
    ].join('\n');
    const { text } = await run(page);
    for (const c of categories) expect(text).not.toContain(c);
  });

  it('keeps a labelled list of qualified teams after the last paragraph', async () => {
    const teams = ['Austria (Group G): Third appearance', 'Belgium (Group I): Sixth appearance', 'Croatia (Group E): Sixth appearance', 'Denmark (Group D): Ninth appearance', 'Finland (Group J): First appearance'];
    const page = [
      'Five more teams book their place at the finals',
      'Five more teams qualified for next summer’s finals this week, leaving four places to be decided in the play-offs in March.',
      'Finland needed only a draw at home and won 3-0, sending the crowd in Helsinki onto the pitch at the final whistle.',
      'Qualified teams',
      ...teams,
      '',
      'Most Popular',
      'Coach sacked after cup exit',
    ].join('\n');
    const { text } = await run(page);
    expect(text).toContain('Qualified teams');
    for (const t of teams) expect(text).toContain(t);
    expect(text).not.toContain('Coach sacked');
  });
});
