import type { ErrorCode, Kind } from '../types.js';
import type { Options } from '../options.js';

/** What the main thread sends a worker: one page's bytes and the options to clean it with. */
export interface PageTask {
  bytes: Uint8Array;
  options: Partial<Options>;
  /** Sidecar on one line (JSON Lines output) instead of indented (a .json file). */
  compact?: boolean;
}

/** What comes back. The sidecar is serialised in the worker, off the main thread. */
export type PageReply =
  | {
      ok: true;
      text: string;
      sidecarJson: string;
      wordCount: number;
      removed: Partial<Record<Kind, number>>;
      warnings: string[];
    }
  | { ok: false; error: { code: ErrorCode | 'abandoned'; message: string } };

/** Worker → pool envelope: the reply plus the worker's heap after the page, for recycling. */
export type WorkerMessage = { type: 'ready' } | { type: 'done'; reply: PageReply; heapMb: number };
