/**
 * Video carousels flattened into text: a string of clip titles, each followed by its
 * running time ("02:17 - Source: CNN"), often with a clip count ("11 videos"). A single
 * duration stamp is also how a lone video player shows up in a scrape.
 */
import { TEXT_RULES } from '../rules/index.js';
import { VIDEO_COUNT, VIDEO_DURATION } from '../vocab/video.js';

const DURATIONS = new RegExp(VIDEO_DURATION.source, 'giu');

export function isVideoLine(text: string): boolean {
  const durations = text.match(DURATIONS)?.length ?? 0;
  if (durations >= TEXT_RULES['text-video-signature'].params.minDurations) return true;
  if (durations === 1 && VIDEO_COUNT.test(text)) return true;
  // A bare player stamp: "02:17" or "Video 02:17" with little else.
  return durations === 1 && text.length <= TEXT_RULES['text-video-signature'].params.maxStampChars;
}

/** The text of a carousel line before its first clip's running time (the clip's blurb). */
export function beforeFirstDuration(text: string): string {
  const m = VIDEO_DURATION.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}
