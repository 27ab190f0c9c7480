/**
 * Share bars and social networks.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { whole } from './pattern.js';

/** Lines that are a share bar entry or a share prompt (whole short line). */
export const SHARE_LINE = whole([
  'share(?: this| on| via)?(?: article| story| post| page)?',
  'share(?: this(?: article| story| post| page)?)? (?:on|via|with) \\S+(?: \\S+)?',
  'shares?',
  'facebook', 'twitter', 'x', 'e-?mail', 'print', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'flipboard',
  'tumblr', 'telegram', 'messenger', 'pocket', 'mix', 'google\\+', 'copy(?: link)?(?: url)?(?: ?url ?copied!?)?', 'tweet',
  'share to more', 'more(?!\\s*[:：])', 'comment', 'save', 'link kopieren',
  'teilen', 'partager', 'compartir', 'condividi', 'compartilhar', 'udostępnij', 'delen', 'bagikan',
  'поделиться', '分享(?:到)?', '微信', '微博', 'qq空间', '공유', 'مشاركة', 'シェア',
]);

/** Social networks and share targets, as share bars and "follow us" lines name them. */
export const NETWORK = /^(?:facebook|twitter|whatsapp|pinterest|instagram|youtube|linkedin|reddit|tumblr|telegram|messenger|flipboard|tiktok|snapchat|vk|weibo|wechat|line|xing|email|e-mail|sms|print|tweet|pin)$/iu;

