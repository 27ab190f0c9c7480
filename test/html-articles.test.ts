/**
 * Other posts' <article> elements beside the story's own are a feed of other stories,
 * even when each shows a full paragraph and no headline link (no card shape to find).
 */
import { describe, expect, it } from 'vitest';
import { cleanPage } from './helpers/clean.js';

const STORY = [
  'Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida, e gostar é sentir com a alma antes de qualquer palavra dita.',
  'Cada um é o único responsável pelas suas próprias necessidades, e só quem se ama pode encontrar na vida um amor de verdade e duradouro.',
];
const OTHERS = [
  'A vida requer da gente otimismo e coragem para esperar o melhor e fazer o melhor acontecer, sem reclamar na primeira queda do caminho.',
  'O que une uma família é o amor, o carinho e o querer bem; família unida é força, apoio e mãos estendidas em cada dia difícil da vida.',
  'Gratidão pela vida está nos detalhes, no sorriso dado logo ao despertar e na prece de agradecimento por ter acordado mais um dia.',
];

async function run(body: string) {
  return cleanPage(`<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>Só quem se ama</title></head><body>${body}</body></html>`);
}

describe('other posts beside the story', () => {
  it("removes a feed of other posts' <article> elements after the story's own", async () => {
    const r = await run(`<div id="primary"><article class="box post-1806"><h1>Só quem se ama</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>
      <article class="feed post-1806"><h3>Você pode gostar...</h3>${OTHERS.map((p, i) => `<article class="box-small post-${i + 70}"><img src="/${i}.jpg" alt=""><p>${p}</p></article>`).join('')}</article></div>`);
    for (const p of STORY) expect(r.text).toContain(p);
    for (const p of OTHERS) expect(r.text).not.toContain(p);
    expect(r.text).not.toContain('Você pode gostar');
    const removal = r.sidecar.removed.find((x) => x.rule === 'other-article');
    expect(removal?.kind).toBe('related');
    expect(removal?.text).toContain(OTHERS[0]);
  });

  it('keeps articles of the story\'s own kind (the entries of a live blog)', async () => {
    // The first entry holds the headline and the most prose, so it is where the story is anchored.
    const entries = [STORY.join(' '), ...OTHERS];
    const r = await run(`<main>${entries.map((p, i) => `<article class="entry entry-${i}">${i === 0 ? '<h1>Só quem se ama</h1>' : ''}<p>${p}</p></article>`).join('')}</main>`);
    for (const p of entries) expect(r.text).toContain(p);
    expect(r.sidecar.removed.some((x) => x.rule === 'other-article')).toBe(false);
  });
});
