/**
 * Advertisement labels, promotional calls and prices.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { whole } from './pattern.js';

/** Words that label an advertisement slot, or the story's interruption by one, in several languages. */
const AD_WORDS = [
  'advertisements?', 'advertising', 'advert', 'ads?', 'sponsored(?: content| links?| by .{1,40})?', 'paid (?:content|post|partner content)',
  'promoted(?: stories| content)?', 'partner content', '(?:story|article) continues below(?: advertisement)?',
  'continue reading below', 'scroll to continue', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade',
  'reklama', 'iklan', 'advertentie', 'реклама', '广告', '広告', '광고', 'إعلان',
];

/** A line that opens with an ad label: "Advertisement - story continues below" (HTML). */
export const AD_LABEL = new RegExp(`^(?:${AD_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** A whole short line that is an ad label (text). */
export const AD_LINE = whole(AD_WORDS);

/**
 * A promotional call to action opening a short line: an imperative verb of selling
 * or sign-up (the promo blurbs that follow stories).
 */
export const PROMO_START =
  /^(?:try|explore|discover|download|get|install|upgrade|unlock|start|join|shop|buy|order|claim|learn more|find out more|testen|entdecken|jetzt|essayez|découvrez|téléchargez|prueba|descubre|descarga|prova|scopri|scarica|experimente|descubra|baixe|wypróbuj|odkryj|pobierz|попробуйте|скачайте|下载|立即|試す)\b/iu;

/** A price: a currency sign or code next to an amount ("$39.99", "19,99 €", "£5", "1 299 zł", "₹599"). */
export const PRICE =
  /(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|Rs\.?|R\$))\s?\d|(?<![\d.,])\d[\d.,]*\s?(?:[$€£¥₹₩₽]|(?:USD|EUR|GBP|CHF|zł|kr|Kč|руб|元|円)(?!\p{L}))/u;
