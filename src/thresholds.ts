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
/** Characters of a link's text for it to read as an article headline in a related list. */
export const RELATED_MIN_TITLE_CHARS = 15;
/** Related cards recorded per removed block: enough to describe it, not a site map. */
export const RELATED_MAX_ITEMS = 30;
/** A text run this long (characters) counts as story prose when locating the story container. */
export const PROSE_MIN_RUN = 40;
/** A pruning candidate holding this share of the story container's prose is story, not boilerplate. */
export const PRUNE_MAX_PROSE_SHARE = 0.5;
/** Readability's text below this share of the densest prose container's prose means it missed the story. */
export const FALLBACK_MIN_SHARE = 0.5;
