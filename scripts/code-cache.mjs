// Writes dist/cli.cache: V8's code cache for dist/cli.cjs, taken after the CLI has cleaned
// a bundled HTML page and a text page in this process, so it holds the bytecode of the
// functions a run needs, not only the top level. Run by scripts/build.mjs after bundling.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { CACHE, loadCli } = createRequire(import.meta.url)('../bin/pith.js');

const samples = ['samples/html-news-readmore/input.html', 'samples/seed/input.txt'].map((p) => fileURLToPath(new URL(`../${p}`, import.meta.url)));
const { script, cli } = loadCli(undefined);
const sink = { write: () => true };
for (const page of samples) {
  const code = await cli.run(['--quiet', page], { stdin: [], stdout: sink, stderr: sink, cwd: process.cwd() });
  if (code !== 0) throw new Error(`code-cache: the CLI failed on ${page} (exit ${code})`);
}
writeFileSync(CACHE, script.createCachedData());
