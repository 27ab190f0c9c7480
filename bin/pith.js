#!/usr/bin/env node
'use strict';
// Thin launcher: all behaviour lives in src/cli, bundled by `npm run build` into dist/cli.cjs.
//
// The script is compiled here with its V8 code cache (dist/<script>.cache, written by
// scripts/code-cache.mjs at build time). Without it a one-page run spends more time compiling
// pith than cleaning the page; Node 20 keeps no code cache for ES modules, so the CLI is
// CommonJS, and so is this file (bin/package.json): an ES module entry costs a few ms more to
// start. A cache from another Node version is rejected by V8 and the script compiles as
// usual: slower, same behaviour.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const CLI = 'cli';

const cachePath = (name) => join(DIST, `${name}.cache`);

/** A script's cache, or undefined when there is none. */
function readCache(name) {
  try {
    return readFileSync(cachePath(name));
  } catch {
    return undefined;
  }
}

/**
 * Loads the CLI script. `cacheFor(name)` gives its code cache. Returns its exports and the
 * compiled script, by name (scripts/code-cache.mjs writes the cache from it).
 */
function loadCli(cacheFor = readCache) {
  // The CLI's one engine flag. V8 runs a regular expression once in its bytecode interpreter,
  // then compiles it to machine code; the classifiers' big case-insensitive Unicode patterns
  // cost more to compile than a page's lines take to match: a text page ran in ~2/3 of the
  // time without tier-up, and whole benchmark sets ran no slower. Matching is the same. Only
  // the CLI sets it (a library must not change its host's engine), and before compiling,
  // both here and when the cache is made: V8 accepts a cache only under the flags it was made with.
  setFlagsFromString('--no-regexp-tier-up');
  const file = join(DIST, `${CLI}.cjs`);
  // latin1: the build writes the script in ASCII (scripts/build.mjs), and a one-byte read is
  // half the time of decoding it as UTF-8.
  const script = new Script(Module.wrap(readFileSync(file, 'latin1')), { filename: file, cachedData: cacheFor(CLI) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, DIST);
  return { cli: module.exports, scripts: new Map([[CLI, script]]) };
}

module.exports = { cachePath, loadCli, readCache };

if (require.main === module) loadCli().cli.main();
