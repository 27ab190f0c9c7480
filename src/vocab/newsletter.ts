/**
 * Calls to subscribe, follow or sign up, and newsletter boxes.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { whole } from './pattern.js';

/** Calls to follow, subscribe or sign up, and the like, at a story's end. */
export const PROMO = /\b(subscribe|newsletter|sign up|follow (us|him|her|them|me)|join (us|our)|download (the|our) app|abonnieren|folgen sie|abonnez|suivez|suscríbete|síguenos|iscriviti|seguici|subskrybuj|obserwuj|volg ons|подпис)/iu;

/** A sign-up pitch opening a line: "Sign up: Stay on top of…", "Subscribe to WIRED and…". */
export const SIGNUP_START =
  /^(?:sign up|subscribe|register|stay (?:up to date|informed|in the know)|keep up to date|join our|get (?:breaking|the latest|our)|no spam|get (?:our|the) (?:\S+ )?newsletter|newsletter|receba|assine|abonnieren sie|melden sie sich|inscrivez-vous|abonnez-vous|suscríbete|regístrate|iscriviti|zapisz się|subskrybuj|подпишитесь)\b/iu;

/** A heading that opens a newsletter box (whole short line). */
export const NEWSLETTER_HEADING = whole([
  '(?:.{1,40} )?newsletters?',
  'sign up(?: for .{1,40})?',
  'subscribe to (?:our|the) .{1,40}',
  'get (?:our|the) .{1,40} (?:newsletter|in your inbox)',
  '(?:email|e-mail) (?:alerts|updates)',
  'newsletter abonnieren', 'inscrivez-vous.{0,40}', 'abonnez-vous.{0,40}',
  'suscríbete.{0,40}', 'iscriviti.{0,40}', 'assine.{0,40}', 'zapisz się.{0,40}',
]);
