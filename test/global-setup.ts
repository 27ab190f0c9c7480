import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
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
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'worker.js')).mtimeMs;
  } catch {
    // not built yet
  }
  if (built >= newest(join(root, 'src'))) return;
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: root, stdio: 'inherit' });
}
