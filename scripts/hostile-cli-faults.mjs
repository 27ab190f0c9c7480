/**
 * Issue 12's CLI faults, for scripts/hostile-report.mjs: the careless-user and batch-job
 * cases (a full or read-only disk, a closed stdout, hostile names and flags) run through the
 * real CLI (bin/pith.js, so `npm run build` first), each judged as
 *   ok      — pith did what the README says (cleaned, or refused with one clear line);
 *   crash   — a stack trace, "internal error", or death by a signal;
 *   silent  — data lost or a failure hidden: exit 0 with output missing, or a wrong outcome;
 *   hang    — no exit within the limit.
 * A full or read-only disk is a small tmpfs when this runs as root and mount works (else
 * those cases are listed as skipped); a full stdout is /dev/full.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT_MS = 60_000;

export function cliFaultCases(root) {
  const pith = join(root, 'bin', 'pith.js');
  const seed = join(root, 'samples', 'seed', 'input.txt');
  const dir = mkdtempSync(join(tmpdir(), 'pith-cli-faults-'));
  const at = (...p) => join(dir, ...p);
  const put = (rel, content) => {
    mkdirSync(join(at(rel), '..'), { recursive: true });
    writeFileSync(at(rel), content);
  };
  const html = (n) => `<!doctype html><html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>${'<p>The council met on Tuesday to discuss the new bridge, and residents said the plan would ease traffic across the river.</p>'.repeat(4)}</article></body></html>`;
  put('big.txt', `A headline for a long page\n\n${'The council met again on Tuesday to discuss the bridge, and residents said the plan would ease traffic.\n'.repeat(40_000)}`);
  put('in/a.html', html(1));
  put('records.jsonl', Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, html: html(i) })).join('\n'));
  put('sidecar-dir/keep', '');
  const reference = spawnSync(process.execPath, [pith, at('big.txt')], { maxBuffer: 1 << 28 }).stdout;

  /** Run a shell line in the work dir; `$PITH` is the CLI. */
  const sh = (line, input) => {
    const t0 = Date.now();
    const r = spawnSync('bash', ['-c', line], { cwd: dir, env: { ...process.env, PITH: `${process.execPath} ${pith}` }, input, encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 1 << 28 });
    return { code: r.status, signal: r.signal, out: r.stdout ?? '', err: r.stderr ?? '', ms: Date.now() - t0, hung: r.error?.code === 'ETIMEDOUT' };
  };
  const mounts = [];
  const mount = (name, opts) => {
    mkdirSync(at(name), { recursive: true });
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', at(name)], { stdio: 'ignore' });
    if (r.status === 0) mounts.push(at(name));
    return r.status === 0;
  };
  const full = process.getuid?.() === 0 && mount('full', 'size=16k');
  const ro = process.getuid?.() === 0 && mount('ro', 'ro,size=16k');

  const cases = [];
  /** `expect(r)` returns null when the outcome is right, else what was wrong ("silent" unless it says crash). */
  const tryCase = (name, run, expect, skip = false) => {
    if (skip) return cases.push({ name, outcome: 'skipped', ms: 0, detail: 'needs root and a tmpfs mount' });
    const r = run();
    let outcome = 'ok';
    let detail = '';
    if (r.hung) outcome = 'hang';
    else if (r.signal || /^\s+at .+[(:]\d+/m.test(r.err) || /internal error|Unhandled 'error'/.test(r.err)) {
      outcome = 'crash';
      detail = r.signal ?? r.err.split('\n').find(Boolean) ?? '';
    } else {
      const wrong = expect(r);
      if (wrong) {
        outcome = 'silent';
        detail = wrong;
      }
    }
    cases.push({ name, outcome, ms: r.ms, detail: detail || r.err.trim().split('\n')[0] || `exit ${r.code}` });
  };
  const exits = (code, pattern) => (r) => (r.code !== code ? `exit ${r.code}, expected ${code}` : pattern && !pattern.test(r.err) ? `stderr does not say ${pattern}: ${r.err.trim()}` : null);

  try {
    tryCase('stdout is /dev/full', () => sh('$PITH big.txt > /dev/full'), exits(1, /^pith: cannot write to stdout: no space left on the device/), !existsSync('/dev/full'));
    tryCase('stdout is a file on a full disk', () => sh('$PITH big.txt > full/out.txt'), (r) => {
      const written = statSync(at('full', 'out.txt')).size;
      if (r.code === 0 && written < reference.byteLength) return `exit 0 with ${written} of ${reference.byteLength} bytes`;
      return exits(1, /no space left/)(r);
    }, !full);
    tryCase('pith big.txt | head -c1', () => sh('$PITH big.txt | head -c1 > /dev/null; exit ${PIPESTATUS[0]}'), exits(141, /^$/));
    tryCase('pith --records jsonl | head -c1', () => sh('$PITH --records jsonl -q -j 1 < records.jsonl | head -c1 > /dev/null; exit ${PIPESTATUS[0]}'), exits(141, /^$/));
    tryCase('pith --records jsonl > /dev/full', () => sh('$PITH --records jsonl -q -j 1 < records.jsonl > /dev/full'), exits(1, /cannot write to stdout: no space left/), !existsSync('/dev/full'));
    tryCase('-o to a read-only disk', () => sh('$PITH in -o ro/out'), exits(1, /read-only/), !ro);
    tryCase('-o to an existing read-only out dir', () => sh('$PITH in -o ro'), exits(1, /read-only/), !ro);
    tryCase('--sidecar to a directory', () => sh(`$PITH ${seed} --sidecar sidecar-dir > /dev/null`), exits(1, /it is a directory/));
    tryCase('--sidecar on a read-only disk', () => sh(`$PITH ${seed} --sidecar ro/s.json > /dev/null`), exits(1, /read-only/), !ro);
    tryCase('"-" with -o on a full disk', () => sh('$PITH - -o full < big.txt'), exits(1, /no space left/), !full);
    tryCase('pith in -o in', () => sh('$PITH in -o in'), exits(2, /both an input and the out dir/));
    tryCase("--sidecar ''", () => sh(`$PITH ${seed} --sidecar '' > /dev/null`), exits(2, /empty name/));
    put('gz/t.txt.gz', Buffer.concat([gzipSync(readFileSync(seed)), Buffer.from('trailing bytes\n')]));
    tryCase('gzip with trailing bytes', () => sh('$PITH gz/t.txt.gz'), (r) => {
      const plain = spawnSync(process.execPath, [pith, seed], { encoding: 'utf8' }).stdout;
      if (r.code !== 0) return `exit ${r.code}`;
      if (r.out !== plain) return 'text differs from the page without the trailing bytes';
      return /warning: inflate: ignored 15 bytes/.test(r.err) ? null : 'no warning about the trailing bytes';
    });
    put('own/stdin.txt', 'my notes');
    tryCase('"-" with -o over a file pith did not write', () => sh(`$PITH - -o own < ${seed}`), (r) =>
      readFileSync(at('own', 'stdin.txt'), 'utf8') !== 'my notes' ? 'overwrote the file' : exits(1, /refusing to overwrite/)(r));
    tryCase('--timeout 3000000 (past a timer)', () => sh('$PITH in -o t1 --timeout 3000000'), exits(2, /at most 2147483 seconds/));
    tryCase('--timeout 2147483', () => sh('$PITH in -o t2 --timeout 2147483 -q'), exits(0));
    tryCase('-j 300 on one page', () => sh('$PITH in -o j300 -j 300'), (r) => exits(0, /-j 300 is more than/)(r) ?? (r.ms > 20_000 ? `took ${r.ms} ms` : null));
    put('names/pith-manifest.jsonl/a.html', html(2));
    put('names/.pith-tmp/all/b.html', html(3));
    tryCase('folder pith-manifest.jsonl and .pith-tmp/ (--hidden), run twice', () => {
      const first = sh('$PITH names -o names-out --hidden -q');
      const second = sh('$PITH names -o names-out --hidden -q');
      return { ...second, code: first.code || second.code, ms: first.ms + second.ms };
    }, (r) => {
      if (r.code !== 0) return `exit ${r.code}`;
      const lines = readFileSync(at('names-out', 'pith-manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      const lost = lines.filter((l) => !l.outputs || !existsSync(at('names-out', l.outputs.text)));
      return lines.length !== 2 ? `${lines.length} manifest lines` : lost.length ? `outputs missing: ${lost.map((l) => l.path)}` : null;
    });
    tryCase("--url 'not a url'", () => sh(`$PITH ${seed} --url 'not a url'`), exits(2, /absolute http/));
    tryCase('--url javascript:alert(1)', () => sh(`$PITH ${seed} --url 'javascript:alert(1)'`), exits(2, /http/));
    tryCase('record with "url": "javascript:…"', () => sh('$PITH --records jsonl -q', JSON.stringify({ id: 1, url: 'javascript:alert(1)', html: html(4) })), (r) => {
      if (r.code !== 0) return `exit ${r.code}`;
      const { sidecar } = JSON.parse(r.out);
      return sidecar.url !== null ? `url kept: ${sidecar.url}` : sidecar.warnings.some((w) => /ignored the page URL/.test(w)) ? null : 'no warning';
    });
  } finally {
    for (const m of mounts) spawnSync('umount', [m], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
  const count = (o) => cases.filter((c) => c.outcome === o).length;
  return { cases, crashes: count('crash'), silent: count('silent'), hangs: count('hang'), skipped: count('skipped') };
}

/** The section of the report: a summary line, then one line per case. */
export function printCliFaults(report) {
  console.log('\n### CLI faults (issue 12: disk, stdout, names, flags)\n');
  console.log(`cases ${report.cases.length}: crashes ${report.crashes}, silent losses ${report.silent}, hangs ${report.hangs}, skipped ${report.skipped}\n`);
  for (const c of report.cases) console.log(`${c.outcome.padEnd(8)} ${c.name.padEnd(52)} ${String(c.ms).padStart(6)} ms  ${c.detail}`);
}
