import type { PithDocument } from './document.js';
import type { Format } from './types.js';
import { inflate } from './stages/inflate.js';
import { sniff } from './stages/sniff.js';
import { decode } from './stages/decode.js';
import { format } from './stages/format.js';
import { lines } from './stages/text/lines.js';
import { story } from './stages/text/story.js';
import { label } from './stages/text/label.js';
import { settle } from './stages/text/settle.js';
import { classify } from './stages/text/classify.js';
import { render } from './stages/render.js';
import { language } from './stages/language.js';
import { metadata } from './stages/metadata.js';

export interface Stage {
  name: string;
  /** The input format the stage belongs to; a stage without one runs for every page. */
  path?: Format;
  run(doc: PithDocument): void | Promise<void>;
}

type HtmlStages = typeof import('./stages/html/index.js');

/** An HTML stage, loaded with the others on the first HTML page: text pages never pay for the DOM. */
const html = (name: keyof HtmlStages): Stage => ({
  name,
  path: 'html',
  run: async (doc) => (await import('./stages/html/index.js'))[name](doc),
});

/**
 * The pipeline, in order — declared here once and mirrored in the README. Every page:
 * inflate → sniff → decode → format; then an HTML page parse → type → prune → locate → blocks →
 * reconcile → label, a text scrape lines → story → label → settle →
 * classify; then render → language → metadata. The sidecar
 * is the document written out afterwards (stages/sidecar.ts).
 */
export const STAGES: readonly Stage[] = Object.freeze([
  { name: 'inflate', run: inflate },
  { name: 'sniff', run: sniff },
  { name: 'decode', run: decode },
  { name: 'format', run: format },
  html('parse'),
  html('type'),
  html('prune'),
  html('locate'),
  html('blocks'),
  html('reconcile'),
  html('label'),
  { name: 'lines', path: 'text', run: lines },
  { name: 'story', path: 'text', run: story },
  { name: 'label', path: 'text', run: label },
  { name: 'settle', path: 'text', run: settle },
  { name: 'classify', path: 'text', run: classify },
  { name: 'render', run: render },
  { name: 'language', run: language },
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
  try {
    for (const stage of STAGES) {
      if (stage.path && stage.path !== doc.format) continue;
      checkDeadline(doc, `the ${stage.name} stage`);
      const t0 = doc.options.debug ? performance.now() : 0;
      await stage.run(doc);
      if (doc.options.debug) ((doc.debug.timings ??= {}) as Record<string, number>)[stage.name] = performance.now() - t0;
    }
  } finally {
    doc.release();
  }
  // Markup, images or a lone headline with no story under it: say so, not exit 0 with
  // nothing. A page with text all of which was removed fails too: a silent empty page in a
  // cleaned folder is a loss nobody sees (its sidecar still lists every removal).
  const body = typeof doc.data.bodyText === 'string' ? doc.data.bodyText : '';
  if (!body.trim()) {
    const removed = doc.removed.length;
    if (removed) doc.fail('empty', `kept no story text: all ${removed} text blocks of the page were removed as boilerplate (the sidecar lists them)`);
    if (!doc.meta.title?.trim()) doc.fail('empty', 'found no story text in the page');
    if (!doc.options.title) doc.fail('empty', 'found no story text in the page, only a headline (left out by the title option)');
  }
}
