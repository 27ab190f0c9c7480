// Batch scaling: pages per second of `pith <folder> -o <out>` on one core (-j1) and on two
// (-j2), interleaved so a burst of load on the machine hits both alike, plus peak memory.
//
//   npm run build && node bench/scaling.mjs [dataDir] [--copies 6] [--rounds 3] [--workers thread|process]
//
// The folder is the HTML pages of dataDir (default ../shared/bench/scrapinghub) copied
// --copies times into a temporary directory. On Linux each run is pinned with taskset
// (-j1 to CPU 0, -j2 to CPUs 0 and 1), so -j1 cannot borrow a second core for V8's
// background threads; elsewhere the runs are unpinned and the ratio says less.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const VALUED = ['--copies', '--rounds', '--workers'];
const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && VALUED.includes(args[i - 1])));
const dataDir = positional[0] ?? join(root, '..', 'shared', 'bench', 'scrapinghub');
const copies = Number(value('--copies', 6));
const rounds = Number(value('--rounds', 3));
const workers = value('--workers', 'thread');
const bin = join(root, 'bin', 'pith.js');

if (!existsSync(join(root, 'dist', 'cli.cjs'))) throw new Error('dist/ is missing: run npm run build first');
if (availableParallelism() < 2) throw new Error('scaling needs at least two cores');
const pinned = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const work = mkdtempSync(join(tmpdir(), 'pith-scaling-'));
const input = join(work, 'in');
const html = readdirSync(join(dataDir, 'html'));
for (let c = 0; c < copies; c++) {
  mkdirSync(join(input, `c${c}`), { recursive: true });
  for (const f of html) copyFileSync(join(dataDir, 'html', f), join(input, `c${c}`, f));
}
const pages = html.length * copies;

/** One run: wall seconds and peak RSS (MB, when /usr/bin/time can tell). */
function run(jobs) {
  const out = join(work, `out-${jobs}`);
  rmSync(out, { recursive: true, force: true });
  let argv = [process.execPath, bin, input, '-o', out, '-j', String(jobs), '--workers', workers, '--quiet'];
  if (pinned) argv = ['taskset', '-c', jobs === 1 ? '0' : '0,1', ...argv];
  const rss = join(work, 'rss');
  if (timeBin) argv = [timeBin, '-f', '%M', '-o', rss, ...argv];
  const start = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0) throw new Error(`-j${jobs} exited ${r.status}: ${r.stderr}`);
  const cleaned = readFileSync(join(out, 'pith-manifest.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"status":"ok"')).length;
  if (cleaned !== pages) throw new Error(`-j${jobs} cleaned ${cleaned} of ${pages} pages`);
  return { seconds, rssMB: timeBin ? Number(readFileSync(rss, 'utf8').trim().split('\n').pop()) / 1024 : null };
}

console.log(`${pages} HTML pages (${html.length} × ${copies}), ${workers} workers, ${pinned ? 'pinned with taskset' : 'NOT pinned'}; node ${process.version}`);
const ratios = [];
let peak = { 1: 0, 2: 0 };
for (let i = 1; i <= rounds; i++) {
  const one = run(1);
  const two = run(2);
  ratios.push(one.seconds / two.seconds);
  peak = { 1: Math.max(peak[1], one.rssMB ?? 0), 2: Math.max(peak[2], two.rssMB ?? 0) };
  console.log(`round ${i}: -j1 ${(pages / one.seconds).toFixed(1)} pages/s, -j2 ${(pages / two.seconds).toFixed(1)} pages/s, ${(one.seconds / two.seconds).toFixed(3)}×`);
}
const mean = ratios.reduce((a, b) => a + b, 0) / ratios.length;
console.log(`-j2 / -j1: mean ${mean.toFixed(3)}× (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)})`);
if (timeBin) console.log(`peak RSS: -j1 ${peak[1].toFixed(0)} MB, -j2 ${peak[2].toFixed(0)} MB`);
rmSync(work, { recursive: true, force: true });
