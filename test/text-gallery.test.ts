/**
 * Gallery captions on the plain-text path: a photo's caption or alt text printed under
 * every picture of a story is not story text, while a block of short lines a page repeats
 * as a whole (a weekly menu, a meal plan) and sentences asked again (interview questions)
 * stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const caption = 'Spring Lantern Parade at the Old Harbour Promenade 2024 Photo Gallery';

describe('text path: recurring gallery captions', () => {
  it('drops a caption printed under every photo, and a copy with a credit glued on, but keeps the paragraphs between', async () => {
    const page = [
      'Home',
      'Events',
      'Lanterns light up the old harbour',
      '',
      'Thousands of people walked along the harbour on Saturday evening to watch the lantern parade pass by the old warehouses.',
      '',
      caption,
      '',
      'The parade started at the fish market just after sunset and took almost two hours to reach the lighthouse at the far end.',
      '',
      caption,
      '',
      'Children from the local schools had built most of the lanterns themselves during the weeks before the festival.',
      '',
      `${caption} Lantern team_Lena Berg, Tom Ruiz`,
      '',
      'Organisers said they expect even more visitors next year, when the parade will be moved to a weekend in May.',
      '',
      caption,
      '',
      'Contact us',
    ].join('\n');
    const r = await cleanScrape(page);
    expect(r.text).not.toContain('Photo Gallery');
    expect(r.text).toContain('The parade started at the fish market');
    expect(r.text).toContain('Organisers said they expect even more visitors');
    const captions = r.sidecar.removed.filter((x) => x.rule === 'text-recurring-caption');
    // Three copies stand inside the story; the last one, after it, goes with the page's tail.
    expect(captions).toHaveLength(3);
    expect(captions.every((x) => x.kind === 'other')).toBe(true);
  });

  it('keeps a block of lines the page repeats as a whole, and a caption printed only twice', async () => {
    const day = (n: number) => [
      `Day ${n} of the plan`,
      '',
      'Have breakfast within one hour after waking up',
      '',
      'Oat porridge with half a cup of berries and a spoon of nuts',
      '',
    ];
    const page = [
      'A simple three day eating plan',
      '',
      'This plan keeps meals simple so that you can prepare most of them on a Sunday evening and take them to work during the week.',
      '',
      ...day(1),
      'Each day repeats the same pattern, which makes shopping easy and leaves little food to waste at the end of the week.',
      '',
      ...day(2),
      'On the third day you can swap the porridge for eggs if you would like a little more protein before a long morning.',
      '',
      ...day(3),
      'Twice printed gallery caption of the harbour lanterns',
      '',
      'Most readers found that the plan was easy to follow, and many of them kept eating the same breakfast after the three days.',
      '',
      'Twice printed gallery caption of the harbour lanterns',
      '',
      'You can find more plans like this one in our weekly newsletter, which is sent out every Friday morning to all our readers.',
    ].join('\n');
    const r = await cleanScrape(page);
    expect(r.text.split('Have breakfast within one hour after waking up')).toHaveLength(4);
    expect(r.text).toContain('Twice printed gallery caption');
    expect(r.sidecar.removed.filter((x) => x.rule === 'text-recurring-caption')).toHaveLength(0);
  });
});
