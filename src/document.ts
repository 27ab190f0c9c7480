import { KINDS } from './types.js';
import type { Block, ErrorCode, Format, Kind, Message, Meta, PageType, RelatedItem, Removal, Sidecar, SourceInfo } from './types.js';
import type { Options } from './options.js';
import { FAVOR, LIST_PAGE_TYPES } from './thresholds.js';

/**
 * The one object that flows through every stage, like unified's vfile: the input,
 * what each stage made of it, and the messages it left. The sidecar is this object
 * written out (see stages/sidecar.ts), not a second bookkeeping.
 */
export class PithDocument {
  readonly options: Readonly<Options>;
  /** The bytes as given: what the sidecar's source.sha256 is the hash of. */
  readonly input: Uint8Array;
  /** Raw bytes as given, then as inflated by the inflate stage. */
  bytes: Uint8Array;
  /** What the sidecar says of the input; its hash is taken when the sidecar is read (stages/sidecar.ts). */
  source: Omit<SourceInfo, 'sha256'>;
  /** Decoded text of the whole input (set by the decode stage). */
  raw = '';
  format: Format | null = null;
  meta: Meta = {
    title: null, byline: null, authors: [], published: null, modified: null, siteName: null, lang: null, langSource: null, langDeclared: null, url: null, excerpt: null,
    metaSources: { title: null, byline: null, published: null, modified: null, siteName: null },
  };
  /** What kind of page this is and why (set by the type stage, or the lines stage for text; src/pagetype/). */
  pageType: PageType | null = null;
  /** The page's blocks in reading order (set by the segment stage, labelled by classify). */
  blocks: Block[] = [];
  /** Every removed block, recorded by whichever stage removed it. */
  removed: Removal[] = [];
  related: RelatedItem[] = [];
  messages: Message[] = [];
  /** The clean story text (set by the render stage). */
  text = '';
  /** The story as markdown or HTML, when options.output asks for one (set by the render stage). */
  formatted: string | null = null;
  /** Stage-private working data (parsed DOM and the like); never written out. */
  data: Record<string, unknown> = {};
  /** Per-stage details collected only when options.debug is on. */
  debug: Record<string, unknown> = {};
  /**
   * Date.now() when cleaning began, for options.timeoutMs. Not performance.now(): the
   * `performance` global loads perf_hooks on first touch, a few ms of a one-page CLI run.
   */
  readonly started = Date.now();
  /**
   * The page's URL, for resolving links: options.url when it is an absolute http(s) URL. One
   * from data (a record's "url", a WARC target URI) can be anything; any other is dropped
   * with a warning, never used: a `javascript:` base would reach every resolved link.
   */
  readonly url: string | null;

  /** Ids of the rules options.disableRules switched off (for ablation); empty by default. */
  readonly disabled: ReadonlySet<string>;
  /** Kinds options.keep keeps in the text (reported as kept, with the removal they would have been); options.favor may add some once the page's type is known (typed). */
  readonly keeping: Set<Kind>;
  /** Removal rules whose blocks options.favor keeps on this page's type (FAVOR.itemPageKeeps, listPageKeeps), reported as kept like options.keep's kinds. */
  readonly keepingRules = new Set<string>();
  private readonly releasers: Array<() => void> = [];

  constructor(bytes: Uint8Array, options: Readonly<Options>) {
    this.options = options;
    this.disabled = new Set(options.disableRules);
    this.keeping = new Set(options.keep);
    this.input = bytes;
    this.bytes = bytes;
    this.source = { path: options.path, bytes: bytes.byteLength, format: null, encoding: null, gzip: false };
    this.url = options.url === null ? null : webUrl(options.url);
    if (options.url !== null && this.url === null) {
      const shown = options.url.length > 80 ? `${options.url.slice(0, 80)}…` : options.url;
      this.warn('input', 'bad-url', `ignored the page URL ${JSON.stringify(shown)}: not an absolute http(s) URL`);
    }
  }

  warn(stage: string, code: string, message: string): void {
    this.messages.push({ level: 'warning', code, message, stage });
  }

  /** Record a removal; the single place where removals enter the document. */
  remove(entry: Removal): void {
    this.removed.push(entry);
  }

  /**
   * Set the page's type. On a forum thread options.favor may keep kinds besides options.keep
   * (FAVOR.forumKeeps: under recall, replies shaped like comments, a scrape's rows of short lines); on any page not an article,
   * the blocks of some removal rules (FAVOR.itemPageKeeps: link lists by default on HTML, under recall card lists and captions too),
   * and on a page of items (LIST_PAGE_TYPES) those of FAVOR.listPageKeeps (by default on HTML: cards, media, replies, related lists).
   */
  typed(pageType: PageType | null): void {
    this.pageType = pageType;
    const favor = FAVOR[this.options.favor];
    // Entries are removal kinds or rule ids.
    const path = this.format ?? 'html';
    if (pageType?.type === 'forum') for (const k of favor.forumKeeps[path]) (KINDS as readonly string[]).includes(k) ? this.keeping.add(k as Kind) : this.keepingRules.add(k);
    if (pageType && pageType.type !== 'article') for (const rule of favor.itemPageKeeps[path]) this.keepingRules.add(rule);
    if (pageType && LIST_PAGE_TYPES.has(pageType.type)) for (const rule of favor.listPageKeeps[path]) this.keepingRules.add(rule);
  }

  /** Does options.keep or options.favor keep a removal of this kind by this rule? */
  keeps(kind: Kind, rule: string): boolean {
    return this.keeping.has(kind) || this.keepingRules.has(rule);
  }

  /** Is this rule of the registry (src/rules/) switched on for this page? */
  ruleOn(id: string): boolean {
    return !this.disabled.has(id);
  }

  /** Label a block as removed and record the removal: the one path for block removals. A block already removed stays as it was. */
  removeBlock(block: Block, kind: Kind, rule: string, reason: string): void {
    // The first verdict stands, a kept kind's too.
    if (block.label && (!block.label.main || block.label.keptAs)) return;
    if (this.keptInstead(block, kind, rule, reason)) return;
    block.label = { main: false, kind, rule, reason };
    this.remove({ kind, rule, reason, text: block.text, position: block.position });
  }

  /** Keep a block options.keep or options.favor keeps, labelled with the removal it would have been; false when it goes. */
  keptInstead(block: Block, kind: Kind, rule: string, reason: string): boolean {
    if (!this.keeps(kind, rule)) return false;
    block.label = { main: true, keptAs: { kind, rule, reason } };
    return true;
  }

  /** Run `fn` when the page is done (its DOM is let go), whether it succeeded or failed. */
  onRelease(fn: () => void): void {
    this.releasers.push(fn);
  }

  /** Let go of what the stages held (the parsed DOM); the pipeline calls it when the page is done. */
  release(): void {
    for (const fn of this.releasers.splice(0)) fn();
  }

  fail(code: ErrorCode, message: string): never {
    throw new PithError(code, message);
  }
}

/** `url` when it is an absolute http: or https: URL, else null. */
export function webUrl(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** A per-input failure: becomes a failed Result, never escapes clean(). */
export class PithError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PithError';
    this.code = code;
  }
}

export type { Sidecar };
