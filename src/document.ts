import type { Block, ErrorCode, Format, Message, Meta, RelatedItem, Removal, Sidecar, SourceInfo } from './types.js';
import type { Options } from './options.js';

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
    title: null, byline: null, authors: [], published: null, modified: null, siteName: null, lang: null, url: null, excerpt: null,
    metaSources: { title: null, byline: null, published: null, modified: null, siteName: null },
  };
  /** The page's blocks in reading order (set by the segment stage, labelled by classify). */
  blocks: Block[] = [];
  /** Every removed block, recorded by whichever stage removed it. */
  removed: Removal[] = [];
  related: RelatedItem[] = [];
  messages: Message[] = [];
  /** The clean story text (set by the render stage). */
  text = '';
  /** Stage-private working data (parsed DOM and the like); never written out. */
  data: Record<string, unknown> = {};
  /** Per-stage details collected only when options.debug is on. */
  debug: Record<string, unknown> = {};
  /**
   * Date.now() when cleaning began, for options.timeoutMs. Not performance.now(): the
   * `performance` global loads perf_hooks on first touch, a few ms of a one-page CLI run.
   */
  readonly started = Date.now();

  constructor(bytes: Uint8Array, options: Readonly<Options>) {
    this.options = options;
    this.input = bytes;
    this.bytes = bytes;
    this.source = { path: options.path, bytes: bytes.byteLength, format: null, encoding: null, gzip: false };
  }

  warn(stage: string, code: string, message: string): void {
    this.messages.push({ level: 'warning', code, message, stage });
  }

  /** Record a removal; the single place where removals enter the document. */
  remove(entry: Removal): void {
    this.removed.push(entry);
  }

  fail(code: ErrorCode, message: string): never {
    throw new PithError(code, message);
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
