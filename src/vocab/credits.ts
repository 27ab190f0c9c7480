/**
 * Photo credits and captions, and the line that attributes a whole story ("Source: …").
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { VIDEO_WORD } from './video.js';

/** Words that name a picture, in several languages. */
const PICTURE = String.raw`(?:photo(?:graph)?|image|picture|foto|bild|zdjęcie|фото)`;
/** Words that credit one. */
const CREDIT_WORD = String.raw`(?:credits?|crédits?)`;
/** Words that name a source. */
const SOURCE = String.raw`(?:source|quelle|fuente|fonte|źródło|источник)`;
/** Word edges that hold for any script (\b knows only ASCII letters). */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** A caption's closing credit: "(AP Photo/Jane Doe)", "(NASA via AP, File)", "(Image: Jane Doe)" (HTML). */
export const CREDIT_TAIL = new RegExp(String.raw`\([^()]*${START}(?:${PICTURE}|file|${CREDIT_WORD})${END}[^()]*\)\s*$`, 'iu');

/** A photo credit line by its words (text; a credit line ends a caption); agencies are not named, CREDIT_CHAIN finds them by shape. */
export const CREDIT_LINE = new RegExp(
  String.raw`(?:^|[\s/(|])(?:${PICTURE}(?: by)?|image credit|${CREDIT_WORD}|${SOURCE})\s*[:/|)]|^\(?(?:${PICTURE}|${CREDIT_WORD})\s*:|${START}(?:submitted|courtesy|file) ${PICTURE}$`,
  'iu',
);

/** A photo's or a clip's caption label, glued to it by the flattening: "Image copyright Jane Doe", "Photo captionThe defendant…", "Video caption…" (text). */
export const MEDIA_LABEL = new RegExp(String.raw`^(?:${PICTURE}|${VIDEO_WORD})\s+(?:copyright|©|${CREDIT_WORD}|caption|${SOURCE})`, 'iu');

/** A caption ends with its photo credit: "(AP Photo/Jeff Roberson)", "(NASA via AP, File)", "Photograph: X/Getty Images" (text). */
export const CAPTION_END = new RegExp(
  String.raw`(?:(?:${CREDIT_WORD}|${PICTURE})\s*:\s*[^.:]{1,60}|\([^()]{0,60}${START}(?:${PICTURE}|file)${END}[^()]{0,40}\)|${PICTURE}(?: by)?\s*[:：]?\s*[^.]{0,60}\/\s*[^./\s][^./]{0,30})\s*$`,
  'iu',
);

const NAME = String.raw`\p{Lu}(?:\p{Ll}+|\.)(?:\s\p{Lu}[\p{L}'’.-]*){1,3}`;
const PART = String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s\p{Lu}[\p{L}'’.&-]*){0,3}`;
/**
 * A line ending in a credit by its shape, whoever the agency: a person's name (two to four
 * capitalised words), then one to three capitalised names each after a slash or bar
 * ("Jeff Roberson/AP", "Sanjeev Verma/Hindustan Times/Getty Images", "Natalie Naccache |
 * Bloomberg | Getty Images", "J. Scott Applewhite / AP file"), alone on its line or right
 * after the caption's last sentence. Case-sensitive: the capitals are the signal.
 */
export const CREDIT_CHAIN = new RegExp(String.raw`(?:^|[.!?”"')]\s?)${NAME}(?:\s?[/|]\s?${PART}){1,3}(?<!\.)(?:,?\s(?:file|File|FILE))?\)?$`, 'u');

/** "Source: Reuters": a line that attributes the whole story (not a photo credit for the line above). */
export const STORY_SOURCE = /^(?:sources?|quelle|fuente|fonte|źródło|источник|来源|出典|출처)\s*[:：]/iu;
