/**
 * Related-article cards in a flattened scrape. A card is a small group of lines —
 * source, age ("an hour ago"), an attribution ("- Source"), a headline and a summary —
 * and cards are separated by blank lines or by the next card's furniture. Lists of bare
 * headlines (numbered "Most read" lists) give one card per headline.
 */
import { TEXT_CARD_SOURCE_MAX_WORDS } from '../thresholds.js';
import type { RelatedItem } from '../types.js';
import type { TextLine } from './types.js';
import { titleLike } from './story.js';
import { beforeFirstDuration } from './video.js';

/** Split a related section's lines into card groups. */
function groups(lines: readonly TextLine[]): TextLine[][] {
  // A line that an attribution repeats ("CNN" … "- CNN") names the source, it is no headline.
  const sources = new Set(lines.filter((l) => l.attribution).map((l) => l.block.text.replace(/^[-–—•]\s*/, '')));
  const headline = (l: TextLine) => titleLike(l) && !l.f.prose && !sources.has(l.block.text);
  const out: TextLine[][] = [];
  let cur: TextLine[] = [];
  for (const line of lines) {
    const furniture = line.age || line.attribution;
    const curHasFurniture = cur.some((l) => l.age || l.attribution);
    // A blank line, furniture after a card that already has its summary, or a second headline
    // after a headline-then-age card starts a new card.
    if (
      cur.length &&
      ((line.block.gapBefore ?? 0) > 0 ||
        (furniture && cur.some((l) => l.f.prose)) ||
        (headline(line) && curHasFurniture && cur.some(headline)))
    ) {
      out.push(cur);
      cur = [];
    }
    cur.push(line);
  }
  if (cur.length) out.push(cur);
  return out;
}

function cardOf(group: readonly TextLine[]): RelatedItem[] {
  const hasFurniture = group.some((l) => l.age || l.attribution || l.date);
  const titles = group.filter((l) => titleLike(l) && !l.f.prose);
  if (!hasFurniture && titles.length > 1 && !group.some((l) => l.f.prose)) {
    // A plain list of headlines: every headline is its own card.
    return titles.map((l) => ({ title: l.block.text }));
  }
  // The headline is the fullest headline-like line; source names are short ones.
  const title = titles.filter((l) => !l.attribution).sort((a, b) => b.f.weight - a.f.weight)[0];
  const summaryLine = group.find((l) => l.f.prose && l !== title) ?? group.find((l) => l.video && l !== title);
  if (!title && !summaryLine) return [];
  const card: RelatedItem = { title: title?.block.text ?? summaryLine!.block.text };
  const attribution = group.find((l) => l.attribution);
  const source =
    attribution?.block.text.replace(/^[-–—•]\s*/, '') ??
    group.find((l) => l !== title && !l.age && !l.date && l.f.words <= TEXT_CARD_SOURCE_MAX_WORDS && !l.f.prose && !/[.!?]$/.test(l.block.text))?.block.text;
  if (source) card.source = source;
  const age = group.find((l) => l.age);
  if (age) card.age = age.block.text;
  const date = group.find((l) => l.date);
  if (date) card.date = date.block.text;
  if (summaryLine && title) {
    let summary = summaryLine.video ? beforeFirstDuration(summaryLine.block.text) : summaryLine.block.text;
    // Carousels and some cards repeat the headline at the start of the blurb.
    if (summary.startsWith(card.title)) summary = summary.slice(card.title.length).trim();
    if (summary) card.summary = summary;
  }
  return [card];
}

export function parseCards(lines: readonly TextLine[]): RelatedItem[] {
  return groups(lines).flatMap(cardOf);
}
