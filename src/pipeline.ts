import type { PithDocument } from './document.js';
import { inflate } from './stages/inflate.js';
import { sniff } from './stages/sniff.js';
import { decode } from './stages/decode.js';
import { format } from './stages/format.js';
import { segment } from './stages/segment.js';
import { classify } from './stages/classify.js';
import { render } from './stages/render.js';

export interface Stage {
  name: string;
  run(doc: PithDocument): void | Promise<void>;
}

/**
 * The pipeline, in order — declared here once and mirrored in the README.
 * bytes → inflate → sniff → decode → format → segment → classify → render; the sidecar
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
]);

export async function runPipeline(doc: PithDocument): Promise<void> {
  for (const stage of STAGES) {
    const t0 = doc.options.debug ? performance.now() : 0;
    await stage.run(doc);
    if (doc.options.debug) ((doc.debug.timings ??= {}) as Record<string, number>)[stage.name] = performance.now() - t0;
  }
}
