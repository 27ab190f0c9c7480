import type { PithDocument } from '../document.js';
import type { Block, KeptAs } from '../types.js';

/**
 * options.keep (and story kept by options.favor) on the HTML path. Elements are pruned, and blocks left outside the located
 * story, before any block is labelled: their blocks are set aside here with the removal they
 * would have been, and put back among the story's blocks in page order once it is labelled.
 */
const KEY = 'keptAside';

function aside(doc: PithDocument): Block[] {
  return ((doc.data[KEY] as Block[] | undefined) ??= []);
}

/** Set these blocks aside as kept: `keptAs` says which removal they escaped (none: story options.favor kept). */
export function keepAside(doc: PithDocument, blocks: readonly Block[], keptAs?: KeptAs): void {
  for (const b of blocks) aside(doc).push({ ...b, label: keptAs ? { main: true, keptAs: { ...keptAs } } : { main: true } });
}

/** Put the blocks set aside back among the labelled ones, by page order (those without one last). */
export function mergeKept(doc: PithDocument): void {
  const extra = doc.data[KEY] as Block[] | undefined;
  if (!extra?.length) return;
  const rank = (b: Block) => b.position.order ?? Number.MAX_SAFE_INTEGER;
  // A stable sort: blocks of equal (or no) order keep the order they came in.
  doc.blocks = [...doc.blocks, ...extra].map((b, i) => ({ b, i })).sort((x, y) => rank(x.b) - rank(y.b) || x.i - y.i).map(({ b }) => b);
  doc.blocks.forEach((b, i) => (b.position = { ...b.position, index: i }));
  delete doc.data[KEY];
}
