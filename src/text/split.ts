/**
 * A flattened scrape keeps one rendered block per line, so every non-blank line is a block,
 * with its 1-based line number and character offsets into the decoded text. Blank lines are
 * kept as `gap` counts because they separate sections, and tabs as a cell count because
 * innerText separates the cells of a table row with them.
 */
import type { Block } from '../types.js';
import { joinWrapped, measureOf, wrappedAt, type Wrap } from './unwrap.js';

// Zero-width spaces are what an emptied image slot leaves behind: blank, not a line.
// Most lines have only single spaces, which the replacement would copy unchanged: skip it.
const ODD_SPACE = /[^\S ]|\u200b| {2}/;
const clean = (s: string) => (ODD_SPACE.test(s) ? s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ') : s).trim();

/**
 * The line blocks of a text with `\n` line ends. Given how a dumper wrapped the page
 * (text/unwrap.ts: its width, and whether counted in terminal columns), a row it broke off the row above continues that row's block, which
 * then spans both lines; `joins` counts them.
 */
export function textBlocks(raw: string, wrap: Wrap | number | null = null, rows = raw.split('\n')): Block[] & { joins?: number } {
  const { width, wide, inWords } = typeof wrap === 'number' ? { width: wrap, wide: false, inWords: false } : (wrap ?? { width: null, wide: false, inWords: false });
  const measure = measureOf(wide);
  const blocks: Block[] & { joins?: number } = [];
  let offset = 0;
  let line = 0;
  let gap = 0;
  for (const rawLine of rows) {
    line++;
    const start = offset;
    offset += rawLine.length + 1;
    const text = clean(rawLine);
    if (!text) {
      gap++;
      continue;
    }
    const last = blocks[blocks.length - 1];
    if (width !== null && last && gap === 0 && line > 1 && wrappedAt(rows[line - 2]!, rawLine, width, measure)) { // literal: lines count from 1, so the row above is rows[line - 2]
      last.text = joinWrapped(last.text, text, inWords);
      last.position.endLine = line;
      last.position.end = start + rawLine.length;
      blocks.joins = (blocks.joins ?? 0) + 1;
      continue;
    }
    const cells = rawLine.includes('\t') ? rawLine.split('\t').map(clean).filter(Boolean) : [];
    blocks.push({
      // A table row keeps its tabs between cells: the output stays a table, and reads back as one.
      text: cells.length > 1 ? cells.join('\t') : text,
      type: 'line',
      position: { index: blocks.length, line, endLine: line, start, end: start + rawLine.length },
      gapBefore: gap,
      ...(cells.length > 1 ? { cells: cells.length } : {}),
    });
    gap = 0;
  }
  return blocks;
}
