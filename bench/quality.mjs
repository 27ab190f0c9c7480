#!/usr/bin/env node
// Quality benchmark: run the built library over ScrapingHub and WCXB (HTML and text), score
// the body (no headline) with the metric of ../shared/bench/README.md, and print per set a
// table per page type and per part of the tuning/checking split (bench/split.mjs), beside
// the "keep the whole page" reference, with WCXB's `with` snippets found and `without`
// snippets leaked; then the ten worst pages and the change against a saved baseline.
// With --gate, exit 1 when a set's F1 (overall or for one page type) falls more than
// GATE_TOLERANCE below its floor in bench/floors.json (floors only go up).
//
//   node bench/quality.mjs [scrapinghubDir] [--wcxb dir] [--bench scrapinghub|wcxb|both]
//     [--set html|text|both] [--text-dir dir [--truth ground-truth.json]] [--dom linkedom|jsdom]
//     [--dist dir] [--out dir] [--no-reference] [--save-baseline] [--raise-floors] [--gate]
//     [--favor precision|recall] [--keep kinds] (the library's knobs, to measure them)
//     [--no-classifier] [--line-classifier on|off]
//
// --no-classifier turns off the learned block classifier (option blockClassifier, src/classify/), to compare;
// --line-classifier sets the text path's line classifier (option lineClassifier, src/classify/lines.ts).
//
// --text-dir scores one folder of text scrapes (<id>.txt, e.g. a flattening built by
// bench/flatten.py, or a generated set) against --truth (default ScrapingHub's) instead.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { scoreOutput, setChoice, standardSets, textDirSet, wholePage } from './corpus.mjs';
import { summarise, table } from './tables.mjs';
import { GATE_TOLERANCE, holdsFloor } from './gate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const WITH_VALUE = ['--line-classifier', '--favor', '--keep', '--set', '--dom', '--out', '--baseline', '--floors', '--wcxb', '--bench', '--text-dir', '--truth', '--dist'];
const { flag, value, positional } = commandLine(WITH_VALUE);
const { dirs, formats, bench } = setChoice(value, positional);
const outDir = resolve(value('--out', join(here, '../bench-out')));
const baselinePath = resolve(value('--baseline', join(here, 'baseline.json')));
const floorsPath = resolve(value('--floors', join(here, 'floors.json')));
const dom = value('--dom', undefined);
// The knobs (options.favor, options.keep), to measure what each setting is worth.
const knobs = {
  ...(value('--favor', undefined) ? { favor: value('--favor') } : {}),
  ...(value('--keep', undefined) ? { keep: value('--keep').split(',') } : {}),
  ...(value('--line-classifier', undefined) ? { lineClassifier: value('--line-classifier') === 'on' } : {}),
};
// The reference does not depend on pith, so the gate skips it to stay quick.
const withReference = !flag('--no-reference') && !flag('--gate');

const { clean } = await import(join(resolve(value('--dist', join(here, '../dist'))), 'index.js'));
const sets = flag('--text-dir')
  ? [await textDirSet(value('--text-dir'), value('--truth', join(dirs.scrapinghub, 'ground-truth.json')))]
  : await standardSets({ bench, formats, dirs });
const baseline = existsSync(baselinePath) ? JSON.parse(await readFile(baselinePath, 'utf8')) : null;
const results = {};

for (const set of sets) {
  const out = join(outDir, set.key.replace(':', '-'));  // dir:flat/lynx -> bench-out/dir-flat/lynx
  await mkdir(out, { recursive: true });
  const scored = [];
  const reference = [];
  let ms = 0;
  // CPU time as well as wall time: on a shared machine the wall time says more about the neighbours.
  const cpu0 = process.cpuUsage();
  for (const page of set.pages) {
    const bytes = await readFile(page.path);
    const t0 = performance.now();
    const result = await clean(bytes, { path: page.file, title: false, format: set.format, dom, ...knobs, blockClassifier: !flag('--no-classifier') });
    ms += performance.now() - t0;
    const body = result.ok ? result.text : '';
    await writeFile(join(out, `${page.id}.txt`), body);
    scored.push({ ...scoreOutput(page, body), error: result.ok ? undefined : result.error.message });
    if (withReference) reference.push(scoreOutput(page, wholePage(bytes, set.format)));
  }
  const cpu = process.cpuUsage(cpu0);
  const rows = summarise(scored, withReference ? reference : null);
  const all = rows['all|all'];
  results[set.key] = {
    precision: all.precision,
    recall: all.recall,
    f1: all.f1,
    pages: all.pages,
    ms: Math.round(ms),
    types: Object.fromEntries(Object.entries(rows).filter(([k]) => k.endsWith('|all') && k !== 'all|all').map(([k, r]) => [k.split('|')[0], r.f1])),
    perPage: Object.fromEntries(scored.map((p) => [p.id, round(p.f1)])),
  };
  const before = baseline?.[set.key];
  console.log(`\n== ${set.label} (${scored.length} pages, ${(ms / scored.length).toFixed(1)} ms/page in clean, ${((cpu.user + cpu.system) / 1000 / scored.length).toFixed(1)} ms/page CPU for the loop)\n`);
  console.log(table(rows));
  if (before) console.log(`\nF1 ${all.f1.toFixed(4)} against baseline ${before.f1.toFixed(4)} (${sign(all.f1 - before.f1)})`);
  console.log('ten worst pages:');
  for (const p of [...scored].sort((a, b) => a.f1 - b.f1).slice(0, 10)) {
    console.log(`  ${p.id.slice(0, 16)}${p.type ? ` ${p.type}` : ''} ${p.part}  F1 ${p.f1.toFixed(3)}  P ${fmt(p.precision)}  R ${fmt(p.recall)}${p.error ? `  error: ${p.error}` : ''}`);
  }
  if (before?.perPage) {
    const moved = scored
      .map((p) => ({ id: p.id, d: p.f1 - (before.perPage[p.id] ?? p.f1) }))
      .filter((x) => Math.abs(x.d) >= 0.01)
      .sort((a, b) => a.d - b.d);
    if (moved.length) console.log(`pages that moved ≥ 0.01 against the baseline: ${moved.map((x) => `${x.id.slice(0, 8)} ${sign(x.d)}`).join(', ')}`);
  }
}

if (flag('--save-baseline')) {
  // Sets not run this time keep their saved baseline.
  await writeFile(baselinePath, JSON.stringify({ ...baseline, ...results }, null, 1) + '\n');
  console.log(`\nbaseline saved to ${baselinePath}`);
}
if (flag('--raise-floors')) {
  // Floors only go up: a set's (or a page type's) floor becomes this run's F1 only when that
  // is higher. Folders given with --text-dir get no floor.
  const floors = existsSync(floorsPath) ? JSON.parse(await readFile(floorsPath, 'utf8')) : {};
  for (const [key, r] of Object.entries(results)) {
    if (key.startsWith('dir:')) continue;
    const floor = (floors[key] ??= {});
    if (!(floor.f1 >= round(r.f1))) Object.assign(floor, { f1: round(r.f1), precision: round(r.precision), recall: round(r.recall) });
    for (const [type, f] of Object.entries(r.types)) {
      floor.types ??= {};
      if (!(floor.types[type] >= round(f))) floor.types[type] = round(f);
    }
  }
  await writeFile(floorsPath, JSON.stringify(floors, null, 2) + '\n');
  console.log(`floors now ${JSON.stringify(floors)}`);
}
if (flag('--gate')) {
  const floors = JSON.parse(await readFile(floorsPath, 'utf8'));
  let failed = false;
  const check = (name, f, floor) => {
    const ok = holdsFloor(f, floor);
    if (!ok || !name.includes(' ')) console.log(`gate ${name}: F1 ${f.toFixed(4)} against floor ${floor.toFixed(4)} (tolerance ${GATE_TOLERANCE}): ${ok ? 'pass' : 'FAIL'}`);
    failed ||= !ok;
  };
  for (const [key, r] of Object.entries(results)) {
    const floor = floors[key];
    if (floor?.f1 !== undefined) check(key, r.f1, floor.f1);
    for (const [type, f] of Object.entries(floor?.types ?? {})) check(`${key} ${type}`, r.types[type] ?? 0, f);
    if (floor?.types) console.log(`gate ${key}: ${Object.keys(floor.types).length} page types checked`);
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
