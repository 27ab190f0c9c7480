import { BATCH_WORKER_MAX_HEAP_MB, BATCH_WORKER_RECYCLE_HEAP_MB } from '../thresholds.js';
import { startWorker, type Isolation, type WorkerHost } from './host.js';
import type { PageReply, PageTask, WorkerMessage } from './protocol.js';

export interface PoolOptions {
  size: number;
  /** The worker script: dist/worker.js in the built CLI. */
  workerUrl: URL;
  /** Per-page limit; past it the worker is terminated (a hung page cannot be interrupted otherwise). */
  timeoutMs: number;
  /** Replace a worker whose heap is above this after a page. */
  recycleHeapMb: number;
  /** V8 heap ceiling per worker; a page that needs more fails alone. */
  maxHeapMb: number;
  /** Worker processes (default) or worker threads: see host.ts for why processes. */
  isolation?: Isolation;
}

interface Job {
  task: PageTask;
  resolve: (reply: PageReply) => void;
}

interface Slot {
  worker: WorkerHost;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Set once we terminate it ourselves, so its exit is not mistaken for a crash. */
  retired: boolean;
}

/**
 * A fixed-size pool of workers (processes or threads), written here rather than taken from piscina because
 * the batch needs three things together: a worker replaced *between* pages once its heap has
 * grown (piscina only offers a hard resource limit, which kills the page in flight), a hung
 * page ended by terminating its worker with the page reported as a timeout, and a failure of
 * any kind turned into a reply instead of a rejection, so one page never stops the batch.
 */
export class Pool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closed = false;
  /** A worker that dies before it ever starts (bad bundle) would otherwise be respawned forever. */
  private startFailure: string | null = null;
  recycled = 0;

  constructor(private readonly opts: PoolOptions) {
    for (let i = 0; i < opts.size; i++) this.spawn();
  }

  /** Clean one page in a worker. Never rejects: failures, timeouts and crashes come back as replies. */
  run(task: PageTask): Promise<PageReply> {
    if (this.closed) return Promise.resolve(abandoned('the pool is closed'));
    if (this.startFailure) return Promise.resolve({ ok: false, error: { code: 'internal', message: this.startFailure } });
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Stop everything now: pages in flight and queued come back as abandoned. */
  async destroy(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(abandoned('interrupted'));
    await Promise.all([...this.slots].map((slot) => this.retire(slot, abandoned('interrupted'))));
  }

  private spawn(): void {
    // Events arrive on later turns, by which time `slot` is set.
    let slot: Slot;
    const worker = startWorker(this.opts.isolation ?? 'process', this.opts.workerUrl, this.opts.maxHeapMb, {
      message: (msg: WorkerMessage) => this.answered(slot, msg),
      died: (why) => this.crashed(slot, why),
    });
    slot = { worker, ready: false, job: null, timer: null, retired: false };
    this.slots.add(slot);
  }

  private answered(slot: Slot, msg: WorkerMessage): void {
    if (slot.retired) return;
    if (msg.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.job;
    this.release(slot);
    job?.resolve(msg.reply);
    if (msg.heapMb > this.opts.recycleHeapMb) {
      this.recycled++;
      void this.retire(slot, null);
      if (!this.closed) this.spawn();
    }
    this.dispatch();
  }

  private crashed(slot: Slot, why: string): void {
    if (slot.retired) return;
    slot.retired = true;
    this.slots.delete(slot);
    const job = slot.job;
    this.release(slot);
    if (!slot.ready && !job) {
      this.startFailure = `cannot start a worker: ${why}`;
      for (const j of this.queue.splice(0)) j.resolve({ ok: false, error: { code: 'internal', message: this.startFailure } });
      void slot.worker.terminate();
      return;
    }
    const outOfMemory = /out of memory|ERR_WORKER_OUT_OF_MEMORY|heap limit/i.test(why);
    job?.resolve({
      ok: false,
      error: outOfMemory
        ? { code: 'too-large', message: `the page needed more than ${this.opts.maxHeapMb} MB of memory` }
        : { code: 'internal', message: `worker crashed: ${why}` },
    });
    void slot.worker.terminate();
    if (!this.closed) this.spawn();
    this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private async retire(slot: Slot, reply: PageReply | null): Promise<void> {
    if (slot.retired) return;
    slot.retired = true;
    this.slots.delete(slot);
    const job = slot.job;
    this.release(slot);
    if (job && reply) job.resolve(reply);
    await slot.worker.terminate();
  }

  private dispatch(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.job || slot.retired) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        const seconds = this.opts.timeoutMs / 1000;
        void this.retire(slot, { ok: false, error: { code: 'timeout', message: `took longer than the ${seconds} s limit (--timeout)` } });
        if (!this.closed) this.spawn();
      }, this.opts.timeoutMs);
      slot.worker.send(job.task);
    }
  }
}

function abandoned(why: string): PageReply {
  return { ok: false, error: { code: 'abandoned', message: why } };
}

/** The worker pool a batch or records run uses: its size and limits come from the run's config. */
export function poolFor(cfg: { jobs: number; workerUrl: URL; timeoutMs: number }): Pool {
  return new Pool({
    size: cfg.jobs,
    workerUrl: cfg.workerUrl,
    timeoutMs: cfg.timeoutMs,
    recycleHeapMb: BATCH_WORKER_RECYCLE_HEAP_MB,
    maxHeapMb: BATCH_WORKER_MAX_HEAP_MB,
  });
}
