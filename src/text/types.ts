import type { Block, Kind } from '../types.js';
import type { LineFeatures } from './features.js';

/**
 * One analysed line of a scrape (lines.ts makes them): its block, its measurements, and the
 * furniture it looks like on its own. Every text module reads these; only lines.ts and
 * table.ts set them.
 */
export interface TextLine {
  block: Block;
  f: LineFeatures;
  /** Kind of boilerplate section this short line opens, if it is such a heading. */
  heading: Kind | null;
  share: boolean;
  ad: boolean;
  promo: boolean;
  footer: boolean;
  cookie: boolean;
  credit: boolean;
  byline: boolean;
  /** A short line that is (mostly) a date or time stamp. */
  date: boolean;
  /** A relative age line ("an hour ago"). */
  age: boolean;
  /** A card's "- Source" attribution line. */
  attribution: boolean;
  video: boolean;
  /** "Read more: …" and the like. */
  pointer: boolean;
  /** A newsletter or sign-up pitch. */
  signup: boolean;
  /** A strip of topic tags. */
  tags: boolean;
  /** A comments heading that opens a real thread (commenters' names and dates follow), not a "0 Comments" link. */
  thread: boolean;
  /** Starts with a list marker ("1) ", "• ", "- "): an item of a list, in a story or not. */
  listItem: boolean;
  /** The credit line of an embedded post ("— Name (@handle) October 9, 2018"): part of the story. */
  embed: boolean;
  /** The same text stands elsewhere on the page (gallery captions, teasers, repeated headlines). */
  repeated: boolean;
  /** "Name on <date> said:". */
  commentHeader: boolean;
  /** A row of a data table or schedule (table.ts): story content though it is no prose. */
  row: boolean;
  /** Part of a teaser card set into the story: its headline printed twice (image link and text link) and its blurb. */
  card: boolean;
  /** A short line the page prints again and again (a photo's caption or alt text under every picture of a gallery). */
  recurring: boolean;
}

/** Whether a rule of the registry is on for this page (document.ruleOn). */
export type RuleOn = (id: string) => boolean;

/** What the text stages hand on to each other on the document (doc.data.text). */
export interface TextWork {
  lines: TextLine[];
  /** The page language's stopwords, or null when it has none that tell. */
  stopwords: Set<string> | null;
  /** Set by the story stage. */
  story?: FoundStory;
}

export interface StoryRun {
  /** Index of the first and last story line (inclusive). */
  start: number;
  end: number;
}

export interface FoundStory {
  /** The page is already clean: every line standing alone is kept. */
  clean: boolean;
  /** The story's lines, or null when the page has none (then only a headline is marked). */
  run: StoryRun | null;
  /** The headline's line, if any. */
  title: number | null;
}
