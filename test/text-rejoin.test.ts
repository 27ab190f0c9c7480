/**
 * Flatteners other than a browser (BeautifulSoup's get_text("\n")) end every text node with a
 * line break, so a sentence with links in it comes as many short lines; lynx and w3m print
 * Chinese and Japanese wrapped at a width with no spaces. The lines stage joins both back,
 * keeps a menu of short lines apart, and positions still point at the source rows.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { pageStopwords } from '../src/language/page.js';
import { continuesSentence, rejoinSplit } from '../src/text/rejoin.js';
import { textBlocks } from '../src/text/split.js';
import { findWrap, joinWrapped } from '../src/text/unwrap.js';
import type { Block } from '../src/types.js';

function rejoined(raw: string): { blocks: Block[]; joins: number } {
  const blocks = textBlocks(raw);
  return rejoinSplit(blocks, raw, pageStopwords(blocks));
}

// get_text("\n") of <p>The council … close <a>Main Street</a> to cars … <b>a petition</b> signed by …</p>.
const SPLIT = [
  'The council voted on Tuesday to close ',
  'Main Street',
  ' to cars for the whole of the summer, after ',
  'a petition',
  ' signed by more than four thousand residents',
  '.',
];
const SENTENCE = 'The council voted on Tuesday to close Main Street to cars for the whole of the summer, after a petition signed by more than four thousand residents.';

describe('text path: sentences split at their links (get_text)', () => {
  it('joins the pieces of one sentence into one block spanning their rows', () => {
    const raw = ['Home', '', ...SPLIT, '', 'Contact us'].join('\n');
    const { blocks, joins } = rejoined(raw);
    expect(blocks.map((b) => b.text)).toEqual(['Home', SENTENCE, 'Contact us']);
    expect(joins).toBe(SPLIT.length - 1);
    const p = blocks[1]!.position;
    expect([p.index, p.line, p.endLine]).toEqual([1, 3, 2 + SPLIT.length]);
    // The offsets cover the pieces' rows in the source, from the first to the last.
    expect(raw.slice(p.start, p.end)).toBe(SPLIT.join('\n'));
    expect(blocks[2]!.position.index).toBe(2);
  });

  it('keeps a menu of short lines apart, spaced or lower-case as it may be', () => {
    const menu = ['News ', 'Sport ', 'business', 'culture', ' Travel', 'Weather'];
    const raw = [...menu, '', SENTENCE].join('\n');
    const { blocks, joins } = rejoined(raw);
    expect(joins).toBe(0);
    expect(blocks.map((b) => b.text)).toEqual([...menu.map((m) => m.trim()), SENTENCE]);
  });

  it('does not join across a sentence end or a blank line', () => {
    expect(continuesSentence('It rained.', 'It rained.', 'and then it stopped', 'and then it stopped')).toBe(false);
    const raw = ['The council voted on Tuesday to close the street to cars for the whole summer', '', 'after a petition signed by more than four thousand residents of the town.'].join('\n');
    expect(rejoined(raw).joins).toBe(0);
  });

  it('keeps two long list items apart, and joins a paragraph someone wrapped by hand', () => {
    // pith's own output of an HTML list: items on adjacent lines, the first open-ended.
    const items = ['if the new charities it incubates turn out to be more cost-effective than the current top charities, or', 'if they turn out to be about as cost-effective as the current top charities once their funding gaps are filled.'];
    expect(rejoined(items.join('\n')).joins).toBe(0);
    // The same words wrapped at a width: every row ends where the next word would not have fitted.
    const rows = ['if the new charities it incubates turn out to be more cost-effective than the', 'current top charities, or if they turn out to be about as cost-effective as', 'the current top charities once their funding gaps are filled.'];
    expect(rejoined(rows.join('\n')).blocks.map((b) => b.text)).toEqual([rows.join(' ')]);
  });

  it('does not join a list item of a dump onto the line above', () => {
    const raw = ['   * Home', '        o Subscribe', '        o Contact us and tell us what you think of the new site and its pages.'].join('\n');
    expect(rejoined(raw).joins).toBe(0);
  });

  it('closes a comma up on the word before, and keeps the spaces the page had', () => {
    const raw = ['The mayor, ', 'Jane Doe', ', said the street would reopen in the autumn when the works on the bridge are done.'].join('\n');
    expect(rejoined(raw).blocks.map((b) => b.text)).toEqual(['The mayor, Jane Doe, said the street would reopen in the autumn when the works on the bridge are done.']);
  });

  it('reports the joins and keeps the sentence whole in the output', async () => {
    const page = ['Home', 'News', '', ...SPLIT, '', 'Residents had complained for years about the traffic on the narrow street, which carries buses and lorries to the harbour.', ''].join('\n');
    const result = await clean(page, { format: 'text', title: false, debug: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(SENTENCE);
    const messages = (result.sidecar.debug as { messages: Array<{ code: string; message: string }> }).messages;
    expect(messages.find((m) => m.code === 'rejoined')?.message).toMatch(/^rejoined 5 lines/);
  });
});

// A Japanese paragraph as w3m wraps it: 40 characters of two columns each to a row, no spaces.
const JA =
  '東京都は十二日、新しい感染症対策の方針を発表した。都内の飲食店に対して営業時間の短縮を要請するほか、イベントの開催についても人数の上限を設ける。' +
  '知事は記者会見で「感染の拡大を防ぐため、都民の皆様のご協力をお願いしたい」と述べた。対策は来週の月曜日から始まり、少なくとも二週間続く見通しだ。' +
  '飲食店の団体は、売り上げの減少が続くなかでの新たな要請に戸惑いの声を上げており、都は協力金の支給を急ぐ考えを示した。専門家は、人の流れを抑える効果は限られると指摘している。' +
  '一方で、都内の病院では入院患者の数が増え続けており、医療の現場からは早めの対策を求める声が相次いでいた。';
const rowsOf = (text: string, per: number) => Array.from({ length: Math.ceil(text.length / per) }, (_, i) => text.slice(i * per, (i + 1) * per));

describe('text path: Chinese and Japanese wrapped at a width', () => {
  it('finds the width in terminal columns and rejoins the paragraph without spaces', () => {
    // An English quote wrapped at the same 80 columns: in characters its rows are twice as long as the Japanese ones.
    const quote = ['"We have to act before the hospitals are full, and we ask everyone to help us to', 'keep the numbers down over the holidays," the governor told reporters.'];
    const rows = ['ホーム', 'ニュース', '', ...rowsOf(JA, 40), '', ...quote];
    const wrap = findWrap(rows);
    expect(wrap).toMatchObject({ width: 80, wide: true });
    const blocks = textBlocks(rows.join('\n'), wrap, rows);
    expect(blocks.map((b) => b.text)).toEqual(['ホーム', 'ニュース', JA, quote.join(' ')]);
    const p = blocks[2]!.position;
    expect([p.line, p.endLine]).toEqual([4, 3 + rowsOf(JA, 40).length]);
    expect(blocks.joins).toBe(rowsOf(JA, 40).length - 1 + quote.length - 1);
  });

  it('rejoins lynx rows too (one column a character, an indentation)', () => {
    const rows = rowsOf(JA, 37).map((r) => `   ${r}`);
    const blocks = textBlocks(rows.join('\n'), findWrap(rows), rows);
    expect(blocks.map((b) => b.text)).toEqual([JA]);
  });

  it('puts a space only where the script has them', () => {
    expect(joinWrapped('感染症対策の', '方針を発表した。')).toBe('感染症対策の方針を発表した。');
    expect(joinWrapped('the new', 'policy')).toBe('the new policy');
    expect(joinWrapped('한국의 인구는', '계속 줄어들고')).toBe('한국의 인구는 계속 줄어들고');
    expect(joinWrapped('코스프레인', '가.', true)).toBe('코스프레인가.');
  });
});

describe('text path: lynx rows that start with the word "o"', () => {
  it('rejoins a row that starts with "o" at the paragraph margin, and keeps nested "o" items apart', () => {
    const para = [
      '   A vida requer da gente otimismo e coragem para esperar o melhor e fazer',
      '   o melhor acontecer. O pessimismo só faz engessar o sorriso e travar as',
      '   articulações, não deixa ninguém sair do lugar. O que a gente precisa',
      '   aprender é a não reclamar na primeira queda, mas internalizar o que',
      '   aprendemos, levantar e partir para a luta novamente sem perder o',
      '   entusiasmo, a adrenalina, a esperança de que o bem está logo ali, à',
      '   frente, esperando por gente dedicada de verdade em persegui-lo sempre.',
    ];
    const menu = ['     * Notícias', '               o Esportes', '               o Política'];
    const rows = [...menu, '', ...para];
    const blocks = textBlocks(rows.join('\n'), findWrap(rows), rows);
    expect(blocks.map((b) => b.text)).toEqual(['* Notícias', 'o Esportes', 'o Política', para.map((r) => r.trim()).join(' ')]);
    expect(rejoinSplit(blocks, rows.join('\n'), null, true).joins).toBe(0);
  });
});
