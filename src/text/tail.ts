/**
 * The end of a story run often carries boxes about someone rather than the story: the
 * author's bio, or the publisher's own "about us" paragraph under a press release. Both
 * are cut off the run's end here.
 */
import { OWNER_MIN_MENTIONS } from '../thresholds.js';
import { TEXT_RULES } from '../rules/index.js';

const BIO = TEXT_RULES['text-bio'].params;
import { mentions, ownerSubject } from '../owner.js';
import type { TextLine } from './types.js';
import type { StoryRun } from './types.js';
import { ABOUT_HEADING } from '../vocab/bylines.js';

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** The capitalised words of a short name-like line ("Emiliano Bellini"), or null. */
function nameWords(line: TextLine): string[] | null {
  const words = line.block.text.replace(/^(?:\S+\s*[:：]\s*)?/, '').split(/\s+/);
  if (line.f.prose || words.length < BIO.minNameWords || words.length > BIO.maxNameWords) return null;
  return words.every((w) => NAME_WORD.test(w)) ? words : null;
}

/**
 * Authors' bios close many stories: a name line and a paragraph about that person
 * ("Emiliano Bellini" / "Emiliano joined pv magazine in…"), or a paragraph opening with
 * the bylined name ("Phil Helsel is a reporter for…"). Cut them off the run's end.
 */
export function trimBio(lines: readonly TextLine[], run: StoryRun): StoryRun {
  const bylined = new Set(
    lines.filter((l) => l.byline).flatMap((l) => l.block.text.split(/\s+/).filter((w) => NAME_WORD.test(w)).slice(1)),
  );
  for (let k = run.end; k > run.start && k >= run.end - BIO.reach; k--) {
    const line = lines[k]!;
    const first = line.block.text.split(/\s+/)[0] ?? '';
    if (ABOUT_HEADING.test(line.block.text) && !line.f.prose && nameWords(line)) return { start: run.start, end: k - 1 };
    const nameAt = k - 1;
    const name = k > run.start ? nameWords(lines[nameAt]!) : null;
    if ((line.f.prose || line.f.sentence) && name?.includes(first)) return { start: run.start, end: nameAt - 1 };
    if ((line.f.prose || line.f.sentence) && k === run.end && bylined.has(first) && line.f.weight < BIO.maxChars) return { start: run.start, end: k - 1 };
  }
  return run;
}

/**
 * A press release closes with its publisher's boilerplate ("Acme Corp. is a global provider
 * of…"), often without its "About" heading, set off from the release by a wider gap
 * than any the release has. The tell is its subject: a capitalised
 * non-function word that the page's own chrome (menus, footer: lines outside the run)
 * names again and again. A story's last paragraphs about a person or company in the news
 * stand at the usual paragraph gap.
 */
export function trimOwnerBox(lines: readonly TextLine[], run: StoryRun, stopwords: ReadonlySet<string> | null): StoryRun {
  for (let k = run.end; k > run.start && k > run.end - TEXT_RULES['text-owner-box'].params.maxLines; k--) {
    const gap = lines[k]!.block.gapBefore ?? 0;
    // Wider than every gap the story has above it (pictures and subheadings widen some).
    const widest = Math.max(1, ...lines.slice(run.start + 1, k).map((l) => l.block.gapBefore ?? 0));
    if (gap <= widest) continue;
    const subject = ownerSubject(lines[k]!.block.text, stopwords);
    if (!subject || !lines[k]!.f.prose) return run;
    const chrome = lines.filter((_, i) => i < run.start || i > run.end).map((l) => l.block.text);
    return mentions(subject, chrome) >= OWNER_MIN_MENTIONS ? { start: run.start, end: k - 1 } : run;
  }
  return run;
}
