import { phrases, type PruneRule } from './types.js';

/**
 * Picture furniture: captions, credits, galleries and slideshows describe images, and the
 * story text never includes them.
 */
export const media: PruneRule = {
  kind: 'other',
  rule: 'prune-media',
  reason: 'Image caption, credit, gallery or slideshow (class or id naming one): describes pictures, not the story',
  phrases: phrases('caption', 'captions', 'credit', 'credits', 'gallery', 'slideshow', 'lightbox', 'carousel', 'photo credit', 'image credit', 'bildunterschrift', 'legende', 'légende', 'didascalia', 'pie de foto'),
  // A caption box holding paragraphs of prose is a misnamed story container.
  accept: (el) => el.querySelectorAll('p').length <= 2,
};
