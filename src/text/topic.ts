/**
 * Topic coherence between two stretches of prose: the share of content words (long
 * non-stopwords, or CJK character pairs) they have in common. A story resuming after a
 * box of links keeps talking about its people and places; the next article under a
 * "More from …" heading talks about something else. Language-independent: it compares
 * the page with itself.
 */
import { TEXT_TOPIC_MIN_WORD } from '../thresholds.js';
import { tokens } from '../language/page.js';
import { CJK_CHARS } from '../measure.js';
import type { TextLine } from './types.js';

const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');

function contentWords(lines: readonly TextLine[], stopwords: ReadonlySet<string> | null): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    for (const t of tokens(line.block.text)) {
      if ([...t].length >= TEXT_TOPIC_MIN_WORD && !stopwords?.has(t) && !CJK_RUN.test(t)) out.add(t);
      CJK_RUN.lastIndex = 0;
    }
    for (const run of line.block.text.match(CJK_RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    }
  }
  return out;
}

/** Shared content words over the smaller vocabulary, 0..1 (1 when either side has none: no evidence). */
export function topicOverlap(a: readonly TextLine[], b: readonly TextLine[], stopwords: ReadonlySet<string> | null): number {
  const x = contentWords(a, stopwords);
  const y = contentWords(b, stopwords);
  const small = Math.min(x.size, y.size);
  if (!small) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / small;
}
