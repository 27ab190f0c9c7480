import type { Block, Inline } from '../types.js';
import { plainOf, squash } from './inline.js';

/**
 * One kept block as the markdown and HTML writers read it. Built from the same list of
 * shown blocks as the text output, so the three forms carry the same words.
 */
export type Part =
  | { kind: 'heading'; level: number; inline: Inline[] }
  | { kind: 'paragraph' | 'item' | 'quote'; inline: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; rows: string[][] };

/** A line of a text scrape that starts with a bullet sign: innerText keeps a list's bullets only when the page drew them as text. */
const BULLET = /^[•·▪◦‣●■□–—*-]\s+(?=\S)/u;

/**
 * The block's inline content when its words are the block's text (links, images and
 * emphasis around the same words); otherwise the text alone. So the markdown and HTML never
 * show a word the text output does not.
 */
function inlineOf(block: Block): Inline[] {
  const text = block.text.trim();
  if (block.inline && squash(plainOf(block.inline)) === squash(text)) return block.inline;
  return [{ t: 'text', text }];
}

/** The structure of the shown blocks: headings, paragraphs, list items, quotes, code and tables (a text scrape's tab-separated rows). */
export function outline(blocks: readonly Block[]): Part[] {
  const parts: Part[] = [];
  for (const block of blocks) {
    const text = block.text.trim();
    if (!text) continue;
    const last = parts[parts.length - 1];
    // The page's headline is the document's one top heading, whatever element held it.
    if (block.title) {
      parts.push({ kind: 'heading', level: 1, inline: block.type === 'line' ? [{ t: 'text', text }] : inlineOf(block) });
      continue;
    }
    switch (block.type) {
      case 'heading':
        parts.push({ kind: 'heading', level: Math.min(6, Math.max(1, block.level ?? 2)), inline: inlineOf(block) });
        break;
      case 'list-item':
        parts.push({ kind: 'item', inline: inlineOf(block) });
        break;
      case 'quote':
        parts.push({ kind: 'quote', inline: inlineOf(block) });
        break;
      case 'code':
        parts.push({ kind: 'code', text: block.text.replace(/^\n+/, '').trimEnd() });
        break;
      case 'table':
        parts.push({ kind: 'table', rows: text.split('\n').map((row) => row.split(' | ')) });
        break;
      case 'line': {
        if ((block.cells ?? 0) > 1) {
          const row = text.split('\t').map((c) => c.trim());
          // Consecutive rows are one table; a blank line in the scrape ends it.
          if (last?.kind === 'table' && !block.gapBefore) last.rows.push(row);
          else parts.push({ kind: 'table', rows: [row] });
        } else if (BULLET.test(text)) parts.push({ kind: 'item', inline: [{ t: 'text', text: text.replace(BULLET, '') }] });
        else parts.push({ kind: 'paragraph', inline: [{ t: 'text', text }] });
        break;
      }
      default:
        parts.push({ kind: 'paragraph', inline: inlineOf(block) });
    }
  }
  return parts;
}
