/**
 * Classification of a flattened scrape: find the story run and its headline (story.ts),
 * then give every other line a kind and a reason — above the headline navigation and its
 * furniture, inside the run the markers, credits and link boxes, after it section by
 * section (a heading sets the kind of what follows; related sections also yield cards).
 */
import type { PithDocument } from '../document.js';
import { removeBlock } from '../stages/classify.js';
import type { Block, Kind } from '../types.js';
import { TEXT_CAPTION_MAX_CHARS, TEXT_SETTLE_PASSES, TEXT_CONSENT_BUTTONS, TEXT_CREDIT_MAX_WORDS, TEXT_CONSENT_BUTTON_WORDS } from '../thresholds.js';
import { parseCards } from './cards.js';
import { analyseLines, type TextLine } from './lines.js';
import { extendOverList, findStory, findTitle, headsPage, isBarrier, isStoryProse, lineWeights, opensSection, titleLike } from './story.js';
import { isCleanPage, standsAlone } from './clean.js';
import { trimBio, trimOwnerBox } from './tail.js';
import { pageStopwords } from './features.js';
import { STORY_SOURCE } from '../vocab/credits.js';

interface Verdict {
  kind: Kind;
  rule: string;
  reason: string;
}

/** What a line is on its own, wherever it stands (null: nothing in the line itself says so). */
function ownVerdict(line: TextLine): Verdict | null {
  if (line.cookie) return { kind: 'cookie', rule: 'text-cookie', reason: 'Line is a cookie or consent notice.' };
  if (line.footer) return { kind: 'footer', rule: 'text-legal', reason: 'Line is a copyright, legal or site-service link (footer).' };
  if (line.video) return { kind: 'video', rule: 'text-video-signature', reason: 'Line carries video-player signatures (clip durations, "N videos", "Source:").' };
  if (line.ad) return { kind: 'ad', rule: 'text-ad-marker', reason: 'Line is an advertisement marker.' };
  if (line.promo) return { kind: 'ad', rule: 'text-promo', reason: 'Short line opening with a promotional call to action.' };
  if (line.signup) return { kind: 'newsletter', rule: 'text-signup', reason: 'Line is a newsletter or sign-up pitch.' };
  if (line.tags) return { kind: 'nav', rule: 'text-tags', reason: 'Line is a strip of topic tags (links to other pages).' };
  if (line.share) return { kind: 'share', rule: 'text-share', reason: 'Line is a share-bar button or share prompt.' };
  if (line.pointer) return { kind: 'related', rule: 'text-pointer', reason: 'Line points to another article ("Read more: …").' };
  if (line.heading) {
    const what = line.commentHeader ? 'Commenter and date line of a reader comment' : `Short line that heads or stands for a ${line.heading} section`;
    return { kind: line.heading, rule: `text-heading-${line.heading}`, reason: `${what}.` };
  }
  return null;
}

/**
 * Story lines that are still furniture: bylines, dates, credits and the caption a
 * credit closes, markers and pointers. Subheadings and list items stay.
 */
function insideVerdict(lines: readonly TextLine[], i: number, inRun: ReadonlyMap<string, number>, isFirst: boolean): Verdict | null {
  const line = lines[i]!;
  const next = lines[i + 1];
  const caption: Verdict = { kind: 'other', rule: 'text-caption', reason: 'Image caption: the line is followed by a photo credit.' };
  // "Source: Reuters" attributes the whole story, not a photo.
  const credited = !!next?.credit && !next.f.prose && !line.credit && !STORY_SOURCE.test(next.block.text);
  // A sentence is a caption only when the credit stands right against it; a paragraph
  // above a photo whose caption carries no credit has a blank line between.
  if (credited && line.f.prose && (next.block.gapBefore ?? 0) === 0 && next.f.words <= TEXT_CREDIT_MAX_WORDS && line.f.weight <= TEXT_CAPTION_MAX_CHARS) {
    return caption;
  }
  if (line.capsLink) return { kind: 'related', rule: 'text-caps-link', reason: 'Headline-length line set all in capitals between paragraphs: a link to another story.' };
  if (line.recurring) return { kind: 'other', rule: 'text-recurring-caption', reason: 'Short line printed again and again on the page: a gallery caption under each photo, not story text.' };
  if (line.card) return { kind: 'related', rule: 'text-inline-card', reason: 'Teaser card set into the story: a headline printed twice and its blurb.' };
  if (isStoryProse(line) && !line.pointer) return null;
  const own = ownVerdict(line);
  if (own) return own;
  if (line.byline || line.date) return { kind: 'other', rule: 'text-byline', reason: 'Short byline or date line inside the story run.' };
  if (line.credit && line.f.prose) return { kind: 'other', rule: 'text-caption-credit', reason: 'Image caption that ends with its photo credit.' };
  if (line.credit) return { kind: 'other', rule: 'text-credit', reason: 'Photo credit line inside the story run.' };
  // A paragraph repeated only outside the story (a highlights box, a teaser of this very story) is the story's own,
  // unless it opens the story: a standfirst the page also shows as its description.
  if (line.repeated && !line.listItem && ((inRun.get(line.block.text) ?? 0) > 1 || isFirst)) {
    return { kind: 'other', rule: 'text-repeated', reason: 'Line repeated elsewhere on the page (gallery caption or teaser), not story text.' };
  }
  return credited && !line.f.prose ? caption : null;
}

/** Label everything before the story: the headline stays, the rest is navigation or the headline's furniture. */
function classifyHead(doc: PithDocument, lines: readonly TextLine[], start: number, title: number | null): void {
  for (let i = 0; i < start; i++) {
    const line = lines[i]!;
    if (i === title) continue;
    let v = ownVerdict(line) ?? consentButton(lines, i);
    if (title !== null && i > title) {
      v ??= { kind: 'other', rule: 'text-headline-furniture', reason: 'Byline, date or caption between the headline and the story.' };
    }
    // Above the headline, menu entries that happen to read "Video" or "Comments" are still menu entries.
    if (!v || (line.heading && title !== null && i < title)) {
      v = { kind: 'nav', rule: 'text-nav-run', reason: 'Short line in the navigation run above the story.' };
    }
    removeBlock(doc, line.block, v.kind, v.rule, v.reason);
  }
}

/** "Accept" / "Settings" right under a cookie notice are its buttons. */
function consentButton(lines: readonly TextLine[], i: number): Verdict | null {
  if (lines[i]!.f.words > TEXT_CONSENT_BUTTON_WORDS) return null;
  for (let j = i - 1; j >= 0 && i - j <= TEXT_CONSENT_BUTTONS; j--) {
    if (lines[j]!.cookie) return { kind: 'cookie', rule: 'text-consent-button', reason: 'Short button label right under a cookie notice.' };
    if (lines[j]!.f.words > TEXT_CONSENT_BUTTON_WORDS) break;
  }
  return null;
}

/** Label everything after the story, section by section; related sections also yield cards. */
function classifyTail(doc: PithDocument, lines: readonly TextLine[], end: number): void {
  let section: Verdict | null = null;
  let sectionLines: TextLine[] = [];
  const flush = () => {
    if (section?.kind === 'related' && sectionLines.length) doc.related.push(...parseCards(sectionLines));
    sectionLines = [];
  };
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const own = ownVerdict(line);
    if (own && (line.heading || line.promo)) {
      flush();
      section = own;
      removeBlock(doc, line.block, own.kind, own.rule, own.reason);
      continue;
    }
    if (section && (!own || line.video)) sectionLines.push(line);
    let v = own ?? consentButton(lines, i);
    if (!v && (line.age || line.attribution)) v = { kind: 'related', rule: 'text-card', reason: 'Card furniture: a relative age or a "- Source" attribution line.' };
    v ??= section && { kind: section.kind, rule: `${section.rule}-section`, reason: `Inside the ${section.kind} section that a heading opened after the story.` };
    v ??= { kind: 'other', rule: 'text-after-story', reason: 'After the end of the story, outside any recognised section.' };
    removeBlock(doc, line.block, v.kind, v.rule, v.reason);
  }
  flush();
}

/**
 * Classify the lines of a flattened scrape: find the story run, its headline, and label
 * the rest; then settle, so that the text written is itself a page this reads unchanged.
 */
export function classifyText(doc: PithDocument): void {
  const stopwords = pageStopwords(doc.blocks);
  classifyLines(doc, analyseLines(doc.blocks, stopwords), stopwords);
  settle(doc);
}

/**
 * Cleaning pith's own output again must change nothing, but the story search weighs each
 * line against its neighbours and the page's repetitions: once the furniture around a
 * short line is gone, the run can end before it, or a line repeated only in a removed box
 * is no longer repeated. So read the page again as the output will read — the kept lines
 * in order, the headline among them, blank lines as render writes them (one at most) — and take what that reading removes too, until it removes nothing.
 */
function settle(doc: PithDocument): void {
  for (let pass = 0; pass < TEXT_SETTLE_PASSES; pass++) {
    const kept = doc.blocks.filter((b) => !b.label);
    if (!kept.length) return;
    const copies: Block[] = kept.map((b, i) => ({
      text: b.text,
      type: 'line',
      position: { ...b.position, index: i },
      gapBefore: i > 0 && (b.gapBefore ?? 0) > 0 ? 1 : 0,
      // Tab cells are kept although the output joins them with spaces: a table read as the
      // story must not lose its header row to a reading that no longer sees it as a table.
      ...(b.cells ? { cells: b.cells } : {}),
    }));
    // A scratch reading: its removals and related cards were already recorded by the first one.
    const stopwords = pageStopwords(copies);
    readAlone(analyseLines(copies, stopwords), stopwords, doc);
    let changed = false;
    copies.forEach((c, i) => {
      const original = kept[i]!;
      if (c.label && !c.label.main) {
        removeBlock(doc, original, c.label.kind, c.label.rule, c.label.reason);
        changed = true;
      }
      if (!!c.title !== !!original.title) changed = true;
      original.title = c.title;
    });
    const title = kept.find((b) => b.title);
    if (title) doc.meta.title = title.text;
    if (!changed) return;
  }
}

/**
 * Label the analysed lines of a page as a reading of them alone would, on a scratch document:
 * nothing is recorded on `like`, whose options it borrows (debug off). Their blocks get the labels.
 */
export function readAlone(lines: TextLine[], stopwords: Set<string> | null, like: Pick<PithDocument, 'options' | 'meta'>): void {
  const blocks = lines.map((l) => l.block);
  const scratch = { blocks, meta: { ...like.meta, title: null }, related: [], options: { ...like.options, debug: false }, debug: {}, remove: () => {} };
  classifyLines(scratch as unknown as PithDocument, lines, stopwords);
}

function classifyLines(doc: PithDocument, lines: TextLine[], stopwords: Set<string> | null): void {
  // A page with nothing around its story (clean.ts) is all story; the first line is its
  // headline when it can be one. Only lines glued into runs are read for furniture there.
  const clean = isCleanPage(lines);
  // Without a paragraph or a table row there is no story to tell from its surroundings:
  // a run of short lines would be a guess, and the guess would shift on every re-reading.
  const found = clean ? { start: 0, end: lines.length - 1 } : lines.some((l) => l.f.prose || l.row) ? findStory(lines, stopwords) : null;
  if (!found) {
    // No prose anywhere: nothing to separate; the first headline-like line is the title.
    const t = lines.find((l) => titleLike(l) && !isBarrier(l));
    if (t) {
      t.block.title = true;
      doc.meta.title = t.block.text;
    }
    return;
  }
  const run = clean ? found : extendOverList(lines, trimOwnerBox(lines, trimBio(lines, found), stopwords));
  const title = clean ? (headsPage(lines) ? 0 : null) : findTitle(lines, run);
  if (title !== null) {
    lines[title]!.block.title = true;
    doc.meta.title = lines[title]!.block.text;
  }
  classifyHead(doc, lines, run.start, title);
  const inRun = new Map<string, number>();
  for (const l of lines.slice(run.start, run.end + 1)) inRun.set(l.block.text, (inRun.get(l.block.text) ?? 0) + 1);
  // A boilerplate heading inside the story opens a box (related links, a video) that lasts until prose resumes.
  let box: Verdict | null = null;
  let boxLines: TextLine[] = [];
  const closeBox = () => {
    if (box?.kind === 'related' && boxLines.length) doc.related.push(...parseCards(boxLines));
    box = null;
    boxLines = [];
  };
  for (let i = run.start; i <= run.end; i++) {
    const line = lines[i]!;
    if (clean && (i === title || standsAlone(lines, i))) continue;
    if (line.f.prose && !line.video && !line.f.truncated) closeBox();
    let v = insideVerdict(lines, i, inRun, i === run.start);
    if (v && opensSection(line)) {
      closeBox();
      box = v;
    } else if (!v && box) {
      v = { kind: box.kind, rule: `${box.rule}-box`, reason: `Inside a ${box.kind} box that a heading opened within the story.` };
      boxLines.push(line);
    }
    if (v) removeBlock(doc, line.block, v.kind, v.rule, v.reason);
  }
  closeBox();
  classifyTail(doc, lines, run.end);
  if (doc.options.debug) {
    const weights = lineWeights(lines);
    doc.debug.text = {
      clean,
      run: { from: lines[run.start]!.block.position.line, to: lines[run.end]!.block.position.line },
      title: title === null ? null : lines[title]!.block.position.line,
      rows: lines.filter((l) => l.row).map((l) => l.block.position.line),
      weights: Object.fromEntries(lines.map((l, i) => [l.block.position.line, weights[i] === null ? 'barrier' : Math.round(weights[i]!)])),
    };
  }
}
