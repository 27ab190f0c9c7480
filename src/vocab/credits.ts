/**
 * Photo credits and captions, and the line that attributes a whole story ("Source: …").
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** Credit and caption labels. */
export const CREDIT = /^©\s*\p{L}[^.]*$|^(photo|photos|image|images|picture|credit|credits|foto|fotos|bild|bilder|quelle|source|crédit|crédits|fuente|fonte|zdjęcie|źródło|фото|источник)\s*(credit)?\s*[:：]|\((image|photo|picture|foto|bild)\s*(credit)?\s*:[^)]*\)\s*$|\bcredit\s*:\s*[^.]*$/iu;

/** A caption's closing credit: "(AP Photo/Jane Doe)", "(NASA via AP, File)", "(Image: Getty)". */
export const CREDIT_TAIL = /\((?:[^()]*\b(photo|photograph|foto|image|file|getty|credit|bild|imago|dpa|reuters|afp|epa|shutterstock)\b[^()]*)\)\s*$/iu;

/** Photo credits: agency names and credit words (a credit line ends a caption). */
export const CREDIT_LINE =
  /(?:^|[\s/(|])(?:getty(?: images)?|shutterstock|reuters|afp|associated press|ap photo|epa|dpa|imago|istock(?:photo)?|alamy|bloomberg|photo(?:graph)?(?: by)?|image(?: credit)?|credit|foto|bild|quelle|fuente|crédit|source)\s*[:/|)]|getty images|shutterstock|\/(?:ap|afp|reuters|epa|getty)\b|^\(?(?:image|photo|foto|bild|credit|crédit)\s*:|\|\s*(?:getty|reuters|ap|afp)|^(?:getty(?: images)?|reuters|afp|ap|epa|dpa|shutterstock|alamy|imago|istock(?:photo)?)$|[,/]\s*(?:ap|afp|reuters|epa|dpa|getty images)(?:\s+file)?$|\b(?:submitted|courtesy|file) (?:photo|image)$/iu;

export const PHOTO_LABEL = /^(?:image|photo|picture|foto|bild|media|video)\s+(?:copyright|©|credit|caption|source)/iu;

/** A caption ends with its photo credit: "(AP Photo/Jeff Roberson)", "(NASA via AP, File)", "Photograph: X/Getty Images". */
export const CAPTION_END =
  /(?:(?:credit|crédit|photo|foto|bild|image)\s*:\s*[^.:]{1,60}|\((?:[^()]{0,60}\b(?:photo|foto|via ap|via reuters|via getty|file)\b[^()]{0,40})\)|(?:photograph|photo|foto|image|bild)(?: by)?\s*[:：]?\s*[^.]{0,60}\/\s*(?:getty(?: images)?|afp|reuters|ap|shutterstock|epa)|\/\s*(?:getty images|shutterstock|afp|ap|reuters|epa)(?:\s+file)?)\s*$/iu;

/** "Source: Reuters": a line that attributes the whole story (not a photo credit for the line above). */
export const STORY_SOURCE = /^(?:sources?|quelle|fuente|fonte|źródło|источник|来源|出典|출처)\s*[:：]/iu;
