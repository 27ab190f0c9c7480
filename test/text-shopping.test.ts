/**
 * Shopping stories on the plain-text path: a deals post lists items, each with its blurb
 * and a buy line ("Get it on Amazon for $39.99"). The buy line names a price and is part of
 * the story; the site's own pitches inside the story name none and still go.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

describe('text path: buy lines of a shopping story', () => {
  it('keeps priced buy lines between the items, drops an unpriced promo there', async () => {
    const page = [
      'Home',
      'Deals',
      'Reviews',
      '',
      'The best early holiday deals on games and gadgets',
      '',
      'Wireless controller for 39,99 €',
      'The price of the wireless controller has already dropped to its holiday level, which is a good time to pick up a second one for guests. It works with every console of the current generation and charges over the same cable as your phone.',
      '',
      'Kaufen bei Amazon für 39,99 €',
      '',
      'Curved gaming monitor, 34 inches',
      'This is the lowest price we have seen for one of the best wide gaming monitors, and it ships before the holidays if you order this week. The panel is bright enough for a sunny room, and the stand lets you raise it to eye level.',
      '',
      'Get it at Walmart for $649.99',
      '',
      'Download our app',
      '',
      'Smart watch with heart sensor for £169',
      'You can score the watch right now for the lowest price ever, and it works with the phone you already have without any extra setup. The battery lasts for most of a week, and the strap comes in three sizes in the box.',
      '',
      'Get it at Currys for £169',
      '',
      'Noise cancelling headphones for $199',
      'The headphones block out the noise of a train or an open office well, and the battery lasts for a whole week of commuting to work.',
      '',
      'Privacy Policy',
      'Contact us',
    ].join('\n');
    const r = await cleanScrape(page);
    expect(r.text).toContain('Get it at Walmart for $649.99');
    expect(r.text).toContain('Get it at Currys for £169');
    expect(r.text).not.toContain('Download our app');
    expect(r.sidecar.removed.find((x) => x.text === 'Download our app')?.rule).toBe('text-promo');
  });
});
