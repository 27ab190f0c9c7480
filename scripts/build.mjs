// Build: bundle the library and the CLI with esbuild, then emit type declarations with tsc.
//
// Start-up time is mostly module loading (resolving, reading and compiling files), so the
// dependencies are bundled in too: the CLI is one script (bin/pith.js loads it with its code
// cache). jsdom alone stays external: it reads its own files at run time, and it is loaded only with
// `dom: 'jsdom'`. linkedom is bundled with the speed patches of linkedom-patches.mjs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NO_CSS_PARSER, PATCHES } from './linkedom-patches.mjs';
import * as stopword from 'stopword';

const root = fileURLToPath(new URL('..', import.meta.url));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const linkedomPatches = {
  name: 'linkedom-patches',
  setup(b) {
    b.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssomnom-parse', namespace: 'no-css' }));
    b.onLoad({ filter: /.*/, namespace: 'no-css' }, () => ({ contents: NO_CSS_PARSER, loader: 'js' }));
    for (const patch of PATCHES) {
      b.onLoad({ filter: patch.file }, async (args) => {
        let code = await readFile(args.path, 'utf8');
        for (const [from, to] of patch.replace) {
          if (!code.includes(from)) throw new Error(`linkedom-patches: ${args.path} changed, cannot find:\n${from}`);
          code = code.replace(from, to);
        }
        return { contents: code, loader: 'js' };
      });
    }
  },
};

// The stopword package is ~60 array literals of ~14k strings, parsed on every text run, and
// src/language/page.ts needs them only as the index of src/language/stopwords.ts: the package is
// replaced by that index, built here by the same code. Only the index is exported
// (page.ts reads nothing else from the package): a new import fails the build.
let stopwordIndexOnce;
async function buildStopwordIndex() {
  const { outputFiles } = await build({ entryPoints: ['src/language/stopwords.ts'], absWorkingDir: root, bundle: true, write: false, format: 'esm', logLevel: 'warning' });
  const { indexStopwords, listsOf } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return indexStopwords(listsOf(stopword));
}
const stopwordIndex = {
  name: 'stopword-index',
  async setup(b) {
    // Once per build run: the library and the CLI both use this plugin.
    const index = await (stopwordIndexOnce ??= buildStopwordIndex());
    b.onResolve({ filter: /^stopword$/ }, () => ({ path: 'stopword', namespace: 'stopword-index' }));
    b.onLoad({ filter: /.*/, namespace: 'stopword-index' }, () => ({ contents: `export const pithIndex = ${JSON.stringify(index)};`, loader: 'js' }));
  },
};

// commander requires child_process at load for its executable subcommands, which pith does
// not have; that one require pulls net, dgram and streams in, a few ms of every CLI start.
// It is now required when a subcommand would spawn (never, for pith).
const lazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const from = "const childProcess = require('node:child_process');";
      const to = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      const code = await readFile(args.path, 'utf8');
      if (!code.includes(from) || /childProcess\.(?!spawn\()/.test(code)) throw new Error(`commander changed: ${args.path}`);
      return { contents: code.replace(from, to), loader: 'js' };
    });
  },
};

/**
 * The CLI bundle with every non-ASCII UTF-16 unit written as a \\u escape. bin/pith.js reads the
 * bundle as latin1, which takes half the time of decoding 1.2 MB of UTF-8, and that is right
 * only for ASCII. esbuild escapes strings but leaves letters in regular expression literals
 * (the vocabularies); an escape means the same character in a regex, a string, a template or a
 * comment, and surrogate-pair escapes are one code point under the u flag. A character already
 * behind a backslash would become an escaped backslash: refused rather than rewritten.
 */
function asciiOnly(code, name) {
  return code.replace(/[^\x00-\x7f]/g, (ch, at) => {
    if (code[at - 1] === '\\') throw new Error(`build: escaped non-ASCII character at ${at} of dist/${name}.cjs`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const readable = process.argv.includes('--readable');
const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['jsdom'],
  plugins: [linkedomPatches, stopwordIndex, lazyChildProcess],
  sourcemap: true,
  // Minified whitespace and syntax (names kept) is a third less to load at start;
  // `node scripts/build.mjs --readable` keeps the layout, for reading CPU profiles.
  minifyWhitespace: !readable,
  minifySyntax: !readable,
  logLevel: 'warning',
};

// The library and the batch worker: ES modules, split into lazily loaded chunks.
await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', worker: 'src/batch/worker.ts', report: 'src/report/index.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  // Bundled CommonJS (commander, Readability) calls require() for Node built-ins.
  banner: { js: "import { createRequire as __pithRequire } from 'node:module'; const require = __pithRequire(import.meta.url);" },
});

// The CLI: one CommonJS script, so bin/pith.js can compile it through vm.Script with V8's
// code cache (dist/cli.cache, written below). Node 20 has no code cache for ES modules, and
// compiling is most of what a one-page run spends beyond Node's own start. (It was a core
// and three chunks loaded on demand until issue 13: ~6 % of a text page's CLI start, under
// the 10 % a start-up device has to be worth.)
await build({
  ...shared,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { 'import.meta.url': '__pithUrl' },
  banner: { js: "const __pithUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const scripts = ['cli'];
for (const name of scripts) {
  const path = new URL(`../dist/${name}.cjs`, import.meta.url);
  const code = readFileSync(path, 'utf8');
  // A script compiled through vm.Script has no module loader behind import(): what stays
  // outside the bundle must be require()d (src/lazy.ts). Caught here rather than at run time.
  if (/\bimport\(/.test(code)) {
    throw new Error(`build: dist/${name}.cjs calls import(); load external modules with require() (src/lazy.ts)`);
  }
  writeFileSync(path, asciiOnly(code, name));
}
execFileSync(process.execPath, ['scripts/code-cache.mjs'], { cwd: root, stdio: 'inherit' });

if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
