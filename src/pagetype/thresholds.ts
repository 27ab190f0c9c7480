/**
 * The page-type stage's numbers (src/pagetype/): kept beside the code that reads them, as
 * src/language/thresholds.ts is; named and explained like those of src/thresholds.ts.
 */

/**
 * Weights of the evidence for a page type: each piece adds its weight to one type and the
 * highest sum wins. Declared schema.org types outweigh structure, structure outweighs the
 * URL (a weak hint, never enough alone to overturn the article prior plus prose). Tuned on
 * the tuning part of the WCXB dev pages only (bench/split.mjs, bench/wcxb-types.mjs).
 */
export const PAGE_TYPE_WEIGHTS = {
  articlePrior: 1,
  declared: 3,
  declaredForum: 5,
  declaredArticle: 1.5,
  ogArticle: 0.5,
  ogType: 2,
  posts: 3,
  postsShare: 3,
  postsMinShare: 0.3,
  postsMaxLinkShare: 0.5,
  cardsMin: 6,
  cardsMinShare: 0.3,
  cardsMinLinkShare: 0.25,
  pricedGridShare: 0.6,
  cards: 1,
  cardsShare: 3,
  priceBuy: 3,
  catalogPrices: 10,
  catalog: 2,
  buy: 1,
  navTreeMin: 20,
  codeNav: 3,
  navTree: 1.5,
  code: 1,
  permalinks: 1.5,
  editLink: 1.5,
  linkedHeadingsMin: 6,
  teasers: 2.5,
  prose: 0.08,
  proseMax: 2,
  published: 2,
  service: 2,
  serviceMaxProse: 12,
  serviceHeadingsPerProse: 0.8,
  docsMinProse: 10,
  textCodeLines: 8,
  textPostMinChars: 100,
  textShortShare: 0.7,
  /** A text scrape's catalogue of price lines, its page of short lines, a dated line over its prose. */
  textCatalog: 3,
  textShortLines: 2,
  textPublished: 1,
  url: 0.75,
  urlRoot: 0.75,
} as const;

/**
 * What the evidence counts: the sizes and shares that make a piece of structure (src/pagetype/
 * structure.ts) or of a text scrape's lines (text.ts) a sign at all. Set with the weights above.
 */
export const PAGE_TYPE_MEASURES = {
  /** "Most of them": a share of posts with an author, of entries headed by a link, of headings linked or anchored. */
  majority: 0.5,
  /** Schema.org Products or Offers listed on a page that make it a shop. */
  listedProductsMin: 2,
  /** Posts (same-shaped dated containers) that make a thread, and those of them naming an author at least. */
  postsMin: 2,
  /** A Product declared by a page with neither price nor buy control counts this share of a declaration. */
  unsoldProductShare: 0.5,
  /** A grid of priced cards is a catalogue from this share of the page's text (half what other cards need). */
  pricedCardsMinShare: 0.15,
  /** Code blocks beside a navigation tree that make documentation; alone, this many. */
  codeNavMinCode: 2,
  codeAloneMin: 6,
  /** A navigation tree with no code beside it is documentation from this many links. */
  navTreeAloneMin: 40,
  /** Headings carrying a permalink to themselves that make documentation. */
  permalinksMin: 3,
  /** Paragraphs of prose from which the page reads as an article. */
  proseMin: 4,
  /** A service page's own sections: at least this many buttons, or this many headings. */
  serviceMinCta: 3,
  serviceMinHeadings: 4,
  /** A paragraph is prose from this many characters (whitespace runs counted once), with less than this share of it linked. */
  proseParagraphChars: 150,
  proseMaxLinkShare: 0.3,
  /** A heading is a link to another page when at least this share of its text is linked. */
  linkedHeadingShare: 0.6,
  /** A linked heading this long is a headline of another page, not a poster's name. */
  headlineMinChars: 25,
  /** Ancestors of a date climbed for the post that holds it, and of a link for the card. */
  postMaxDepth: 10,
  cardMaxDepth: 6,
  /** Elements with a class or id read in a post for an author's name (a post can hold a whole subthread). */
  authorScanElements: 200,
  /** A card's link has at least this many characters, and cards average at least this many (menus are bare links). */
  cardLinkMinChars: 3,
  cardMinChars: 25,
  /** A price element holds at most this many child elements (more is a card or a table, counted once elsewhere). */
  priceMaxChildren: 3,
  /** A `<code>` outside `<pre>` is a code block from this many characters (shorter ones are a name in a sentence). */
  codeBlockMinChars: 40,
  /** JSON-LD nested deeper than this is not read. */
  declaredMaxDepth: 12,
  // Lines of a text scrape (text.ts).
  /** A line is prose from proseParagraphChars characters ending a sentence; short below this many. */
  textShortChars: 60,
  /** A price line, a buy button, a line of code and a dated line are shorter than these. */
  textPriceMaxChars: 60,
  textBuyMaxChars: 40,
  textCodeMaxChars: 200,
  textDatedMaxChars: 80,
  /** A post's header (a dated line) has a post's text within this many lines under it. */
  textPostReach: 3,
  /** Post headers that make a thread, when prose is fewer than this many paragraphs per header. */
  textPostsMin: 3,
  textProsePerPost: 4,
  /** The forum and code weights grow by this per post header and per this many lines of code, up to a cap. */
  textPostWeightStep: 0.25,
  textCodeLinesPerStep: 20,
  textExtraWeightMax: 2,
  /** Price lines make a catalogue from this share of the lines. */
  textPricesMinShare: 0.05,
  /** Pages of mostly short lines need this many lines; this many dated ones make them a listing. */
  textShortPageMinLines: 40,
  textListingMinDated: 5,
  /** A dated line among this many first lines, above prose, says the page is published. */
  textTopLines: 15,
} as const;
