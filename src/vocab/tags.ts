/**
 * Tag and keyword lines: "Tags: a, b, c".
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** Words that label a strip of topic tags, in several languages. */
const TAG_WORDS = [
  'tags?', 'tagged(?: with)?', 'keywords', 'topics', 'related topics', 'schlagw(?:örter|orte)', 'stichwörter', 'themen', 'étiquettes',
  'mots-clés', 'etiquetas', 'temas', 'argomenti', 'tagi', 'tematy', 'теги', '标签', 'タグ', '태그',
].join('|');

/** A line that opens with a tag label: "Tags: a, b, c" (HTML, which also checks the list's shape). */
export const TAGS_LABEL = new RegExp(`^(?:${TAG_WORDS})(?![\\p{L}\\p{N}])\\s*[:：]?`, 'iu');

/** A tag strip: "Tags: …", "Tagged …", "Schlagwörter: …" (text: topic links, not story). */
export const TAGS_LINE = new RegExp(`^(?:${TAG_WORDS})(?:\\s*[:：]|\\s+\\S|$)`, 'iu');
