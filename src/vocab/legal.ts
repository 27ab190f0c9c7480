/**
 * Copyright, legal and contact lines: what a page's footer says.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
export const COPYRIGHT = /©|\(c\)\s*\d{4}|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\btutti i diritti riservati\b|\bwszelkie prawa zastrzeżone\b|\bsubject to copyright\b/iu;

// The lookbehind starts an address only where its run of name characters starts; without
// it a long run with no @ is rescanned from every position (quadratic).
export const CONTACT = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|(^|\s)@\w{2,}/u;

/** Footer and legal lines. */
export const FOOTER_LINE =
  /(?:^|\s)(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|direitos reservados|版权所有|無断転載|무단전재|privacy (?:policy|notice|statement)|terms (?:of (?:use|service)|and conditions|& conditions)|cookie (?:policy|settings)|impressum|datenschutz(?:erklärung)?|mentions légales|aviso legal|política de privacidad|informativa(?: sulla)? privacy|polityka prywatności|política de privacidade|contact us|about us|advertise with us|site ?map)(?:\s|$|[.,:;|])/iu;
