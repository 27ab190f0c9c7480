/**
 * The GNU parallel recipes of docs/distributed.md, run for real with the built CLI. Needs
 * Debian's `parallel` package (.ci/run installs it); without it the tests are skipped and say so.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, files, page, put, tempDir } from './helpers.js';

const BIN = join(ROOT, 'bin', 'pith.js');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
const why = hasParallel ? '' : ' — SKIPPED: GNU parallel is not installed (apt-get install -y parallel)';
if (!hasParallel) console.warn(`pith: GNU parallel recipe tests skipped${why}`);

function sh(cwd: string, script: string, input?: string) {
  return spawnSync('bash', ['-c', script], { cwd, input, encoding: 'utf8', env: { ...process.env, PITH: `${process.execPath} ${BIN}` } });
}

describe(`GNU parallel recipes${why}`, () => {
  it.skipIf(!hasParallel)('shards one folder over several processes: every page cleaned exactly once', () => {
    const root = tempDir();
    for (let i = 0; i < 12; i++) put(root, `site/s${i % 3}/p${i}.html`, page(i));
    const r = sh(root, 'parallel -j 3 $PITH site -o cleaned --shard {}/3 -j 1 ::: 1 2 3');
    expect(r.status, r.stderr).toBe(0);
    const manifests = readdirSync(join(root, 'cleaned')).filter((f) => f.startsWith('pith-manifest.'));
    expect(manifests.sort()).toEqual(['pith-manifest.1-of-3.jsonl', 'pith-manifest.2-of-3.jsonl', 'pith-manifest.3-of-3.jsonl']);
    const paths = manifests.flatMap((m) => readFileSync(join(root, 'cleaned', m), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).path));
    expect(paths.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `site/s${i % 3}/p${i}.html`).sort());
    expect(files(join(root, 'cleaned')).filter((f) => f.endsWith('.txt'))).toHaveLength(12);
  });

  it.skipIf(!hasParallel)('splits a JSON Lines stream over several processes and keeps the order', () => {
    const root = tempDir();
    const input = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `r${i}`, html: page(i) })).join('\n') + '\n';
    const r = sh(root, 'parallel --pipe --keep-order -N 3 -j 2 $PITH --records jsonl -j 1 -q', input);
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 10 }, (_, i) => `r${i}`));
    expect(out[7].text).toContain('Paragraph 1 of story 7');
  });
});
