#!/usr/bin/env node
// Idempotence on real pages: clean every benchmark page (HTML pages as HTML, text scrapes as
// text, default options: the output a user gets, headline included), clean that output again
// as a text scrape, and count the pages whose output changes. For each changed page it prints
// the lines the second pass dropped or added.
//
//   npm run build && node bench/reclean.mjs [dataDir] [--set html|text|both] [--dom linkedom|jsdom] [--quiet]
//
// Exits 1 when any page changes, so it can serve as a check.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { flag, value, positional } = commandLine(['--set', '--dom']);
const dataDir = resolve(positional[0] ?? join(here, '../../shared/bench/scrapinghub'));
const sets = value('--set', 'both') === 'both' ? ['html', 'text'] : [value('--set')];
const dom = value('--dom', undefined);
const quiet = flag('--quiet');

const { clean } = await import(join(here, '../dist/index.js'));

/** The lines of `a` that `b` lacks, as a multiset difference (order aside). */
function missing(a, b) {
  const left = new Map();
  for (const l of b) left.set(l, (left.get(l) ?? 0) + 1);
  const out = [];
  for (const l of a) {
    const n = left.get(l) ?? 0;
    if (n) left.set(l, n - 1);
    else out.push(l);
  }
  return out;
}

const short = (s) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);
let changedTotal = 0;
for (const set of sets) {
  const dir = join(dataDir, set);
  const files = (await readdir(dir)).filter((f) => /\.(html\.gz|html|txt)$/.test(f)).sort();
  const changed = [];
  let cleaned = 0;
  for (const file of files) {
    const first = await clean(await readFile(join(dir, file)), { path: file, format: set === 'html' ? 'html' : 'text', dom });
    if (!first.ok) continue;
    cleaned++;
    const second = await clean(first.text, { format: 'text', dom });
    const again = second.ok ? second.text : '';
    if (again === first.text) continue;
    const a = first.text.split('\n').filter(Boolean);
    const b = again.split('\n').filter(Boolean);
    changed.push({ file, lost: missing(a, b), added: missing(b, a), blanks: missing(a, b).length + missing(b, a).length === 0 });
  }
  changedTotal += changed.length;
  console.log(`== ${set}: ${changed.length} of ${cleaned} cleaned pages change when their output is cleaned again as text`);
  if (quiet) continue;
  for (const c of changed) {
    console.log(`  ${c.file}${c.blanks ? '  (blank lines only, or order)' : ''}`);
    for (const l of c.lost) console.log(`    - ${short(l)}`);
    for (const l of c.added) console.log(`    + ${short(l)}`);
  }
}
if (changedTotal) process.exitCode = 1;
