import { BATCH_MAX_TIMEOUT_MS, BATCH_WORKER_MAX_HEAP_MB, BATCH_WORKER_PIPELINE, BATCH_WORKER_RECYCLE_HEAP_MB } from '../thresholds.js';
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
  /** Worker threads (default) or processes: see host.ts. */
  isolation?: Isolation;
}

interface Job {
  task: PageTask;
  resolve: (reply: PageReply) => void;
}

interface Slot {
  worker: WorkerHost;
  ready: boolean;
  /** Pages sent to this worker, in order: the first is the one it is cleaning. */
  jobs: Job[];
  /** The time limit of the first job. */
  timer: NodeJS.Timeout | null;
  /** Set once we terminate it ourselves, so its exit is not mistaken for a crash. */
  retired: boolean;
}

/**
 * A pool of at most `size` workers (processes or threads), written here rather than taken from
 * piscina because the batch needs three things together: a worker replaced *between* pages
 * once its heap has grown (piscina only offers a hard resource limit, which kills the page in
 * flight), a hung page ended by terminating its worker with the page reported as a timeout,
 * and a failure of any kind turned into a reply instead of a rejection, so one page never
 * stops the batch. Each worker is sent its next page before it finishes the current one
 * (BATCH_WORKER_PIPELINE), so it never waits for the main thread between pages. Workers
 * start when pages are waiting and none is free, never all at once: a run of one page
 * starts one worker, whatever -j says.
 */
export class Pool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private closed = false;
  /** A worker that dies before it ever starts (bad bundle) would otherwise be respawned forever. */
  private startFailure: string | null = null;
  recycled = 0;

  constructor(private readonly opts: PoolOptions) {}

  /** Workers running or starting now. */
  get workers(): number {
    return this.slots.size;
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
    const worker = startWorker(this.opts.isolation ?? 'thread', this.opts.workerUrl, this.opts.maxHeapMb, {
      message: (msg: WorkerMessage) => this.answered(slot, msg),
      died: (why) => this.crashed(slot, why),
    });
    slot = { worker, ready: false, jobs: [], timer: null, retired: false };
    this.slots.add(slot);
  }

  private answered(slot: Slot, msg: WorkerMessage): void {
    if (slot.retired) return;
    if (msg.type === 'ready') {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const job = slot.jobs.shift();
    this.clearTimer(slot);
    job?.resolve(msg.reply);
    if (msg.heapMb > this.opts.recycleHeapMb) {
      // Pages already sent to it go back to the front of the queue for its replacement.
      this.recycled++;
      this.queue.unshift(...slot.jobs.splice(0));
      void this.retire(slot, null);
    } else {
      this.startTimer(slot);
    }
    this.dispatch();
  }

  private crashed(slot: Slot, why: string): void {
    if (slot.retired) return;
    slot.retired = true;
    this.slots.delete(slot);
    this.clearTimer(slot);
    const [job, ...waiting] = slot.jobs.splice(0);
    if (!slot.ready && !job) {
      this.startFailure = `cannot start a worker: ${why}`;
      for (const j of this.queue.splice(0)) j.resolve({ ok: false, error: { code: 'internal', message: this.startFailure } });
      void slot.worker.terminate();
      return;
    }
    // The page it was cleaning is the one that killed it; the pages behind it are not.
    this.queue.unshift(...waiting);
    const outOfMemory = /out of memory|ERR_WORKER_OUT_OF_MEMORY|heap limit/i.test(why);
    job?.resolve({
      ok: false,
      error: outOfMemory
        ? { code: 'too-large', message: `the page needed more than ${this.opts.maxHeapMb} MB of memory` }
        : { code: 'internal', message: `worker crashed: ${why}` },
    });
    void slot.worker.terminate();
    this.dispatch();
  }

  /** The limit runs for the page the worker is on: the first it was sent and has not answered. */
  private startTimer(slot: Slot): void {
    if (slot.timer || !slot.jobs.length) return;
    slot.timer = setTimeout(() => {
      const seconds = this.opts.timeoutMs / 1000;
      const [, ...waiting] = slot.jobs;
      slot.jobs.length = 1;
      this.queue.unshift(...waiting);
      void this.retire(slot, { ok: false, error: { code: 'timeout', message: `took longer than the ${seconds} s limit (--timeout)` } });
      this.dispatch();
      // Node's timers overflow past 2^31-1 ms and fire at once; the CLI refuses a longer limit.
    }, Math.min(this.opts.timeoutMs, BATCH_MAX_TIMEOUT_MS));
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  /** Take a worker out of service; the pages it holds get `reply` (or are left to the caller). */
  private async retire(slot: Slot, reply: PageReply | null): Promise<void> {
    if (slot.retired) return;
    slot.retired = true;
    this.slots.delete(slot);
    this.clearTimer(slot);
    for (const job of slot.jobs.splice(0)) if (reply) job.resolve(reply);
    await slot.worker.terminate();
  }

  /** Start a worker for each waiting page that no free or starting worker will take, up to `size`. */
  private grow(): void {
    let free = 0;
    for (const slot of this.slots) if (!slot.ready || !slot.jobs.length) free++;
    for (let want = this.queue.length - free; want > 0 && this.slots.size < this.opts.size; want--) this.spawn();
  }

  private dispatch(): void {
    if (this.closed) return;
    this.grow();
    for (let depth = 1; depth <= BATCH_WORKER_PIPELINE; depth++) {
      // Breadth first: every idle worker gets a page before any gets a second.
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (!slot.ready || slot.retired || slot.jobs.length >= depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.send(job.task);
        this.startTimer(slot);
      }
    }
  }
}

function abandoned(why: string): PageReply {
  return { ok: false, error: { code: 'abandoned', message: why } };
}

/** The worker pool a batch or records run uses: its size and limits come from the run's config. */
export function poolFor(cfg: { jobs: number; workers: Isolation; workerUrl: URL; timeoutMs: number }): Pool {
  return new Pool({
    size: cfg.jobs,
    isolation: cfg.workers,
    workerUrl: cfg.workerUrl,
    timeoutMs: cfg.timeoutMs,
    recycleHeapMb: BATCH_WORKER_RECYCLE_HEAP_MB,
    maxHeapMb: BATCH_WORKER_MAX_HEAP_MB,
  });
}
