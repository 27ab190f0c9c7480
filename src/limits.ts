/**
 * The limits of reading input: how many bytes are looked at to tell a page from binary data
 * and to pick its encoding, and the bounds that keep a hostile page (deep nesting, huge
 * element counts, one endless line) cheap. These are not rule tuning — that lives in
 * thresholds.ts, where the rules import it from.
 */

// --- input ---
/** Bytes looked at to decide HTML vs text and binary vs legible. */
export const SNIFF_BYTES = 4096;
/**
 * Share of control bytes (excluding tab/CR/LF/FF/ESC) in the head above which input is binary.
 * Text has next to none; uniformly random bytes have 11%, so 10% let a third of small random
 * files through.
 */
export const BINARY_CONTROL_RATIO = 0.05;
/** Deflated size / size of the head above which it is random or already-compressed data. */
export const BINARY_COMPRESSED_RATIO = 0.9;
/** Heads shorter than this are not judged by compressibility (deflate's overhead dominates). */
export const BINARY_ENTROPY_MIN_BYTES = 512;
/** Share of U+FFFD replacement characters after decoding above which input is binary. */
export const BINARY_REPLACEMENT_RATIO = 0.2;
/** Share of zero bytes in the head from which BOM-less UTF-16 is considered (8-bit text has none). */
export const UTF16_MIN_ZERO_SHARE = 0.1;
/** Share of printable ASCII a byte order must yield to be taken as the page's UTF-16 (markup, spaces, digits). */
export const UTF16_MIN_ASCII_SHARE = 0.1;
/**
 * Bytes that are not valid UTF-8 but hold at least this many valid multi-byte sequences per
 * invalid one are UTF-8 with a few damaged bytes, not a legacy encoding: one stray byte must
 * not turn a whole page into mojibake.
 */
export const UTF8_VALID_PER_INVALID = 4;
/**
 * A damaged tail: input that is valid UTF-8 for at least this many bytes and then is not is a
 * legible page whose end was damaged, not binary: it is decoded (the damage as U+FFFD), not
 * rejected. Random data stops being valid UTF-8 within a few dozen bytes.
 */
export const DAMAGED_TAIL_MIN_HEAD_BYTES = 256;
/**
 * Valid multi-byte UTF-8 characters before the first invalid byte that make the page UTF-8
 * with a damaged tail rather than a legacy encoding (a legacy page's first non-ASCII letter is
 * already invalid UTF-8; two valid sequences by chance before it are rare).
 */
export const DAMAGED_TAIL_MIN_UTF8_CHARS = 2;
/** Bytes of the head scanned for a <meta charset>. */
export const META_CHARSET_SCAN_BYTES = 4096;

// --- hostile input ---
/**
 * Deepest element nesting built into a DOM; deeper start tags are dropped (their text kept).
 * Firefox's parser stops nesting at 200 too; real pages stay well under 100, while
 * Readability's cost grows with the cube of the depth (1 s at 200 on jsdom, 45 s at 1,000).
 */
export const MAX_NESTING_DEPTH = 200;
/**
 * Elements read from one page; the markup after that is left out with a warning (the story
 * comes early, the tail is comments and footers). Long real pages stay under it; a jsdom
 * tree costs about 3.5 KB an element, and Readability on jsdom needs ~0.25 ms each, so this
 * bounds a page to some 200 MB of DOM and ~15 s even on the slow engine.
 */
export const MAX_ELEMENTS = 50_000;
/** Characters handed to Intl.Segmenter at once when counting words (it is quadratic in its input). */
export const SEGMENT_PIECE_CHARS = 4096;
