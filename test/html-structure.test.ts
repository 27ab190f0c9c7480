/**
 * Boilerplate found by structure, not names: share bars by their links' targets, teaser
 * lines by their label and link, link lists by density. Every removal is recorded.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { cleanPage } from './helpers/clean.js';

const STORY = [
  'The regional court ruled on Friday that the quarry may not expand onto the hillside above the village, ending a dispute that began eleven years ago.',
  'The judges found that the operator had not shown how it would keep dust from reaching the primary school, which sits four hundred metres downhill.',
  'The operator said it would study the ruling before deciding whether to appeal. Villagers gathered outside the courthouse to hear the verdict read.',
];

async function run(body: string) {
  return cleanPage(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quarry loses appeal</title></head><body>${body}</body></html>`);
}

describe('HTML boilerplate found by structure', () => {
  it('removes a share bar with no telltale names, by where its links point', async () => {
    const r = await run(`<div><h1>Quarry loses appeal</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
      <div><span>Pass it on</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a> <a href="https://twitter.com/intent/tweet?url=x">t</a> <a href="whatsapp://send?text=x">w</a></div></div>`);
    for (const p of STORY) expect(r.text).toContain(p);
    expect(r.text).not.toContain('Pass it on');
    const share = r.sidecar.removed.find((x) => x.rule === 'share-links');
    expect(share?.kind).toBe('share');
    expect(share?.position.index).toBe(-1);
    expect(share?.position.path).toMatch(/div/);
  });

  it('removes a "Read more:" line between story paragraphs and records it as a related card', async () => {
    const r = await run(`<article><h1>Quarry loses appeal</h1><p>${STORY[0]}</p><p>Read more: <a href="/news/quarry-history">How the quarry grew in fifty years</a></p><p>${STORY[1]}</p><p>${STORY[2]}</p></article>`);
    expect(r.text).not.toContain('Read more');
    for (const p of STORY) expect(r.text).toContain(p);
    expect(r.sidecar.related).toContainEqual({ title: 'How the quarry grew in fifty years', url: '/news/quarry-history' });
    const line = r.sidecar.removed.find((x) => x.rule === 'teaser-line');
    expect(line?.kind).toBe('related');
    expect(line?.position.index).toBeGreaterThanOrEqual(0);
  });

  it('does not repeat the headline in the body', async () => {
    const html = `<!DOCTYPE html><html><head><title>Quarry loses appeal | Valley News</title><meta property="og:title" content="Quarry loses appeal"></head><body><article><h1>Quarry loses appeal</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const r = await clean(html, { format: 'html' });
    expect(r.ok && r.text.split('\n').filter((l) => l === 'Quarry loses appeal')).toHaveLength(1);
    expect(r.ok && r.text.startsWith('Quarry loses appeal\n\n')).toBe(true);
  });

  it('removes a list of link headlines after the story as related, with its heading', async () => {
    const items = ['Council to vote on the new bypass route', 'School bus timetable changes from Monday', 'Farmers market returns to the square in May'];
    const r = await run(`<div><h1>Quarry loses appeal</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
      <h3>Elsewhere in the valley</h3><ul>${items.map((t, i) => `<li><a href="/n/${i}">${t}</a></li>`).join('')}</ul></div>`);
    for (const t of items) expect(r.text).not.toContain(t);
    expect(r.text).not.toContain('Elsewhere in the valley');
    expect(r.sidecar.related.map((x) => x.title)).toEqual(expect.arrayContaining(items));
    for (const p of STORY) expect(r.text).toContain(p);
  });
});

describe('inside the story box', () => {
  it('removes a hover card of links inside a sentence and keeps the name it pops up over', async () => {
    const card = `<span class="pop"><span><img src="/p.jpg" alt=""><a href="/people/jane-roe">Jane Roe</a><a href="/news/1">Council approves the new bypass route after a long night</a> <a href="/news/2">School bus timetable changes from Monday</a> <a href="/people/jane-roe">MORE</a></span></span>`;
    const r = await run(`<article><h1>Quarry loses appeal</h1><p>The ruling was welcomed by Councillor <span><a href="/people/jane-roe">Jane Roe</a>${card}</span> (Greens), who had opposed the expansion.</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(r.text).toContain('The ruling was welcomed by Councillor Jane Roe (Greens), who had opposed the expansion.');
    expect(r.text).not.toContain('bypass');
    const removal = r.sidecar.removed.find((x) => x.rule === 'hover-card');
    expect(removal?.kind).toBe('related');
    expect(r.sidecar.related.map((x) => x.title)).toContain('School bus timetable changes from Monday');
  });

  it('keeps a sentence that cites several stories by their links', async () => {
    const line = 'The council published <span><a href="/a">the first report on the bypass route</a>, <a href="/b">a second report on noise</a> and <a href="/c">a summary</a></span> last year.';
    const r = await run(`<article><h1>Quarry loses appeal</h1><p>${line}</p>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(r.text).toContain('The council published the first report on the bypass route, a second report on noise and a summary last year.');
  });

  it('keeps a short opening paragraph that doubles as the description when it sits with the story paragraphs', async () => {
    const lead = 'The quarry may not grow onto the hillside, the court ruled.';
    // Paragraphs long enough to be story prose, so the lead stands above the story's first.
    const body = [STORY[0] + ' ' + STORY[1], STORY[1] + ' ' + STORY[2]].map((p) => `<p>${p}</p>`).join('');
    const page = (html: string) => cleanPage(`<!DOCTYPE html><html><head><title>Quarry loses appeal</title><meta name="description" content="${lead}"></head><body>${html}</body></html>`);
    const together = await page(`<article><h1>Quarry loses appeal</h1><div class="body"><p>${lead}</p>${body}</div></article>`);
    expect(together.text).toContain(lead);
    const apart = await page(`<article><h1>Quarry loses appeal</h1><div class="dek"><p>${lead}</p></div><div class="body">${body}</div></article>`);
    expect(apart.text).not.toContain(lead);
    expect(apart.sidecar.removed.find((x) => x.rule === 'standfirst')?.text).toBe(lead);
  });
});

describe("the story's closing lines", () => {
  const body = [STORY[0] + ' ' + STORY[1], STORY[1] + ' ' + STORY[2]].map((p) => `<p>${p}</p>`).join('');

  it('removes a long closing call to join and write in, with its contact address', async () => {
    const signOff = 'Join our reader forum to keep talking about the valley, its roads and its schools! And if you have a news tip, a correction or a comment, let us know at: desk@valley-news.example.';
    const r = await run(`<article><h1>Quarry loses appeal</h1>${body}<p>${signOff}</p></article>`);
    expect(r.text).not.toContain('reader forum');
    expect(r.sidecar.removed.find((x) => x.rule === 'closing-promo')?.kind).toBe('newsletter');
    expect(r.text).toContain(STORY[2]);
  });

  it('keeps a closing paragraph that mentions a newsletter without a link or an address', async () => {
    const close = 'The operator said it would explain its plans to villagers in its newsletter next month, and that it would hold an open day at the quarry in the spring before any decision.';
    const r = await run(`<article><h1>Quarry loses appeal</h1>${body}<p>${close}</p></article>`);
    expect(r.text).toContain(close);
  });

  it('keeps a closing paragraph that quotes a handle', async () => {
    const close = 'The village action group, which posts as @SaveTheHill, wrote that it was relieved but would keep watching the site, since the operator can still apply to dig on its other land.';
    const r = await run(`<article><h1>Quarry loses appeal</h1>${body}<p>${close}</p></article>`);
    expect(r.text).toContain(close);
  });
});
