/**
 * The shared vocabulary of pith: block kinds, removal records, related cards and the
 * sidecar shape. Everything that leaves the library is described here.
 */

/** The fixed vocabulary of boilerplate kinds used in the sidecar. */
export const KINDS = [
  'related',
  'video',
  'ad',
  'comments',
  'newsletter',
  'share',
  'nav',
  'cookie',
  'footer',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export type Format = 'html' | 'text';

/**
 * Where a block stood in the input. Text inputs give 1-based lines and character
 * offsets into the decoded text; HTML inputs give a CSS-like element path. `index`
 * is the block's order among all blocks of the page, for both.
 */
export interface Position {
  index: number;
  line?: number;
  endLine?: number;
  start?: number;
  end?: number;
  path?: string;
  /** HTML input: the element's place in the parsed page before pruning (document order; the sidecar keeps its rank). */
  order?: number;
}

export type BlockType =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'quote'
  | 'code'
  | 'table'
  | 'caption'
  | 'line';

/** Inline content of a block, for the markdown and HTML outputs (src/render/). */
export type Inline =
  | { t: 'text'; text: string }
  | { t: 'link'; href: string; kids: Inline[] }
  | { t: 'image'; src: string; alt: string }
  | { t: 'strong' | 'em' | 'code'; kids: Inline[] };

/** One unit of page text, the thing the classifier labels. */
export interface Block {
  text: string;
  type: BlockType;
  position: Position;
  /** Heading level 1–6 for headings. */
  level?: number;
  /** Share of the text that sits inside links, 0..1 (HTML only). */
  linkDensity?: number;
  /** Blank lines just before this block (text only): scrapes separate sections with them. */
  gapBefore?: number;
  /** A horizontal rule (<hr>) sets this block off from the one before (HTML only): a section break. */
  ruleBefore?: boolean;
  /** Tab-separated cells on the line, when more than one (text only): innerText separates table cells with tabs. */
  cells?: number;
  /** Target of the block's single dominant link, when it has one (HTML only). */
  href?: string;
  /** The page's headline: shown first (unless title output is off), never twice. */
  title?: boolean;
  /** Links, images and emphasis of the block (HTML only, and only when a markdown or HTML output is asked for). */
  inline?: Inline[];
  /** Set by the classifier: kept as story, or removed with a kind and a reason. */
  label?: Label;
}

/** Why a block would have been removed, had options.keep not kept its kind. */
export interface KeptAs {
  kind: Kind;
  rule: string;
  reason: string;
}

export type Label = { main: true; keptAs?: KeptAs } | { main: false; kind: Kind; reason: string; rule: string };

/** One removed block, as recorded in the sidecar. */
export interface Removal {
  kind: Kind;
  /** The rule that fired, in words. */
  reason: string;
  /** A stable identifier of the rule, for grouping and debugging. */
  rule: string;
  text: string;
  position: Position;
}

/** One block of the story as kept, as recorded in the sidecar. */
export interface KeptBlock {
  text: string;
  type: BlockType;
  position: Position;
  /** The page's headline. */
  title?: true;
  /** Kept only because options.keep keeps its kind: the removal it would have been. */
  keptAs?: KeptAs;
}

/** One related-article card, with what the card shows. */
export interface RelatedItem {
  title: string;
  source?: string;
  age?: string;
  date?: string;
  url?: string;
  summary?: string;
}

export interface Message {
  level: 'warning' | 'info';
  code: string;
  message: string;
  stage: string;
}

export interface SourceInfo {
  /** The input path, or "-" for standard input. */
  path: string;
  bytes: number;
  sha256: string;
  format: Format | null;
  encoding: string | null;
  gzip: boolean;
}

/** Where each metadata field was read ("h1", "json-ld", "meta:og:title", "byline-text", …); null when the field is. */
export interface MetaSources {
  title: string | null;
  byline: string | null;
  published: string | null;
  modified: string | null;
  siteName: string | null;
}

/** How the sidecar's `lang` was found (src/stages/language.ts). */
export type LangSource = 'declared' | 'declared-checked' | 'detected' | 'detected-over-declared';

export interface Meta {
  title: string | null;
  /** The authors joined in order (", "): people before organisations named as author. */
  byline: string | null;
  /** The same authors one by one. */
  authors: string[];
  /** ISO 8601: a day ("2025-03-12"), or a day and time with the offset the page gave. */
  published: string | null;
  modified: string | null;
  siteName: string | null;
  /** The main text's language: BCP 47 as the page declared it, or the ISO 639-1 code detected (src/stages/language.ts). */
  lang: string | null;
  /** Where `lang` came from; null when it is null. */
  langSource: LangSource | null;
  /** The language the page declared (<html lang>, Content-Language, og:locale) as written, or null. */
  langDeclared: string | null;
  url: string | null;
  excerpt: string | null;
  metaSources: MetaSources;
}

/** The kinds of page pith recognises (src/pagetype/). */
export const PAGE_TYPES = ['article', 'forum', 'product', 'documentation', 'listing', 'collection', 'service'] as const;
export type PageTypeName = (typeof PAGE_TYPES)[number];

/** One piece of evidence for a page type: where it was seen and how much it weighs. */
export interface PageTypeEvidence {
  type: PageTypeName;
  /** A stable identifier of the signal (e.g. `schema-own`, `posts`, `price-buy`, `url`). */
  signal: string;
  weight: number;
  /** What was seen, in words. */
  detail: string;
}

/** The page's type and the evidence that decided it: the winner's evidence, and the runner-up's score. */
export interface PageType {
  type: PageTypeName;
  score: number;
  runnerUp: { type: PageTypeName; score: number } | null;
  evidence: PageTypeEvidence[];
}

/** The sidecar: the document object written out. See schema/sidecar.schema.json. */
export interface Sidecar extends Meta {
  schemaVersion: 1;
  source: SourceInfo;
  wordCount: number;
  /** The blocks kept as the story, in reading order: with `removed`, the whole page. */
  kept: KeptBlock[];
  /** What kind of page this is, with the evidence (null when no page was read). */
  pageType: PageType | null;
  removed: Removal[];
  related: RelatedItem[];
  warnings: string[];
  debug?: unknown;
}

export type ErrorCode =
  | 'empty'
  | 'binary'
  | 'gzip'
  | 'too-large'
  | 'timeout'
  | 'parse'
  | 'internal';

/**
 * A cleaned page. `markdown` (or `html`) is there when options.output asks for it: the same
 * kept blocks as `text`, with their headings, lists, tables, quotes, code, links and images.
 */
export type Result =
  | { ok: true; text: string; sidecar: Sidecar; markdown?: string; html?: string }
  | { ok: false; error: { code: ErrorCode; message: string; stack?: string }; sidecar: Sidecar };
