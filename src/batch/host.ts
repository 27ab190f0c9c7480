import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BATCH_WORKER_STDERR_TAIL_BYTES } from '../thresholds.js';
import type { PageTask, WorkerMessage } from './protocol.js';

/**
 * Where a pool's workers run. Threads (the default) are the faster: on 1,086 pages and two
 * cores, threads took 26.3–27.4 s at -j1 and 14.3–15.0 s at -j2, processes 26.7–29.0 s and
 * 15.0–15.6 s (pages are copied through a pipe, each process loads pith anew). A process
 * isolates a worker completely: a native crash, or a heap fragmented by millions of pages,
 * dies with it and never takes the batch down (`--workers process`).
 */
export type Isolation = 'process' | 'thread';

/** One running worker, whichever kind: the pool talks to both the same way. */
export interface WorkerHost {
  send(task: PageTask): void;
  /** Stop it now; resolves once it is gone. */
  terminate(): Promise<void>;
}

export interface HostEvents {
  message(msg: WorkerMessage): void;
  /** It stopped without being asked to: why, in the words of its error or its last stderr line. */
  died(why: string): void;
}

export function startWorker(isolation: Isolation, url: URL, maxHeapMb: number, on: HostEvents): WorkerHost {
  return isolation === 'thread' ? startThread(url, maxHeapMb, on) : startProcess(url, maxHeapMb, on);
}

function startThread(url: URL, maxHeapMb: number, on: HostEvents): WorkerHost {
  const worker = new Worker(url, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb }, stdout: false, stderr: false });
  worker.on('message', on.message);
  // An uncaught error is reported before the worker's last messages are delivered; 'exit'
  // comes after them. Declaring the death at 'exit' keeps a page it finished (and posted)
  // just before dying from being blamed for the crash of the page after it.
  let error: string | null = null;
  worker.on('error', (e) => {
    error ??= e.message;
  });
  worker.on('exit', (code) => on.died(error ?? `worker exited with code ${code}`));
  return {
    send(task) {
      // Copied, not transferred: a page sent to a worker that dies is sent again to the next.
      worker.postMessage(task);
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}

function startProcess(url: URL, maxHeapMb: number, on: HostEvents): WorkerHost {
  // execArgv is set, not inherited: the parent's flags may be a test runner's loaders.
  // --no-regexp-tier-up is the CLI's own engine setting (bin/pith.js), for its workers too.
  const child = fork(fileURLToPath(url), [], {
    execArgv: [`--max-old-space-size=${maxHeapMb}`, '--no-regexp-tier-up'],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // A worker's stderr is where Node writes why it died (an uncaught error, heap exhaustion);
  // the last few KB are kept to name the cause.
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-BATCH_WORKER_STDERR_TAIL_BYTES);
  });
  let gone = false;
  let failedWrite: string | null = null;
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.on('message', on.message);
  child.on('error', (error) => {
    if (gone) return;
    // A page sent to a worker that is dying fails to write (EPIPE): its close, which follows,
    // says why it died (the page before, whose uncaught error is on its stderr).
    if (child.pid !== undefined) {
      failedWrite ??= error.message;
      return;
    }
    // fork() failing to start is reported here and may never close.
    gone = true;
    on.died(error.message);
  });
  child.once('close', (code, signal) => {
    if (gone) return;
    gone = true;
    on.died(causeOf(tail) ?? (signal ? `worker killed by ${signal}` : (failedWrite ?? `worker exited with code ${code}`)));
  });
  return {
    send(task) {
      child.send(task);
    },
    terminate: async () => {
      if (gone) return;
      gone = true;
      child.kill('SIGKILL');
      await closed;
    },
  };
}

/** The line of a dead worker's stderr that says why: a fatal V8 error or the uncaught error's first line. */
function causeOf(stderr: string): string | null {
  const fatal = /^FATAL ERROR: .*$/m.exec(stderr) ?? /^.*out of memory.*$/im.exec(stderr);
  if (fatal) return fatal[0].trim();
  const error = /^(?:Uncaught )?(?:[A-Z]\w*)?(?:Error|Exception)\b.*$/m.exec(stderr);
  return error ? error[0].trim() : null;
}
