/**
 * A story that opens right under a promo box's "Read More" button on the plain-text path:
 * its first paragraph is followed by a labelled link ("Also: …") and then more of the story,
 * which makes it the story resuming, not a teaser's blurb under a related heading.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const head = ['Home', 'Reviews', 'Deals', 'Contact', '', 'The best gadgets of the year', '', 'By Jane Roe | November 18, 2024', ''];
const promo = ['Holiday deals', '', 'Our editors pick the best holiday bargains', '', 'The very best deals and sales.', '', 'Read More', ''];
const lead = 'As the year comes to an end, it is time to sit back and look at the gadgets that made a splash, from folding phones to tiny speakers.';
const story = [
  'Surely, as the holiday sales come closer, there will be plenty of promotions, so keep an eye out for the best prices on this list.',
  '',
  'Wireless earbuds',
  'The new earbuds block out the noise of a train or an open office well, and they charge in their case within half an hour.',
  '',
  'Portable speaker',
  'The speaker is small enough for a bag, loud enough for a garden party, and its battery lasts for a whole weekend away from home.',
  '',
];
const tail = ['Related stories', 'Ten phones we liked this year', 'How we test headphones', '', 'Privacy Policy', 'Contact us'];

describe('text path: story resuming after a promo box', () => {
  it('keeps the first paragraph under a "Read More" button when a labelled link and more story follow it', async () => {
    const r = await cleanScrape([...head, ...promo, lead, '', 'Also: See our full holiday coverage', '', ...story, ...tail].join('\n'));
    expect(r.text).toContain('As the year comes to an end');
    expect(r.text).toContain('its battery lasts for a whole weekend');
    expect(r.text).not.toContain('The very best deals and sales.');
  });
});
