/**
 * Tag and keyword lines: "Tags: a, b, c".
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** A tag or keyword list line: "Tags: a, b, c". */
export const TAGS_LABEL = /^(tags|tagged|tagged with|keywords|topics|schlagwörter|schlagworte|themen|étiquettes|mots-clés|etiquetas|temas|tag|argomenti|tagi|tematy)\b\s*[:：]?/iu;

/** A tag strip: "Tags: …", "Tagged …", "Schlagwörter: …" (topic links, not story). */
export const TAGS_LINE = /^(?:tags?|tagged(?: with)?|topics|related topics|schlagwörter|stichwörter|themen|mots-clés|étiquettes|etiquetas|temas|argomenti|tag|tagi|tematy|теги|标签|タグ|태그)(?:\s*[:：]|\s+\S|$)/iu;
