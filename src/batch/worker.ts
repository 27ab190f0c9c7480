/**
 * Worker entry (bundled to dist/worker.js), run as a child process (the default) or a worker
 * thread (host.ts): cleans one page per message with the library and reports its heap, so
 * the pool can replace a worker that has grown.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { clean } from '../index.js';
import type { Kind } from '../types.js';
import type { PageReply, PageTask, WorkerMessage } from './protocol.js';

interface Port {
  on(event: 'message', listener: (task: PageTask) => void): unknown;
  postMessage(message: WorkerMessage): void;
}

function processPort(): Port | null {
  const send = process.send?.bind(process);
  if (!send) return null;
  // The pool decides when a worker stops: a Ctrl-C reaches the whole process group, and a
  // worker that died of it would turn its page into a failure instead of an abandoned one.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {});
  // The pool is gone (exited, or killed with -9): nothing is left to answer to.
  process.on('disconnect', () => process.exit(0));
  return { on: (event, listener) => process.on(event, listener), postMessage: (message) => send(message) };
}

const port: Port | null = parentPort ?? processPort();
if (!port) throw new Error('pith: worker.js runs only as a worker of a pith batch (child process or worker thread)');

// The pool sends the next page before this one is done; pages are cleaned one at a time, in
// order, so each reply answers the oldest page sent and the heap figure is that page's.
let previous: Promise<void> = Promise.resolve();
port.on('message', (task: PageTask) => {
  previous = previous.then(() => cleanPage(task));
});

async function cleanPage(task: PageTask): Promise<void> {
  let reply: PageReply;
  try {
    const result = await clean(task.bytes, task.options);
    if (result.ok) {
      const removed: Partial<Record<Kind, number>> = {};
      for (const r of result.sidecar.removed) removed[r.kind] = (removed[r.kind] ?? 0) + 1;
      reply = {
        ok: true,
        text: result.text,
        sidecarJson: task.compact ? JSON.stringify(result.sidecar) : JSON.stringify(result.sidecar, null, 2) + '\n',
        wordCount: result.sidecar.wordCount,
        removed,
        warnings: result.sidecar.warnings,
      };
    } else {
      reply = { ok: false, error: { code: result.error.code, message: result.error.message } };
    }
  } catch (error) {
    reply = { ok: false, error: { code: 'internal', message: (error as Error)?.message ?? String(error) } };
  }
  const message: WorkerMessage = { type: 'done', reply, heapMb: getHeapStatistics().used_heap_size / 2 ** 20 };
  port!.postMessage(message);
}
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
