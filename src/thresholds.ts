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
/** Readability text at least this long (characters) is a story even when another container holds more prose (long comments). */
export const FALLBACK_MIN_CHARS = 400;
/** A paragraph this long (characters) with little link text is story prose: it marks the story's extent. */
export const STORY_PARAGRAPH_CHARS = 150;
/** Link share at or below which a paragraph still counts as prose. */
export const PROSE_MAX_LINK_DENSITY = 0.3;
/** Link share at or above which a block is a link (teaser, menu entry, related headline). */
export const LINK_BLOCK_DENSITY = 0.6;
/** Blocks longer than this (characters) are never removed by the short-line rules. */
export const SHORT_BLOCK_CHARS = 200;
/** Bylines and datelines are at most this long (characters). */
export const BYLINE_MAX_CHARS = 120;
/** Consecutive link blocks that make a link list (menu or related list). */
export const LINK_RUN_MIN = 3;
/** A short block repeated this many times on the page is chrome (share labels, credits). */
export const REPEATED_MIN = 3;
/** Words in a link's text for it to read as a headline rather than a menu entry. */
export const HEADLINE_MIN_WORDS = 4;
/** A lone word this short (characters) is a label or counter; longer runs may be unspaced CJK sentences. */
export const FRAGMENT_MAX_CHARS = 20;
/** Teaser cards side by side that make a related list even without telltale class names. */
export const CARD_LIST_MIN = 3;
/** A teaser card holds at most this much text (characters): headline, short summary, time. */
export const CARD_MAX_CHARS = 600;
/** The story container is sought outside named boilerplate first, if the prose there is at least this share of the page's densest. */
export const ANCHOR_OUTSIDE_SHARE = 0.3;
/** A quote Readability dropped from inside the story is put back when at least this long (characters). */
export const RESTORE_MIN_CHARS = 40;
/** Besides its headline link, a teaser card may carry short links (category, tags) of at most this many words. */
export const CARD_TAG_MAX_WORDS = 3;
