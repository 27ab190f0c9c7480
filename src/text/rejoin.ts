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
import { lineFeatures } from './features.js';

/** Ends a sentence: a stop, closing quotes and brackets allowed after it. */
const SENTENCE_END = /[.!?。！？…]["'”’»)\]」』）]*$/u;
/** A piece a text node started with a space of its own, not with an indentation. */
const SPACE_START = /^[ \u00a0](?![ \u00a0])/u;
const SPACE_END = /[ \u00a0]$/u;
/** A piece that goes on with the sentence above: a small letter, or punctuation that never opens one. */
const CONTINUES = /^(?:\p{Ll}|[,.;:!?%)\]}”’»、。，．：；！？）」』])/u;
/** No space before these: they close up on the word before. */
const CLOSES_UP = /^[,.;:!?%)\]}”’»、。，．：；！？）」』]/u;
/** Nor after these: they open on the word after. */
const OPENS = /[(\[{“‘«„「『（]$/u;
/** The line above asks for more: a comma, an open bracket or quote. */
const LEADS_ON = /[,，、(\[{“‘«„「『（]$/u;

/** Does `next` go on with the sentence `text` broke off in (raw rows as the flattener wrote them)? */
export function continuesSentence(text: string, rawText: string, next: string, rawNext: string): boolean {
  if (SENTENCE_END.test(text)) return false;
  return SPACE_END.test(rawText) || SPACE_START.test(rawNext) || CONTINUES.test(next) || LEADS_ON.test(text);
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
 * read there); `stopwords` the page language's, for telling prose.
 */
export function rejoinSplit(blocks: readonly Block[], raw: string, stopwords: Set<string> | null): { blocks: Block[]; joins: number } {
  const rawOf = (b: Block) => raw.slice(b.position.start, b.position.end);
  const out: Block[] = [];
  let joins = 0;
  let i = 0;
  while (i < blocks.length) {
    const first = blocks[i]!;
    // The run of lines each going on with the one above: no blank line or table cells between them.
    let text = first.text;
    let rawText = rawOf(first);
    let j = i + 1;
    if (!first.cells) {
      for (; j < blocks.length; j++) {
        const next = blocks[j]!;
        const rawNext = rawOf(next);
        if (next.cells || (next.gapBefore ?? 0) > 0 || !continuesSentence(text, rawText, next.text, rawNext)) break;
        text = joinPieces(text, rawText, next.text, rawNext);
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
