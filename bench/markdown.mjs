#!/usr/bin/env node
// Markdown benchmark: the markdown output, stripped of its markup (stripMarkdown), scored as
// the text output is (bench/quality.mjs's metric, body without headline), beside the text
// output of the same clean, per part of the tuning/checking split. The markdown is written
// from the same kept blocks as the text, so the two must score alike: exit 1 when a part's
// F1 differs by more than MAX_F1_GAP.
//
//   node bench/markdown.mjs [scrapinghubDir] [--wcxb dir] [--bench scrapinghub|wcxb|both]
//     [--set html|text|both] [--dist dir]
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { scoreOutput, setChoice, standardSets } from './corpus.mjs';
import { aggregate } from './metric.mjs';
import { PARTS } from './tables.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const MAX_F1_GAP = 0.005;
const { value, positional } = commandLine(['--set', '--wcxb', '--bench', '--dist']);
const choice = setChoice(value, positional);
const formats = value('--set', 'html') === 'both' ? ['html', 'text'] : [value('--set', 'html')];
const { clean, stripMarkdown } = await import(join(resolve(value('--dist', join(here, '../dist'))), 'index.js'));

let worst = 0;
console.log('| set | part | pages | text F1 | markdown F1 | gap |\n| --- | --- | --- | --- | --- | --- |');
for (const set of await standardSets({ ...choice, formats })) {
  const text = [];
  const md = [];
  for (const page of set.pages) {
    const result = await clean(await readFile(page.path), { path: page.file, title: false, format: set.format, output: 'markdown' });
    text.push(scoreOutput(page, result.ok ? result.text : ''));
    md.push(scoreOutput(page, result.ok ? stripMarkdown(result.markdown) : ''));
  }
  for (const p of PARTS) {
    const pick = (rows) => rows.filter((r) => p === 'all' || r.part === p);
    const a = aggregate(pick(text));
    const b = aggregate(pick(md));
    const gap = b.f1 - a.f1;
    worst = Math.max(worst, Math.abs(gap));
    console.log(`| ${set.label} | ${p} | ${a.pages} | ${a.f1.toFixed(4)} | ${b.f1.toFixed(4)} | ${gap >= 0 ? '+' : ''}${gap.toFixed(4)} |`);
  }
}
console.log(`\nlargest gap ${worst.toFixed(4)} (limit ${MAX_F1_GAP})`);
if (worst > MAX_F1_GAP) process.exitCode = 1;
