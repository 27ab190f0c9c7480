/**
 * A story told in short sentences, one a line ("It isn't."), is still a story: each short
 * line that ends like a sentence adds a little to the story run instead of costing it, so the
 * run is not cut to its first line. Menus and labels, which carry no stop, still cost.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const menu = ['Home', 'Essays', 'Talks', 'About'];
const story = [
  'Why the network is not the computer',
  'Modern software is built on a fragile assumption: that the network is always there when it is needed.',
  'It isn’t.',
  'Trains lose their signal.',
  'Factories run behind firewalls.',
  'Hospitals cut their systems off.',
  'Phones move, drop out and fail.',
  'And yet we keep building applications that stop working the moment the connection goes away.',
  'This is not a limit of hardware.',
  'It is a limit of habit.',
];
const after = ['Comments (0)', 'Recommended', 'Privacy', 'Terms'];

describe('text path: a story of short sentences', () => {
  it('keeps the short sentence lines between and after the longer ones', async () => {
    const r = await cleanScrape([...menu, ...story, ...after].join('\n'));
    expect(r.text).toContain('Trains lose their signal.');
    expect(r.text).toContain('It is a limit of habit.');
    expect(r.text).not.toContain('Essays');
    expect(r.text).not.toContain('Privacy');
  });
});
