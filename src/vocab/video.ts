/**
 * Video players and carousels: running times, clip counts, headings.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { whole } from './pattern.js';

/** The word "video" that labels a clip (as PICTURE in credits.ts labels a photo), in several languages. */
export const VIDEO_WORD = String.raw`(?:video|vidéo|vídeo|wideo|видео)`;

/** A video duration with its carousel furniture: "02:17 - Source: CNN", "11 videos". */
export const VIDEO_DURATION = /(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-–|•]\s*(?:source|quelle|fuente|fonte|źródło)\s*:|$)/iu;

export const VIDEO_COUNT = /(?:^|\s)\d+\s+(?:videos?|vidéos|vídeos|video|filmów|видео|个视频|本の動画|개의 동영상)(?:\s|$)/iu;

/** A heading that opens a video carousel (whole short line). */
export const VIDEO_HEADING = whole([
  '(?:more |latest |related |top |featured )?videos?',
  'watch(?: more| now| next| the video)?',
  'video playlist',
  'mehr videos', 'vidéos?', 'voir la vidéo', 'vídeos?', 'ver más videos', 'assista', 'wideo', 'filmy',
  '视频', '動画', '동영상', 'видео', 'فيديو',
]);
