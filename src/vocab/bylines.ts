/**
 * Bylines ("By Jane Doe", "Von …", "Par …") and about-the-author boxes.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
// Under the i flag \p{Lu} matches any cased letter: a name after "by" in whatever case.
export const BYLINE_START = /^(by|von|par|por|di|door|przez|av|af|от|автор|written by|words by|reporting by)\s+\p{Lu}/iu;

/** A byline: "By Jane Doe", "Von …", "Par …", "Por …", "Di …", "Posted by …". */
export const BYLINE =
  /^(?:(?:(?:written |posted |reported |published )?by|von|par|por|di|door|przez|oleh|автор|作者|著者|글|기자)\s*[:：]?\s+|(?:text|texte|texto|testo|tekst|текст)\s*[:：]\s*)\S/iu;

/** "About Moritz Bachmann", "Über …", "À propos de …": the heading of an author or company box. */
export const ABOUT_HEADING = /^(?:about|über|à propos(?: de)?|acerca de|sobre|informazioni su|o autorze|over)\s+(?:the author|[^.!?]{1,60})$/iu;
