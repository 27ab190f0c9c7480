import { CAPTION_SENTENCE_MIN_WORDS } from '../../thresholds.js';
import { phrases, type PruneRule } from './types.js';

/** A caption written as a full sentence belongs to the story; labels and credits do not. */
function isSentenceCaption(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return /[.!?…。！？»"”)]$/u.test(text) && (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= CAPTION_SENTENCE_MIN_WORDS && text.length < 600;
}

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
  accept: (el) => el.querySelectorAll('p').length <= 2 && !(el.tagName === 'FIGCAPTION' && isSentenceCaption(el)),
};
