#!/usr/bin/env node
/**
 * The hostile-input counts for the closing note: runs test/hostile.test.ts (every generated
 * hostile input through the library and the CLI) and prints, by category, the inputs tried,
 * how many were cleaned or rejected, and the crashes, hangs and garbage outputs from binary
 * input — all three must be 0 — then each case's outcome, time and resident memory.
 *
 * Once per DOM engine (the suite runs on linkedom and on jsdom).
 *
 * Then the CLI faults of issue 12 (scripts/hostile-cli-faults.mjs: full and read-only disks,
 * a closed stdout, reserved names, bad flags) and the hostile-data section
 * (scripts/hostile-data.mjs: damaged WARC archives, damaged pages and very long lines), both
 * through the built CLI, each with its own crash / silent-loss / hang counts, which must all
 * be 0 (--mb sets the size of the long-line page, default 50).
 *
 *   node scripts/hostile-report.mjs [--json] [--mb N]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliFaultCases, printCliFaults } from './hostile-cli-faults.mjs';
import { hostileDataReport } from './hostile-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pith-hostile-report-'));
const vitest = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/hostile.test.ts'], {
  cwd: root,
  env: { ...process.env, PITH_HOSTILE_REPORT_DIR: dir },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const reports = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
rmSync(dir, { recursive: true, force: true });
if (!reports.length) {
  console.error('hostile-report: the test run wrote no report (exit ' + vitest.status + ')');
  process.exit(1);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(reports, null, 2));
else for (const report of reports) {
  console.log(`\n### DOM engine: ${report.engine}\n`);
  const cols = ['tried', 'cleaned', 'rejected', 'crashes', 'hangs', 'garbage'];
  console.log(`| category | ${cols.join(' | ')} |`);
  console.log(`|---|${cols.map(() => '---:').join('|')}|`);
  const sum = Object.fromEntries(cols.map((c) => [c, 0]));
  for (const [name, t] of Object.entries(report.categories)) {
    console.log(`| ${name} | ${cols.map((c) => t[c]).join(' | ')} |`);
    for (const c of cols) sum[c] += t[c];
  }
  console.log(`| **all** | ${cols.map((c) => `**${sum[c]}**`).join(' | ')} |`);
  console.log(`\nwrong outcomes: ${report.total.wrong}; peak resident memory ${report.peakRssMb} MB (cap ${report.memoryCapMb} MB); test run exit ${vitest.status}\n`);
  for (const c of report.cases) console.log(`${c.category.padEnd(9)} ${c.name.padEnd(50)} ${c.outcome.padEnd(10)} ${String(c.ms).padStart(6)} ms ${String(c.rssMb).padStart(5)} MB`);
}
let bad = reports.reduce((n, r) => n + r.total.crashes + r.total.hangs + r.total.garbage, 0);

// --- CLI faults (issue 12) ---
const cliFaults = cliFaultCases(root);
if (process.argv.includes('--json')) console.log(JSON.stringify({ cliFaults }, null, 2));
else printCliFaults(cliFaults);
bad += cliFaults.crashes + cliFaults.silent + cliFaults.hangs;

// --- hostile data (issue 12) ---
const mbArg = process.argv.indexOf('--mb');
const data = hostileDataReport({ mb: mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50, log: process.argv.includes('--json') ? (s) => console.error(s) : console.log });
bad += data.crashes + data.losses + data.hangs;
process.exit(vitest.status === 0 && bad === 0 ? 0 : 1);
