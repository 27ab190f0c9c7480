/**
 * A newsletter's own paragraph around the story on the plain-text path: a short paragraph
 * whose last sentence is the sign-up pitch ("… Sign up for the free daily newsletter.") is
 * the newsletter box, in any of the pitch's languages; a long story paragraph that
 * mentions signing up is not.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const menu = ['Home', 'Markets', 'Newsletters', ''];
const story = [
  'Shares of the music company rose on Monday after it agreed to sell its catalogue of older recordings to an investment fund.',
  '',
  'The fund has bought several catalogues this year, betting that streaming will keep paying for old songs for many years to come.',
  '',
  'Analysts said the price was high, but that it reflected how steady the income from such catalogues had become for their owners.',
  '',
];

describe('text path: a short paragraph closed by a sign-up pitch', () => {
  it('drops the pitch paragraphs at both ends of the story, in English and German', async () => {
    const page = [
      ...menu,
      'Start your day with the morning briefing from our markets desk. It is short and free. Sign up for the daily newsletter.',
      '',
      ...story,
      'Jeden Morgen das Wichtigste aus den Märkten, kurz und kostenlos. Abonnieren Sie den Newsletter noch heute.',
      '',
      'Privacy Policy',
    ].join('\n');
    const r = await cleanScrape(page);
    expect(r.text).toContain('Analysts said the price was high');
    expect(r.text).not.toContain('morning briefing');
    expect(r.text).not.toContain('Jeden Morgen');
    expect(r.sidecar.removed.filter((x) => x.kind === 'newsletter').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a long story paragraph that tells readers to sign up for something else', async () => {
    const long =
      'The offer only works for new subscribers of the streaming service, and you do not need any other membership to take it, which makes it one of the better deals of the week for anyone who listens a lot. Sign up for four months at one dollar before the offer ends on Friday.';
    const r = await cleanScrape([...menu, ...story.slice(0, 4), long, '', ...story.slice(4), 'Privacy Policy'].join('\n'));
    expect(r.text).toContain('Sign up for four months at one dollar');
  });
});
