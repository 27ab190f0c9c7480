#!/usr/bin/env node
// WCXB by page type: run the built library over ../shared/bench/wcxb (HTML or text), score
// the body with the metric of ../shared/bench/README.md per page type and per part of the
// tuning/checking split (bench/split.mjs), count pages that came out empty, and measure
// the sidecar's `pageType` against the truth's `page_type` (accuracy and confusion).
//
//   node bench/wcxb-types.mjs [dataDir] [--set html|text] [--only pageType] [--out dir] [--json file] [--confusion]
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { aggregate, scorePage } from './metric.mjs';
import { part } from './split.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { flag, value, positional } = commandLine(['--set', '--out', '--json', '--only']);
const dataDir = resolve(positional[0] ?? join(here, '../../shared/bench/wcxb'));
const set = value('--set', 'html');
const outDir = value('--out', null);
const jsonOut = value('--json', null);
const only = value('--only', null);

const { clean } = await import(join(here, '../dist/index.js'));
const truth = JSON.parse(await readFile(join(dataDir, 'ground-truth.json'), 'utf8'));
const dir = join(dataDir, set);
const files = (await readdir(dir)).filter((f) => /\.(html\.gz|html|txt)$/.test(f)).sort();
if (outDir) await mkdir(outDir, { recursive: true });

const pages = [];
for (const file of files) {
  const id = file.replace(/\.(html\.gz|html|txt)$/, '');
  const t = truth[id];
  if (!t || (only && t.page_type !== only)) continue;
  const bytes = await readFile(join(dir, file));
  const result = await clean(bytes, { path: file, title: false, format: set === 'html' ? 'html' : 'text', url: t.url });
  const body = result.ok ? result.text : '';
  if (outDir) await writeFile(join(outDir, `${id}.txt`), body);
  const s = scorePage(t.articleBody ?? '', body);
  const messages = result.sidecar?.messages ?? [];
  pages.push({
    id,
    type: t.page_type,
    part: part(id),
    ...s,
    empty: !body.trim(),
    inputHasText: bytes.length > 0,
    error: result.ok ? null : result.error.code,
    warnings: messages.map((m) => m.code),
    predicted: result.sidecar?.pageType?.type ?? null,
  });
}

const fmt = (v) => v.toFixed(3);
const types = [...new Set(pages.map((p) => p.type))].sort();
console.log(`WCXB ${set}: ${pages.length} pages`);
console.log('type           | all  P     R     F1    | tune F1 (n) | check F1 (n)');
for (const type of [...types, 'all']) {
  const of = pages.filter((p) => type === 'all' || p.type === type);
  const a = aggregate(of);
  const tu = aggregate(of.filter((p) => p.part === 'tune'));
  const ch = aggregate(of.filter((p) => p.part === 'check'));
  console.log(
    `${type.padEnd(14)} | ${String(of.length).padStart(3)} ${fmt(a.precision)} ${fmt(a.recall)} ${fmt(a.f1)} | ${fmt(tu.f1)} (${tu.pages}) | ${fmt(ch.f1)} (${ch.pages})`,
  );
}
const empty = pages.filter((p) => p.empty);
console.log(`\nempty outputs: ${empty.length}` + (empty.length ? ` (${empty.map((p) => `${p.id}${p.error ? `:${p.error}` : ''}`).join(', ')})` : ''));
const silent = empty.filter((p) => !p.error && !p.warnings.some((w) => /empty/.test(w)));
console.log(`empty outputs with no failure or empty-warning: ${silent.length}`);

if (pages.some((p) => p.predicted)) {
  console.log('\npage type accuracy (sidecar pageType vs truth page_type):');
  for (const which of ['tune', 'check', 'all']) {
    const of = pages.filter((p) => which === 'all' || p.part === which);
    const right = of.filter((p) => p.predicted === p.type).length;
    console.log(`  ${which.padEnd(5)} ${right}/${of.length} = ${((100 * right) / of.length).toFixed(1)} %`);
  }
  if (flag('--confusion')) {
    const preds = [...new Set(pages.map((p) => p.predicted ?? 'none'))].sort();
    console.log(`\nconfusion (rows truth, columns predicted)\n${''.padEnd(14)}${preds.map((p) => p.slice(0, 6).padStart(7)).join('')}`);
    for (const type of types) {
      const row = preds.map((pr) => String(pages.filter((p) => p.type === type && (p.predicted ?? 'none') === pr).length).padStart(7));
      console.log(`${type.padEnd(14)}${row.join('')}`);
    }
  }
}
if (jsonOut) await writeFile(jsonOut, JSON.stringify(pages, null, 1));
