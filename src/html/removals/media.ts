import { CAPTION_SENTENCE_MIN_WORDS } from '../../thresholds.js';
import { HTML_RULES } from '../../rules/html.js';
import { phrases, type PruneRule } from './types.js';

/** A caption written as a full sentence belongs to the story; labels and credits do not. */
function isSentenceCaption(el: Element): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return /[.!?…。！？»"”)]$/u.test(text) && (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= CAPTION_SENTENCE_MIN_WORDS && text.length < HTML_RULES['prune-media'].params.maxSentenceCaptionChars;
}

/**
 * Picture furniture: captions, credits, galleries and slideshows describe images, and the
 * story text never includes them.
 */
export const media: PruneRule = {
  rule: 'prune-media',
  phrases: phrases('caption', 'captions', 'credit', 'credits', 'gallery', 'slideshow', 'lightbox', 'carousel', 'photo credit', 'image credit', 'bildunterschrift', 'legende', 'légende', 'didascalia', 'pie de foto'),
  // A caption box holding paragraphs of prose is a misnamed story container.
  accept: (el) => el.querySelectorAll('p').length <= HTML_RULES['prune-media'].params.maxParagraphs && !(el.tagName === 'FIGCAPTION' && isSentenceCaption(el)),
};
