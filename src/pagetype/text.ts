import type { Block, PageType } from '../types.js';
import { PAGE_TYPE_WEIGHTS as W } from '../thresholds.js';
import { decide, evidenceFromUrl, type Add } from './detect.js';
import { BUY_WORDS, PRICE } from './structure.js';
import type { PageTypeEvidence } from '../types.js';

/**
 * The page type of a text scrape, from the text's own shape: a flattened page keeps no
 * markup, but a thread still reads as short signed and dated lines each followed by prose,
 * a shop as prices and buy buttons, documentation as lines of code, a listing as many short
 * headline lines and little prose. Weaker than the HTML evidence; same weights, same sum.
 */

// A date or a time as forum software and news pages print them: numeric dates, ISO dates,
// clock times, "3 hours ago" (several languages), or a month name next to a number.
const DATE_LINE =
  /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\b|\b\d+\s?(?:h|hr|hrs|hours?|min|minutes?|days?|d|weeks?|w|months?|years?|y|Stunden?|Tagen?|heures?|jours?|horas?|días?|dias?|ore|giorni)\s+(?:ago|her)\b|\bvor\s+\d+\s+(?:Stunden?|Tagen?|Minuten?)\b|\bil y a\s+\d+|\bhace\s+\d+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[a-zé]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[a-zé]*\b/i;
const CODE_LINE = /^(?:\$ |>>> |#include\b|import |from \S+ import |def |class \w+[:(]|function\b|const |let |var |pip |npm |git |sudo |cd |SELECT |CREATE )|[{};]\s*$|=>|\)\s*\{|^\s*[}\]]/;
const SENTENCE_END = /[.!?…:。！？]["'”’)]?\s*$/;

export function detectTextPageType(blocks: readonly Block[], url: string | null): PageType {
  const evidence: PageTypeEvidence[] = [];
  const add: Add = (type, signal, weight, detail) => evidence.push({ type, signal, weight: Math.round(weight * 100) / 100, detail });
  add('article', 'prior', W.articlePrior, 'most pages of a scraped folder are articles');
  const lines = blocks.map((b) => b.text);
  let prose = 0;
  let short = 0;
  let prices = 0;
  let buy = 0;
  let code = 0;
  let posts = 0;
  let dated = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length >= 150 && SENTENCE_END.test(line)) prose++;
    if (line.length < 60) short++;
    PRICE.lastIndex = 0;
    if (line.length < 60 && PRICE.test(line)) prices++;
    if (line.length < 40 && BUY_WORDS.test(line)) buy++;
    if (line.length < 200 && CODE_LINE.test(line)) code++;
    // A post's header: a short dated line (the poster and when) with a sentence of its own within the next lines.
    if (line.length < 80 && DATE_LINE.test(line)) dated++;
    if (line.length < 80 && DATE_LINE.test(line) && lines.slice(i + 1, i + 4).some((l) => l.length >= W.textPostMinChars)) posts++;
  }
  const n = Math.max(1, lines.length);
  if (posts >= 3 && prose < posts * 4) add('forum', 'text-posts', W.posts + Math.min(2, posts * 0.25), `${posts} short dated lines each followed by text, as a thread's post headers`);
  if (prices >= W.catalogPrices && prices >= 0.05 * n) add('collection', 'text-prices', W.catalog + 1, `${prices} short price lines: a catalogue`);
  if (prices >= 1 && buy >= 1) add('product', 'text-price-buy', W.priceBuy, `${prices} price lines and ${buy} buy buttons`);
  if (code >= W.textCodeLines) add('documentation', 'text-code', W.codeNav + Math.min(2, code / 20), `${code} lines of code`);
  if (prose >= 4) add('article', 'prose', Math.min(W.proseMax, W.prose * prose), `${prose} paragraphs of prose`);
  // Many short lines and little prose: a list of items when the items are dated (news,
  // posts), a service's own sections of headings and slogans when nothing is.
  if (prose < 4 && short / n >= W.textShortShare && lines.length >= 40) {
    const type = dated >= 5 ? 'listing' : 'service';
    add(type, 'text-short-lines', W.cards + 1, `${short} of ${lines.length} lines are short, ${prose} are prose and ${dated} are dated`);
  }
  if (lines.slice(0, 15).some((l) => l.length < 80 && DATE_LINE.test(l)) && prose >= 4) add('article', 'published', W.published / 2, 'a dated line near the top above prose');
  evidenceFromUrl(url, add);
  return decide(evidence);
}

