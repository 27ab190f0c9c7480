/**
 * BeautifulSoup's `get_text("\n")` and the scrapers built on it end every text node with a
 * line break, so a link, a <b> or a <span> inside a sentence splits it into short lines
 * ("Browns DL " / "Sheldon Richardson" / ", however, decided to "), and every rule that
 * reads a line as a block would read the pieces as furniture. The break gives itself away by
 * shape, in any language: the line above ends no sentence, and the line below goes on with
 * it (the node kept the space that stood at its edge, or the next piece opens with a comma
 * or a stop, or with a small letter). A run of such lines is joined back only when the whole
 * reads as prose, so a menu of short lines stays apart whatever their case or spacing.
 * A joined block's position spans its rows.
 */
import type { Block } from '../types.js';
import { weightedLength } from '../measure.js';
import { TEXT_PROSE_MIN_CHARS } from '../thresholds.js';
import { lineFeatures } from './features.js';
import { wrappedAt } from './unwrap.js';

/** Ends a sentence: a stop, closing quotes and brackets allowed after it. */
const SENTENCE_END = /[.!?。！？…]["'”’»)\]」』）]*$/u;
/** A piece a text node started with a space of its own, not with an indentation (nor an &nbsp; that stands for one). */
const SPACE_START = /^ (?![ \u00a0])/u;
const SPACE_END = /[ \u00a0]$/u;
/** A piece that goes on with the sentence above: punctuation that never opens one… */
const CONTINUES = /^[,.;:!?%)\]}”’»、。，．：；！？）」』]/u;
/** …or a small letter, after a fragment or before one (two long lines of a page not wrapped at a width are more likely two items of a list). */
const LOWER_START = /^\p{Ll}/u;
/** No space before these: they close up on the word before. */
const CLOSES_UP = /^[,.;:!?%)\]}”’»、。，．：；！？）」』]/u;
/** Nor after these: they open on the word after. */
const OPENS = /[(\[{“‘«„「『（]$/u;
/** A list item as dumpers mark it ("* ", "• ", "1. ", and lynx's indented "o " of a nested list): it starts a block of its own. */
const LIST_MARK = /^(?:[*+•·◦▪‣#–-]|\d{1,3}[.)])\s/u;
const NESTED_MARK = /^ {2,}o\s/u;
const indentOf = (row: string) => row.length - row.trimStart().length;
/** lynx's "o " bullet of a nested list stands deeper than the row above, or under a sibling; in line with words, it is a word ("o melhor"). */
function nestedItem(rawText: string, rawNext: string): boolean {
  if (!NESTED_MARK.test(rawNext)) return false;
  const row = rawText.slice(rawText.lastIndexOf('\n') + 1);
  return indentOf(rawNext) !== indentOf(row) || NESTED_MARK.test(row);
}
const MARGIN = /^ {2,}/u;
/** Both rows are set in by the same margin, as a dumper lays out a paragraph (a browser's innerText never indents). */
const margined = (raw: string, rawNext: string) => MARGIN.exec(raw)?.[0].length === (MARGIN.exec(rawNext)?.[0].length ?? 0);
/** The line above asks for more: a comma, an open bracket or quote. */
const LEADS_ON = /[,，、(\[{“‘«„「『（]$/u;

/**
 * Does line `next` go on with the sentence line `text` broke off in (raw: the rows as the
 * flattener wrote them)? Before a small letter, two long lines are taken for one sentence only
 * where rows were wrapped: on a page a dumper wrapped at a width (`wrapped`), in rows set in by
 * a dumper's margin, or where the row ends because the next word would not have fitted in the
 * longest row of its paragraph (`runWidth`: text someone wrapped by hand).
 */
export function continuesSentence(text: string, rawText: string, next: string, rawNext: string, wrapped = false, runWidth = 0): boolean {
  if (SENTENCE_END.test(text) || LIST_MARK.test(next) || nestedItem(rawText, rawNext)) return false;
  if (SPACE_END.test(rawText) || SPACE_START.test(rawNext) || CONTINUES.test(next) || LEADS_ON.test(text)) return true;
  if (!LOWER_START.test(next)) return false;
  if (wrapped || Math.min(weightedLength(text), weightedLength(next)) < TEXT_PROSE_MIN_CHARS || margined(rawText, rawNext)) return true;
  return wrappedAt(rawText.slice(rawText.lastIndexOf('\n') + 1), rawNext, runWidth);
}

/** For each block, the longest row of its paragraph (the blocks up to a blank line or a table row). */
function runWidths(blocks: readonly Block[], rawOf: (b: Block) => string): number[] {
  const widths: number[] = new Array<number>(blocks.length).fill(0);
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    const b = blocks[i];
    if (b && i > start && (b.gapBefore ?? 0) === 0 && !b.cells) continue;
    const width = Math.max(0, ...blocks.slice(start, i).flatMap((r) => rawOf(r).split('\n').map((row) => row.trimEnd().length)));
    widths.fill(width, start, i);
    start = i;
  }
  return widths;
}

/** Two pieces of one sentence as one text: a space where the page had one, none before a comma or after a bracket. */
export function joinPieces(text: string, rawText: string, next: string, rawNext: string): string {
  if (SPACE_END.test(rawText) || SPACE_START.test(rawNext)) return `${text} ${next}`;
  return CLOSES_UP.test(next) || OPENS.test(text) ? text + next : `${text} ${next}`;
}

const reindexed = (b: Block, index: number): Block => (b.position.index === index ? b : { ...b, position: { ...b.position, index } });

/**
 * The blocks with each sentence split across lines joined back, and how many lines were
 * joined. `raw` is the text the blocks' positions point into (the pieces' edge spaces are
 * read there); `stopwords` the page language's, for telling prose; `wrapped` whether a dumper
 * wrapped the page at a width (text/unwrap.ts).
 */
export function rejoinSplit(blocks: readonly Block[], raw: string, stopwords: Set<string> | null, wrapped = false): { blocks: Block[]; joins: number } {
  const rawOf = (b: Block) => raw.slice(b.position.start, b.position.end);
  const widths = runWidths(blocks, rawOf);
  const out: Block[] = [];
  let joins = 0;
  let i = 0;
  while (i < blocks.length) {
    const first = blocks[i]!;
    // The run of lines each going on with the one above: no blank line or table cells between them.
    let text = first.text;
    let piece = first.text;
    let rawText = rawOf(first);
    let j = i + 1;
    if (!first.cells) {
      for (; j < blocks.length; j++) {
        const next = blocks[j]!;
        const rawNext = rawOf(next);
        if (next.cells || (next.gapBefore ?? 0) > 0 || !continuesSentence(piece, rawText, next.text, rawNext, wrapped, widths[j])) break;
        text = joinPieces(text, rawText, next.text, rawNext);
        piece = next.text;
        rawText = rawNext;
      }
    }
    if (j - i > 1 && lineFeatures(text, stopwords).prose) {
      const last = blocks[j - 1]!;
      out.push({ ...first, text, position: { ...first.position, index: out.length, endLine: last.position.endLine, end: last.position.end } });
      joins += j - i - 1;
      i = j;
      continue;
    }
    // A run that is no prose stays apart line by line (and is not read again from its second line).
    for (; i < j; i++) out.push(reindexed(blocks[i]!, out.length));
  }
  return { blocks: out, joins };
}
