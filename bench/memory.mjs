#!/usr/bin/env node
/**
 * Peak memory of one very large single-line page (issue 12: a 50 MB line once took ~65× its
 * size). Builds the page in a temp dir (text and HTML), cleans each in a fresh child process
 * through the library and reports the peak resident set size (getrusage maxRSS) after each
 * stage, as a multiple of the input. Measures dist/: run `npm run build` first.
 *
 * `html-lines` is an ordinary page of the same size: many short paragraphs on many lines.
 * `--heap MB` caps the child's heap (--max-old-space-size), as batch mode caps a worker's.
 *
 *   node bench/memory.mjs [--mb 50] [--only text|html|html-lines] [--heap MB]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const mb = Number(arg('--mb', '50'));
const only = arg('--only', null);
const heap = arg('--heap', null);
const root = fileURLToPath(new URL('..', import.meta.url));

if (args[0] === '--child') {
  // In the child: wrap each stage to read the peak RSS after it.
  const { clean, STAGES } = await import(join(root, 'dist/index.js'));
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(args[1]);
  const peaks = {};
  for (const stage of STAGES) {
    const run = stage.run;
    stage.run = async (doc) => {
      await run(doc);
      peaks[stage.name] = Math.round(process.resourceUsage().maxRSS / 1024);
    };
  }
  const before = Math.round(process.resourceUsage().maxRSS / 1024);
  const t0 = performance.now();
  const r = await clean(bytes, { path: args[1], maxBytes: bytes.length + 1 });
  console.log(JSON.stringify({ ok: r.ok, error: r.ok ? null : r.error.message, words: r.ok ? r.sidecar.wordCount : 0, before, peaks, peak: Math.round(process.resourceUsage().maxRSS / 1024), ms: Math.round(performance.now() - t0) }));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'pith-memory-'));
const n = Math.round((mb * 1e6) / 34);
const pages = {
  text: ['line.txt', 'many words in one long paragraph. '.repeat(n)],
  html: ['line.html', `<html><head><title>One line</title></head><body><p>${'many words in one long paragraph. '.repeat(n)}</p></body></html>`],
  'html-lines': ['lines.html', `<html><head><title>Many lines</title></head><body><article>\n${'<p>Many words in one short paragraph, and a <a href="/x">link</a> in it too.</p>\n'.repeat(Math.round((mb * 1e6) / 77))}</article></body></html>`],
};
try {
  console.log('| page | input MB | peak RSS MB | × input | peak after each stage (MB) | ms |');
  console.log('|---|---:|---:|---:|---|---:|');
  for (const [kind, [name, content]] of Object.entries(pages)) {
    if (only && only !== kind) continue;
    const file = join(dir, name);
    writeFileSync(file, content);
    const inMb = Buffer.byteLength(content) / 2 ** 20;
    const child = spawnSync(process.execPath, [...(heap ? [`--max-old-space-size=${heap}`] : []), fileURLToPath(import.meta.url), '--child', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').pop();
    if (child.status !== 0 || !line) {
      console.log(`| ${kind} | ${inMb.toFixed(1)} | failed (exit ${child.status}, ${child.signal ?? ''}) ${child.stderr.split('\n').find((l) => /FATAL|Error/.test(l)) ?? ''} | | | |`);
      continue;
    }
    const r = JSON.parse(line);
    const stages = Object.entries(r.peaks).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`| ${kind} | ${inMb.toFixed(1)} | ${r.peak} | ${(r.peak / inMb).toFixed(1)} | start ${r.before}, ${stages}${r.ok ? '' : ` (failed: ${r.error})`} | ${r.ms} |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
