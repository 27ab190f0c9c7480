import type { PithDocument } from '../../document.js';
import { findStoryOf } from '../../text/run.js';
import { textWork } from './work.js';

/**
 * Text stage 2: story. The densest run of prose lines and table rows, refined at both ends,
 * and the headline above it (text/run.ts); a clean page is all story.
 */
export function story(doc: PithDocument): void {
  const work = textWork(doc);
  work.story = findStoryOf(doc, work.lines, work.stopwords);
}
