// Build: bundle the library and the CLI with esbuild, then emit type declarations with tsc.
//
// Start-up time is mostly module loading (resolving, reading and compiling files), so the
// dependencies are bundled in too: the CLI on a text page loads two files, and the HTML
// path (linkedom, Readability) is one chunk loaded only when an HTML page arrives. jsdom
// alone stays external: it reads its own files at run time, and it is loaded only with
// `dom: 'jsdom'`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
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
  plugins: [noCss],
  sourcemap: true,
  logLevel: 'warning',
});
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
