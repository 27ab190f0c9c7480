import type { PithDocument } from '../document.js';
import type { Block } from '../types.js';

/**
 * The separator before a block. Text scrapes keep their own line structure (a kept line
 * follows the previous one directly, a blank line stays where the scrape had one), so
 * cleaning pith's output again changes nothing; HTML blocks get a blank line between
 * paragraphs and list items on consecutive lines.
 */
function separator(prev: Block, next: Block): string {
  if (prev.type === 'line' && next.type === 'line') return next.gapBefore ? '\n\n' : '\n';
  if (prev.type === 'list-item' && next.type === 'list-item') return '\n';
  return '\n\n';
}

export function renderBlocks(blocks: readonly Block[]): string {
  let out = '';
  let prev: Block | null = null;
  for (const block of blocks) {
    const text = block.text.trim();
    if (!text) continue;
    if (prev) out += separator(prev, block);
    out += text;
    prev = block;
  }
  return out;
}

/** Stage 7: render. The headline first (unless title output is off), then the story body. */
export function render(doc: PithDocument): void {
  const body = doc.blocks.filter((b) => b.label?.main && !b.title);
  doc.data.bodyText = renderBlocks(body);
  const shown: Block[] = [];
  if (doc.options.title && doc.meta.title) {
    const own = doc.blocks.find((b) => b.title && b.label?.main);
    shown.push(own ?? { text: doc.meta.title, type: 'heading', level: 1, position: { index: -1 } });
  }
  shown.push(...body);
  doc.text = renderBlocks(shown);
  if (doc.text) doc.text += '\n';
}
