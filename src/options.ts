import { KINDS, type Format, type Kind } from './types.js';
import { RULE_IDS } from './rules/index.js';

/** The DOM implementation HTML pages are parsed into (see src/html/dom.ts). */
export type DomEngine = 'linkedom' | 'jsdom';

/** Which way to lean where a block could be story or boilerplate (see FAVOR in src/thresholds.ts). */
export type Favor = 'balanced' | 'precision' | 'recall';

/** Every option of the pipeline. `resolveOptions` fills the defaults; the caller's object is never changed. */
export interface Options {
  /** How to read the input: by its content (`auto`), or forced. Default `auto`. */
  format: 'auto' | Format;
  /**
   * Also write the story as `markdown` or `html` (the result's field of that name), from the
   * same kept blocks as the text: headings, paragraphs, lists, tables, quotes, code, links and
   * images. The HTML is safe (no script, no event attribute, only http(s) or relative links).
   * Default `text`: the text alone.
   */
  output: 'text' | 'markdown' | 'html';
  /** Put the headline first in the text output. Default `true`. */
  title: boolean;
  /** The input's path, recorded in the sidecar and used as a format hint. Default `"-"`. */
  path: string;
  /** Force a character encoding (a WHATWG label) instead of detecting it. Default: detect. */
  encoding: string | null;
  /**
   * An encoding declared outside the page, such as the charset of an HTTP Content-Type (a WARC
   * record carries one). It outranks the page's own `<meta charset>` but, like it, is checked
   * against the bytes: valid UTF-8 declared as a legacy encoding is decoded as UTF-8, with a
   * warning. Unlike `encoding`, it is not forced. Default: none.
   */
  declaredEncoding: string | null;
  /** The page's URL, used to resolve links in related cards. Default: none. */
  url: string | null;
  /** Largest decoded (and decompressed) input accepted, in bytes. Default 50 MiB. */
  maxBytes: number;
  /** Add per-stage details to the sidecar's `debug` field. Never changes the text. Default `false`. */
  debug: boolean;
  /**
   * The DOM engine for HTML pages: `linkedom` (fast, the default) or `jsdom` (standards-exact,
   * about ten times slower). Both give the same text on the quality benchmark. Default `linkedom`.
   */
  dom: DomEngine;
  /**
   * Give up on the page after this many milliseconds: checked between stages, the page
   * then fails with code `timeout`. A stage already running is not
   * interrupted (the DOM engine and Readability are synchronous); for a hard limit run
   * pages in a worker and terminate it, as batch mode does. Default: none.
   */
  timeoutMs: number | null;
  /** Stop the page when this signal aborts (checked where `timeoutMs` is). Default: none. */
  signal: AbortSignal | null;
  /**
   * Ids of rules (see `RULES`) to switch off, to measure what each one is worth. An unknown
   * id is misuse (a TypeError). Default `[]`: every rule on.
   */
  disableRules: readonly string[];
  /**
   * Kinds of removal (see `KINDS`: `comments`, `related`, `video`…) whose blocks are kept in
   * the text: they stay in the sidecar's `kept` with `keptAs`, the removal they would have
   * been. An unknown kind is misuse (a TypeError). Default `[]`: every kind is removed.
   */
  keep: readonly Kind[];
  /**
   * Lean toward `precision` (less boilerplate, some story lost) or `recall` (more of the
   * story, some boilerplate kept): picks one of the threshold sets of FAVOR in
   * src/thresholds.ts. Default `balanced`.
   */
  favor: Favor;
  /**
   * HTML: let the learned block classifier (src/classify/) choose the main content among every
   * block of the pruned page, instead of the located story, on every page type but articles
   * and forum threads (there the rules and the thread model decide: the trees, scoring block by
   * block, drop answers of a thread). Default `true`.
   */
  blockClassifier: boolean;
  /**
   * Text: after the rules, let the learned line classifier (src/classify/lines.ts) score every
   * line of a scrape whose page type is not an article, removing lines it is sure are no story
   * and keeping lines the rules removed that it is sure are (not on threads and service pages
   * either: there it costs news pages taken for them more than it gains). Default `true`.
   */
  lineClassifier: boolean;
}

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  format: 'auto',
  output: 'text',
  title: true,
  path: '-',
  encoding: null,
  declaredEncoding: null,
  url: null,
  maxBytes: 50 * 1024 * 1024,
  debug: false,
  dom: 'linkedom',
  timeoutMs: null,
  signal: null,
  disableRules: Object.freeze([]) as readonly string[],
  keep: Object.freeze([]) as readonly Kind[],
  favor: 'balanced',
  blockClassifier: true,
  lineClassifier: true,
});

const FORMATS = new Set(['auto', 'html', 'text']);
const OUTPUTS = new Set(['text', 'markdown', 'html']);
const DOMS = new Set(['linkedom', 'jsdom']);
const FAVORS = new Set(['balanced', 'precision', 'recall']);
const KIND_SET = new Set<string>(KINDS);

/** Merge user options over the defaults into a new frozen object; throws on misuse. */
export function resolveOptions(user: Partial<Options> = {}): Readonly<Options> {
  if (user === null || typeof user !== 'object') throw new TypeError('pith: options must be an object');
  const merged: Options = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(user)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_OPTIONS)) throw new TypeError(`pith: unknown option "${key}"`);
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  if (!FORMATS.has(merged.format)) throw new TypeError(`pith: format must be auto, html or text, not "${merged.format}"`);
  if (!OUTPUTS.has(merged.output)) throw new TypeError(`pith: output must be text, markdown or html, not "${merged.output}"`);
  if (!DOMS.has(merged.dom)) throw new TypeError(`pith: dom must be linkedom or jsdom, not "${merged.dom}"`);
  if (!Number.isFinite(merged.maxBytes) || merged.maxBytes <= 0) throw new TypeError('pith: maxBytes must be a positive number');
  if (merged.timeoutMs !== null && (!Number.isFinite(merged.timeoutMs) || merged.timeoutMs <= 0)) throw new TypeError('pith: timeoutMs must be a positive number');
  if (merged.signal !== null && !(merged.signal instanceof AbortSignal)) throw new TypeError('pith: signal must be an AbortSignal');
  if (typeof merged.blockClassifier !== 'boolean') throw new TypeError('pith: blockClassifier must be true or false');
  if (typeof merged.lineClassifier !== 'boolean') throw new TypeError('pith: lineClassifier must be true or false');
  if (!Array.isArray(merged.disableRules)) throw new TypeError('pith: disableRules must be an array of rule ids');
  for (const id of merged.disableRules) if (!RULE_IDS.has(id)) throw new TypeError(`pith: unknown rule "${String(id)}" in disableRules`);
  // A copy: the caller's array is never kept (nor changed).
  merged.disableRules = Object.freeze([...merged.disableRules]);
  if (!Array.isArray(merged.keep)) throw new TypeError('pith: keep must be an array of removal kinds');
  for (const kind of merged.keep) if (!KIND_SET.has(kind)) throw new TypeError(`pith: unknown kind "${String(kind)}" in keep (kinds: ${KINDS.join(', ')})`);
  merged.keep = Object.freeze([...new Set(merged.keep)]);
  if (!FAVORS.has(merged.favor)) throw new TypeError(`pith: favor must be balanced, precision or recall, not "${String(merged.favor)}"`);
  if (merged.encoding !== null) {
    try {
      new TextDecoder(merged.encoding);
    } catch {
      throw new TypeError(`pith: unknown encoding "${merged.encoding}"`);
    }
  }
  return Object.freeze(merged);
}
