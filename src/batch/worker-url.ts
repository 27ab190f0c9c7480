import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the worker script is. In the built CLI every module is bundled into dist/, so
 * worker.js sits beside this code. When the sources run directly (vitest runs src/), a worker
 * cannot load TypeScript, so it takes the bundle from dist/ (test/global-setup.ts builds it).
 */
export function defaultWorkerUrl(): URL {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('../../dist/worker.js', import.meta.url)];
  return candidates.find((u) => existsSync(fileURLToPath(u))) ?? candidates[0]!;
}
