/**
 * Every tunable number of the rules, named, in one place. Rules import these;
 * none keeps a magic number of its own.
 */

// --- both paths ---
/** A CJK character carries about a word, so it counts as this many Latin characters when measuring prose. */
export const CJK_WEIGHT = 3;
/** A heading whose level is unknown is read as an h2, the usual section heading. */
export const HEADING_DEFAULT_LEVEL = 2;
/** Open elements html/limit.ts searches for an end tag's match: enough for any real page, and it keeps the scan linear. */
export const HTML_OPEN_SEARCH_LIMIT = 64;
/** A link run is related stories (not a menu) when at least this share of its links read as headlines. */
export const LINK_LIST_HEADLINE_SHARE = 0.5;
/** A text line is a CJK line (its stop or comma may end a sentence) when more than this share of its characters are CJK. */
export const TEXT_CJK_LINE_MIN_SHARE = 0.5;
/** Two lines with the same number of figures (at least this many) continue one table. */
export const TEXT_TABLE_MIN_SHARED_FIGURES = 2;
/** A run of candidate rows is a table when at least this share of them hold figures. */
export const TEXT_TABLE_FIGURED_SHARE = 0.5;
/** A publisher's "about us" box or section at the story's end names its subject on at least this many lines of the page's chrome (menus, footer). */
export const OWNER_MIN_MENTIONS = 3;

// --- HTML ---
/** Ancestors named in a removed element's CSS-like path in the sidecar: enough to find it, short enough to read. */
export const ELEMENT_PATH_MAX_PARTS = 12;
/** A block longer than this (characters) is never the headline. */
export const HEADLINE_BLOCK_MAX_CHARS = 400;
/** A heading near the top that is a prefix of the page title (or the title of it) is the headline when it holds at least this share of the title. */
export const HEADLINE_PREFIX_MIN_SHARE = 0.5;
/** Words from which a caption that ends like a sentence counts as story text, not a picture label. */
export const CAPTION_SENTENCE_MIN_WORDS = 8;
/** Readability's charThreshold: fewer characters than this and it retries with rules relaxed. */
export const READABILITY_MIN_CHARS = 500;
/**
 * Characters of decoded HTML above which Readability is not run and the story is located by
 * the densest prose container alone (stages/html/locate.ts): Readability needed about 35× a
 * 50 MB page in memory. The largest benchmark page has 5.0 M characters.
 */
export const LOCATE_READABILITY_MAX_CHARS = 8_000_000;
/** Characters per slice in which a long text is rewritten by a global regex (html/blocks.ts inSlices): bounds the match list V8 builds. */
export const REGEX_SLICE_CHARS = 1 << 20;
/**
 * Characters of text inside <noscript> from which a page whose <noscript> holds more text than
 * the rest of its body is read as a browser without JavaScript renders it (forum software
 * serves its posts there); below it a <noscript> is a "please enable JavaScript" line.
 */
export const NOSCRIPT_MIN_CHARS = 200;
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
/** Words in a link's text for it to read as a headline rather than a menu entry. */
export const HEADLINE_MIN_WORDS = 4;
/** Teaser cards side by side that make a related list even without telltale class names. */
export const CARD_LIST_MIN = 3;
/** A teaser card holds at most this much text (characters): headline, short summary, time. */
export const CARD_MAX_CHARS = 600;
/** The story container is sought outside named boilerplate first, if the prose there is at least this share of the page's densest. */
export const ANCHOR_OUTSIDE_SHARE = 0.3;
/** A quote Readability dropped from inside the story is put back when at least this long (characters). */
export const RESTORE_MIN_CHARS = 40;
/**
 * How far options.favor precision raises the block classifier's keep thresholds (FAVOR below).
 * Recall leaves them as trained: the model is well calibrated, and with the rest of the recall
 * set, lowering them by 0.1 bought WCXB html tune recall +.0048 for precision -.0088.
 */
export const CLASSIFIER_FAVOR_SHIFT = 0.1;
/**
 * The threshold sets options.favor (--favor) chooses among; `balanced` is the default and is
 * the named constants above. Only where a block is in doubt do they differ:
 * - restoreMinChars: a block the locator dropped between the story's first and last kept
 *   blocks is put back from this length (characters)…
 * - restoreTypes: …when it is one of these block types (by default only quotes: between
 *   story paragraphs, dropped paragraphs are mostly teasers and captions);
 * - outsideProseMinChars: a block outside the located story that is not a link block is
 *   kept from this length (a second stretch of story the locator left out). Never, in every
 *   set: under recall from 2 × PROSE_MIN_RUN it cost WCXB html precision -.023 for recall
 *   +.009 (articles -.024 / +.007), a worse trade than any other part of the set;
 * - pruneMaxProseShare: a named-boilerplate element inside the story container holding this
 *   share of its prose is story, not boilerplate (higher prunes more);
 * - classifierShift: added to the block classifier's keep thresholds (src/classify/, the
 *   model's own inside and outside the located story): below zero keeps blocks it doubts,
 *   above drops them;
 * - forumKeeps: removal kinds (or rule ids) kept on a page typed as a forum thread, where the
 *   replies that look like comments, and a scrape's rows of short lines, are the thread itself;
 * - itemPageKeeps: removal rules whose blocks are kept on a page typed as anything but an
 *   article, whose cards, captions, link lists and entries after the first stretch of prose
 *   are its content;
 * - listPageKeeps: the same on a page of items (LIST_PAGE_TYPES: thread, product, listing,
 *   collection), where replies, reviews, cards and media are the content.
 * Both per input path: a text scrape's type is read from its shape alone (keeping by it by
 * default cost ScrapingHub text .974 → .964). Balanced keeps link lists, linked headlines and
 * fragments of non-article HTML pages (docs/rules.md: they cost WCXB): WCXB html F1 tune
 * .7833 → .7855, check .7495 → .7562; and on pages of items every keep of recall's list but
 * the block classifier's: tune .7855 → .8030, check .7562 → .7822 (on service and
 * documentation pages too it gained nothing on the checking part, and news typed `service`
 * lost their comment pruning; keeping the classifier's removals too moved tune −.0026, check
 * +.0043: the model trained on these pages decides). Recall against balanced then adds the
 * restored paragraphs, forum comments, the classifier's removals and the keeps on service and
 * documentation pages: WCXB html R +.0266 / P −.0329 (tune), +.0330 / −.0254 (check).
 */
/**
 * Page types whose content is a set of items (a thread's posts, a product's specifications and
 * reviews, a listing's or collection's entries): FAVOR.listPageKeeps apply there. Not service
 * pages or documentation, whose content is their own sections of prose.
 */
export const LIST_PAGE_TYPES: ReadonlySet<string> = new Set(['forum', 'product', 'listing', 'collection']);
/** Per input path: a text scrape's page type is read from its shape alone, so it is trusted with less. */
type PathKeeps = { readonly html: readonly string[]; readonly text: readonly string[] };
export const FAVOR = {
  balanced: { restoreMinChars: RESTORE_MIN_CHARS, restoreTypes: ['quote'], outsideProseMinChars: Infinity, pruneMaxProseShare: PRUNE_MAX_PROSE_SHARE, classifierShift: 0, forumKeeps: { html: [], text: [] }, itemPageKeeps: { html: ['link-list', 'linked-headline', 'fragment'], text: [] }, listPageKeeps: { html: ['card-list', 'prune-media', 'prune-comments', 'link-list', 'linked-headline', 'fragment', 'outside-main-content', 'prune-about', 'prune-related', 'prune-ad', 'prune-newsletter', 'prune-share'], text: [] } },
  recall: { restoreMinChars: RESTORE_MIN_CHARS, restoreTypes: ['quote', 'paragraph', 'list-item', 'heading', 'table', 'code'], outsideProseMinChars: Infinity, pruneMaxProseShare: PRUNE_MAX_PROSE_SHARE, classifierShift: 0, forumKeeps: { html: ['comments'], text: ['comments', 'text-nav-run'] }, itemPageKeeps: { html: ['card-list', 'prune-media', 'prune-comments', 'link-list', 'linked-headline', 'fragment', 'outside-main-content', 'block-classifier', 'prune-about', 'prune-related', 'prune-ad', 'prune-newsletter', 'prune-share'], text: ['text-after-story'] }, listPageKeeps: { html: [], text: [] } },
  precision: { restoreMinChars: Infinity, restoreTypes: [], outsideProseMinChars: Infinity, pruneMaxProseShare: 0.8, classifierShift: CLASSIFIER_FAVOR_SHIFT, forumKeeps: { html: [], text: [] }, itemPageKeeps: { html: [], text: [] }, listPageKeeps: { html: [], text: [] } },
} as const satisfies Record<string, { restoreMinChars: number; restoreTypes: readonly string[]; outsideProseMinChars: number; pruneMaxProseShare: number; classifierShift: number; forumKeeps: PathKeeps; itemPageKeeps: PathKeeps; listPageKeeps: PathKeeps }>;
/** Besides its headline link, a teaser card may carry short links (category, tags) of at most this many words. */
export const CARD_TAG_MAX_WORDS = 3;
/** Share links (by target) that make an element a share bar. */
export const SHARE_BAR_MIN_LINKS = 2;
/** Text (characters) a share bar may hold besides its share links: a "Share this:" label. */
export const SHARE_BAR_MAX_OTHER_CHARS = 40;
/** A closing line of the story that calls to follow or subscribe, or gives a contact, is a sign-off up to this length (characters); longer, it is a paragraph. */
export const CLOSING_PROMO_MAX_CHARS = 400;
/** Link targets an inline box inside a sentence holds, with no other text, to be a hover card (a name, its stories, "more"). */
export const HOVER_CARD_MIN_LINKS = 3;

// --- text ---
/** Share of the prose length a CJK line closed by 。 or 、 needs (CJK scrapes wrap sentences over short lines). */
export const TEXT_CJK_SENTENCE_SHARE = 0.5;
/** Tokens a page needs before its language is guessed from stopword coverage. */
export const TEXT_LANG_MIN_TOKENS = 40;
/** Tokens looked at to guess the page language (the rest adds time, not certainty). */
export const TEXT_LANG_SAMPLE_TOKENS = 5000;
/** Words of lines kept split for the next caller (a typical page's all, under a megabyte; a huge page's are split again). */
export const TEXT_TOKENS_KEPT = 20000;
/** Share of a line's characters that are CJK below which its stopwords are counted (CJK has no spaces to split words at). */
export const TEXT_CJK_STOPWORD_MAX_SHARE = 0.25;
/**
 * A line longer than this (a whole page on one line) is split into words from a sample of
 * this many characters, its word count counted without keeping the words: the shares the
 * classifier reads do not change, and memory stays a small multiple of the input.
 */
export const TEXT_TOKENS_SAMPLE_CHARS = 262_144;
/** A prose line is at least this long (CJK-weighted characters): menus and headlines are shorter. */
export const TEXT_PROSE_MIN_CHARS = 60;
/** …and has at least this many words (a URL or a code is one long token). */
export const TEXT_PROSE_MIN_WORDS = 8;
/** …and at least this share of the page language's stopwords (headlines and menus have few). */
export const TEXT_PROSE_MIN_STOPWORDS = 0.12;
/**
 * A page below that share still has a language when its best stopword list matches this many
 * times more tokens than any other list (a recipe or list page is terse, yet plainly English)…
 */
export const TEXT_LANG_DOMINANCE = 4;
/** …and at least this share of its tokens are that list's (below, the hits are chance). */
export const TEXT_LANG_MIN_SHARE = 0.06;
/** …and a line without closing punctuation needs this share (tag clouds and link strips have few). */
export const TEXT_PROSE_UNPUNCTUATED_STOPWORDS = 0.25;
/** A line this long counts as prose even without closing punctuation (flattened paragraphs). */
export const TEXT_PROSE_UNPUNCTUATED_CHARS = 160;
/**
 * Cost of crossing one non-prose line inside the story run, in prose characters: a story
 * bridges a subheading or an ad marker, not a whole menu.
 */
export const TEXT_GAP_PENALTY = 45;
/**
 * Share of its weight a prose line loses from the top of the page to the bottom: stories
 * come before the comments, footers and related lists that can outweigh them.
 */
export const TEXT_POSITION_DECAY = 0.5;
/** Weight of a short line standing alone between blank lines (a paragraph, subheading or list item), not a menu entry. */
export const TEXT_ISOLATED_SHORT_WEIGHT = 10;
/** Non-blank lines after a boilerplate heading whose prose is discounted as part of that section. */
export const TEXT_SECTION_REACH = 8;
/** Weight kept by prose right after a boilerplate heading or inside a card (a teaser, not the story). */
export const TEXT_SECTION_DISCOUNT = 0.1;
/** Lines above a prose line searched for the age/source furniture that makes it a card summary. */
export const TEXT_CARD_REACH = 3;
/** Non-blank lines above the story searched for its headline. */
export const TEXT_TITLE_REACH = 12;
/** A headline has at least this many words… */
export const TEXT_TITLE_MIN_WORDS = 3;
/** …and at most this many (CJK-weighted) characters. */
export const TEXT_TITLE_MAX_CHARS = 250;
/** A byline line has at most this many words. */
export const TEXT_BYLINE_MAX_WORDS = 24;
/** A short line is a date line when its date, weighed this many times, is at least the line's length less TEXT_DATE_SLACK_CHARS. */
export const TEXT_DATE_WEIGHT = 3;
export const TEXT_DATE_SLACK_CHARS = 20;
/** A boilerplate section heading is a short line: at most this many words. */
export const TEXT_HEADING_MAX_WORDS = 8;
/** Lines after a comments heading searched for a commenter's name/date line that proves a real thread. */
export const TEXT_THREAD_REACH = 6;
/** Unpunctuated long lines need a comma or stop per this many characters to count as prose. */
export const TEXT_PROSE_CHARS_PER_MARK = 200;
/** A line opening with a sign-up verb is a newsletter pitch up to this length (longer, it is prose about one). */
export const TEXT_SIGNUP_MAX_CHARS = 250;
/** A card's source line ("CNN") has at most this many words. */
export const TEXT_CARD_SOURCE_MAX_WORDS = 4;
/** Furniture (bylines, share and ad lines, section headings) costs the story run this many times a plain short line. */
export const TEXT_FURNITURE_GAPS = 3;
/** A line announcing a list has at least this many words ("Tags:" and "Share:" are labels). */
export const TEXT_LIST_INTRO_MIN_WORDS = 3;
/** Consecutive rows built alike that make a data table or schedule (fewer is a list of links or a byline block). */
export const TEXT_TABLE_MIN_ROWS = 4;
/** …or this many when every row has tab-separated cells (innerText's table rows). */
export const TEXT_TABLE_MIN_CELL_ROWS = 3;
/** A table row is at most this long (CJK-weighted characters); longer lines are paragraphs. */
export const TEXT_TABLE_ROW_MAX_CHARS = 160;
/** A line right above a photo credit is its caption up to this length; longer, it is a paragraph above an uncaptioned photo. */
export const TEXT_CAPTION_MAX_CHARS = 400;
/** Share of the gap penalty a headline link costs in a box under a colon heading ("More:"), which stories resume after. */
export const TEXT_BOX_LINK_SHARE = 0.34;
/** Arrow-marked titles ("» Weekly column") each over a blurb make a sidebar of cards from this many on; one or two may be the story's own. */
export const TEXT_CHEVRON_CARDS_MIN = 3;

// --- batch (CLI folder mode; not used by the library) ---
/** Default per-page time limit: far above any sane page (jsdom takes < 1 s on 5 MB). */
export const BATCH_PAGE_TIMEOUT_MS = 30_000;
/** Pages sent to a worker at once: the one it cleans and the next, so it never waits on the main thread between pages. */
export const BATCH_WORKER_PIPELINE = 2;
/** Pages in flight per worker: those sent to it plus one being read, so no worker idles on I/O. */
export const BATCH_INFLIGHT_PER_WORKER = BATCH_WORKER_PIPELINE + 1;
/** A worker whose JS heap is above this after a page is replaced: jsdom leaks across pages slowly. */
export const BATCH_WORKER_RECYCLE_HEAP_MB = 384;
/** Hard heap ceiling of a worker: a page that needs more fails alone instead of killing the run. */
export const BATCH_WORKER_MAX_HEAP_MB = 1024;
/** How much of a worker process's stderr is kept to say why it died (Node prints the cause last). */
export const BATCH_WORKER_STDERR_TAIL_BYTES = 8192;
/** Progress redraws per second at most: more is flicker and wasted syscalls. */
export const BATCH_PROGRESS_HZ = 8;
/** Longest output file name in bytes, below the 255 of ext4/APFS/NTFS with room for "-NN.json". */
export const BATCH_MAX_NAME_BYTES = 200;
/** A WARC or HTTP header block longer than this is damage, not a header (real ones are a few KB). */
export const WARC_MAX_HEADER_BYTES = 65_536;
/** Bytes read from a WARC file at a time. */
export const WARC_READ_CHUNK_BYTES = 262_144;
/** After SIGINT, in-flight pages get this long to finish before they are abandoned. */
export const BATCH_INTERRUPT_GRACE_MS = 5_000;
/** Longest --timeout: Node's timers hold at most 2^31-1 ms; a longer delay fires after 1 ms. */
export const BATCH_MAX_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Most workers per available core for -j: each worker is a whole pith (tens of MB before its
 * first page), and past a few per core they only add memory and contention.
 */
export const BATCH_MAX_JOBS_PER_CORE = 4;

/**
 * Re-readings of a scrape's own output (text/classify.ts settle): each one either removes a
 * line or ends the loop, and a page settles in one or two; the cap only bounds pathological input.
 */
export const TEXT_SETTLE_PASSES = 8;

// Rejoining lines a flattener wrapped at a fixed width (text/unwrap.ts).
/** Wrap widths tried: the longest line lengths on the page, at most this many distinct ones. */
export const TEXT_WRAP_CANDIDATES = 8;
/** Lines longer than the width (a long URL lynx cannot break) allowed: a share of the lines, or this many. */
export const TEXT_WRAP_OVERFLOW_SHARE = 0.02;
export const TEXT_WRAP_OVERFLOW_MIN = 2;
/** A wrapped page shows at least this many lines broken because the next word did not fit… */
export const TEXT_WRAP_MIN_BREAKS = 6;
/** …and they make this share of its lines longer than half the width (innerText paragraphs end anywhere). */
export const TEXT_WRAP_MIN_SHARE = 0.25;
/** Half the broken rows end within this many characters of the width. */
export const TEXT_WRAP_TIGHT_CHARS = 4;
/** …that share of them at least (words are short, so a wrapped row ends near the width). */
export const TEXT_WRAP_TIGHT_SHARE = 0.5;
/** A row shorter than this share of the width was never wrapped (a wrap breaks a full line). */
export const TEXT_WRAP_MIN_FILL = 0.5;
/** Characters a dumper may carry down to the next row of unspaced (Chinese, Japanese) text, to keep a stop off the row's start. */
export const TEXT_WRAP_CJK_CARRY = 1;
/** Korean broken inside words: this share of its breaks fill the row (broken at spaces, rows end short by a word's end). */
export const TEXT_WRAP_IN_WORDS_SHARE = 0.75;

// --- block classifier (src/classify/) ---
/** A block at least this long counts as "long text" when the classifier measures what its containers hold. */
export const CLASSIFIER_LONG_BLOCK_CHARS = 80;
/** How many features a classifier removal names as its reason. */
export const CLASSIFIER_REASON_FEATURES = 3;
/** Located content longer than this is matched block by block only (a substring search per block would be quadratic). */
export const CLASSIFIER_SEARCH_MAX_CHARS = 200_000;
