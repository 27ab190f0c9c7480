// Writes dist/cli.cache: V8's code cache for the CLI script, taken after the CLI has cleaned
// bundled samples in this process (an HTML page, a text page, a windows-1252 page), so it
// holds the bytecode of the functions a run needs, not only the top level. Run by
// scripts/build.mjs after bundling.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { cachePath, loadCli } = createRequire(import.meta.url)('../bin/pith.js');

const samples = ['samples/html-news-readmore/input.html', 'samples/seed/input.txt', 'samples/html-windows-1252/input.html'].map((p) => fileURLToPath(new URL(`../${p}`, import.meta.url)));
const { scripts, cli } = loadCli(() => undefined);
const sink = { write: () => true };
for (const page of samples) {
  const code = await cli.run(['--quiet', page], { stdin: [], stdout: sink, stderr: sink, cwd: process.cwd() });
  if (code !== 0) throw new Error(`code-cache: the CLI failed on ${page} (exit ${code})`);
}
for (const [name, script] of scripts) writeFileSync(cachePath(name), script.createCachedData());
