#!/usr/bin/env node
// Quality benchmark: run the built library over the ScrapingHub pages (HTML and text),
// score the body (no headline) with the metric of ../shared/bench/README.md, and print
// precision, recall and F1 per set, the ten worst pages, and the change against a saved
// baseline. With --gate, exit 1 when a set's F1 falls more than GATE_TOLERANCE below
// its floor in bench/floors.json (floors only go up).
//
//   node bench/quality.mjs [dataDir] [--set html|text|both] [--dom linkedom|jsdom] [--out dir] [--save-baseline] [--raise-floors] [--gate]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregate, f1, scorePage } from './metric.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const GATE_TOLERANCE = 0.003;
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--set', '--dom', '--out', '--baseline', '--floors'].includes(args[i - 1])));
const dataDir = resolve(positional[0] ?? join(here, '../../shared/bench/scrapinghub'));
const sets = value('--set', 'both') === 'both' ? ['html', 'text'] : [value('--set')];
const outDir = resolve(value('--out', join(here, '../bench-out')));
const baselinePath = resolve(value('--baseline', join(here, 'baseline.json')));
const floorsPath = resolve(value('--floors', join(here, 'floors.json')));
const dom = value('--dom', undefined);

const { clean } = await import(join(here, '../dist/index.js'));
const truth = JSON.parse(await readFile(join(dataDir, 'ground-truth.json'), 'utf8'));
const baseline = existsSync(baselinePath) ? JSON.parse(await readFile(baselinePath, 'utf8')) : null;
const results = {};

for (const set of sets) {
  const dir = join(dataDir, set);
  const files = (await readdir(dir)).filter((f) => /\.(html\.gz|html|txt)$/.test(f)).sort();
  await mkdir(join(outDir, set), { recursive: true });
  const pages = [];
  const t0 = performance.now();
  for (const file of files) {
    const id = file.replace(/\.(html\.gz|html|txt)$/, '');
    if (!truth[id]) continue;
    const bytes = await readFile(join(dir, file));
    const result = await clean(bytes, { path: file, title: false, format: set === 'html' ? 'html' : 'text', dom });
    const body = result.ok ? result.text : '';
    await writeFile(join(outDir, set, `${id}.txt`), body);
    const s = scorePage(truth[id].articleBody ?? '', body);
    pages.push({ id, ...s, f1: f1(s.precision ?? 0, s.recall ?? 0), error: result.ok ? undefined : result.error.message });
  }
  const ms = performance.now() - t0;
  const agg = aggregate(pages);
  results[set] = { ...agg, ms: Math.round(ms), perPage: Object.fromEntries(pages.map((p) => [p.id, round(p.f1)])) };
  const before = baseline?.[set];
  console.log(`\n== ${set} (${pages.length} pages, ${(ms / pages.length).toFixed(1)} ms/page)`);
  console.log(`precision ${agg.precision.toFixed(4)}  recall ${agg.recall.toFixed(4)}  F1 ${agg.f1.toFixed(4)}` + (before ? `   (baseline F1 ${before.f1.toFixed(4)}, ${sign(agg.f1 - before.f1)})` : ''));
  console.log('ten worst pages:');
  for (const p of [...pages].sort((a, b) => a.f1 - b.f1).slice(0, 10)) {
    console.log(`  ${p.id.slice(0, 16)}  F1 ${p.f1.toFixed(3)}  P ${fmt(p.precision)}  R ${fmt(p.recall)}${p.error ? `  error: ${p.error}` : ''}`);
  }
  if (before?.perPage) {
    const moved = pages
      .map((p) => ({ id: p.id, d: p.f1 - (before.perPage[p.id] ?? p.f1) }))
      .filter((x) => Math.abs(x.d) >= 0.01)
      .sort((a, b) => a.d - b.d);
    if (moved.length) console.log(`pages that moved ≥ 0.01 against the baseline: ${moved.map((x) => `${x.id.slice(0, 8)} ${sign(x.d)}`).join(', ')}`);
  }
}

if (flag('--save-baseline')) {
  await writeFile(baselinePath, JSON.stringify(results, null, 1) + '\n');
  console.log(`\nbaseline saved to ${baselinePath}`);
}
if (flag('--raise-floors')) {
  // Floors only go up: a set's floor becomes this run's F1 only when that is higher.
  const floors = existsSync(floorsPath) ? JSON.parse(await readFile(floorsPath, 'utf8')) : {};
  for (const set of sets) {
    const now = round(results[set].f1);
    if (!(floors[set]?.f1 >= now)) floors[set] = { f1: now, precision: round(results[set].precision), recall: round(results[set].recall) };
  }
  await writeFile(floorsPath, JSON.stringify(floors, null, 2) + '\n');
  console.log(`floors now ${JSON.stringify(floors)}`);
}
if (flag('--gate')) {
  const floors = JSON.parse(await readFile(floorsPath, 'utf8'));
  let failed = false;
  for (const set of sets) {
    const floor = floors[set]?.f1;
    if (floor === undefined) continue;
    const ok = results[set].f1 >= floor - GATE_TOLERANCE;
    console.log(`gate ${set}: F1 ${results[set].f1.toFixed(4)} against floor ${floor.toFixed(4)} (tolerance ${GATE_TOLERANCE}): ${ok ? 'pass' : 'FAIL'}`);
    failed ||= !ok;
  }
  if (failed) process.exitCode = 1;
}

function round(x) {
  return Math.round(x * 10000) / 10000;
}
function fmt(x) {
  return x === null ? '  -  ' : x.toFixed(3);
}
function sign(d) {
  return `${d >= 0 ? '+' : ''}${d.toFixed(4)}`;
}
