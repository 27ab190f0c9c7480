/**
 * Guards against over-pruning on the plain-text path: boilerplate words inside story
 * prose, a page with nothing to remove, a list inside the story, short subheadings.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const run = cleanScrape;

describe('text path: over-pruning guards', () => {
  it('keeps story sentences that mention comments, related, video and advertisement', async () => {
    const page = [
      'Regulator asks platforms to explain how they moderate comments',
      'The media regulator on Thursday asked five video platforms to explain how they moderate comments under news videos, after a year in which complaints about abuse doubled.',
      'Comments sections were the most common source of complaints, the regulator said, followed by related videos that autoplay after a clip has ended.',
      'One advertisement for a diet pill was shown more than two million times before it was taken down, according to the report.',
      'The platforms have until the end of May to reply. Two of them said they would publish their moderation rules in full.',
    ].join('\n');
    const r = await run(page + '\n');
    expect(r.text).toBe(page + '\n');
    expect(r.sidecar.removed).toEqual([]);
    expect(r.sidecar.title).toBe('Regulator asks platforms to explain how they moderate comments');
  });

  it('returns a page without boilerplate whole, blank lines included', async () => {
    const page = [
      'A quiet winter for the valley orchards',
      '',
      'Frost came late this year, and the apple growers of the upper valley say the trees have rested well.',
      '',
      'Pruning started in January, two weeks later than usual, because the ground stayed soft enough for tractors until the new year.',
      '',
      'The cooperative expects the first blossoms in the second half of April, if March stays mild.',
    ].join('\n');
    const r = await run(page + '\n');
    expect(r.text).toBe(page + '\n');
    expect(r.sidecar.removed).toHaveLength(0);
  });

  it('keeps a list inside the story and its introducing line', async () => {
    const page = [
      'Five changes to the city recycling rules from April',
      'From the first of April, the city will collect recycling every week instead of every two weeks, and several rules about what goes into which bin will change as well.',
      'The main changes are:',
      '- Glass goes into the new green bins',
      '- Small electronics can be left next to the bins',
      '- Cartons go with plastics, not with paper',
      '- Garden waste is collected in spring and autumn',
      '- Bulky waste needs a booking',
      'The city will send every household a printed guide in March, and the collection app will show the new calendar from the middle of the month.',
    ].join('\n');
    const r = await run(page + '\n');
    expect(r.text).toBe(page + '\n');
  });

  it('keeps short subheadings between paragraphs', async () => {
    const page = [
      'How the new tram line will change your commute',
      'The new tram line opens on Monday, linking the railway station with the university campus in fourteen minutes, half the time the bus needs today.',
      'Timetable',
      'Trams will run every six minutes at peak times and every ten minutes in the evening, from five in the morning until one at night.',
      'Tickets',
      'All existing tickets and passes are valid on the tram, and the first week of travel is free for everyone who shows a student card.',
    ].join('\n');
    const r = await run(page + '\n');
    expect(r.text).toContain('Timetable\n');
    expect(r.text).toContain('Tickets\n');
  });

  it('records every removal with a kind, a reason and line numbers', async () => {
    const page = [
      'Home',
      'News',
      'Sport',
      'Museum reopens its glass hall after a two-year restoration',
      'The city museum reopened its glass hall on Saturday after a restoration that replaced more than four thousand panes and cleaned the iron frame by hand.',
      'Visitors queued around the block, and the museum extended its opening hours until nine in the evening to let everyone in.',
      'Advertisement',
      'Related Articles',
      'Botanic garden plans new palm house',
      '© 2025 City Post',
    ].join('\n');
    const r = await run(page + '\n');
    expect(r.text).not.toContain('Botanic garden');
    const kinds = Object.fromEntries(r.sidecar.removed.map((x) => [x.text, x.kind]));
    expect(kinds).toMatchObject({ Home: 'nav', Advertisement: 'ad', 'Related Articles': 'related', '© 2025 City Post': 'footer' });
    for (const x of r.sidecar.removed) {
      expect(x.position.line).toBeGreaterThan(0);
      expect(x.reason.length).toBeGreaterThan(10);
    }
    expect(r.sidecar.related[0]).toMatchObject({ title: 'Botanic garden plans new palm house' });
  });

});
