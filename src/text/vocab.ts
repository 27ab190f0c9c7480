/**
 * Multilingual vocabulary for flattened scrapes. Words are a supporting signal only:
 * every rule that uses them also checks a structural condition (a short line, a
 * section position, a card shape), and each list carries the common languages of
 * scraped folders (English, German, French, Spanish, Italian, Portuguese, Polish,
 * Dutch, Indonesian, Russian, Chinese, Japanese, Korean, Arabic).
 */
import type { Kind } from '../types.js';
import { Caseless, type CaselessOptions } from '../caseless.js';

/**
 * Any character but a line break: what `.` matches. Under the `iu` flags V8 case-folds the
 * whole of Unicode for each `.{1,40}` when it compiles a pattern (milliseconds per pattern,
 * paid on every run of the CLI); this class, the same set, folds only its four exclusions.
 */
const ANY = '[^\\n\\r\\u2028\\u2029]';

/** Builds a case-insensitive, whole-line pattern from lower-case alternatives (optional trailing punctuation/count). */
function whole(alternatives: string[], options?: CaselessOptions): Caseless {
  const body = alternatives.join('|').replace(/(?<!\\)\.(?=[{*+?])/g, ANY);
  return new Caseless(new RegExp(`^[[(]?\\s*(?:${body})\\s*(?:[:：»›>|…\\-–—]+|\\.{1,3}|\\(\\d+\\)|\\d+)?\\s*[\\])]?\\s*$`, 'u'), options);
}

/**
 * Section headings that open a boilerplate section: the lines after them, up to the
 * next heading, belong to that kind. Matched against whole short lines only.
 */
export const SECTION_HEADINGS: ReadonlyArray<readonly [Kind, Caseless]> = [
  [
    'related',
    whole([
      'related(?: articles?| stories| posts?| news| content| topics| coverage| reading| links| videos)?',
      'more (?:from|in|on|about) .{1,40}',
      'more (?:stories|news|articles|headlines|to read|great .{1,30} stories)',
      'more (?:articles|stories|posts|news) (?:from|by|about|on) .{1,40}',
      '(?:recommended|suggested)(?: for you| stories| articles| reading)?',
      'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)',
      '(?:read|see|watch) (?:more|next|also)',
      'also (?:read|see|on .{1,30})',
      'most (?:popular|read|viewed|shared|commented|recent)(?: stories| articles| now)?(?: (?:in|on|from) .{1,30})?',
      '(?:trending|popular)(?: now| news| stories| articles| today)?',
      '(?:top|latest|recent|editor\'?s?\'?) (?:stories|news|articles|posts|picks|headlines)',
      'latest',
      'next up(?: in .{1,40})?',
      'what to read next',
      'further reading',
      '(?:from )?around the web',
      'don\'?t miss(?: this)?',
      'in case you missed it',
      'more like this',
      // "More:" with its colon announces a box of links; a bare "More" is a share or menu button.
      'more(?=\\s*[:：])',
      'sponsored stories',
      // de
      'mehr (?:zum thema|aus .{1,30}|artikel|nachrichten)',
      'weitere (?:artikel|nachrichten|themen|beiträge)',
      'das könnte sie (?:auch )?interessieren',
      'auch interessant',
      'meistgelesen(?:e)?(?: artikel)?',
      'beliebteste(?: artikel)?',
      'empfohlen(?:e artikel)?',
      'lesen sie (?:auch|mehr)',
      '(?:verwandte|ähnliche) (?:artikel|themen|beiträge)',
      'top-?(?:artikel|themen|nachrichten)',
      'neueste(?: artikel| beiträge)?',
      // fr
      '(?:articles?|contenus?) (?:similaires|liés|associés|recommandés)',
      '(?:à )?lire (?:aussi|également)',
      'sur le même (?:sujet|thème)',
      'les plus (?:lus|populaires|partagés)',
      'vous aimerez (?:aussi|également)',
      'à voir (?:aussi|également)',
      'dans la même rubrique',
      'plus d\'articles',
      // es
      '(?:artículos|noticias|notas) (?:relacionad[oa]s|recomendad[oa]s|similares)',
      '(?:también )?te puede(?:n)? interesar',
      'lo más (?:leído|visto|popular)',
      'más (?:leíd[oa]s|noticias|artículos|de .{1,30})',
      'lee (?:también|más)',
      'relacionad[oa]s?',
      'recomendad[oa]s?',
      // it
      '(?:articoli|notizie) (?:correlat[ie]|simili)',
      '(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti',
      'leggi anche',
      '(?:i )?più (?:letti|lette|visti|popolari)',
      'altri articoli',
      // pt
      '(?:artigos|notícias|posts) relacionad[oa]s',
      '(?:leia|veja) (?:também|mais)',
      'mais (?:lidas|lidos|vistos|populares)',
      'você (?:também )?pode gostar',
      // pl
      '(?:zobacz|czytaj) (?:też|także|również)',
      'najczęściej czytane',
      'polecane(?: artykuły)?',
      '(?:podobne|powiązane) artykuły',
      'więcej z .{1,30}',
      // nl
      'gerelateerde artikelen',
      'lees ook',
      'meest gelezen',
      'aanbevolen',
      // id / ms
      'baca juga',
      '(?:berita|artikel) terkait',
      'terpopuler',
      // ru
      'читайте также',
      'похожие статьи',
      'самое (?:читаемое|популярное)',
      'новости по теме',
      // zh / ja / ko / ar
      '相关(?:文章|新闻|阅读|推荐)',
      '推荐阅读',
      '热门(?:文章|推荐|新闻)',
      '猜你喜欢',
      '延伸阅读',
      '関連記事',
      '人気記事',
      '관련\\s?기사',
      '많이 본 (?:뉴스|기사)',
      '인기\\s?기사',
      'مقالات ذات صلة',
      'اقرأ أيضا',
      'الأكثر قراءة',
      'أخبار ذات صلة',
    ]),
  ],
  [
    'comments',
    whole([
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
    ]),
  ],
  [
    'video',
    whole([
      '(?:more |latest |related |top |featured )?videos?',
      'watch(?: more| now| next| the video)?',
      'video playlist',
      'mehr videos', 'vidéos?', 'voir la vidéo', 'vídeos?', 'ver más videos', 'assista', 'wideo', 'filmy',
      '视频', '動画', '동영상', 'видео', 'فيديو',
    ]),
  ],
  [
    'newsletter',
    whole([
      '(?:.{1,40} )?newsletters?',
      'sign up(?: for .{1,40})?',
      'subscribe to (?:our|the) .{1,40}',
      'get (?:our|the) .{1,40} (?:newsletter|in your inbox)',
      '(?:email|e-mail) (?:alerts|updates)',
      'newsletter abonnieren', 'inscrivez-vous.{0,40}', 'abonnez-vous.{0,40}',
      'suscríbete.{0,40}', 'iscriviti.{0,40}', 'assine.{0,40}', 'zapisz się.{0,40}',
    ]),
  ],
];

/** Lines that are a share bar entry or a share prompt (whole short line). */
export const SHARE_LINE = whole([
  'share(?: this| on| via)?(?: article| story| post| page)?',
  'share(?: this(?: article| story| post| page)?)? (?:on|via|with) \\S+(?: \\S+)?',
  'shares?', 'sharing is caring!?',
  'facebook', 'twitter', 'x', 'e-?mail', 'print', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'flipboard',
  'tumblr', 'telegram', 'messenger', 'pocket', 'mix', 'google\\+', 'copy(?: link)?(?: url)?(?: ?url ?copied!?)?', 'tweet',
  'share to more', 'more(?!\\s*[:：])', 'comment', 'save', 'link kopieren',
  'teilen', 'partager', 'compartir', 'condividi', 'compartilhar', 'udostępnij', 'delen', 'bagikan',
  'поделиться', '分享(?:到)?', '微信', '微博', 'qq空间', '공유', 'مشاركة', 'シェア',
], { tiny: true });

/** Advertisement markers: whole short lines. */
export const AD_LINE = whole([
  'advertisements?', 'advert', 'ad', 'ads', 'sponsored(?: content| links?| by .{1,40})?', 'paid (?:content|post|partner content)',
  'promoted(?: stories| content)?', 'partner content', '(?:story|article) continues below(?: advertisement)?',
  'continue reading below', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade',
  'reklama', 'iklan', 'advertentie', 'реклама', '广告', '広告', '광고', 'إعلان',
], { tiny: true });

/**
 * A promotional call to action opening a short line: an imperative verb of selling
 * or sign-up (the promo blurbs that follow stories).
 */
export const PROMO_START =
  new Caseless(/^(?:try|explore|discover|download|get|install|upgrade|unlock|start|join|shop|buy|order|claim|learn more|find out more|testen|entdecken|jetzt|essayez|découvrez|téléchargez|prueba|descubre|descarga|prova|scopri|scarica|experimente|descubra|baixe|wypróbuj|odkryj|pobierz|попробуйте|скачайте|下载|立即|試す)\b/u);

/** A price: a currency sign or code next to an amount ("$39.99", "19,99 €", "£5", "1 299 zł", "₹599"). */
export const PRICE =
  /(?:[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CHF|Rs\.?|R\$))\s?\d|(?<![\d.,])\d[\d.,]*\s?(?:[$€£¥₹₩₽]|(?:USD|EUR|GBP|CHF|zł|kr|Kč|руб|元|円)(?!\p{L}))/u;

/** Footer and legal lines. */
export const FOOTER_LINE =
  new Caseless(/(?:^|\s)(?:©|\(c\)\s*\d{4}|copyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|direitos reservados|版权所有|無断転載|무단전재|privacy (?:policy|notice|statement)|terms (?:of (?:use|service)|and conditions|& conditions)|cookie (?:policy|settings)|impressum|datenschutz(?:erklärung)?|mentions légales|aviso legal|política de privacidad|informativa(?: sulla)? privacy|polityka prywatności|política de privacidade|contact us|about us|advertise with us|site ?map)(?:\s|$|[.,:;|])/u, { tiny: true });

/** Cookie and consent notices. */
export const COOKIE_LINE =
  new Caseless(/\bcookies?\b.*\b(?:use|accept|consent|agree|settings|policy|experience|browsing)\b|\b(?:accept|reject|manage) (?:all )?cookies\b|\bcookies? (?:verwenden|akzeptieren)|\butilise des cookies|\butiliza(?:mos)? cookies|\butilizza(?:mo)? (?:i )?cookie|\bciasteczk|\bpliki cookies/u);

/** Short inline pointers to other articles inside a story ("Read more: …", "[Related: …]"). */
export const INLINE_POINTER =
  new Caseless(/^[[(]?(?:read (?:more|also|next)|related|see also|also read|more|watch|click here|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también|leggi anche|leia também|czytaj (?:też|także)|baca juga|читайте также|相关阅读|延伸阅读)\s*[:：]/u);

/** Photo credits: agency names and credit words (a credit line ends a caption). */
export const CREDIT_LINE =
  new Caseless(/(?:^|[\s/(|])(?:getty(?: images)?|shutterstock|reuters|afp|associated press|ap photo|epa|dpa|imago|istock(?:photo)?|alamy|bloomberg|photo(?:graph)?(?: by)?|image(?: credit)?|credit|foto|bild|quelle|fuente|crédit|source)\s*[:/|)]|getty images|shutterstock|\/(?:ap|afp|reuters|epa|getty)\b|^\(?(?:image|photo|foto|bild|credit|crédit)\s*:|\|\s*(?:getty|reuters|ap|afp)|^(?:getty(?: images)?|reuters|afp|ap|epa|dpa|shutterstock|alamy|imago|istock(?:photo)?)$|[,/]\s*(?:ap|afp|reuters|epa|dpa|getty images)(?:\s+file)?$|\b(?:submitted|courtesy|file) (?:photo|image)$/u, { tiny: true });

/** A byline: "By Jane Doe", "Von …", "Par …", "Por …", "Di …", "Posted by …". */
export const BYLINE =
  new Caseless(/^(?:(?:(?:written |posted |reported |published )?by|von|par|por|di|door|przez|oleh|автор|作者|著者|글|기자)\s*[:：]?\s+|(?:text|texte|texto|testo|tekst|текст)\s*[:：]\s*)\S/u);

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|maret|mei|juni|agustus|desember';

/** A date, absolute: "Nov. 19, 2019", "19 November 2019", "2019-11-19", "19/11/2019", "2019年11月19日". */
export const DATE = new Caseless(new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+)?\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})\\b|\\d{4}年\\d{1,2}月\\d{1,2}日|\\b\\d{1,2}:\\d{2}\\s*(?:am|pm)?\\s*(?:[a-z]{2,4}t|et|cet|utc|gmt|ist)\\b`,
  'u',
));

/** A relative age, as cards show it: "an hour ago", "vor 2 Stunden", "il y a 3 jours", "2小时前". */
export const RELATIVE_AGE =
  new Caseless(/^(?:(?:about |over |just )?(?:an?|one|\d+)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|d|weeks?|w|months?|years?)\s+ago|just now|yesterday|today|vor (?:einer?|\d+) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)|il y a (?:une?|\d+) (?:secondes?|minutes?|heures?|jours?|semaines?|mois)|hace (?:una?|\d+) (?:segundos?|minutos?|horas?|días?|semanas?|meses?)|(?:una?|\d+) (?:ora|ore|giorno|giorni|minuti|settimane?) fa|há (?:uma?|\d+) (?:horas?|dias?|minutos?|semanas?)|\d+ (?:godz\.?|godzin[ya]?|dni|min\.?|minut) temu|\d+ (?:uur|dagen|minuten) geleden|\d+ (?:jam|hari|menit) (?:yang )?lalu|\d+ (?:час(?:а|ов)?|минут[ы]?|дн(?:я|ей)) назад|\d+\s*(?:小时|分钟|天)前|\d+\s*(?:時間|分|日)前|\d+\s*(?:시간|분|일)\s*전)\.?(?:\s+(?:at|um|à|a las|alle|às|o)\s+\d{1,2}[:.h]\d{2}\s*(?:am|pm)?)?$/u);

/** A comment's header: who wrote it and when, "Alex on September 17, 2018 at 6:34 am said:". */
export const COMMENT_HEADER =
  new Caseless(/\b(?:said|says|wrote|writes|replied|schrieb|schreibt|sagt|a dit|a écrit|dijo|escribió|dice|ha scritto|disse|escreveu|napisał[a]?|schreef|пишет|написал[а]?)\s*:?$/u);

/** A video duration with its carousel furniture: "02:17 - Source: CNN", "11 videos". */
export const VIDEO_DURATION = /(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-–|•]\s*(?:source|quelle|fuente|fonte|źródło)\s*:|$)/iu;
export const VIDEO_COUNT = new Caseless(/(?:^|\s)\d+\s+(?:videos?|vidéos|vídeos|video|filmów|видео|个视频|本の動画|개의 동영상)(?:\s|$)/u);

/** A sign-up pitch opening a line: "Sign up: Stay on top of…", "Subscribe to WIRED and…". */
export const SIGNUP_START =
  new Caseless(/^(?:sign up|subscribe|register|stay (?:up to date|informed|in the know)|keep up to date|join our|get (?:breaking|the latest|our)|need more .{1,30}\? subscribe|no spam|get (?:our|the) (?:\S+ )?newsletter|newsletter|receba|assine|abonnieren sie|melden sie sich|inscrivez-vous|abonnez-vous|suscríbete|regístrate|iscriviti|zapisz się|subskrybuj|подпишитесь)\b/u);

/** A comment form: always the end of the article's page, whatever the heading above it says. */
export const COMMENT_FORM =
  new Caseless(/^(?:(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)|your email address will not be published|required fields are marked|save my name, email|kommentar (?:schreiben|verfassen|hinterlassen|abgeben)|ihre e-mail-adresse wird nicht veröffentlicht|laisser un commentaire|votre adresse (?:e-mail|de messagerie) ne sera pas publiée|deja(?:r)? un comentario|tu dirección de correo electrónico no será publicada|lascia un commento|il tuo indirizzo email non sarà pubblicato|deixe (?:um|seu) comentário|o seu endereço de e-mail não será publicado|dodaj komentarz|twój adres e-mail nie zostanie opublikowany)/u);

/** A tag strip: "Tags: …", "Tagged …", "Schlagwörter: …" (topic links, not story). */
export const TAGS_LINE = new Caseless(/^(?:tags?|tagged(?: with)?|topics|related topics|schlagwörter|stichwörter|themen|mots-clés|étiquettes|etiquetas|temas|argomenti|tag|tagi|tematy|теги|标签|タグ|태그)(?:\s*[:：]|\s+\S|$)/u);

/** "Source: Reuters": a line that attributes the whole story (not a photo credit for the line above). */
export const STORY_SOURCE = new Caseless(/^(?:sources?|quelle|fuente|fonte|źródło|источник|来源|出典|출처)\s*[:：]/u);
