// Loads the bundled CLI (dist/cli.cjs) with V8's code cache (dist/cli.cache, written by
// scripts/code-cache.mjs at build time). Without the cache a one-page run spends more time
// compiling pith than cleaning the page; Node 20 keeps no code cache for ES modules, so the
// CLI is one CommonJS script compiled here. A cache from another Node version is rejected
// by V8 and the script compiles as usual: slower, same behaviour.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

export const CLI = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
export const CACHE = fileURLToPath(new URL('../dist/cli.cache', import.meta.url));

/** The cache, or undefined when there is none (a build without it, or a read-only oddity). */
export function readCache() {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

export function loadCli(cachedData) {
  // V8 accepts a cache only under the flags it was made with, so the CLI's one flag (see
  // src/cli/main.ts) is set before compiling, both here and when the cache is made.
  setFlagsFromString('--no-regexp-tier-up');
  const script = new Script(Module.wrap(readFileSync(CLI, 'utf8')), { filename: CLI, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(CLI), module, CLI, dirname(CLI));
  return { script, cli: module.exports };
}
