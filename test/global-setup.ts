import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Batch tests run pages in worker threads, which load the bundled dist/worker.js, and the
 * kill-and-resume tests spawn bin/pith.js: so the bundle must match src/. `npm ci` builds it;
 * when src/ has changed since, bundle again (without type declarations: `npm test` runs tsc
 * itself, and an up-to-date build with them is left alone).
 *
 * Then the network guard for everything the tests start: NODE_OPTIONS preloads
 * test/network-preload.cjs into every process spawned from here on (the test workers, and
 * through them CLI runs, GNU parallel's jobs and their worker threads), and each network
 * attempt there is appended to a log. The run fails at teardown if the log has a line.
 */
export default function setup(): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'worker.js')).mtimeMs;
  } catch {
    // not built yet
  }
  if (built < newest(join(root, 'src'))) {
    execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: root, stdio: 'inherit' });
  }
  // Once per run: the setup runs for each project (DOM engine), and the processes share one log.
  const preload = `--require ${JSON.stringify(join(root, 'test', 'network-preload.cjs'))}`;
  if (!process.env.NODE_OPTIONS?.includes(preload)) process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ');
  if (process.env.PITH_NETWORK_LOG) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'pith-network-'));
  const log = join(dir, 'attempts.jsonl');
  process.env.PITH_NETWORK_LOG = log;
  return () => {
    const lines = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
    rmSync(dir, { recursive: true, force: true });
    // Test files fail on attempts logged while they ran (test/network-guard.ts); this catches
    // any logged after. An error thrown here is only printed, so the exit code is set too.
    if (lines) {
      process.exitCode = 1;
      throw new Error(`network access attempted by a process or worker thread the tests started:\n${lines}`);
    }
  };
}
