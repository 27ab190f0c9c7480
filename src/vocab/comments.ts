/**
 * Comment threads: headings, comment headers and comment forms.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { whole } from './pattern.js';

/** A comment's header: who wrote it and when, "Alex on September 17, 2018 at 6:34 am said:". */
export const COMMENT_HEADER =
  /\b(?:said|says|wrote|writes|replied|schrieb|schreibt|sagt|a dit|a écrit|dijo|escribió|dice|ha scritto|disse|escreveu|napisał[a]?|schreef|пишет|написал[а]?)\s*:?$/iu;

/** A comment form: always the end of the article's page, whatever the heading above it says. */
export const COMMENT_FORM =
  /^(?:(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)|your email address will not be published|required fields are marked|save my name, email|kommentar (?:schreiben|verfassen|hinterlassen|abgeben)|ihre e-mail-adresse wird nicht veröffentlicht|laisser un commentaire|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|deja(?:r)? un comentario|tu dirección de correo electrónico no será publicada|lascia un commento|il tuo indirizzo email non sarà pubblicato|deixe (?:um|seu) comentário|o seu endereço de e-mail não será publicado|dodaj komentarz|twój adres e-mail nie zostanie opublikowany)/iu;

/** A heading that opens the comments (whole short line). */
export const COMMENTS_HEADING = whole([
  '(?:\\d+ )?(?:top rated |latest |newest |all |reader |user |recent )?(?:comments?|responses?|replies)',
  '(?:leave|post|add|write) a (?:comment|reply|response)',
  '(?:join|view|start) the (?:discussion|conversation)(?: thread)?',
  '(?:show|view|load|read) (?:all )?(?:\\d+ )?comments',
  'no comments(?: yet)?(?:\\.{1,3}|…)?(?: .{1,40})?',
  'comments? (?:are )?closed',
  'reader comments',
  'discussion',
  'kommentare?', 'kommentar (?:schreiben|verfassen)', 'diskussion',
  'commentaires?', 'laisser un commentaire', 'réagir',
  'comentarios?', 'deja(?:r)? un comentario',
  'commenti', 'lascia un commento',
  'comentários', 'deixe (?:um|seu) comentário', 'comente!?',
  'komentarze', 'dodaj komentarz',
  'reacties', 'komentar',
  'комментарии',
  '评论', '发表评论', '网友评论', 'コメント', '댓글', 'التعليقات',
]);
