/**
 * Pages dumped by lynx or w3m come wrapped at a fixed width: the lines stage rejoins the rows
 * a paragraph was broken into, and leaves alone text that was never wrapped.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textBlocks } from '../src/text/split.js';
import { wrapWidth } from '../src/text/unwrap.js';

/** Greedy wrap as the dumpers do it: words onto a row while they fit in `width` columns. */
function wrap(paragraph: string, width: number, indent = ''): string[] {
  const rows: string[] = [];
  let row = '';
  for (const word of paragraph.split(' ')) {
    if (row && indent.length + row.length + 1 + word.length > width) {
      rows.push(indent + row);
      row = word;
    } else row = row ? `${row} ${word}` : word;
  }
  if (row) rows.push(indent + row);
  return rows;
}

const PARAGRAPHS = [
  'The regulator asked five video platforms on Thursday to explain how they moderate the comments under news videos, after a year in which complaints about abuse doubled across the sector.',
  'Comments sections were the most common source of complaints, the regulator said, followed by related videos that play on their own after a clip has ended and keep the viewer watching.',
  'The platforms have until the end of May to reply. Two of them said they would publish their moderation rules in full, and a third that it would let researchers read its records.',
];

describe('text path: wrapped dumps', () => {
  it('finds the width and rejoins each paragraph into one block spanning its rows (lynx indentation)', () => {
    const rows = ['Home', 'News', '', ...PARAGRAPHS.flatMap((p) => [...wrap(p, 60, '   '), ''])];
    expect(wrapWidth(rows)).toBeLessThanOrEqual(60);
    const blocks = textBlocks(rows.join('\n'), wrapWidth(rows), rows);
    expect(blocks.map((b) => b.text)).toEqual(['Home', 'News', ...PARAGRAPHS]);
    const first = blocks[2]!.position;
    expect(first.endLine! - first.line!).toBe(wrap(PARAGRAPHS[0]!, 60, '   ').length - 1);
    expect(blocks.joins).toBeGreaterThan(0);
  });

  it('does not mistake unwrapped paragraphs for a wrapped page', () => {
    expect(wrapWidth(PARAGRAPHS)).toBeNull();
    expect(wrapWidth([...PARAGRAPHS, ...PARAGRAPHS, 'Share', 'Tweet'])).toBeNull();
  });

  it('keeps list items apart: a bullet starts a block of its own', () => {
    const rows = [...PARAGRAPHS.flatMap((p) => wrap(p, 50)), ...PARAGRAPHS.map((p) => `* ${p.slice(0, 45)}`)];
    const blocks = textBlocks(rows.join('\n'), wrapWidth(rows), rows);
    expect(blocks.filter((b) => b.text.startsWith('* '))).toHaveLength(PARAGRAPHS.length);
  });

  it('rejoins any paragraph wrapped at any width to its words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 120 }), (width) => {
        const rows = PARAGRAPHS.flatMap((p) => [...wrap(p, width), '']);
        const detected = wrapWidth(rows);
        fc.pre(detected !== null);
        expect(textBlocks(rows.join('\n'), detected, rows).map((b) => b.text)).toEqual(PARAGRAPHS);
      }),
    );
  });
});
