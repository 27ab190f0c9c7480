/**
 * Advertisement labels, promotional calls and prices.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { whole } from './pattern.js';

/** Labels that mark an advertisement slot or an interruption of the story by one. */
export const AD_LABEL = /^(advertisement|advertising|advert|ad|sponsored|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|continue reading below|story continues below|article continues below|scroll to continue)\b/iu;

/** Advertisement markers: whole short lines. */
export const AD_LINE = whole([
  'advertisements?', 'advert', 'ad', 'ads', 'sponsored(?: content| links?| by .{1,40})?', 'paid (?:content|post|partner content)',
  'promoted(?: stories| content)?', 'partner content', '(?:story|article) continues below(?: advertisement)?',
  'continue reading below', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade',
  'reklama', 'iklan', 'advertentie', 'реклама', '广告', '広告', '광고', 'إعلان',
]);

/**
 * A promotional call to action opening a short line: an imperative verb of selling
 * or sign-up (the promo blurbs that follow stories).
 */
export const PROMO_START =
  /^(?:try|explore|discover|download|get|install|upgrade|unlock|start|join|shop|buy|order|claim|learn more|find out more|testen|entdecken|jetzt|essayez|découvrez|téléchargez|prueba|descubre|descarga|prova|scopri|scarica|experimente|descubra|baixe|wypróbuj|odkryj|pobierz|попробуйте|скачайте|下载|立即|試す)\b/iu;

/** A price: a currency sign or code next to an amount ("$39.99", "19,99 €", "£5", "1 299 zł", "₹599"). */
export const PRICE =
  /(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|Rs\.?|R\$))\s?\d|(?<![\d.,])\d[\d.,]*\s?(?:[$€£¥₹₩₽]|(?:USD|EUR|GBP|CHF|zł|kr|Kč|руб|元|円)(?!\p{L}))/u;
