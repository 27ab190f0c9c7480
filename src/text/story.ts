/**
 * Locating the story in a flattened scrape: the densest coherent run of prose lines.
 * Every line gets a weight — prose lines and table rows (table.ts) their length (a little
 * less further down the page), photo credits and inline teaser cards nothing, other lines
 * a small cost, furniture a larger one — and the story is the run with
 * the largest sum (Kadane's maximum subarray). Comment threads and cookie notices end any
 * run; related and video boxes only cost it, since stories carry them inline. Prose right
 * under a boilerplate heading in teaser shape, inside a card (age and source lines above
 * it) or cut off with an ellipsis counts for little, so a long related article below a
 * short story does not win. The run is then refined: headline and byline lines off its
 * start, headline lists and bios
 * off its end, and a list the story announces onto it.
 */
import type { Kind } from '../types.js';
import {
  TEXT_BOX_LINK_SHARE,
  TEXT_CARD_REACH,
  TEXT_GAP_PENALTY,
  TEXT_HEADING_MAX_WORDS,
  TEXT_ISOLATED_SHORT_WEIGHT,
  TEXT_LIST_INTRO_MIN_WORDS,
  TEXT_POSITION_DECAY,
  TEXT_SECTION_DISCOUNT,
  TEXT_SECTION_REACH,
  TEXT_TITLE_MAX_CHARS,
  TEXT_TITLE_MIN_WORDS,
  TEXT_TITLE_REACH,
  TEXT_FURNITURE_GAPS,
} from '../thresholds.js';
import type { RuleOn, StoryRun, TextLine } from './types.js';
import { TEXT_RULES } from '../rules/index.js';
import { body, separators } from './table.js';


/** Headings that end a story: what follows them is a section of their kind. */
export const SECTION_KINDS: ReadonlySet<Kind> = new Set(['related', 'comments', 'video', 'newsletter']);

/** Opens a boilerplate section (the story may still resume after a short box). */
export function opensSection(line: TextLine): boolean {
  return line.heading !== null && SECTION_KINDS.has(line.heading);
}

/**
 * Lines no story run crosses: comment threads (what follows is readers' prose) and cookie
 * notices. Related and video boxes, and legal lines of inline sign-up forms, can sit
 * inside a story instead; they only cost the run.
 */
export function isBarrier(line: TextLine): boolean {
  return line.thread || line.cookie;
}

/** Prose that can carry a story: not a carousel, a sign-up pitch, a follow-us line, a repeated caption or a credited caption. */
export function isStoryProse(line: TextLine): boolean {
  return line.f.prose && !line.video && !line.signup && !line.share && !line.repeated && !line.credit;
}

/** Furniture that is never story: stronger cost than a plain short line. */
function isFurniture(line: TextLine): boolean {
  return line.byline || line.date || line.share || line.age || line.attribution || line.ad || line.promo || line.video || line.signup || line.tags;
}

/** Prose lines that are teasers: right under a boilerplate heading, or a card's summary. */
export function teaserLines(lines: readonly TextLine[], on: RuleOn): boolean[] {
  const teaser = lines.map(() => false);
  let proseAbove = false;
  let inComments = false;
  lines.forEach((line, i) => {
    // Readers' comments run to the end of the page once a story has been seen above them.
    if (line.thread && proseAbove) inComments = true;
    if (inComments) teaser[i] = true;
    if (line.f.prose && !teaser[i]) proseAbove = true;
    // A tag strip closes an article, so what follows it in teaser shape is a sidebar's.
    if (opensSection(line) || line.tags) {
      // Teaser shape: a headline line, then its blurb. Story paragraphs resuming after a box are not discounted.
      for (let j = i + 1, seen = 0; j < lines.length && seen < TEXT_SECTION_REACH; j++, seen++) {
        const cur = lines[j]!;
        if (isBarrier(cur) || opensSection(cur)) break;
        if (cur.f.prose && lines[j - 1]!.f.prose) break;
        // A blurb is followed by the next headline or the section's end; prose followed by
        // more prose is the story resuming after a box of links, also when an inline pointer
        // ("Also: …", "Read more: …") stands between the paragraphs, as stories set them.
        let k = j + 1;
        while (lines[k] && inlineLink(lines[k]!)) k++;
        const next = lines[k];
        if (cur.f.prose && next?.f.prose && !next.credit) break;
        teaser[j] = true;
      }
    }
    if (line.f.truncated) teaser[i] = true;
    // An age under a byline dates the story itself ("By …" / "7 hours ago" / the first
    // paragraph), not a card: a card opens with its source or its age, never a byline.
    if ((line.age || line.attribution) && !lines[i - 1]?.byline && !opensStory(lines, i)) {
      // The card's headline and blurb follow; a blurb of several paragraphs stays a blurb.
      let j = i + 1;
      for (; j < Math.min(lines.length, i + 1 + TEXT_CARD_REACH + 1); j++) teaser[j] = true;
      while (j < lines.length && lines[j]!.f.prose && teaser[j - 1] && lines[j - 1]!.f.prose) teaser[j++] = true;
    }
  });
  return teaser;
}

/**
 * A card's age or source line is followed by the card's headline; a paragraph straight
 * under it that is not the next card's blurb (no source or age after it) is a story the line dates.
 */
function opensStory(lines: readonly TextLine[], i: number): boolean {
  const next = lines[i + 1];
  const after = lines[i + 2]; // literal: the line after the next
  return !!next && isStoryProse(next) && !titleLike(next) && !!after && !after.age && !after.attribution;
}

/** "Read more: …", "Also: See the full coverage": a short labelled link set between a story's paragraphs. */
const LABELLED_LINK = /^\p{L}+(?:\s\p{L}+)?\s*[:：]\s+\S/u;
function inlineLink(line: TextLine): boolean {
  return !line.f.prose && !line.heading && (line.pointer || (line.f.words <= TEXT_HEADING_MAX_WORDS && LABELLED_LINK.test(line.block.text)));
}

/**
 * The headline links under a heading that ends in a colon ("More:", "Read also:"): a box
 * set into the story, which resumes after it. Section headings after a story carry no colon.
 */
function inlineBoxLines(lines: readonly TextLine[]): boolean[] {
  const box = lines.map(() => false);
  lines.forEach((line, i) => {
    if (!opensSection(line) || !/[:：]$/u.test(line.block.text)) return;
    for (let j = i + 1; j < lines.length && !lines[j]!.f.prose && !opensSection(lines[j]!) && j - i <= TEXT_SECTION_REACH; j++) box[j] = true;
  });
  return box;
}

/** Each line's weight in the story search; null for lines that end any run. */
export function lineWeights(lines: readonly TextLine[], on: RuleOn): Array<number | null> {
  const teaser = teaserLines(lines, on);
  const inlineBox = inlineBoxLines(lines);
  return lines.map((line, i) => {
    if (isBarrier(line)) return null;
    // A teaser card set into the story is crossed for free: neither story nor a reason to end it.
    if (line.card) return 0;
    if (isStoryProse(line)) {
      const w = line.f.weight * (1 - (TEXT_POSITION_DECAY * i) / lines.length);
      return teaser[i] ? w * TEXT_SECTION_DISCOUNT : w;
    }
    // A table or schedule is story content as much as prose is (a standings page has nothing else).
    // (A table under a boilerplate heading inside the run is still labelled as that heading's box.)
    if (line.row && !isFurniture(line)) return line.f.weight * (1 - (TEXT_POSITION_DECAY * i) / lines.length);
    // A heading ending in a colon ("More:") and its headline links are a box set into the story: cheap to cross.
    if (opensSection(line) && inlineBox[i + 1] && !isFurniture(line)) return -TEXT_GAP_PENALTY;
    if (isFurniture(line) || opensSection(line) || line.footer) return TEXT_FURNITURE_GAPS * -TEXT_GAP_PENALTY;
    if (inlineBox[i] && titleLike(line)) return -TEXT_GAP_PENALTY * TEXT_BOX_LINK_SHARE;
    // A photo credit, and the short caption right against it, stand where a story shows a picture: no cost to cross.
    const next = lines[i + 1];
    if (line.credit || line.recurring || (next?.credit && (next.block.gapBefore ?? 0) === 0)) return 0;
    const isolated = (line.block.gapBefore ?? 0) > 0 && (!next || (next.block.gapBefore ?? 0) > 0);
    // Bare links belong to lists of offers or sources in the story; menus do not print their URLs.
    const url = /^(?:https?:\/\/|www\.)\S+$/i.test(line.block.text);
    // A short sentence ("It isn't.") is a story's, however short; menus and labels do not end
    // in a stop. Prose that is not story prose (a repeated quote, a carousel) is not one.
    const sentence = line.f.sentence && !line.f.prose && !isFurniture(line) && !line.pointer && !line.repeated;
    return (isolated || line.listItem || line.embed || url || sentence) && !line.heading ? TEXT_ISOLATED_SHORT_WEIGHT : -TEXT_GAP_PENALTY;
  });
}

/** Headline-like and furniture lines before the run's first paragraph are the headline and its furniture, not story. */
function trimStart(lines: readonly TextLine[], run: StoryRun, on: RuleOn): StoryRun {
  let { start } = run;
  const lead = TEXT_RULES['text-trim-lead'].params;
  // A byline or date a line or two into the run: what stood above it was a caption or standfirst.
  for (let k = start, weight = 0; on('text-trim-lead') && k <= Math.min(run.end, start + lead.reach); k++) {
    const line = lines[k]!;
    if ((line.byline || line.date) && k < run.end) {
      start = k + 1;
      break;
    }
    weight += line.f.weight;
    if (weight > lead.maxChars) break;
  }
  while (start < run.end && !lines[start]!.f.prose && (titleLike(lines[start]!) || isFurniture(lines[start]!))) start++;
  return { start, end: run.end };
}

/** "The main changes are:" — a sentence-like line ending in a colon (not a bare "Tags:" label). */
function announcesList(line: TextLine): boolean {
  return /[:：]$/.test(line.block.text) && line.f.words >= TEXT_LIST_INTRO_MIN_WORDS && !line.heading && !isFurniture(line);
}

/**
 * Short lines after the last paragraph are the next section's (headline lists, credits,
 * addresses), unless one of them announces a list with a colon: then they are the story's list.
 * A story that ends in a table keeps only the table's notes after it.
 */
function trimEnd(lines: readonly TextLine[], run: StoryRun): StoryRun {
  let end = run.end;
  let last = end;
  while (last > run.start && !lines[last]!.f.prose && !lines[last]!.row) last--;
  if (lines[last]!.row) {
    // After a table only its notes (list-marked lines) continue the story.
    while (last < end && lines[last + 1]!.listItem) last++;
    return { start: run.start, end: last };
  }
  while (end > run.start && !lines[end]!.f.prose) {
    const line = lines[end]!;
    if (announcesList(line)) return run;
    // A short sentence or a list item may close a story; headline lists and labels do not.
    if ((line.f.sentence || line.listItem || line.embed) && !isFurniture(line) && !line.heading) break;
    end--;
  }
  return { start: run.start, end };
}

export function findStory(lines: readonly TextLine[], stopwords: Set<string> | null, on: RuleOn): StoryRun | null {
  const weights = lineWeights(lines, on);
  let best = 0;
  let run: StoryRun | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const w = weights[i]!;
    if (w === null) {
      sum = 0;
      start = i + 1;
      continue;
    }
    sum += w;
    if (sum <= 0) {
      sum = 0;
      start = i + 1;
    } else if (sum > best) {
      best = sum;
      run = { start, end: i };
    }
  }
  return run && trimEnd(lines, trimStart(lines, run, on));
}

/**
 * A list the story announces ("Tour dates:", "What's new:") belongs to it even though
 * its items are short: extend the run over the items that follow a line ending in a colon.
 */
export function extendOverList(lines: readonly TextLine[], run: StoryRun, on: RuleOn): StoryRun {
  for (let k = 0; on('text-list-intro') && k <= TEXT_RULES['text-list-intro'].params.reach; k++) {
    const intro = lines[run.end + k];
    if (!intro || !listable(intro)) break;
    if (!announcesList(intro)) continue;
    let j = run.end + k + 1;
    while (j < lines.length && listable(lines[j]!) && (lines[j]!.block.gapBefore ?? 0) <= 1) j++;
    return { start: run.start, end: Math.max(run.end, j - 1) };
  }
  const end = on('text-uniform-list') ? uniformListEnd(lines, run.end + 1) : null;
  return { start: run.start, end: end ?? run.end };
}

function listable(line: TextLine): boolean {
  return !isBarrier(line) && !opensSection(line) && !isFurniture(line) && !line.pointer && !line.credit && !line.footer;
}

/**
 * A list without an announcing colon (tour dates, qualified teams): at least a few short
 * lines right after the story, optionally under one label, all built with the same
 * separator. Menus and headline lists share no such pattern.
 */
function uniformListEnd(lines: readonly TextLine[], from: number): number | null {
  const first = lines[from];
  if (!first || !listable(first)) return null;
  // A short label without separators may head the list ("Tour dates", "Qualified teams").
  const label = separators(body(first)).size === 0 && !first.f.sentence && first.f.words <= TEXT_HEADING_MAX_WORDS;
  const start = label ? from + 1 : from;
  let common: Set<string> | null = null;
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (!listable(line) || line.f.prose || (line.block.gapBefore ?? 0) > 1) break;
    // An item count ("Politics (42)") is a menu's, not a separator of the list's items.
    const seps = separators(body(line));
    const next: Set<string> = common ? new Set([...common].filter((x) => seps.has(x))) : seps;
    if (!next.size) break;
    common = next;
  }
  return j - start >= TEXT_RULES['text-uniform-list'].params.minItems ? j - 1 : null;
}

/** Could this line be a headline: a few words, no closing period, no furniture. */
export function titleLike(line: TextLine): boolean {
  const t = line.block.text;
  return (
    line.f.words >= TEXT_TITLE_MIN_WORDS &&
    line.f.weight <= TEXT_TITLE_MAX_CHARS &&
    !/[.:;,。：；，]$/.test(t) &&
    !line.heading &&
    !isFurniture(line) &&
    !line.credit &&
    !line.footer &&
    !line.cookie &&
    !line.pointer &&
    // A gallery's caption printed under every photo heads nothing.
    !line.recurring &&
    !/^(?:https?:\/\/|www\.)/i.test(t)
  );
}

/**
 * The headline that introduces the story: the nearest headline-like line above it,
 * preferring one whose text the page repeats (breadcrumbs, tab title), which is how
 * scrapes usually show the real headline — unless that repetition is a menu's and the
 * nearest one has its date or byline right under it.
 */
export function findTitle(lines: readonly TextLine[], run: StoryRun): number | null {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.block.text, (counts.get(l.block.text) ?? 0) + 1);
  let nearest: number | null = null;
  let dated: number | null = null;
  // A menu lists the same entry twice (desktop and mobile menus): a repetition inside a run of menu entries proves nothing.
  const inMenu = (i: number) => [lines[i - 1], lines[i + 1]].every((l) => l && !l.f.prose && !l.f.sentence && l.f.words <= TEXT_HEADING_MAX_WORDS);
  for (let i = run.start - 1, seen = 0; i >= 0 && seen < TEXT_TITLE_REACH; i--, seen++) {
    const line = lines[i]!;
    if (isBarrier(line)) break;
    if (!titleLike(line) || line.f.prose) continue;
    if ((counts.get(line.block.text) ?? 0) > 1 && !(dated !== null && inMenu(i))) return i;
    // The nearest headline with its dateline or byline right under it, when the repeated one is a menu entry.
    const under = lines[i + 1];
    const crumbs = /[>»›]|\d{1,2}:\d{2}/u.test(line.block.text);
    if (nearest === null && !crumbs && (under?.date || under?.byline)) dated = i;
    nearest ??= i;
  }
  return dated ?? nearest ?? soleLineAbove(lines, run);
}

/**
 * A page whose one line above the story is its first line has the shape of a cleaned page
 * (pith's own output): a headline, then the story. Nothing else stands there to make it a
 * menu entry, so it is the headline even when it is short or ends in a stop, as an HTML
 * <title> may. Without this a second cleaning would drop the headline the first one printed.
 */
function soleLineAbove(lines: readonly TextLine[], run: StoryRun): number | null {
  return run.start === 1 && headsPage(lines) ? 0 : null;
}

/** The page's first line can be its headline: no paragraph, not too long, no furniture, no link. */
export function headsPage(lines: readonly TextLine[]): boolean {
  const line = lines[0];
  if (!line || line.f.prose || line.f.weight > TEXT_TITLE_MAX_CHARS) return false;
  const furniture = isBarrier(line) || line.heading || isFurniture(line) || line.credit || line.footer || line.pointer;
  return !furniture && !/^(?:https?:\/\/|www\.)/i.test(line.block.text);
}
