#!/usr/bin/env node
// Speed benchmark (issue 5): everything measured side by side in one run, same machine,
// same pages, one worker at a time, each measurement in a fresh child process.
//
//   1. Throughput: stock Readability 0.6 on jsdom (new JSDOM(html), new Readability(doc).parse())
//      against pith's full clean() with default options, sidecar serialised, on every HTML
//      page; warm-up pages excluded from the timing. Target: pith ≥ 6× the pages per second,
//      with html F1 (scored like bench/quality.mjs) holding bench/floors.json as the gate does.
//   2. CLI start: one `pith` run on one HTML page and one text page against `node -e 0`
//      (median of several runs, interleaved). Targets: ≤ 3× and ≤ 1.5×.
//   3. Memory: one worker cleaning 2,000 pages (the HTML pages repeated); peak RSS and
//      RSS / post-GC heap sampled along the way. Target: peak ≤ 350 MB and no growth.
//
//   npm run build && node bench/speed.mjs [dataDir] [--runs N] [--batch N] [--dom linkedom,jsdom] [--skip-stock]
//
// Internal: `--child stock|pith|batch` runs one measurement and prints one JSON line.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { GATE_TOLERANCE, holdsFloor } from './gate.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const value = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const VALUED = ['--runs', '--batch', '--dom', '--child', '--warmup'];
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.includes(args[i - 1])));
const dataDir = resolve(positional[0] ?? join(root, '../shared/bench/scrapinghub'));
const WARMUP = Number(value('--warmup', 20));

// Targets, as the issue states them.
const TARGET = { speedup: 6, htmlStart: 3, textStart: 1.5, peakMB: 350, batch: 2000 };
// "Flat": the second half of the batch may not peak more than this above the first half
// (RSS breathes with the GC), and the post-GC heap may not grow by more than this.
const FLAT_RSS_RATIO = 1.1;
const FLAT_HEAP_MB = 16;

function htmlFiles() {
  const dir = join(dataDir, 'html');
  return readdirSync(dir)
    .filter((f) => /\.html(\.gz)?$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const idOf = (file) => file.replace(/^.*\//, '').replace(/\.(html\.gz|html|txt)$/, '');
const readHtml = (file) => {
  const bytes = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
};
const mb = (bytes) => bytes / 1024 / 1024;

// ---------------------------------------------------------------- children

async function childStock() {
  const t0 = performance.now();
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const loadMs = performance.now() - t0;
  // Decoding is not the baseline's job: it gets each page as a ready string.
  const pages = htmlFiles().map((f) => readHtml(f).toString('utf8'));
  let failures = 0;
  const once = (html, timing) => {
    const a = performance.now();
    let dom;
    try {
      dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
    } catch {
      failures++;
      return;
    }
    const b = performance.now();
    try {
      new Readability(dom.window.document).parse();
    } catch {
      failures++;
    }
    dom.window.close();
    if (timing) {
      timing.parse += b - a;
      timing.total += performance.now() - a;
    }
  };
  for (const html of pages.slice(0, WARMUP)) once(html, null);
  failures = 0;
  const timing = { parse: 0, total: 0 };
  const cpu0 = process.cpuUsage();
  for (const html of pages) once(html, timing);
  const cpu = process.cpuUsage(cpu0);
  return { pages: pages.length, msPerPage: timing.total / pages.length, cpuMsPerPage: (cpu.user + cpu.system) / 1000 / pages.length, parseMsPerPage: timing.parse / pages.length, loadMs, failures, maxRssMB: process.resourceUsage().maxRSS / 1024 };
}

async function childPith(dom) {
  const t0 = performance.now();
  const { clean } = await import(join(root, 'dist/index.js'));
  const loadMs = performance.now() - t0;
  const files = htmlFiles();
  // pith gets the files as they are on disk (gzip and all): the full pipeline is timed.
  const inputs = files.map((f) => ({ path: f.replace(/^.*\//, ''), bytes: readFileSync(f) }));
  const options = (path) => (dom ? { path, dom } : { path });
  for (const { path, bytes } of inputs.slice(0, WARMUP)) JSON.stringify((await clean(bytes, options(path))).sidecar);
  let failures = 0;
  const a = performance.now();
  const cpu0 = process.cpuUsage();
  for (const { path, bytes } of inputs) {
    const result = await clean(bytes, options(path));
    JSON.stringify(result.sidecar);
    if (!result.ok) failures++;
  }
  const total = performance.now() - a;
  const cpu = process.cpuUsage(cpu0);
  const cpuMsPerPage = (cpu.user + cpu.system) / 1000 / inputs.length;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  // Quality of the very same build and engine, scored as bench/quality.mjs does (untimed).
  let f1 = null;
  const truthPath = join(dataDir, 'ground-truth.json');
  if (existsSync(truthPath)) {
    const { aggregate, scorePage } = await import(join(here, 'metric.mjs'));
    const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
    const scores = [];
    for (const { path, bytes } of inputs) {
      const id = idOf(path);
      if (!truth[id]) continue;
      const result = await clean(bytes, { ...options(path), format: 'html', title: false });
      scores.push(scorePage(truth[id].articleBody ?? '', result.ok ? result.text : ''));
    }
    f1 = aggregate(scores).f1;
  }
  return { pages: inputs.length, msPerPage: total / inputs.length, cpuMsPerPage, loadMs, failures, maxRssMB, f1 };
}

async function childBatch(count) {
  const { clean } = await import(join(root, 'dist/index.js'));
  const files = htmlFiles();
  const samples = [];
  const every = Math.max(1, Math.floor(count / 20));
  for (let i = 0; i < count; i++) {
    const file = files[i % files.length];
    // Read per page, as a batch over a folder would: nothing is held between pages.
    const result = await clean(readFileSync(file), { path: file.replace(/^.*\//, '') });
    JSON.stringify(result.sidecar);
    if ((i + 1) % every === 0 || i + 1 === count) {
      globalThis.gc?.();
      const m = process.memoryUsage();
      samples.push({ page: i + 1, rssMB: mb(m.rss), heapMB: mb(m.heapUsed) });
    }
  }
  return { pages: count, maxRssMB: process.resourceUsage().maxRSS / 1024, samples };
}

// ---------------------------------------------------------------- parent

function runChild(kind, extra = [], nodeFlags = []) {
  const r = spawnSync(process.execPath, [...nodeFlags, fileURLToPath(import.meta.url), dataDir, '--child', kind, '--warmup', String(WARMUP), ...extra], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`child ${kind} failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function wallMs(argv) {
  const a = performance.now();
  const r = spawnSync(process.execPath, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - a;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function startTimes(runs) {
  const files = htmlFiles();
  // The page of median size stands for "an HTML page"; its flattened twin for "a text page".
  const bySize = [...files].sort((a, b) => statSync(a).size - statSync(b).size);
  const html = bySize[Math.floor(bySize.length / 2)];
  const text = join(dataDir, 'text', `${idOf(html)}.txt`);
  const bin = join(root, 'bin/pith.js');
  const cases = { node: ['-e', '0'], html: [bin, '--quiet', html], ...(existsSync(text) ? { text: [bin, '--quiet', text] } : {}) };
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (const argv of Object.values(cases)) wallMs(argv); // warm the file cache
  // Interleaved, so a burst of load on the machine hits every case alike.
  for (let i = 0; i < runs; i++) for (const [k, argv] of Object.entries(cases)) times[k].push(wallMs(argv));
  return { html: idOf(html), medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) };
}

const fmt = (x, d = 1) => (x === null || x === undefined ? '-' : x.toFixed(d));
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

async function main() {
  const child = value('--child');
  if (child) {
    const out = child === 'stock' ? await childStock() : child === 'batch' ? await childBatch(Number(value('--batch', TARGET.batch))) : await childPith(value('--dom'));
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run npm run build first');
  const runs = Number(value('--runs', 9));
  const doms = value('--dom', '').split(',').filter(Boolean);
  const floorsPath = join(here, 'floors.json');
  const floor = existsSync(floorsPath) ? JSON.parse(readFileSync(floorsPath, 'utf8')).html?.f1 : undefined;
  const results = [];

  console.log(`pages: ${htmlFiles().length} HTML pages in ${dataDir}; warm-up ${WARMUP} pages (untimed); node ${process.version}\n`);
  const stock = args.includes('--skip-stock') ? null : runChild('stock');
  const piths = (doms.length ? doms : [null]).map((dom) => ({ dom: dom ?? 'default', ...runChild('pith', dom ? ['--dom', dom] : []) }));
  console.log('throughput (one worker, ms per page, full pipeline and sidecar for pith):');
  console.log('  engine                      ms/page  pages/s  CPU ms/page  parse ms  load ms  peak RSS MB  failures  html F1');
  if (stock) console.log(`  stock Readability + jsdom  ${fmt(stock.msPerPage).padStart(8)} ${fmt(1000 / stock.msPerPage).padStart(8)} ${fmt(stock.cpuMsPerPage).padStart(12)} ${fmt(stock.parseMsPerPage).padStart(9)} ${fmt(stock.loadMs, 0).padStart(8)} ${fmt(stock.maxRssMB, 0).padStart(12)} ${String(stock.failures).padStart(9)}        -`);
  for (const p of piths) {
    console.log(`  pith (dom ${p.dom})`.padEnd(28) + `${fmt(p.msPerPage).padStart(7)} ${fmt(1000 / p.msPerPage).padStart(8)} ${fmt(p.cpuMsPerPage).padStart(12)} ${'-'.padStart(9)} ${fmt(p.loadMs, 0).padStart(8)} ${fmt(p.maxRssMB, 0).padStart(12)} ${String(p.failures).padStart(9)}   ${fmt(p.f1, 4)}`);
  }
  if (stock) {
    const p = piths[0];
    const ratio = stock.msPerPage / p.msPerPage;
    // The quality gate's rule (bench/gate.mjs): faster must not mean worse than CI lets through.
    const qualityOk = floor === undefined || p.f1 === null || holdsFloor(p.f1, floor);
    console.log(`  pith/stock: ${fmt(ratio, 2)}× the pages per second (wall), ${fmt(stock.cpuMsPerPage / p.cpuMsPerPage, 2)}× by CPU time (CPU includes GC and compiler threads)`);
    results.push([`pith ≥ ${TARGET.speedup}× stock pages/s (pith dom ${p.dom})`, `${fmt(ratio, 2)}×${floor !== undefined ? `, F1 ${fmt(p.f1, 4)} vs floor ${fmt(floor, 4)} (tolerance ${GATE_TOLERANCE})` : ''}`, ratio >= TARGET.speedup && qualityOk]);
  }

  const start = startTimes(runs);
  const m = start.medians;
  console.log(`\nCLI start (median of ${runs} runs, wall ms; HTML page ${start.html.slice(0, 12)}…):`);
  console.log(`  node -e 0   ${fmt(m.node)}`);
  console.log(`  pith html   ${fmt(m.html)}   (${fmt(m.html / m.node, 2)}×)`);
  if (m.text !== undefined) console.log(`  pith text   ${fmt(m.text)}   (${fmt(m.text / m.node, 2)}×)`);
  results.push([`CLI on an HTML page ≤ ${TARGET.htmlStart}× node -e 0`, `${fmt(m.html / m.node, 2)}×`, m.html / m.node <= TARGET.htmlStart]);
  if (m.text !== undefined) results.push([`CLI on a text page ≤ ${TARGET.textStart}× node -e 0`, `${fmt(m.text / m.node, 2)}×`, m.text / m.node <= TARGET.textStart]);

  const count = Number(value('--batch', TARGET.batch));
  const batch = runChild('batch', ['--batch', String(count)], ['--expose-gc']);
  const half = (first) => batch.samples.filter((s) => (first ? s.page <= count / 2 : s.page > count / 2));
  const peak = (xs) => Math.max(...xs.map((s) => s.rssMB));
  const firstAfterWarm = batch.samples.find((s) => s.page >= htmlFiles().length) ?? batch.samples[0];
  const last = batch.samples[batch.samples.length - 1];
  const heapGrowth = last.heapMB - firstAfterWarm.heapMB;
  const rssRatio = peak(half(false)) / peak(half(true));
  console.log(`\nmemory, one worker over ${count} pages (RSS and post-GC heap, MB):`);
  console.log('  ' + batch.samples.map((s) => `${s.page}: ${fmt(s.rssMB, 0)}/${fmt(s.heapMB, 0)}`).join('  '));
  console.log(`  peak RSS ${fmt(batch.maxRssMB, 0)} MB; second-half peak / first-half peak ${fmt(rssRatio, 3)}; heap after page ${firstAfterWarm.page} → ${last.page}: ${sign(heapGrowth)} MB`);
  results.push([`peak RSS of a ${count}-page batch ≤ ${TARGET.peakMB} MB`, `${fmt(batch.maxRssMB, 0)} MB`, batch.maxRssMB <= TARGET.peakMB]);
  results.push(['memory flat over the batch', `RSS ${fmt(rssRatio, 3)}×, heap ${sign(heapGrowth)} MB`, rssRatio <= FLAT_RSS_RATIO && heapGrowth <= FLAT_HEAP_MB]);

  console.log('\ntargets:');
  for (const [name, got, ok] of results) console.log(`  ${verdict(ok)}  ${name}: ${got}`);
  if (results.some(([, , ok]) => !ok)) process.exitCode = 1;
}

function sign(d) {
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}`;
}

await main();
