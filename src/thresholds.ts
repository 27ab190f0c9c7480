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
