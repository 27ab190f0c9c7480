/**
 * pith — the library. `clean()` takes one page (bytes or a string, HTML or a flattened
 * text scrape) and returns the story text and the sidecar. It touches neither the file
 * system nor the process: the CLI in bin/ does that.
 */
import { PithDocument, PithError } from './document.js';
import { resolveOptions, type Options } from './options.js';
import { runPipeline } from './pipeline.js';
import { toSidecar } from './stages/sidecar.js';
import type { Result } from './types.js';

export type * from './types.js';
export { KINDS } from './types.js';
export { DEFAULT_OPTIONS, resolveOptions, type Options } from './options.js';
export { STAGES } from './pipeline.js';
export { RULES, type Rule, type RulePath } from './rules/index.js';
export { PithDocument, PithError } from './document.js';
export { SCHEMA_VERSION } from './stages/sidecar.js';
export { countWords } from './measure.js';
export { stripMarkdown } from './render/strip.js';

const encoder = new TextEncoder();

/**
 * Clean one page. Never rejects for a bad page — the failure comes back as
 * `{ ok: false, error }` with the sidecar as far as it got; it throws only on misuse
 * (an input that is neither bytes nor a string, or invalid options).
 */
export async function clean(input: Uint8Array | ArrayBuffer | string, options: Partial<Options> = {}): Promise<Result> {
  const opts = resolveOptions(options);
  let bytes: Uint8Array;
  if (typeof input === 'string') bytes = encoder.encode(input);
  else if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else throw new TypeError('pith: clean() takes a string, a Uint8Array or an ArrayBuffer');
  const doc = new PithDocument(bytes, opts);
  try {
    await runPipeline(doc);
    const extra = doc.formatted === null ? {} : { [opts.output]: doc.formatted };
    return { ok: true, text: doc.text, sidecar: toSidecar(doc), ...extra };
  } catch (error) {
    const err = error as Error;
    const code = error instanceof PithError ? error.code : 'internal';
    const failure = { code, message: err?.message ?? String(error), ...(opts.debug && err?.stack ? { stack: err.stack } : {}) };
    return { ok: false, error: failure, sidecar: toSidecar(doc) };
  }
}
