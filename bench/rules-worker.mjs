// A worker of bench/rules.mjs: cleans one page with some rules switched off and returns the
// text and the rule ids its sidecar records. Scoring stays in the main thread.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const lib = await import(join(workerData.distDir, 'index.js'));
parentPort.on('message', async ({ job, path, file, format, disableRules }) => {
  const result = await lib.clean(await readFile(path), { path: file, title: false, format, ...(disableRules ? { disableRules } : {}) });
  parentPort.postMessage({ job, text: result.ok ? result.text : '', fired: [...new Set((result.sidecar?.removed ?? []).map((r) => r.rule))] });
});
