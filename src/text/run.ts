/**
 * The story of a flattened scrape: the densest run of prose (story.ts) with its bio and
 * publisher's box cut off its end (tail.ts) and an announced list added, and its headline.
 * A page that is already clean (clean.ts) is all story.
 */
import type { PithDocument } from '../document.js';
import { extendOverList, findStory, findTitle, headsPage, isBarrier, titleLike } from './story.js';
import { isCleanPage } from './clean.js';
import { trimBio, trimOwnerBox } from './tail.js';
import type { FoundStory, TextLine } from './types.js';


/** Find the story run and its headline; the headline's block is marked and becomes the page title. */
export function findStoryOf(doc: Pick<PithDocument, 'meta' | 'ruleOn'>, lines: readonly TextLine[], stopwords: Set<string> | null): FoundStory {
  const on = (id: string) => doc.ruleOn(id);
  // A page with nothing around its story (clean.ts) is all story; the first line is its
  // headline when it can be one. Only lines glued into runs are read for furniture there.
  const clean = isCleanPage(lines);
  // Without a paragraph or a table row there is no story to tell from its surroundings:
  // a run of short lines would be a guess, and the guess would shift on every re-reading.
  const found = clean ? { start: 0, end: lines.length - 1 } : lines.some((l) => l.f.prose || l.row) ? findStory(lines, stopwords, on) : null;
  if (!found) {
    // No prose anywhere: nothing to separate; the first headline-like line is the title.
    const t = lines.find((l) => titleLike(l) && !isBarrier(l));
    if (t) {
      t.block.title = true;
      doc.meta.title = t.block.text;
    }
    return { clean, run: null, title: null };
  }
  let run = found;
  if (!clean) {
    if (on('text-bio')) run = trimBio(lines, run);
    if (on('text-owner-box')) run = trimOwnerBox(lines, run, stopwords);
    run = extendOverList(lines, run, on);
  }
  const title = clean ? (headsPage(lines) ? 0 : null) : findTitle(lines, run);
  if (title !== null) {
    lines[title]!.block.title = true;
    doc.meta.title = lines[title]!.block.text;
  }
  return { clean, run, title };
}
