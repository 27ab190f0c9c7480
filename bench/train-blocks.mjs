#!/usr/bin/env node
// Training data for the block classifier (src/classify/): run the built library over the
// HTML pages of WCXB and ScrapingHub with --debug on and the classifier off, take every
// block of the pruned page with its feature row (sidecar debug.classifier), and label it
// from the ground truth: main content when most of its 4-token shingles are in the truth
// body (a block under four tokens: when its tokens appear in a row in the truth). Writes one
// JSON line per page; bench/train-blocks.py trains on the tuning part (bench/split.mjs).
//
//   node bench/train-blocks.mjs [scrapinghubDir] [--wcxb dir] [--bench scrapinghub|wcxb|both]
//     [--out bench-out/blocks.jsonl] [--dist dir]
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { setChoice, standardSets } from './corpus.mjs';
import { shingles, tokens } from './metric.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const { value, positional } = commandLine(['--wcxb', '--bench', '--out', '--dist']);
const { dirs, bench } = setChoice(value, positional);
const outPath = resolve(value('--out', join(here, '../bench-out/blocks.jsonl')));
const { clean } = await import(join(resolve(value('--dist', join(here, '../dist'))), 'index.js'));
/** Share of a block's shingles that must be in the truth for it to count as main content. */
const MAIN_SHARE = 0.5;

const lines = [];
for (const set of await standardSets({ bench, formats: ['html'], dirs })) {
  for (const page of set.pages) {
    const result = await clean(await readFile(page.path), { path: page.file, title: false, format: 'html', debug: true, blockClassifier: false });
    const info = result.sidecar?.debug?.classifier;
    if (!info) continue;
    const truth = page.truth.articleBody ?? '';
    const truthShingles = shingles(truth);
    const truthN = [...truthShingles.values()].reduce((a, c) => a + c, 0);
    const truthLine = ` ${tokens(truth).join(' ')} `;
    const blocks = info.blocks.map((b) => {
      const own = shingles(b.text);
      let n = 0;
      let hit = 0;
      for (const [k, c] of own) {
        n += c;
        hit += Math.min(c, truthShingles.get(k) ?? 0);
      }
      const short = tokens(b.text).length < 4;
      const main = short ? n > 0 && truthLine.includes(` ${tokens(b.text).join(' ')} `) : n > 0 && hit / n >= MAIN_SHARE;
      return { main: +main, n, hit, row: b.row };
    });
    lines.push(JSON.stringify({ set: set.key, id: page.id, part: page.part, type: page.truth.page_type ?? 'article', truthN, features: info.features, blocks }));
  }
  console.error(`${set.label}: ${set.pages.length} pages`);
}
await mkdir(dirname(outPath), { recursive: true });
await writeFile(outPath, `${lines.join('\n')}\n`);
console.error(`wrote ${lines.length} pages to ${outPath}`);
