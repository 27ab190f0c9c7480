// The CLI as a core script and chunks: dist/cli.cjs holds the command line, the pipeline and
// the text path; dist/cli-<chunk>.cjs the modules only some runs need. bin/pith.js compiles
// each with its own V8 code cache, so a text page deserialises no HTML or batch code: a text
// run took ~4 ms less than with one script holding everything.
//
// A chunk is entered through the modules the core imports dynamically (CHUNKS). Where a
// chunk imports a module of pith's that the core also has, it gets the core's instance
// through a registry the core exports, not a copy: classes, caches and module state stay one.
import { build } from 'esbuild';
import { relative, resolve } from 'node:path';

/**
 * Chunk name → the modules that enter it, each imported dynamically by the core: pith's own
 * by path, packages by the name the import gives.
 */
export const CHUNKS = {
  html: ['src/html/segment.ts', 'src/html/classify.ts', 'src/text/layout.ts'],
  batch: ['src/batch/batch.ts', 'src/batch/records.ts', 'src/batch/worker-url.ts', 'src/batch/writer.ts', 'src/batch/names.ts'],
  // The HTML reports (--report, pith report): only runs that ask for one.
  report: ['src/cli/report.ts'],
  // Decoders for input that is not UTF-8: half of the core's size, for a minority of pages.
  decode: ['chardet', '@exodus/bytes/encoding.js'],
};

const CHUNK_OF = new Map(Object.entries(CHUNKS).flatMap(([chunk, entries]) => entries.map((e) => [e, chunk])));
const SPEC = /^\.\.?\//;

/** The source file a relative import names, as a path from the project root ("src/x.ts"). */
function sourceOf(root, args) {
  return relative(root, resolve(args.resolveDir, args.path)).replace(/\.js$/, '.ts');
}

/** In the core: an import of a chunk's entry becomes a read from the loaded chunk. */
function toChunks(root) {
  return {
    name: 'pith-to-chunks',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        const entry = SPEC.test(args.path) ? sourceOf(root, args) : args.path;
        return CHUNK_OF.has(entry) ? { path: entry, namespace: 'pith-chunk' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'pith-chunk' }, (args) => ({
        contents: `module.exports = require('pith:chunk/${CHUNK_OF.get(args.path)}').modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** In a chunk: an import of a module the core has becomes a read from the core's registry. */
function fromCore(root, coreFiles, needed) {
  return {
    name: 'pith-from-core',
    setup(b) {
      b.onResolve({ filter: SPEC }, (args) => {
        if (!args.importer.includes('/src/')) return undefined;
        const file = sourceOf(root, args);
        if (!coreFiles.has(file)) return undefined;
        needed.add(file);
        return { path: file, namespace: 'pith-core' };
      });
      b.onLoad({ filter: /.*/, namespace: 'pith-core' }, (args) => ({
        contents: `module.exports = require('pith:core').modules[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** A virtual entry: `modules` maps each path to its module's exports, loaded on first read. */
function registryEntry(root, files, reexport) {
  const path = (f) => (f.startsWith('src/') ? `./${f}` : f);
  const getters = [...files].map((f) => `  get ${JSON.stringify(f)}() { return require(${JSON.stringify(path(f))}); },`);
  return {
    contents: `${reexport ? `export * from ${JSON.stringify(`./${reexport}`)};\n` : ''}export const modules = {\n${getters.join('\n')}\n};\n`,
    resolveDir: root,
    sourcefile: reexport ? 'cli-core-registry' : 'cli-chunk-registry',
    loader: 'js',
  };
}

/**
 * Builds dist/cli.cjs and dist/cli-<chunk>.cjs with the given esbuild options (the CLI's:
 * CommonJS, plugins, define, banner). Three passes: the core, to learn which modules it
 * has; the chunks, to learn which of those they import; the core again, with its registry.
 */
export async function buildCli(root, cliOptions) {
  const options = { ...cliOptions, external: [...(cliOptions.external ?? []), 'pith:core', 'pith:chunk/*'] };
  const core = (registry) =>
    build({
      ...options,
      plugins: [...options.plugins, toChunks(root)],
      stdin: registryEntry(root, registry, 'src/cli/main.ts'),
      outfile: 'dist/cli.cjs',
      metafile: true,
    });
  const first = await core(new Set());
  const coreFiles = new Set(Object.keys(first.metafile.inputs).filter((f) => f.startsWith('src/')));
  const needed = new Set();
  for (const [chunk, entries] of Object.entries(CHUNKS)) {
    const { metafile } = await build({
      ...options,
      plugins: [...options.plugins, fromCore(root, coreFiles, needed)],
      stdin: registryEntry(root, entries),
      outfile: `dist/cli-${chunk}.cjs`,
      metafile: true,
    });
    const copied = Object.keys(metafile.inputs).filter((f) => coreFiles.has(f));
    if (copied.length) throw new Error(`cli-chunks: dist/cli-${chunk}.cjs has its own copy of ${copied.join(', ')}`);
  }
  await core(needed);
  return ['cli', ...Object.keys(CHUNKS).map((c) => `cli-${c}`)];
}
