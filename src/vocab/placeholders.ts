/**
 * Placeholders a page shows when its script does not run.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** Placeholders a page shows when its script does not run. */
export const SCRIPT_PLACEHOLDER = /\b(requires javascript|enable javascript|javascript (is )?(disabled|required)|loading content|loading\s*\.\.\.|wird geladen|chargement en cours|cargando)\b/iu;
