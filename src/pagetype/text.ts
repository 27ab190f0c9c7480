import type { Block, PageType } from '../types.js';
import { PAGE_TYPE_MEASURES as M, PAGE_TYPE_WEIGHTS as W } from './thresholds.js';
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
  const add: Add = (type, signal, weight, detail) => evidence.push({ type, signal, weight: Math.round(weight * 100) / 100, detail }); // literal: weights shown to two decimals
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
    if (line.length >= M.proseParagraphChars && SENTENCE_END.test(line)) prose++;
    if (line.length < M.textShortChars) short++;
    PRICE.lastIndex = 0;
    if (line.length < M.textPriceMaxChars && PRICE.test(line)) prices++;
    if (line.length < M.textBuyMaxChars && BUY_WORDS.test(line)) buy++;
    if (line.length < M.textCodeMaxChars && CODE_LINE.test(line)) code++;
    // A post's header: a short dated line (the poster and when) with a sentence of its own within the next lines.
    if (line.length < M.textDatedMaxChars && DATE_LINE.test(line)) dated++;
    if (line.length < M.textDatedMaxChars && DATE_LINE.test(line) && lines.slice(i + 1, i + 1 + M.textPostReach).some((l) => l.length >= W.textPostMinChars)) posts++;
  }
  const n = Math.max(1, lines.length);
  if (posts >= M.textPostsMin && prose < posts * M.textProsePerPost) add('forum', 'text-posts', W.posts + Math.min(M.textExtraWeightMax, posts * M.textPostWeightStep), `${posts} short dated lines each followed by text, as a thread's post headers`);
  if (prices >= W.catalogPrices && prices >= M.textPricesMinShare * n) add('collection', 'text-prices', W.textCatalog, `${prices} short price lines: a catalogue`);
  if (prices >= 1 && buy >= 1) add('product', 'text-price-buy', W.priceBuy, `${prices} price lines and ${buy} buy buttons`);
  if (code >= W.textCodeLines) add('documentation', 'text-code', W.codeNav + Math.min(M.textExtraWeightMax, code / M.textCodeLinesPerStep), `${code} lines of code`);
  if (prose >= M.proseMin) add('article', 'prose', Math.min(W.proseMax, W.prose * prose), `${prose} paragraphs of prose`);
  // Many short lines and little prose: a list of items when the items are dated (news,
  // posts), a service's own sections of headings and slogans when nothing is.
  if (prose < M.proseMin && short / n >= W.textShortShare && lines.length >= M.textShortPageMinLines) {
    const type = dated >= M.textListingMinDated ? 'listing' : 'service';
    add(type, 'text-short-lines', W.textShortLines, `${short} of ${lines.length} lines are short, ${prose} are prose and ${dated} are dated`);
  }
  if (lines.slice(0, M.textTopLines).some((l) => l.length < M.textDatedMaxChars && DATE_LINE.test(l)) && prose >= M.proseMin) add('article', 'published', W.textPublished, 'a dated line near the top above prose');
  evidenceFromUrl(url, add);
  return decide(evidence);
}

