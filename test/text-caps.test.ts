/**
 * Links to other stories set into the text in capitals, as news sites print them: a
 * headline-length line all in capitals between paragraphs goes (any cased script); a short
 * subheading in capitals, a question in capitals and a table row of capitals stay.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const menu = ['Home', 'Politics', 'Business', 'Sports', ''];
const p = (s: string) => [s, ''];

describe('text path: links in capitals inside the story', () => {
  it('drops headline-length lines in capitals, keeps short capital subheadings and questions', async () => {
    const page = [
      ...menu,
      'Council approves new harbour bridge',
      '',
      ...p('The city council approved the plans for a new bridge across the harbour on Tuesday evening, after two years of debate.'),
      ...p('MAYOR SAYS BRIDGE VOTE WAS THE HARDEST DECISION OF HER FIRST TERM'),
      ...p('The bridge will carry cyclists and pedestrians only, and the council expects it to open in the spring of the year after next.'),
      ...p('WHAT HAPPENS NEXT'),
      ...p('Construction firms can bid for the contract until the end of March, and the council will choose one before the summer break.'),
      ...p('WILL THE BRIDGE BE READY IN TIME FOR THE HARBOUR FESTIVAL?'),
      ...p('Officials said the schedule leaves little room for delays, but that the festival could move to the old quay if needed.'),
      ...p('МЭР НАЗВАЛА ГОЛОСОВАНИЕ О МОСТЕ САМЫМ ТРУДНЫМ РЕШЕНИЕМ ЗА ВЕСЬ СРОК'),
      ...p('A public meeting about the design of the bridge will be held in the town hall next month, the council said in a statement.'),
      'Privacy Policy',
      'Contact us',
    ].join('\n');
    const r = await cleanScrape(page);
    expect(r.text).not.toContain('MAYOR SAYS BRIDGE VOTE');
    expect(r.text).not.toContain('МЭР НАЗВАЛА');
    expect(r.text).toContain('WHAT HAPPENS NEXT');
    expect(r.text).toContain('WILL THE BRIDGE BE READY IN TIME FOR THE HARBOUR FESTIVAL?');
    expect(r.text).toContain('A public meeting about the design');
    const links = r.sidecar.removed.filter((x) => x.rule === 'text-caps-link');
    expect(links).toHaveLength(2);
    expect(links.every((x) => x.kind === 'related')).toBe(true);
  });

  it('keeps a row of capitals with tab-separated cells', async () => {
    const row = 'HD\tTHE HOME IMPROVEMENT COMPANY INC.\t225.86\t-12.99\t-5.44%';
    const page = [
      ...menu,
      'Retailer shares fall after results',
      '',
      ...p('Shares of the home improvement retailer fell in early trading after it cut its sales forecast for the rest of the year.'),
      row,
      '',
      ...p('The company said that the timing of some investments had weighed on its sales, and that it still expected growth next year.'),
      'Privacy Policy',
    ].join('\n');
    const r = await cleanScrape(page);
    expect(r.text).toContain('THE HOME IMPROVEMENT COMPANY INC.');
    expect(r.sidecar.removed.filter((x) => x.rule === 'text-caps-link')).toHaveLength(0);
  });
});
