#!/usr/bin/env node
'use strict';
// Thin launcher: all behaviour lives in src/cli, bundled to dist/cli.cjs by `npm run build`.
//
// The bundle is compiled here with V8's code cache (dist/cli.cache, written by
// scripts/code-cache.mjs at build time). Without it a one-page run spends more time compiling
// pith than cleaning the page; Node 20 keeps no code cache for ES modules, so the CLI is one
// CommonJS script, and so is this file (bin/package.json): an ES module entry costs a few ms
// more to start. A cache from another Node version is rejected by V8 and the script compiles
// as usual: slower, same behaviour.
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const CLI = join(DIST, 'cli.cjs');
const CACHE = join(DIST, 'cli.cache');

/** The cache, or undefined when there is none. */
function readCache() {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

function loadCli(cachedData) {
  // The CLI's one engine flag. V8 runs a regular expression once in its bytecode interpreter,
  // then compiles it to machine code; the classifiers' big case-insensitive Unicode patterns
  // cost more to compile than a page's lines take to match: a text page ran in ~2/3 of the
  // time without tier-up, and whole benchmark sets ran no slower. Matching is the same. Only
  // the CLI sets it (a library must not change its host's engine), and before compiling,
  // both here and when the cache is made: V8 accepts a cache only under the flags it was made with.
  setFlagsFromString('--no-regexp-tier-up');
  // latin1: the build writes the bundle in ASCII (scripts/build.mjs), and a one-byte read is
  // half the time of decoding it as UTF-8.
  const script = new Script(Module.wrap(readFileSync(CLI, 'latin1')), { filename: CLI, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(CLI), module, CLI, DIST);
  return { script, cli: module.exports };
}

module.exports = { CACHE, loadCli, readCache };

if (require.main === module) loadCli(readCache()).cli.main();
