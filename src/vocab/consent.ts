/**
 * Cookie and consent notices.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** Cookie and consent notices. */
export const COOKIE_LINE =
  /\bcookies?\b.*\b(?:use|accept|consent|agree|settings|policy|experience|browsing)\b|\b(?:accept|reject|manage) (?:all )?cookies\b|\bcookies? (?:verwenden|akzeptieren)|\butilise des cookies|\butiliza(?:mos)? cookies|\butilizza(?:mo)? (?:i )?cookie|\bciasteczk|\bpliki cookies/iu;
