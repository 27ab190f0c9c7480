import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Batch tests run pages in worker threads, which load the bundled dist/worker.js, and the
 * kill-and-resume tests spawn bin/pith.js: bundle once from the current src/ so they test
 * this tree, not a stale build (types are skipped: `npm test` runs tsc itself).
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: root, stdio: 'inherit' });
}
