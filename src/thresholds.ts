/**
 * Every tunable number of the pipeline, named, in one place. Rules import these;
 * none keeps a magic number of its own.
 */

// --- input ---
/** Bytes looked at to decide HTML vs text and binary vs legible. */
export const SNIFF_BYTES = 4096;
/** Share of control characters (excluding tab/CR/LF/FF) above which input is binary. */
export const BINARY_CONTROL_RATIO = 0.1;
/** Share of U+FFFD replacement characters after decoding above which input is binary. */
export const BINARY_REPLACEMENT_RATIO = 0.2;
/** Bytes of the head scanned for a <meta charset>. */
export const META_CHARSET_SCAN_BYTES = 4096;

// --- HTML ---
/** Readability's charThreshold: fewer characters than this and it retries with rules relaxed. */
export const READABILITY_MIN_CHARS = 500;

// --- batch (CLI folder mode; not used by the library) ---
/** Default per-page time limit: far above any sane page (jsdom takes < 1 s on 5 MB). */
export const BATCH_PAGE_TIMEOUT_MS = 30_000;
/** Pages in flight per worker: one running plus one read and waiting, so no worker idles on I/O. */
export const BATCH_INFLIGHT_PER_WORKER = 2;
/** A worker whose JS heap is above this after a page is replaced: jsdom leaks across pages slowly. */
export const BATCH_WORKER_RECYCLE_HEAP_MB = 384;
/** Hard heap ceiling of a worker: a page that needs more fails alone instead of killing the run. */
export const BATCH_WORKER_MAX_HEAP_MB = 1024;
/** Progress redraws per second at most: more is flicker and wasted syscalls. */
export const BATCH_PROGRESS_HZ = 8;
/** Longest output file name in bytes, below the 255 of ext4/APFS/NTFS with room for "-NN.json". */
export const BATCH_MAX_NAME_BYTES = 200;
/** After SIGINT, in-flight pages get this long to finish before they are abandoned. */
export const BATCH_INTERRUPT_GRACE_MS = 5_000;
