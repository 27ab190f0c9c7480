/**
 * Photo credits and captions, and the line that attributes a whole story ("Source: …").
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** Credit and caption labels. */
export const CREDIT = /^©\s*\p{L}[^.]*$|^(photo|photos|image|images|picture|credit|credits|foto|fotos|bild|bilder|quelle|source|crédit|crédits|fuente|fonte|zdjęcie|źródło|фото|источник)\s*(credit)?\s*[:：]|\((image|photo|picture|foto|bild)\s*(credit)?\s*:[^)]*\)\s*$|\bcredit\s*:\s*[^.]*$/iu;

/** A caption's closing credit: "(AP Photo/Jane Doe)", "(NASA via AP, File)", "(Image: Jane Doe)". */
export const CREDIT_TAIL = /\((?:[^()]*\b(photo|photograph|foto|image|file|credit|bild)\b[^()]*)\)\s*$/iu;

/** Photo credits by their words in several languages (a credit line ends a caption); agencies are not named, CREDIT_CHAIN finds them by shape. */
export const CREDIT_LINE =
  /(?:^|[\s/(|])(?:photo(?:graph)?(?: by)?|image(?: credit)?|credit|foto|bild|quelle|fuente|crédit|source)\s*[:/|)]|^\(?(?:image|photo|foto|bild|credit|crédit)\s*:|\b(?:submitted|courtesy|file) (?:photo|image)$/iu;

export const PHOTO_LABEL = /^(?:image|photo|picture|foto|bild|media|video)\s+(?:copyright|©|credit|caption|source)/iu;

/** A caption ends with its photo credit: "(AP Photo/Jeff Roberson)", "(NASA via AP, File)", "Photograph: X/Getty Images". */
export const CAPTION_END =
  /(?:(?:credit|crédit|photo|foto|bild|image)\s*:\s*[^.:]{1,60}|\((?:[^()]{0,60}\b(?:photo|foto|file)\b[^()]{0,40})\)|(?:photograph|photo|foto|image|bild)(?: by)?\s*[:：]?\s*[^.]{0,60}\/\s*[^./\s][^./]{0,30})\s*$/iu;

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
