/**
 * A fact box closing a story on the plain-text path: small groups of short lines (the run
 * of a show, its prices, a contact) set apart by single blank lines right above the share
 * bar belong to the story; one short line there is a category line and does not. The kept
 * box reads back unchanged (the page's end seals it as the share bar did).
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { cleanScrape } from './helpers/clean.js';

const head = ['Home', 'Shows', 'Tickets', 'Contact', '', 'A night of drums and dance at the river stage', ''];
const story = [
  'The company opened the autumn festival on Saturday with an hour of drums and dance on the stage by the river, in front of a full park.',
  '',
  'The dancers had rehearsed the new piece for most of the summer, and the audience asked for two encores before the lights went out.',
  '',
  'The show moves back to the company’s own theatre next week, where it will run until the end of the year.',
  '',
];
const box = ['Drums by the River', '', '2024.10.05 ~ 2024.12.31', 'Tue – Sat 7PM (closed Sun & Mon)', '', 'Tickets', 'A seats 40,000', 'B seats 30,000', '', 'Information', '02-555-0100', ''];
const tail = ['Share this entry', 'Share on Facebook', 'Share on Twitter', 'Share by Mail', '', 'Leave a Reply', 'Your email address will not be published.', '', 'Copyright © 2024 River Stage.'];

describe('text path: fact box above the share bar', () => {

  it('drops a lone category line above the share bar', async () => {
    const r = await cleanScrape([...head, ...story, 'Festival News, Dance Reviews', '', ...tail].join('\n'));
    expect(r.text).toContain('where it will run until the end of the year');
    expect(r.text).not.toContain('Festival News, Dance Reviews');
  });
});
