/**
 * Words that support a structural signal, in several languages. None of them removes a
 * block on its own: each rule that uses one also requires a shape (short, trailing,
 * link-heavy, no sentence).
 */
import { Caseless } from '../caseless.js';

// BYLINE_START keeps the i flag: under it \p{Lu} matches any cased letter, which lower-casing would change.
export const BYLINE_START = /^(by|von|par|por|di|door|przez|av|af|от|автор|written by|words by|reporting by)\s+\p{Lu}/iu;
export const DATE_WORD = new Caseless(/\b(updated|published|posted|modified|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|aggiornato|pubblicato|opublikowano|zaktualizowano|gepubliceerd|bijgewerkt|обновлено|опубликовано)\b/u);
export const MONTH = new Caseless(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|mars|avr|mai|juin|juil|août|déc|enero|feb|marzo|abril|mayo|junio|julio|agosto|sept|octubre|noviembre|diciembre|genn|febbr|magg|giugno|luglio|ag|sett|ott|dic|stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud)[\p{L}]*\.?\s+(de\s+)?\d{4}/u);
export const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b/;
export const RELATIVE_AGE = new Caseless(/\b\d+\s*(min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\b(vor|il y a|hace|fa)\s+\d+\s*\p{L}+/u);
/** Labels that introduce a link to another story inside the text: "Read more:", "Lesen Sie auch:". */
export const TEASER_LABEL = new Caseless(/^(read more|read also|also read|more|related|see more|see also|watch|listen|don'?t miss|recommended|further reading|more on this|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|lee también|leer más|ver también|te puede interesar|leggi anche|vedi anche|czytaj też|czytaj także|zobacz też|zobacz także|lees ook|leia também|veja também|читайте также)\b/u);
/** Labels that mark an advertisement slot or an interruption of the story by one. */
export const AD_LABEL = new Caseless(/^(advertisement|advertising|advert|ad|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|continue reading below|story continues below|article continues below|scroll to continue)\b/u, { tiny: true });
/** Calls to follow, subscribe or sign up, and the like, at a story's end. */
export const PROMO = new Caseless(/\b(subscribe|newsletter|sign up|follow (us|him|her|them|me)|join (us|our)|download (the|our) app|abonnieren|folgen sie|abonnez|suivez|suscríbete|síguenos|iscriviti|seguici|subskrybuj|obserwuj|volg ons|подпис)/u);
export const COPYRIGHT = new Caseless(/©|\(c\)\s*\d{4}|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\bwszelkie prawa zastrzeżone\b|\bsubject to copyright\b/u, { tiny: true });
// The lookbehind starts an address only where its run of name characters starts; without
// it a long run with no @ is rescanned from every position (quadratic).
export const CONTACT = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(^|\s)@\w{2,}/u;
/** A tag or keyword list line: "Tags: a, b, c". */
export const TAGS_LABEL = new Caseless(/^(tags|tagged|tagged with|keywords|topics|schlagwörter|schlagworte|themen|étiquettes|mots-clés|etiquetas|temas|tag|argomenti|tagi|tematy)\b\s*[:：]?/u);
/** A caption's closing credit: "(AP Photo/Jane Doe)", "(NASA via AP, File)", "(Image: Getty)". */
export const CREDIT_TAIL = new Caseless(/\((?:[^()]*\b(photo|photograph|foto|image|file|getty|credit|bild|imago|dpa|reuters|afp|epa|shutterstock)\b[^()]*)\)\s*$/u);
