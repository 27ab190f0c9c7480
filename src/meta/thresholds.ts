/**
 * The metadata stage's numbers (src/meta/): kept beside the code that reads them, as
 * src/language/thresholds.ts is; named and explained like those of src/thresholds.ts.
 */

/** A publication date before this year is a misreading (the web carried no dated stories before). */
export const META_DATE_MIN_YEAR = 1995;
/** …and one later than this many days from now is an event date or a typo, not when the page was published. */
export const META_DATE_FUTURE_DAYS = 1;
/** An author name longer than this (characters) is a sentence or a bio, not a name. */
export const META_AUTHOR_MAX_CHARS = 80;
/** Words of one author's name at most ("Doris Munoz-Mantilla, MD" is five with the titles). */
export const META_AUTHOR_MAX_WORDS = 7;
/** Words of one person's name in a byline checked for its shape (src/meta/people.ts personShaped): more is a phrase or a role. */
export const META_PERSON_MAX_WORDS = 5;
/** Text read after the visible headline for its byline and date (characters). */
export const META_NEAR_HEADLINE_CHARS = 600;
/** Blocks or lines read after the visible headline for its byline and date. */
/**
 * Longest line read as a headline, byline or dateline of a text scrape (longer ones are prose, or a
 * whole page on one line: splitting or lower-casing those would cost memory many times their size).
 */
export const META_LINE_MAX_CHARS = 200;
export const META_NEAR_HEADLINE_LINES = 8;
/**
 * The headline of a text scrape (src/meta/headline.ts): a headline-shaped line is looked for from
 * this many lines before the first story line to this many after it…
 */
export const META_HEADLINE_BEFORE_LINES = 60;
export const META_HEADLINE_AFTER_LINES = 30;
/** The story paragraphs under a candidate its words are compared with, read within this many lines. */
export const META_HEADLINE_PARAGRAPHS = 3;
export const META_HEADLINE_PARAGRAPH_REACH = 40;
/** Lines around a candidate where the same line again counts as its repetition. */
export const META_HEADLINE_REPEAT_LINES = 6;
/** …and scored by what stands around it, with these weights (set on the WCXB tuning part, checked on the other). */
export const META_HEADLINE_WEIGHTS = {
  /** Share of its words that the story's first paragraphs under it repeat: a headline announces them. */
  overlap: 1.5,
  /** …and how many such words (up to five), so a one-word menu entry that happens to recur counts less. */
  sharedWords: 0.5,
  /** The same line again within a few lines (a breadcrumb's last entry, the headline shown twice). */
  repeatedNearby: 1,
  /** A byline, date or age line just under it. */
  datedBelow: 1,
  /** The text path took it for the headline. */
  textPathHeadline: 0.5,
  /** It starts with a capital, a digit or a quote, as a headline does. */
  capital: 0.8,
  /** A single word is a menu entry more often than a headline. */
  singleWord: -0.5,
  /** The text path kept it as story: a sub-heading of the story more often than its headline. */
  inStory: -0.4,
  /** Per line it stands before the first story line (the headline comes first, menus before it). */
  perLineBefore: -0.01,
  /** Per line it stands after the first story line. */
  perLineAfter: -0.15,
  /** Times the share of the URL slug's words it holds (src/meta/slug.ts): sites name the address after the headline. */
  slug: 4,
} as const;
/** A line beyond that reach is a candidate when it holds this share of the slug's words, looked for in the first lines so many. */
export const META_HEADLINE_SLUG_ALONE = 0.6;
export const META_HEADLINE_SLUG_LINES = 2000;
/** Elements visited at most when reading those lines (a page can nest thousands of empty wrappers there). */
export const META_NEAR_HEADLINE_ELEMENTS = 80;


// Text lines under a headline (src/meta/decide.ts, text.ts).
/** A name alone on its line is a byline when it stands among this many first lines under the headline… */
export const META_NAME_LINE_REACH = 3;
/** …with a date within this many lines below it. */
export const META_NAME_DATE_REACH = 3;
/** A dateline is at most this long (characters), in text and as an element named for a date; a longer line is read for one only at its start. */
export const META_DATELINE_CHARS = 80;
/** "Updated" (in any language) marks the modified date when it starts within this many characters of its line. */
export const META_UPDATE_LEAD_CHARS = 25;
/** A byline is at most this long (characters), as a text line or an element named for it: a name, a role, a date. */
export const META_BYLINE_MAX_CHARS = 120;
/** Lines above the headline read for a date (a kicker and a dateline stand there). */
export const META_LINES_ABOVE_HEADLINE = 2;
/** With no date by the headline, lines read from the top of the scrape: up to this many past the story's first paragraph, or this many when it has none. */
export const META_DATE_STORY_LEAD_LINES = 5;
export const META_DATE_TOP_LINES = 40;

// The headline of a text scrape (src/meta/headline.ts).
/** Longest line taken for a headline (characters) and most words in one. */
export const META_HEADLINE_MAX_CHARS = 150;
export const META_HEADLINE_MAX_WORDS = 20;
/** Characters of a paragraph read for its words: its start says what it is about. */
export const META_PARAGRAPH_READ_CHARS = 1000;
/** A paragraph of prose: at least this many characters, with a sentence and a dozen words (headline.ts prose) in them. */
export const META_PROSE_MIN_CHARS = 60;
/** A word carries meaning from this many letters (in scripts that spell short function words in ASCII). */
export const META_MEANING_MIN_LETTERS = 3;
/** Words shared with the story count up to this many (META_HEADLINE_WEIGHTS.sharedWords). */
export const META_HEADLINE_SHARED_WORDS = 5;
/** Lines under a candidate read for a byline or date (META_HEADLINE_WEIGHTS.datedBelow). */
export const META_HEADLINE_DATED_LINES = 4;

// Candidates read from the HTML (src/meta/html.ts, jsonld.ts).
/** Ancestors climbed to tell whether an element stands in a dialog (cookie consent, sign-in)… */
export const META_DIALOG_LEVELS = 10;
/** …or in furniture (footer, nav, aside, a related card). */
export const META_FOREIGN_LEVELS = 8;
/** Elements before and after the headline whose names are read (an <article> can hold a whole page). */
export const META_NAMED_SCAN_BEFORE = 30;
export const META_NAMED_SCAN_AFTER = 120;
/** How far up from the headline its byline and date are looked for: its header, then the block around that. */
export const META_SCOPE_LEVELS = 3;
/** A class attribute longer than this (characters) is generated styling, not a name to read. */
export const META_CLASS_MAX_CHARS = 200;
/** `<h1>`s read as headline candidates, and how many of the first ones get the lines around them read… */
export const META_HEADLINES_READ = 6;
export const META_HEADLINES_NEAR = 2;
/** …this many lines above it. */
export const META_LINES_BEFORE_HEADLINE = 3;
/** JSON-LD nested deeper than this is not read (a graph of that depth is generated noise). */
export const META_JSONLD_MAX_DEPTH = 6;
/** A JSON-LD object of at most this many keys that holds an `@id` is a reference to the node of that id. */
export const META_JSONLD_REFERENCE_KEYS = 2;

// Declared titles and names (src/meta/title.ts, people.ts, slug.ts).
/** A title part names the site when it is the site's name (squashed, more than one character) or, for names of at least this many characters, holds it with at most this many more around it, or is held by it. */
export const META_SITE_PART_MIN_CHARS = 4;
export const META_SITE_PART_EXTRA_CHARS = 12;
/** Rounds of cutting the site's name off a title's ends (a name, a section, a bracketed name). */
export const META_TITLE_CUT_ROUNDS = 3;
/** A declared title found at the end or start of a longer headline (a label or byline run into it) is the title from this many characters (squashed). */
export const META_TITLE_IN_HEADLINE_MIN_CHARS = 8;
/** A page with more `<h1>`s than this, none declared, is a page of posts: named by its `og:title`. */
export const META_POSTS_MIN_HEADLINES = 2;
/** A name is the site's (an organisation) when equal to its folded name of more than this many characters, or when one starts the other and is longer than this many. */
export const META_SITE_NAME_MIN_CHARS = 2;
export const META_SITE_PREFIX_MIN_CHARS = 3;
/** Fewest word tokens a path segment needs to count as a slug ("diet-trends-2025" has three). */
export const META_SLUG_MIN_TOKENS = 2;
/** A token this long or longer matches a line token it starts, or that starts it ("tips"/"tip", "guide"/"guides"). */
export const META_SLUG_PREFIX_MIN = 4;
/** A slug token with a digit and a letter and at least this many characters is an id ("a1b2c3"), not a word. */
export const META_SLUG_ID_MIN_CHARS = 6;
