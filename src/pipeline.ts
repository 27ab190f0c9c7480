import type { PithDocument } from './document.js';
import { inflate } from './stages/inflate.js';
import { sniff } from './stages/sniff.js';
import { decode } from './stages/decode.js';
import { format } from './stages/format.js';
import { segment } from './stages/segment.js';
import { classify } from './stages/classify.js';
import { render } from './stages/render.js';
import { metadata } from './stages/metadata.js';

export interface Stage {
  name: string;
  run(doc: PithDocument): void | Promise<void>;
}

/**
 * The pipeline, in order — declared here once and mirrored in the README.
 * bytes → inflate → sniff → decode → format → segment → classify → render → metadata; the sidecar
 * is the document written out afterwards (stages/sidecar.ts).
 */
export const STAGES: readonly Stage[] = Object.freeze([
  { name: 'inflate', run: inflate },
  { name: 'sniff', run: sniff },
  { name: 'decode', run: decode },
  { name: 'format', run: format },
  { name: 'segment', run: segment },
  { name: 'classify', run: classify },
  { name: 'render', run: render },
  { name: 'metadata', run: metadata },
]);

/** Fail the page with code `timeout` when its deadline has passed or its signal aborted. */
export function checkDeadline(doc: PithDocument, where: string): void {
  const { signal, timeoutMs } = doc.options;
  if (signal?.aborted) doc.fail('timeout', `stopped before ${where}: the caller aborted`);
  if (timeoutMs !== null && Date.now() - doc.started > timeoutMs) {
    doc.fail('timeout', `stopped before ${where}: over the ${timeoutMs} ms limit`);
  }
}

export async function runPipeline(doc: PithDocument): Promise<void> {
  for (const stage of STAGES) {
    checkDeadline(doc, `the ${stage.name} stage`);
    const t0 = doc.options.debug ? performance.now() : 0;
    await stage.run(doc);
    if (doc.options.debug) ((doc.debug.timings ??= {}) as Record<string, number>)[stage.name] = performance.now() - t0;
  }
  // Markup, images or a lone headline with no story under it: say so, not exit 0 with nothing.
  const body = typeof doc.data.bodyText === 'string' ? doc.data.bodyText : '';
  if (!body.trim() && !doc.meta.title?.trim()) doc.fail('empty', 'found no story text in the page');
}
