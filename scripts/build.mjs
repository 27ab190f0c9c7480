// Build: bundle the library and the CLI with esbuild, then emit type declarations with tsc.
//
// Start-up time is mostly module loading (resolving, reading and compiling files), so the
// dependencies are bundled in too: the CLI on a text page loads two files, and the HTML
// path (linkedom, Readability) is one chunk loaded only when an HTML page arrives. jsdom
// alone stays external: it reads its own files at run time, and it is loaded only with
// `dom: 'jsdom'`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// linkedom parses a <style> element's CSS when its `sheet` is read. pith strips <style>
// before parsing and never reads `sheet`, so the CSS parser (and its start-up cost) is
// left out of the bundle.
const noCss = {
  name: 'no-css',
  setup(b) {
    b.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssomnom-parse', namespace: 'no-css' }));
    b.onLoad({ filter: /.*/, namespace: 'no-css' }, () => ({
      contents: "export function parse() { throw new Error('pith: style sheets are not parsed'); }",
      loader: 'js',
    }));
  },
};
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
// linkedom gives every node, text nodes included, a WeakMap entry holding an empty Map of
// event listeners, made in its constructor. pith never listens to events; those entries
// were about a fifth of the parse time and most of the garbage collector's work, so the
// map is made on first addEventListener instead. The build fails if linkedom's code moves.
const LAZY_LISTENERS = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);', '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);'],
  ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
];
const lazyListeners = {
  name: 'lazy-listeners',
  setup(b) {
    b.onLoad({ filter: /linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async (args) => {
      let code = await readFile(args.path, 'utf8');
      for (const [from, to] of LAZY_LISTENERS) {
        if (!code.includes(from)) throw new Error(`lazy-listeners: linkedom's event-target.js changed, cannot find:\n${from}`);
        code = code.replace(from, to);
      }
      return { contents: code, loader: 'js' };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['jsdom'],
  // Bundled CommonJS (commander, Readability) calls require() for Node built-ins.
  banner: { js: "import { createRequire as __pithRequire } from 'node:module'; const require = __pithRequire(import.meta.url);" },
  plugins: [noCss, lazyListeners],
  sourcemap: true,
  logLevel: 'warning',
});
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
