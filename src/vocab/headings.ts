import type { Kind } from '../types.js';
import { COMMENTS_HEADING } from './comments.js';
import { NEWSLETTER_HEADING } from './newsletter.js';
import { RELATED_HEADING } from './related.js';
import { VIDEO_HEADING } from './video.js';

/**
 * Section headings that open a boilerplate section: the lines after them, up to the
 * next heading, belong to that kind. Matched against whole short lines only, in this order.
 */
export const SECTION_HEADINGS: ReadonlyArray<readonly [Kind, RegExp]> = [
  ['related', RELATED_HEADING],
  ['comments', COMMENTS_HEADING],
  ['video', VIDEO_HEADING],
  ['newsletter', NEWSLETTER_HEADING],
];
