/**
 * Structural furniture on the plain-text path: share strips, comment threads headed by
 * the page's own headline, a publisher's about-box, captions against their credit, link
 * boxes and teaser cards inside a story, repeated lines. Each case also checks the near
 * miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { cleanScrape } from './helpers/clean.js';

const run = cleanScrape;

describe('text path: share strips, threads, about-boxes, captions', () => {
  it('drops share strips naming several networks and follow-us lines, but not a sentence about the networks', async () => {
    const page = [
      'Regulator fines three platforms over ad labels',
      'WhatsApp Facebook Pinterest Download',
      'The regulator fined three platforms on Monday for failing to label paid posts clearly, the first fines under the new rules.',
      'Facebook, Instagram and YouTube were each fined a little over two million euros, and have a month to change how paid posts are shown to users.',
      'The companies said they would appeal against the decision in court.',
      'Follow the newsroom on Instagram, Facebook, Twitter and YouTube.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).not.toContain('WhatsApp Facebook Pinterest Download');
    expect(r.text).not.toContain('Follow the newsroom');
    expect(r.text).toContain('Facebook, Instagram and YouTube were each fined');
    expect(r.sidecar.removed.filter((x) => x.kind === 'share')).toHaveLength(2);
  });

  it('ends the story at "N thoughts on “<headline>”" in any language', async () => {
    const title = 'Wie man mit dem Bloggen anfängt';
    const page = [
      title,
      'Viele Leute wollen ein Blog beginnen, aber wissen nicht, wo sie anfangen sollen, und lassen es deshalb bleiben.',
      'Der erste Schritt ist einfach: Schreiben Sie über das, was Sie jede Woche ohnehin beschäftigt, und zwar regelmäßig.',
      `5 Kommentare zu „${title}“`,
      'Maria',
      'Danke für den Artikel, ich habe mein Blog letzte Woche begonnen und es macht mir sehr viel Freude, darüber zu schreiben.',
      'Jonas',
      'Ich schreibe seit zwei Jahren und kann jedem nur empfehlen, es einfach einmal auszuprobieren, auch wenn es am Anfang schwer ist.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).not.toContain('Danke für den Artikel');
    expect(r.text).not.toContain('Ich schreibe seit zwei Jahren');
    expect(r.sidecar.removed.find((x) => x.text.startsWith('5 Kommentare'))?.kind).toBe('comments');
  });

  it("cuts a publisher's about-box set off by a wide gap, not a closing paragraph about someone in the news", async () => {
    const chrome = ['Lumatek solutions', 'About Lumatek', 'Careers at Lumatek', 'Lumatek investors'];
    const release = [
      'Lumatek and Norrbay Health announce partnership',
      '',
      'ZURICH, SWITZERLAND',
      '',
      'Lumatek and Norrbay Health today announced a partnership to bring alarm management software to hospitals in the Nordic countries from next spring.',
      '',
      'The software sends alarms from bedside monitors to the phones of the nurses on duty, so that fewer alarms go unanswered on busy wards.',
      '',
      '“Hospitals have asked us for this for years,” said the head of Norrbay Health, adding that the first wards would switch over in April.',
    ];
    const about = [
      'Lumatek is a global provider of communication solutions for hospitals and care homes. The company has offices in twelve countries.',
      '',
      'Lumatek is headquartered in Zurich and employs around 1,200 people worldwide. Its shares are listed on the stock exchange.',
    ];
    const r = await run([...chrome, '', ...release, '', '', '', ...about, '', '', 'Privacy Policy'].join('\n'));
    expect(r.text).toContain('the first wards would switch over in April');
    expect(r.text).not.toContain('Lumatek is a global provider');
    expect(r.text).not.toContain('Lumatek is headquartered');
    // At the paragraphs' own gap, the same closing paragraph is the story's.
    const r2 = await run([...chrome, '', ...release, '', ...about, '', '', 'Privacy Policy'].join('\n'));
    expect(r2.text).toContain('Lumatek is a global provider');
  });

  it('drops a caption sentence standing right against its credit, not a paragraph a blank line above one', async () => {
    const page = [
      'Airline orders thirty new jets at the air show',
      '',
      'The airline ordered thirty long-range jets on Wednesday, its second order at this year’s air show, executives of both companies said.',
      '',
      'The chairman walks past one of the new jets on the first day of the air show in Dubai, on Monday.',
      'Jane Porter | Bloomberg | Getty Images',
      '',
      'The deal is worth about nine billion dollars at list prices, although airlines usually receive large discounts on orders of this size.',
      '',
      'Deliveries will begin in 2023 and run until the end of 2026, the airline said in a statement after the signing.',
      '',
      'Photo: Getty Images',
      '',
      'The order replaces part of an earlier order for a larger model whose first flight has been delayed twice.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).not.toContain('The chairman walks past');
    expect(r.text).toContain('Deliveries will begin in 2023');
    expect(r.sidecar.removed.find((x) => x.text.startsWith('The chairman'))?.rule).toBe('text-caption');
  });

  it('treats zero-width-space lines as blank', async () => {
    const page = [
      'Autumn festival opens in the park',
      '\u200b',
      'The autumn festival opened on Saturday in the city park, with music on two stages and food stalls along the lake.',
      '\u200b',
      'Organisers expect more than twenty thousand visitors over the weekend if the weather holds until Sunday evening.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).not.toContain('\u200b');
    expect(r.sidecar.removed).toHaveLength(0);
  });

  it('takes "Name/Agency" credit lines for credits by their shape, whoever the agency, and their captions with them', async () => {
    const page = [
      'Teachers rally at the statehouse for higher pay',
      '',
      'Thousands of teachers rallied at the statehouse on Tuesday, calling for higher pay and less time spent on standardised tests.',
      'Teachers wearing red carry signs as they rally at the statehouse on Tuesday.',
      'Michael Conway/Wire Photo Service',
      '',
      'The governor said he would propose a raise in next year’s budget, but union leaders said the offer came too late for many schools.',
      'A teacher holds a sign outside the statehouse.',
      'Jane Doe | Some Agency | Picture Desk',
      '',
      'Lawmakers will debate the budget in January, and the union said it would return if the raise was not in the first draft.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).not.toContain('Michael Conway/Wire Photo Service');
    expect(r.text).not.toContain('Jane Doe | Some Agency');
    expect(r.text).not.toContain('Teachers wearing red');
    expect(r.text).not.toContain('A teacher holds a sign');
    expect(r.text).toContain('Lawmakers will debate the budget');
  });

  it('crosses a "More:" box of links inside a story and keeps the story after it', async () => {
    const page = [
      'Two soldiers killed in helicopter crash',
      '',
      'Two soldiers were killed when their helicopter crashed during a training flight in the mountains on Wednesday, the army said in a statement.',
      '',
      'More:',
      'Army to review training flights after second crash this year',
      'Families of crash victims call for inquiry',
      '',
      'The cause of the crash is under investigation, the army said, adding that the weather at the time had been good and the crew experienced.',
      '',
      'The names of the soldiers will be released once their families have been told, a spokesperson said on Wednesday evening.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).toContain('Two soldiers were killed');
    expect(r.text).toContain('The cause of the crash is under investigation');
    expect(r.text).not.toContain('Families of crash victims call for inquiry');
    expect(r.sidecar.removed.find((x) => x.text === 'More:')?.kind).toBe('related');
  });

  it('removes a teaser card set into the story (headline twice, blurb glued under it), not a repeated gallery caption', async () => {
    const page = [
      'Newspaper chains agree to merge',
      '',
      'Two of the country’s largest newspaper chains agreed on Tuesday to merge, creating a group that will own more than two hundred daily papers.',
      '',
      'Business',
      'Printing plant closes after sixty years',
      'Business',
      'Printing plant closes after sixty years',
      'The plant printed four regional papers every night until last month, when the last of them moved to a contract printer.',
      '',
      'The companies expect to save about three hundred million dollars a year, mostly by sharing printing, distribution and back-office work.',
      '',
      'Readers at the main printing plant in the north',
      'Readers at the main printing plant in the north',
      '',
      'The merger still needs the approval of competition authorities, which are expected to decide before the end of the year.',
      '',
      'Unions said they would ask for guarantees that newsrooms will not be cut further, after years of layoffs at both companies.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).not.toContain('Printing plant closes');
    expect(r.text).not.toContain('The plant printed four regional papers');
    expect(r.text).toContain('Readers at the main printing plant in the north\nReaders at the main printing plant in the north');
    expect(r.text).toContain('Unions said they would ask');
    expect(r.sidecar.removed.filter((x) => x.rule === 'text-inline-card').map((x) => x.kind)).toEqual(['related', 'related', 'related', 'related', 'related']);
  });

  it('keeps a paragraph right above a "Source:" line (it attributes the story, not a photo)', async () => {
    const page = [
      'Storm closes mountain passes',
      '',
      'Heavy snow closed three mountain passes on Sunday, and police asked drivers to stay off the roads until the ploughs had cleared them.',
      '',
      'More snow is expected on Monday night, with up to forty centimetres above a thousand metres, the weather service said.',
      'Source: Reuters',
    ].join('\n');
    const r = await run(page);
    expect(r.text).toContain('More snow is expected on Monday night');
  });
});

describe('text path: guards on the new mechanisms', () => {
  it('keeps an interview question asked of every guest, drops a "Текст:" byline, and reads "Portion…" as no "Por …" byline', async () => {
    const question = 'Какую кухню вы любите сами и что готовите дома?';
    const page = [
      'Три шефа о домашней кухне',
      'Текст: Анна Петрова·24 сентября 2018',
      '',
      'Мы попросили трёх шефов рассказать, что они готовят дома, когда у них выдаётся свободный вечер, и чем кормят своих детей.',
      '',
      question,
      '',
      'Дома я почти не готовлю сложных блюд: чаще всего это суп, каша или запечённые овощи, а по выходным пироги с капустой.',
      '',
      question,
      '',
      'Portion control matters.',
      '',
      'Я люблю простую итальянскую кухню, поэтому дома у нас почти каждый день паста с томатным соусом и большой салат.',
    ].join('\n');
    const r = await run(page);
    expect(r.text.split(question)).toHaveLength(3);
    expect(r.text).not.toContain('Текст: Анна Петрова');
    expect(r.text).toContain('Portion control matters.');
  });

  it('keeps a paragraph that a highlights box above repeats', async () => {
    const quote = 'She added that an appeal against the decision could be made to the office of the attorney general.';
    const caption = 'The prosecutor speaks to reporters outside her office in the capital on Tuesday afternoon.';
    const page = [
      'Prosecutors drop investigation after nine years',
      'Highlights',
      quote,
      '',
      'Prosecutors dropped their investigation on Tuesday, nine years after the complaint was first filed, saying the evidence had weakened over time.',
      '',
      caption,
      '',
      'The deputy chief prosecutor said the complainant’s account had been found credible, but that witnesses no longer remembered the events clearly.',
      '',
      quote,
      '',
      caption,
      '',
      'The defence welcomed the decision and said its client would now concentrate on the other cases still open against him abroad.',
    ].join('\n');
    const r = await run(page);
    expect(r.text.split(quote)).toHaveLength(2);
  });

  it('reads glued "Photo caption…" labels and ©-led captions as captions, not "Image captioning" prose', async () => {
    // A scrape, menu and all: a page with nothing around its story is kept whole (text/clean.ts).
    const page = [
      'Home',
      'World',
      'Court rejects appeal in extradition case',
      '',
      'The court rejected the appeal on Wednesday, clearing the way for the extradition to go ahead within the next ten days.',
      '',
      'Photo captionThe defendant being led from the embassy in April',
      '',
      '© Jane Porter Supporters gather outside the court building in the rain on Wednesday morning before the ruling.',
      '',
      'Image captioning software was used to describe the hearing for blind viewers of the live stream, the court said.',
      '',
      'His lawyers said they would take the case to the European court, which could delay the extradition by several months.',
    ].join('\n');
    const r = await run(page);
    expect(r.text).not.toContain('Photo caption');
    expect(r.text).not.toContain('Supporters gather outside');
    expect(r.text).toContain('Image captioning software was used');
  });

  it('does not append a standings widget under a "Most Popular" heading to the story', async () => {
    const page = [
      'Club appoints new coach after poor start',
      '',
      'The club appointed a new head coach on Monday, two days after the team lost its fifth game in a row and dropped to the bottom of the table.',
      '',
      'The new coach, who led the under-21 side to the national title last season, signed a contract until the end of next season.',
      '',
      '“We needed a change, and we know him well,” the sporting director told reporters after the training session on Monday afternoon.',
      '',
      'Most Popular',
      '1\tNorthfield\t12\t9\t28',
      '2\tHarbour City\t12\t8\t26',
      '3\tValley Rovers\t12\t7\t23',
      '4\tLakeside\t12\t7\t22',
      '5\tOld Town\t12\t6\t20',
      '6\tRiverside\t12\t5\t17',
      '7\tWest End Wanderers\t12\t5\t16',
      '8\tForest Green Athletic\t12\t4\t15',
      '9\tSouth Bay United\t12\t4\t13',
      '10\tMill Lane Sporting\t12\t3\t11',
      '11\tCastle Hill Rangers\t12\t2\t8',
      '12\tBridgetown Athletic\t12\t1\t5',
    ].join('\n');
    const r = await run(page);
    expect(r.text).toContain('the sporting director told reporters');
    expect(r.text).not.toContain('Harbour City');
  });

  it("keeps a closing paragraph whose gap is no wider than the story's picture gaps", async () => {
    const chrome = ['Lumatek solutions', 'About Lumatek', 'Careers at Lumatek', 'Lumatek investors'];
    const page = [
      ...chrome,
      '',
      'Lumatek opens its first factory in Asia',
      '',
      'Lumatek opened its first factory in Asia on Thursday, a plant near Penang that will make hospital phones for the whole region.',
      '',
      '',
      '',
      '',
      'The plant employs three hundred people and will double its staff by the end of next year, the company said at the opening.',
      '',
      '',
      '',
      'Lumatek expects the plant to make half of its phones by 2026, and to cut delivery times to hospitals in Asia by several weeks.',
      '',
      'Privacy Policy',
    ].join('\n');
    const r = await run(page);
    expect(r.text).toContain('Lumatek expects the plant to make half of its phones');
  });
});
