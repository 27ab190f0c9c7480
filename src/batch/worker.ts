/**
 * Worker-thread entry (bundled to dist/worker.js): cleans one page per message with the
 * library and reports its heap, so the pool can replace a worker that has grown.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { clean } from '../index.js';
import type { Kind } from '../types.js';
import type { PageReply, PageTask, WorkerMessage } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('pith: worker.js runs only as a worker thread');

port.on('message', async (task: PageTask) => {
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
  port.postMessage(message);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
