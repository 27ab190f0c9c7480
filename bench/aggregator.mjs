#!/usr/bin/env node
// The aggregator set (issue 15, item 3): text scrapes laid out the way news aggregators and
// portals print a story, built from real article bodies (the ScrapingHub truths and the WCXB
// article truths) with the truth written beside them. Layouts ("grammars"):
//   seed    [headline] story, [promo blurb], comments widget, [related heading], cards
//   portal  menu of section names, headline, byline, age, story holding a data table and
//           inserts ("Advertisement", "READ MORE: <another headline>"), footer, [cards]
//   digest  [headline] a long story with subheadings and "..." items, then cards
// A card is a source line, an age line, a headline and a summary; in about 60 % of the pages
// the cards are longer than the story. Page chrome is in one of several languages (the
// body's own when it is not English). Two draws with different seeds, each from its own
// part of the split (bench/split.mjs), so no body is in both:
//   <out>/tune/text/<id>.txt + <out>/tune/ground-truth.json, and the same for check.
// The truth is the story only (no headline, byline, inserts, cards), as the benchmarks score
// it; `page_type` is the layout, so quality.mjs reports each layout on its own row.
//
//   node bench/aggregator.mjs [--out bench-out/aggregator] [--pages 200] [--seeds 1,2]
//   node bench/quality.mjs --text-dir bench-out/aggregator/check/text --truth bench-out/aggregator/check/ground-truth.json
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { DEFAULT_DIRS } from './corpus.mjs';
import { part } from './split.mjs';
import { CHROME, SOURCES, languageOf } from './aggregator-words.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { value } = commandLine(['--out', '--pages', '--seeds']);
const outDir = resolve(value('--out', join(here, '../bench-out/aggregator')));
const pagesPerDraw = Number(value('--pages', '200'));
const [tuneSeed, checkSeed] = value('--seeds', '1,2').split(',').map(Number);
const CARDS_LONGER_SHARE = 0.6;

/** mulberry32: a small seeded generator, so a draw is the same on every machine. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: (list) => list[int(0, list.length - 1)], chance: (p) => next() < p };
}

async function bodies() {
  const out = [];
  const sh = JSON.parse(await readFile(join(DEFAULT_DIRS.scrapinghub, 'ground-truth.json'), 'utf8'));
  for (const [id, t] of Object.entries(sh)) out.push({ id: `sh-${id}`, part: part(id), title: null, body: t.articleBody });
  const wcxb = JSON.parse(await readFile(join(DEFAULT_DIRS.wcxb, 'ground-truth.json'), 'utf8'));
  for (const [id, t] of Object.entries(wcxb)) if (t.page_type === 'article') out.push({ id: `wcxb-${id}`, part: part(id), title: t.title || null, body: t.articleBody });
  return out
    .map((b) => ({ ...b, paragraphs: b.body.split(/\n+/u).map((l) => l.trim()).filter(Boolean) }))
    .filter((b) => b.paragraphs.length >= 2)
    .map((b) => ({ ...b, lang: languageOf(b.body) }));
}

const words = (text) => text.split(/\s+/u).filter(Boolean);
// Bodies without a title (ScrapingHub) get their first sentence, or its first words, as headline.
const headlineOf = (b, rng) => b.title ?? words(b.paragraphs[0].split(/(?<=[.!?])\s/u)[0]).slice(0, rng.int(9, 16)).join(' ').replace(/[.,;:]+$/u, '');

function card(other, rng, chrome, long) {
  const summary = long ? other.paragraphs.slice(1, 1 + rng.int(1, 2)).join(' ') : `${words(other.paragraphs[0]).slice(0, 25).join(' ')}…`;
  return [rng.pick(SOURCES), chrome.age(rng.int(1, 23)), headlineOf(other, rng), summary || other.paragraphs[0]];
}

function table(story, rng) {
  const labels = [...new Set(words(story.join(' ')).filter((w) => /^\p{Lu}\p{L}{3,}$/u.test(w)))].slice(0, rng.int(3, 8));
  const sep = rng.pick(['\t', '  ', ' | ']);
  const rows = labels.map((l) => [l, rng.int(10, 9999), `${(rng.next() * 20 - 10).toFixed(1)}%`].join(sep));
  return rows.length >= 2 ? rows : [];
}

function page(body, others, rng) {
  const chrome = body.lang !== 'en' && CHROME[body.lang] ? CHROME[body.lang] : CHROME[rng.chance(0.6) ? 'en' : rng.pick(Object.keys(CHROME))];
  const layout = rng.pick(['seed', 'portal', 'digest']);
  const n = Math.min(body.paragraphs.length, layout === 'digest' ? rng.int(6, 20) : rng.int(2, 20));
  const paragraphs = body.paragraphs.slice(0, n);
  const story = []; // lines of the truth
  const lines = []; // lines of the page
  const other = () => rng.pick(others);
  if (layout === 'portal') lines.push(...chrome.menu.slice(0, rng.int(5, chrome.menu.length)));
  if (layout === 'portal' || rng.chance(0.7)) lines.push(headlineOf(body, rng));
  if (layout === 'portal') lines.push(chrome.byline, chrome.age(rng.int(1, 12)));
  const tableAt = rng.chance(layout === 'portal' ? 0.7 : 0.15) ? rng.int(1, n - 1) : -1;
  const inserts = layout === 'portal' ? rng.int(1, 3) : rng.chance(0.3) ? rng.int(1, 2) : 0;
  const insertAt = new Set(Array.from({ length: inserts }, () => rng.int(1, n - 1)));
  paragraphs.forEach((p, i) => {
    if (i === tableAt) {
      const rows = table(paragraphs, rng);
      story.push(...rows);
      lines.push(...rows);
    }
    if (insertAt.has(i)) lines.push(rng.chance(0.5) ? chrome.ad : `${chrome.readMore}: ${headlineOf(other(), rng)}`);
    if (layout === 'digest' && i > 0 && i % rng.int(2, 4) === 0 && words(p).length >= 12) {
      const sub = words(p).slice(0, rng.int(3, 6)).join(' ').replace(/[.,;:]+$/u, '');
      story.push(sub);
      lines.push(sub);
    }
    const line = layout === 'digest' && rng.chance(0.25) ? `... ${p}` : p;
    story.push(line);
    lines.push(line);
  });
  if (layout !== 'portal' && rng.chance(0.5)) lines.push(chrome.promo);
  if (layout !== 'portal' || rng.chance(0.5)) lines.push(rng.pick(chrome.comments));
  if (rng.chance(0.7)) lines.push(chrome.related);
  const longer = rng.chance(CARDS_LONGER_SHARE);
  const storyChars = story.join('\n').length;
  const cards = [];
  const cardChars = () => cards.flat().join('\n').length;
  if (layout !== 'portal' || rng.chance(0.5) || longer) {
    const few = rng.int(2, 5);
    while (cards.length < 25 && (longer ? cardChars() <= storyChars * 1.2 : cards.length < few)) cards.push(card(other(), rng, chrome, longer));
  }
  for (const c of cards) lines.push(...c);
  if (layout === 'portal') lines.push(...chrome.footer);
  return { text: `${lines.join('\n')}\n`, truth: story.join('\n'), layout, cardsLonger: cardChars() > storyChars, lang: chrome.lang, paragraphs: n };
}

const all = await bodies();
for (const [draw, seed] of [['tune', tuneSeed], ['check', checkSeed]]) {
  const pool = all.filter((b) => b.part === draw);
  const rng = generator(seed);
  const truth = {};
  await mkdir(join(outDir, draw, 'text'), { recursive: true });
  for (let i = 0; i < pagesPerDraw; i++) {
    const body = rng.pick(pool);
    const others = pool.filter((b) => b !== body);
    const p = page(body, others, rng);
    const id = `${draw}-${String(i).padStart(4, '0')}`;
    await writeFile(join(outDir, draw, 'text', `${id}.txt`), p.text);
    truth[id] = { articleBody: p.truth, page_type: p.layout, part: draw, source: body.id, lang: p.lang, paragraphs: p.paragraphs, cardsLonger: p.cardsLonger };
  }
  await writeFile(join(outDir, draw, 'ground-truth.json'), JSON.stringify(truth, null, 1) + '\n');
  const longer = Object.values(truth).filter((t) => t.cardsLonger).length;
  console.error(`${draw}: ${pagesPerDraw} pages (seed ${seed}, ${pool.length} bodies), cards longer than the story in ${longer}, into ${join(outDir, draw)}`);
}
