/**
 * A case-insensitive pattern for a whole short line made of one of the alternatives, with
 * the brackets, trailing punctuation or count pages put around such labels ("Related:",
 * "[Advertisement]", "Comments (12)", "More »").
 */
export function whole(alternatives: string[]): RegExp {
  return new RegExp(`^[[(]?\\s*(?:${alternatives.join('|')})\\s*(?:[:：»›>|…\\-–—]+|\\.{1,3}|\\(\\d+\\)|\\d+)?\\s*[\\])]?\\s*$`, 'iu');
}
