#!/usr/bin/env node
// Metadata benchmark: run the built library over the WCXB pages (HTML and text scrapes) and
// score the sidecar's title, author (byline) and publish date against the reviewers' truth,
// by the rule of ../shared/bench/README.md: exact match after trimming and case-folding,
// dates compared as YYYY-MM-DD. Title is scored over pages whose truth has one, author over
// pages whose truth names one, date over pages whose truth shows one. Every score is given
// for all pages and for the tuning and checking parts of bench/split.mjs: tune on `tune`,
// and a change that lifts `tune` and not `check` is fitted to pages.
//
//   npm run build && node bench/metadata.mjs [dataDir] [--set html|text|both] [--misses title|author|date] [--part tune|check] [--save file.json]
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { part } from './split.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { value, positional } = commandLine(['--set', '--misses', '--part', '--save']);
const dataDir = resolve(positional[0] ?? join(here, '../../shared/bench/wcxb'));
const sets = value('--set', 'both') === 'both' ? ['html', 'text'] : [value('--set')];
const missesOf = value('--misses', null);
const missPart = value('--part', 'tune');
const savePath = value('--save', null);

const { clean } = await import(join(here, '../dist/index.js'));
const truth = JSON.parse(await readFile(join(dataDir, 'ground-truth.json'), 'utf8'));

const FIELDS = ['title', 'author', 'date'];
const fold = (s) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const day = (s) => (typeof s === 'string' ? s.slice(0, 10) : '');
const expected = {
  title: (t) => fold(t.title),
  author: (t) => fold(t.author),
  date: (t) => day(t.publish_date),
};
const predicted = {
  title: (s) => fold(s.title),
  author: (s) => fold(s.byline),
  date: (s) => day(s.published),
};

const saved = {};
for (const set of sets) {
  const dir = join(dataDir, set);
  const files = (await readdir(dir)).filter((f) => /\.(html\.gz|html|txt)$/.test(f)).sort();
  // score[field][part] = [hits, pages]
  const score = Object.fromEntries(FIELDS.map((f) => [f, { all: [0, 0], tune: [0, 0], check: [0, 0] }]));
  const misses = [];
  const t0 = performance.now();
  saved[set] = {};
  for (const file of files) {
    const id = file.replace(/\.(html\.gz|html|txt)$/, '');
    const t = truth[id];
    if (!t) continue;
    const bytes = await readFile(join(dir, file));
    const result = await clean(bytes, { path: file, format: set, url: t.url ?? null });
    const sidecar = result.sidecar;
    const p = part(id);
    saved[set][id] = { title: sidecar.title, byline: sidecar.byline, published: sidecar.published };
    for (const field of FIELDS) {
      const want = expected[field](t);
      if (!want) continue;
      const got = predicted[field](sidecar);
      const hit = got === want ? 1 : 0;
      for (const k of ['all', p]) {
        score[field][k][0] += hit;
        score[field][k][1]++;
      }
      if (!hit && field === missesOf && (missPart === 'all' || missPart === p)) misses.push(`${id}  want ${JSON.stringify(want)}\n      got  ${JSON.stringify(got)}`);
    }
  }
  const ms = performance.now() - t0;
  console.log(`\n== ${set} (${files.length} pages, ${(ms / files.length).toFixed(1)} ms/page)`);
  console.log('field   all                 tune                check');
  for (const field of FIELDS) {
    const cell = ([h, n]) => `${(n ? h / n : 0).toFixed(3)} (${h}/${n})`.padEnd(20);
    console.log(`${field.padEnd(8)}${cell(score[field].all)}${cell(score[field].tune)}${cell(score[field].check)}`);
  }
  if (missesOf) {
    console.log(`\n${set} ${missesOf} misses (${missPart}): ${misses.length}`);
    for (const m of misses) console.log('  ' + m);
  }
}
if (savePath) await writeFile(savePath, JSON.stringify(saved, null, 1) + '\n');
