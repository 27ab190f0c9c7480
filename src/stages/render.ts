import type { PithDocument } from '../document.js';
import type { Block } from '../types.js';
import { inSlices } from '../html/blocks.js';

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

/** Same words, spacing and case aside: a headline that only repeats a body line. Sliced: a body line may be 50 MB (html/blocks.ts inSlices). */
const squeeze = (s: string) => inSlices(s, (slice) => slice.replace(/\s+/g, ' ')).trim().toLowerCase();
const same = (a: string, b: string) => squeeze(a) === squeeze(b);

/**
 * Stage 7: render. The kept blocks in page order, the headline among them where it stood
 * (unless title output is off); a headline taken from metadata goes first. Never
 * reordering, and never printing the headline twice, is what makes cleaning pith's own
 * text output again a no-op: a second pass reads the same page it wrote. HTML output is
 * also laid out as a clean page (text/layout.ts), which the text path keeps whole. The
 * markdown or HTML output (options.output) is written from the same shown blocks (src/render/).
 */
export async function render(doc: PithDocument): Promise<void> {
  const body = doc.blocks.filter((b) => b.label?.main && !b.title);
  doc.data.bodyText = renderBlocks(body);
  const showTitle = doc.options.title && !!doc.meta.title;
  const own = doc.blocks.find((b) => b.title && b.label?.main);
  const shown = doc.blocks.filter((b) => b.label?.main && (!b.title || (showTitle && b === own)));
  if (showTitle && !own && !body.some((b) => same(b.text, doc.meta.title!))) {
    shown.unshift({ text: doc.meta.title!, type: 'heading', level: 1, position: { index: -1 } });
  }
  doc.text = renderBlocks(shown);
  if (doc.text) doc.text += '\n';
  // Markdown or HTML from the same shown blocks: the same words, with their structure.
  // Loaded only when asked for, so a text run never loads the writers.
  if (doc.options.output === 'markdown') doc.formatted = (await import('../render/markdown.js')).toMarkdown((await import('../render/outline.js')).outline(shown));
  if (doc.options.output === 'html') doc.formatted = (await import('../render/html.js')).toHtml((await import('../render/outline.js')).outline(shown));
  // Written in the layout of a clean page, so that cleaning it again as a text scrape keeps it whole.
  if (doc.format === 'html' && doc.text) doc.text = (await import('../text/layout.js')).layOutClean(doc.text, doc);
}
