/**
 * An age line under the byline dates the story ("By …" / "7 hours ago" / first paragraph),
 * as portals print it; a card opens with its source or age, never with a byline. The
 * story's paragraphs under that age must not be read as a card's blurb, or a short story
 * loses to the longer cards below it.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const head = ['Home', 'News', 'World', 'Business', 'Sport', 'Council approves the new river crossing after a long wait', 'By Staff Reporter', '7 hours ago'];
const story = [
  'The city council voted on Tuesday to build a second bridge over the river, ending a debate that has lasted for more than ten years.',
  'Why the crossing matters',
  'Traffic on the old bridge has doubled since it opened, and the engineers who inspected it last spring said it needs a long repair.',
  'Work is expected to start next year, and the council said the road will stay open while the new bridge is being built beside it.',
];
const cards = [
  'Recommended for you',
  'Daily Courier',
  '18 hours ago',
  'Eleven weekend trips to book before the summer',
  'From mountain cabins to seaside towns, these are the trips our readers loved most this year, with prices, the best times to travel, where to stay and what to eat when you get there, and a few places that are worth a detour on the way home.',
  'Morning Post',
  '2 hours ago',
  'The best coffee shops in town, ranked by our readers',
  'We asked thousands of readers where they go for their morning coffee, and the answers surprised us: the winner is a tiny shop with four seats, a long queue and a very patient owner who knows every regular by name and order.',
  'About us',
  'Privacy Policy',
];

describe('text path: an age under the byline dates the story', () => {
  it('keeps the story under "By …" / "7 hours ago" and drops the longer cards', async () => {
    const r = await cleanScrape([...head, ...story, ...cards].join('\n'));
    expect(r.text).toContain('The city council voted on Tuesday');
    expect(r.text).toContain('the road will stay open');
    expect(r.text).not.toContain('From mountain cabins');
    expect(r.text).not.toContain('tiny shop with four seats');
  });

  it('reads an age followed straight by paragraphs as the story\'s date, with no byline above it', async () => {
    const undated = head.filter((l) => !l.startsWith('By '));
    const r = await cleanScrape([...undated, ...story, ...cards].join('\n'));
    expect(r.text).toContain('The city council voted on Tuesday');
    expect(r.text).not.toContain('From mountain cabins');
  });
});
