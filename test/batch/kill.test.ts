/**
 * The built CLI as a separate process, killed for real: kill -9 mid-run must leave nothing
 * half-written under an output name, and rerunning the same command must finish the job with
 * exactly the outputs an uninterrupted run gives.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT, files, manifest, page, put, tempDir } from './helpers.js';

const BIN = join(ROOT, 'bin', 'pith.js');
const KILL_PAGES = 120;

function folder(root: string, pages: number): void {
  for (let i = 0; i < pages; i++) {
    const html = page(i).replace('</article>', `${'<p>More text for a heavier page, so the run lasts long enough to be killed in the middle.</p>'.repeat(20)}</article>`);
    put(root, `in/s${i % 3}/d${i % 2}/p${String(i).padStart(3, '0')}.html`, i % 4 === 0 ? gzipSync(html) : html);
  }
  put(root, 'in/s0/broken.html.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 9, 9, 9]));
  put(root, 'in/s1/d1/binary.html', new Uint8Array(2048).map((_, i) => i % 9));
}

/** Detached: its own process group, which a terminal's Ctrl-C signals as a whole. */
function start(cwd: string, args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const done = new Promise<number | null>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  return { child, done, err: () => err };
}

async function waitForLines(journal: string, n: number): Promise<void> {
  for (;;) {
    if (existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > n) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The worker processes of a running CLI (Linux: /proc via pgrep). */
function childPids(pid: number): number[] {
  const out = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); ) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What a user sees in the out dir: every visible file is a whole output, paired with its twin. */
function visibleOutputs(out: string): string[] {
  const seen = files(out).filter((f) => !f.split('/').some((s) => s.startsWith('.')) && f !== 'pith-manifest.jsonl');
  for (const f of seen) {
    expect(f, 'only outputs are visible').toMatch(/\.(txt|json)$/);
    const twin = f.endsWith('.txt') ? f.replace(/\.txt$/, '.json') : f.replace(/\.json$/, '.txt');
    expect(seen, `${f} without ${twin}`).toContain(twin);
    if (f.endsWith('.json')) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();
  }
  return seen;
}

describe.each(['thread', 'process'])('the built CLI with %s workers, killed', (kind) => {
  const workersFlag = ['--workers', kind];

  it('kill -9 mid-run leaves no partial output; the same command then completes everything', async () => {
    const root = tempDir();
    // Enough pages that the run is still going when 8 are journalled and the workers are counted.
    folder(root, KILL_PAGES);
    const ref = spawnSync(process.execPath, [BIN, 'in', '-o', 'ref', '-j', '2'], { cwd: root, encoding: 'utf8' });
    expect(ref.status).toBe(1); // the two broken files

    const run = start(root, ['in', '-o', 'out', '-j', '2', ...workersFlag]);
    await waitForLines(join(root, 'out/.pith-manifest.jsonl.journal'), 8);
    const workers = childPids(run.child.pid!);
    expect(workers).toHaveLength(kind === 'process' ? 2 : 0);
    run.child.kill('SIGKILL');
    await run.done;
    // Orphaned worker processes notice the pool is gone and exit instead of running on.
    await until(() => workers.every((pid) => !alive(pid)));
    const early = visibleOutputs(join(root, 'out'));
    expect(early.length).toBeGreaterThan(0);

    const again = spawnSync(process.execPath, [BIN, 'in', '-o', 'out', '-j', '2'], { cwd: root, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/(\d+) cleaned, ([1-9]\d*) skipped, 2 failed/);
    const outs = visibleOutputs(join(root, 'out'));
    expect(outs).toEqual(visibleOutputs(join(root, 'ref')));
    expect(outs).toHaveLength(2 * KILL_PAGES);
    for (const f of outs) expect(readFileSync(join(root, 'out', f), 'utf8'), f).toBe(readFileSync(join(root, 'ref', f), 'utf8'));
    const lines = manifest(join(root, 'out'));
    expect(lines).toHaveLength(KILL_PAGES + 2);
    expect(lines.filter((l) => l.status === 'failed').map((l) => l.path).sort()).toEqual(['in/s0/broken.html.gz', 'in/s1/d1/binary.html']);
    expect(files(join(root, 'out')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('SIGINT to the process group stops gracefully: summary written, manifest published, exit 130, rerun resumes', async () => {
    const root = tempDir();
    folder(root, 24);
    const run = start(root, ['in', '-o', 'out', '-j', '1', ...workersFlag]);
    await waitForLines(join(root, 'out/.pith-manifest.jsonl.journal'), 3);
    // As Ctrl-C does: to the whole group, worker processes included. They leave stopping to the pool.
    process.kill(-run.child.pid!, 'SIGINT');
    expect(await run.done).toBe(130);
    expect(run.err()).toMatch(/pith: interrupted: \d+ cleaned, 0 skipped, \d+ failed/);
    const done = manifest(join(root, 'out'));
    expect(done.length).toBeGreaterThanOrEqual(3);
    // Only the broken inputs fail: no page died with a worker that took the signal itself.
    for (const line of done.filter((l) => l.status === 'failed')) expect(line.path).toMatch(/broken|binary/);
    visibleOutputs(join(root, 'out'));
    const again = spawnSync(process.execPath, [BIN, 'in', '-o', 'out'], { cwd: root, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(1);
    expect(manifest(join(root, 'out')), again.stderr).toHaveLength(26);
    expect(visibleOutputs(join(root, 'out'))).toHaveLength(48);
  });
});
