import type { PithDocument } from '../../document.js';
import { labelLines } from '../../text/label.js';
import { textWork } from './work.js';

/** Text stage 3: label. Every line outside the story, and the furniture inside it, gets a kind and a reason (text/label.ts). */
export function label(doc: PithDocument): void {
  const { lines, story } = textWork(doc);
  if (story) labelLines(doc, lines, story);
}
