/**
 * Sidebar boxes on the plain-text path: titles led by an arrow marker ("» Weekly column"),
 * each over a blurb, after the story are a box of cards, while a story's own single
 * marked line and a marked menu without blurbs are not.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

// Menu and footer runs make it a scrape: a page of lone blocks is already clean (clean.ts) and kept whole.
const menu = ['Home', 'Racing', 'Motorbikes', 'Columns', ''];
const footer = ['', 'About', 'Contact', 'Advertise'];
const story = [
  'Rain decides the season finale',
  '',
  'Heavy rain on Sunday afternoon turned the season finale into a race of patience, and the title was decided only on the last lap.',
  '',
  'The champion started from the back of the grid after a gearbox change, but kept out of trouble while others spun off in the spray.',
  '',
  'Race control stopped the race twice, and the restart with five laps to go set up a close finish between the two title contenders.',
  '',
];

describe('text path: arrow-marked sidebar cards', () => {
  it('drops a sidebar of arrow-marked titles each over a blurb after the story', async () => {
    const sidebar = [
      '» Weekly column by our racing editor',
      '',
      'Click the photo and read the weekly column about racing, motorbikes and everything else our editor writes for us every week!',
      '',
      '» Power ranking of the drivers',
      '',
      'Click the picture above and see how the drivers stand in our ranking after this weekend and over the whole season so far this year.',
      '',
      '» Podcast episode twenty nine',
      '',
      'A long chat about everything that has happened in motor sport over the last few weeks, with serious talk and plenty of laughs too!',
    ];
    const r = await cleanScrape([...menu, ...story, ...sidebar, ...footer].join('\n'));
    expect(r.text).toContain('Race control stopped the race twice');
    expect(r.text).not.toContain('weekly column');
    expect(r.text).not.toContain('Power ranking');
    expect(r.text).not.toContain('A long chat about everything');
    expect(r.sidecar.removed.filter((x) => x.rule === 'text-heading-related')).toHaveLength(3);
    expect(r.sidecar.removed.find((x) => x.text.startsWith('A long chat'))?.kind).toBe('related');
  });

  it('keeps a story with two arrow-marked lines of its own', async () => {
    const page = [
      ...menu,
      ...story.slice(0, 4),
      '» First stop: the harbour',
      'The tour began at the harbour, where the fishing boats came in just as the first visitors arrived at the market in the morning.',
      '',
      '» Second stop: the old town',
      'From there the group walked up to the old town, whose narrow streets were full of people on their way to the Sunday market.',
      '',
      ...story.slice(4),
      ...footer,
    ];
    const r = await cleanScrape(page.join('\n'));
    expect(r.text).toContain('» First stop: the harbour');
    expect(r.text).toContain('whose narrow streets were full of people');
    expect(r.sidecar.removed.filter((x) => x.kind === 'related')).toHaveLength(0);
  });
});
