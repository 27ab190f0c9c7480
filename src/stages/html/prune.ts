import type { PithDocument } from '../../document.js';
import { prune as prunePage } from '../../html/prune.js';
import { htmlWork } from './work.js';

/**
 * HTML stage 2: prune. Remove, and record, the elements named boilerplate by their class,
 * id, role or tag and those shaped like it (share bars, teaser card lists, other posts,
 * hover cards), never the container holding the story's prose (html/prune.ts).
 */
export function prune(doc: PithDocument): void {
  prunePage(doc, htmlWork(doc).document);
}
