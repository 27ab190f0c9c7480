/**
 * Classification of a flattened scrape: find the story run and its headline (story.ts),
 * then give every other line a kind and a reason — above the headline navigation and its
 * furniture, inside the run the markers, credits and link boxes, after it section by
 * section (a heading sets the kind of what follows; related sections also yield cards).
 */
import { PithDocument } from '../document.js';
import { TEXT_RULES, type TextRuleId } from '../rules/index.js';
import type { Kind } from '../types.js';
import { TEXT_CAPTION_MAX_CHARS } from '../thresholds.js';
import { parseCards } from './cards.js';
import { analyseLines } from './lines.js';
import type { TextLine } from './types.js';
import { isStoryProse, lineWeights, opensSection } from './story.js';
import { standsAlone } from './clean.js';
import { findStoryOf } from './run.js';
import type { FoundStory, RuleOn } from './types.js';
import { STORY_SOURCE } from '../vocab/credits.js';

interface Verdict {
  kind: Kind;
  rule: string;
  reason: string;
}

const verdict = (id: TextRuleId, kind: Kind = TEXT_RULES[id].kind as Kind): Verdict => ({ kind, rule: id, reason: TEXT_RULES[id].reason });

/** The furniture a line names on its own, in the order the rules are tried. */
const OWN: ReadonlyArray<readonly [TextRuleId, (line: TextLine) => boolean]> = [
  ['text-cookie', (l) => l.cookie],
  ['text-legal', (l) => l.footer],
  ['text-video-signature', (l) => l.video],
  ['text-ad-marker', (l) => l.ad],
  ['text-promo', (l) => l.promo],
  ['text-signup', (l) => l.signup],
  ['text-tags', (l) => l.tags],
  ['text-share', (l) => l.share],
  ['text-pointer', (l) => l.pointer],
];

/** What a line is on its own, wherever it stands (null: nothing in the line itself says so). */
function ownVerdict(line: TextLine, on: RuleOn): Verdict | null {
  for (const [id, test] of OWN) if (test(line) && on(id)) return verdict(id);
  if (line.heading && on(`text-heading-${line.heading}`)) {
    const what = line.commentHeader ? 'Commenter and date line of a reader comment' : `Short line that heads or stands for a ${line.heading} section`;
    return { kind: line.heading, rule: `text-heading-${line.heading}`, reason: `${what}.` };
  }
  return null;
}

/**
 * Story lines that are still furniture: bylines, dates, credits and the caption a
 * credit closes, markers and pointers. Subheadings and list items stay.
 */
function insideVerdict(lines: readonly TextLine[], i: number, on: RuleOn): Verdict | null {
  const line = lines[i]!;
  const next = lines[i + 1];
  const caption = on('text-caption') ? verdict('text-caption') : null;
  // "Source: Reuters" attributes the whole story, not a photo.
  const credited = !!next?.credit && !next.f.prose && !line.credit && !STORY_SOURCE.test(next.block.text);
  // A sentence is a caption only when the credit stands right against it; a paragraph
  // above a photo whose caption carries no credit has a blank line between.
  if (caption && credited && line.f.prose && (next.block.gapBefore ?? 0) === 0 && next.f.words <= TEXT_RULES['text-caption'].params.maxCreditWords && line.f.weight <= TEXT_CAPTION_MAX_CHARS) {
    return caption;
  }
  if (line.recurring && on('text-recurring-caption')) return verdict('text-recurring-caption');
  if (line.card && on('text-inline-card')) return verdict('text-inline-card');
  if (isStoryProse(line) && !line.pointer) return null;
  const own = ownVerdict(line, on);
  if (own) return own;
  if (line.credit && line.f.prose && on('text-caption-credit')) return verdict('text-caption-credit');
  if (line.credit && !line.f.prose && on('text-credit')) return verdict('text-credit');
  return credited && !line.f.prose ? caption : null;
}

/** Label everything before the story: the headline stays, the rest is navigation or the headline's furniture. */
function classifyHead(doc: PithDocument, lines: readonly TextLine[], start: number, title: number | null): void {
  const on: RuleOn = (id) => doc.ruleOn(id);
  for (let i = 0; i < start; i++) {
    const line = lines[i]!;
    if (i === title) continue;
    let v = ownVerdict(line, on) ?? consentButton(lines, i, on);
    if (title !== null && i > title && on('text-headline-furniture')) v ??= verdict('text-headline-furniture');
    // Above the headline, menu entries that happen to read "Video" or "Comments" are still menu entries.
    if ((!v || (line.heading && title !== null && i < title)) && on('text-nav-run')) v = verdict('text-nav-run');
    if (v) doc.removeBlock(line.block, v.kind, v.rule, v.reason);
  }
}

/** "Accept" / "Settings" right under a cookie notice are its buttons. */
function consentButton(lines: readonly TextLine[], i: number, on: RuleOn): Verdict | null {
  const { buttons, buttonWords } = TEXT_RULES['text-consent-button'].params;
  if (lines[i]!.f.words > buttonWords || !on('text-consent-button')) return null;
  for (let j = i - 1; j >= 0 && i - j <= buttons; j--) {
    if (lines[j]!.cookie) return verdict('text-consent-button');
    if (lines[j]!.f.words > buttonWords) break;
  }
  return null;
}

/** Label everything after the story, section by section; related sections also yield cards. */
function classifyTail(doc: PithDocument, lines: readonly TextLine[], end: number): void {
  const on: RuleOn = (id) => doc.ruleOn(id);
  let section: Verdict | null = null;
  let sectionLines: TextLine[] = [];
  const flush = () => {
    if (section?.kind === 'related' && sectionLines.length) doc.related.push(...parseCards(sectionLines));
    sectionLines = [];
  };
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const own = ownVerdict(line, on);
    if (own && (line.heading || line.promo)) {
      flush();
      section = own;
      doc.removeBlock(line.block, own.kind, own.rule, own.reason);
      continue;
    }
    if (section && (!own || line.video)) sectionLines.push(line);
    let v = own ?? consentButton(lines, i, on);
    if (!v && (line.age || line.attribution) && on('text-card')) v = verdict('text-card');
    if (section && on('text-section')) v ??= { kind: section.kind, rule: 'text-section', reason: `Inside the ${section.kind} section that a heading opened after the story (heading rule ${section.rule}).` };
    if (on('text-after-story')) v ??= verdict('text-after-story');
    if (v) doc.removeBlock(line.block, v.kind, v.rule, v.reason);
  }
  flush();
}

/**
 * Label every line of the page but the story's and its headline's: above the story
 * navigation and the headline's furniture, inside it the markers, credits and link boxes,
 * after it section by section. With no story found there is nothing to label.
 */
export function labelLines(doc: PithDocument, lines: readonly TextLine[], found: FoundStory): void {
  const { run, title, clean } = found;
  if (!run) return;
  classifyHead(doc, lines, run.start, title);
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
    let v = insideVerdict(lines, i, (id) => doc.ruleOn(id));
    if (v && opensSection(line)) {
      closeBox();
      box = v;
    } else if (!v && box && doc.ruleOn('text-box')) {
      v = { kind: box.kind, rule: 'text-box', reason: `Inside a ${box.kind} box that a heading opened within the story (heading rule ${box.rule}).` };
      boxLines.push(line);
    }
    if (v) doc.removeBlock(line.block, v.kind, v.rule, v.reason);
  }
  closeBox();
  classifyTail(doc, lines, run.end);
  if (doc.options.debug) {
    const weights = lineWeights(lines, (id) => doc.ruleOn(id));
    doc.debug.text = {
      clean,
      run: { from: lines[run.start]!.block.position.line, to: lines[run.end]!.block.position.line },
      title: title === null ? null : lines[title]!.block.position.line,
      rows: lines.filter((l) => l.row).map((l) => l.block.position.line),
      weights: Object.fromEntries(lines.map((l, i) => [l.block.position.line, weights[i] === null ? 'barrier' : Math.round(weights[i]!)])),
    };
  }
}

/**
 * Read the analysed lines of a page as the story and label stages would, on a scratch
 * document: nothing is recorded on `like`, whose options it borrows (debug off). Their
 * blocks get the labels and the headline mark.
 */
export function readAlone(lines: readonly TextLine[], stopwords: Set<string> | null, like: Pick<PithDocument, 'options' | 'meta'>): void {
  const scratch = new PithDocument(new Uint8Array(0), { ...like.options, debug: false });
  scratch.blocks = lines.map((l) => l.block);
  scratch.meta = { ...like.meta, title: null };
  labelLines(scratch, lines, findStoryOf(scratch, lines, stopwords));
}
