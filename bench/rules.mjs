#!/usr/bin/env node
// Per-rule ablation (issue 13, item 5): what each rule of the registry (`RULES`) is worth.
// For every rule, clean the pages again with that rule switched off (`disableRules`) and
// report the change in P/R/F1 and in WCXB snippets, on the tuning and checking parts of
// ScrapingHub and WCXB, for the rule's own path (HTML rules on the HTML sets, text rules
// on the text sets). Written as a Markdown report (docs/rules.md by default).
//
// To stay affordable on two shared cores, a rule is re-run only on the pages where it
// recorded a removal in the baseline run (the sidecar's removed[].rule): a rule that removed
// nothing from a page cannot have changed it (every id a sidecar records is a registry entry,
// test/rules.test.ts). A rule that never records a removal on any
// page of its path (one that keeps or reshapes text) is re-run on every page of its path,
// and the report says so. --full re-runs every rule on every page, to check that shortcut.
//
//   node bench/rules.mjs [scrapinghubDir] [--wcxb dir] [--bench scrapinghub|wcxb|both]
//     [--set html|text|both] [--dist dir] [--rules id,id] [--full] [--jobs n] [--report docs/rules.md]
//     [--label 'what the library is', for the report; default the --dist folder]
import { writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from './args.mjs';
import { scoreOutput, setChoice, standardSets } from './corpus.mjs';
import { aggregate } from './metric.mjs';
import { n } from './tables.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
// A change in F1 smaller than this on every set and part is "no measurable effect": one
// page moving by 0.05 in a part of ~90 pages moves that part's F1 by about 0.0005.
const EFFECT = 0.0005;
const WITH_VALUE = ['--set', '--wcxb', '--bench', '--dist', '--rules', '--report', '--jobs', '--label'];
const { flag, value, positional } = commandLine(WITH_VALUE);
const { dirs, formats, bench } = setChoice(value, positional);
const distDir = resolve(value('--dist', join(here, '../dist')));
const reportPath = resolve(value('--report', join(here, '../docs/rules.md')));
const only = value('--rules', null)?.split(',');

const lib = await import(join(distDir, 'index.js'));
if (!Array.isArray(lib.RULES)) {
  console.error(`rules: ${distDir}/index.js exports no RULES registry (the rule registry of issue 13 is not built there)`);
  process.exit(2);
}
const rules = lib.RULES.filter((r) => formats.includes(r.path) && (!only || only.includes(r.id)));
const sets = await standardSets({ bench, formats, dirs });

// Pages are cleaned by --jobs worker threads (default 1); the main thread scores them.
const jobs = Math.max(1, Number(value('--jobs', '1')));
const workers = Array.from({ length: jobs }, () => new Worker(join(here, 'rules-worker.mjs'), { workerData: { distDir } }));
const waiting = new Map();
let nextJob = 0;
for (const w of workers) w.on('message', (m) => { waiting.get(m.job)(m); waiting.delete(m.job); });

/** Clean one page and score it; returns the score row, the text and the rule ids its sidecar records. */
function run(set, page, disableRules, worker) {
  const job = nextJob++;
  return new Promise((done) => {
    waiting.set(job, ({ text, fired }) => done({ score: scoreOutput(page, text), text, fired: new Set(fired) }));
    worker.postMessage({ job, path: page.path, file: page.file, format: set.format, disableRules });
  });
}

/** Run `tasks` (functions of a worker) on the pool, each worker taking the next task when free. */
async function pool(tasks) {
  let i = 0;
  await Promise.all(workers.map(async (w) => { while (i < tasks.length) await tasks[i++](w); }));
}

/** Whether a sidecar's recorded ids hold a removal by `id`. */
const recorded = (fired, id) => fired.has(id);
const listed = new Set(lib.RULES.map((r) => r.id));

const t0 = performance.now();
let runs = 0;
const base = new Map(); // set key -> Map(page id -> run)
const unlisted = new Set(); // rule ids the sidecars record that the registry lacks
for (const set of sets) {
  const byId = new Map();
  await pool(set.pages.map((page) => async (w) => byId.set(page.id, await run(set, page, null, w))));
  runs += set.pages.length;
  base.set(set.key, byId);
  for (const r of byId.values()) for (const id of r.fired) if (!listed.has(id)) unlisted.add(`${id} (${set.key})`);
  console.error(`baseline ${set.label}: ${set.pages.length} pages`);
}

/** F1 and snippet totals of one part ('tune' or 'check') of a set, given each page's score. */
function partScore(set, scores, p) {
  const rows = set.pages.filter((x) => x.part === p).map((x) => scores.get(x.id));
  const agg = aggregate(rows);
  const sum = (k) => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  return { ...agg, withFound: sum('withFound'), leaked: sum('leaked'), withTotal: sum('withTotal') };
}

const report = [];
for (const rule of rules) {
  const mine = sets.filter((s) => s.format === rule.path);
  const firedAnywhere = mine.some((s) => [...base.get(s.key).values()].some((r) => recorded(r.fired, rule.id)));
  const full = flag('--full') || !firedAnywhere;
  const row = { rule, full, firedAnywhere, sets: {} };
  for (const set of mine) {
    const baseRuns = base.get(set.key);
    const before = new Map([...baseRuns].map(([id, r]) => [id, r.score]));
    const after = new Map(before);
    const fired = set.pages.filter((p) => recorded(baseRuns.get(p.id).fired, rule.id));
    let changed = 0;
    const again = full ? set.pages : fired;
    await pool(
      again.map((page) => async (w) => {
        const r = await run(set, page, [rule.id], w);
        after.set(page.id, r.score);
        if (r.text !== baseRuns.get(page.id).text) changed++;
      }),
    );
    runs += again.length;
    const parts = {};
    for (const p of ['tune', 'check']) {
      const b = partScore(set, before, p);
      const a = partScore(set, after, p);
      // The rule's contribution: positive when the rule on scores better than the rule off.
      parts[p] = { dP: b.precision - a.precision, dR: b.recall - a.recall, dF1: b.f1 - a.f1, dWith: b.withFound - a.withFound, dLeaked: a.leaked - b.leaked, withTotal: b.withTotal };
    }
    row.sets[set.key] = { fired: fired.length, changed, parts };
  }
  row.verdict = verdict(row);
  report.push(row);
  console.error(`${rule.id}: ${row.verdict}${full ? ' (full run)' : ''}`);
}

function verdict(row) {
  const deltas = Object.values(row.sets).flatMap((s) => [s.parts.tune.dF1, s.parts.check.dF1]);
  const changed = Object.values(row.sets).reduce((s, x) => s + x.changed, 0);
  if (!changed) return 'no measurable effect (no output changed)';
  if (deltas.every((d) => Math.abs(d) < EFFECT)) return 'no measurable effect';
  const tune = Object.values(row.sets).reduce((s, x) => s + x.parts.tune.dF1, 0);
  const check = Object.values(row.sets).reduce((s, x) => s + x.parts.check.dF1, 0);
  if (tune + check < 0) return 'hurts';
  const worse = Object.entries(row.sets).flatMap(([k, x]) => ['tune', 'check'].filter((p) => x.parts[p].dF1 <= -EFFECT).map((p) => `${k} ${p}`));
  if (check <= 0 && tune >= EFFECT) return 'pays on tuning only (fitted?)';
  return worse.length ? `pays overall; hurts ${worse.join(', ')}` : 'pays';
}

const seconds = ((performance.now() - t0) / 1000).toFixed(0);
for (const w of workers) await w.terminate();
await writeFile(reportPath, markdown());
console.error(`${runs} page runs in ${seconds} s; report written to ${reportPath}`);

function markdown() {
  const lines = [
    '# What each rule is worth',
    '',
    `Generated by \`node bench/rules.mjs\` (${runs} page runs, ${seconds} s) against the library in \`${value('--label', distDir)}\`, body only (no headline), the metric of \`../shared/bench/README.md\`. Split into tuning and checking parts by \`bench/split.mjs\`.`,
    '',
    'ΔF1 is the rule\'s contribution: F1 with every rule on minus F1 with this rule switched off (`disableRules`), on the part of the set named; positive means the rule pays. "pages fired" counts, per set, the pages where the rule recorded a removal in the baseline run; only those pages are cleaned again (a rule that removed nothing from a page did not change it). Rules marked *full run* never recorded a removal on their path, so every page of their path was cleaned again. WCXB Δwith / Δleaked: `with` snippets the rule keeps found (positive is good) / `without` snippets it keeps out (positive is good), summed over both parts.',
    '',
    `Verdicts: "no measurable effect" when |ΔF1| < ${EFFECT} on every set and part; "hurts" when the sum over sets and parts is negative; "pays on tuning only" when it lifts the tuning parts by at least that and the checking parts not at all (fitted to pages: revert or generalise); "pays overall; hurts …" names the set parts it costs at least ${EFFECT}.`,
    '',
    ...(unlisted.size ? [`Removals recorded under ids the registry does not list (counted for the listed rule whose id they extend): ${[...unlisted].sort().map((x) => `\`${x}\``).join(', ')}.`, ''] : []),
  ];
  for (const path of formats) {
    const keys = sets.filter((s) => s.format === path).map((s) => s.key);
    const mine = report.filter((r) => r.rule.path === path);
    if (!mine.length) continue;
    const wcxb = keys.includes(`wcxb/${path}`);
    const head = ['rule', 'kind', 'pages fired', ...keys.flatMap((k) => [`ΔF1 ${k} tune`, `ΔF1 ${k} check`]), ...(wcxb ? ['WCXB Δwith / Δleaked'] : []), 'verdict'];
    lines.push(`## ${path === 'html' ? 'HTML' : 'Text'} rules (${mine.length})`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const row of mine) {
      const fired = keys.map((k) => `${k} ${row.sets[k].fired}`).join(', ');
      const cells = [`\`${row.rule.id}\``, [row.rule.kind].flat().join(', '), row.full && !row.firedAnywhere ? `never recorded; *full run* (${changedText(row)})` : `${fired}${row.full ? ' (*full run*)' : ''}`];
      for (const k of keys) cells.push(signed(row.sets[k].parts.tune.dF1), signed(row.sets[k].parts.check.dF1));
      if (wcxb) {
        const w = row.sets[`wcxb/${path}`];
        cells.push(`${plus(w.parts.tune.dWith + w.parts.check.dWith)} / ${plus(w.parts.tune.dLeaked + w.parts.check.dLeaked)}`);
      }
      cells.push(row.verdict);
      lines.push(`| ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function changedText(row) {
  return Object.entries(row.sets).map(([k, s]) => `${k}: ${s.changed} pages changed`).join(', ');
}
function signed(d) {
  return Math.abs(d) < 0.00005 ? '0' : `${d > 0 ? '+' : ''}${n(d)}`;
}
function plus(x) {
  return `${x > 0 ? '+' : ''}${x}`;
}
