/**
 * Pointers to other stories: "Read more:" labels and related-section headings.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
import { whole } from './pattern.js';

/** Labels that introduce a link to another story inside the text: "Read more:", "Lesen Sie auch:". */
export const TEASER_LABEL = /^(read more|read also|also read|more|related|see more|see also|watch|listen|don'?t miss|recommended|further reading|more on this|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|lee también|leer más|ver también|te puede interesar|leggi anche|vedi anche|czytaj też|czytaj także|zobacz też|zobacz także|lees ook|leia também|veja também|читайте также)\b/iu;

/** Short inline pointers to other articles inside a story ("Read more: …", "[Related: …]"). */
export const INLINE_POINTER =
  /^[[(]?(?:read (?:more|also|next)|related|see also|also read|more|watch|click here|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también|leggi anche|leia também|czytaj (?:też|także)|baca juga|читайте также|相关阅读|延伸阅读)\s*[:：]/iu;

/** A heading that opens a section of links to other stories (whole short line). */
export const RELATED_HEADING = whole([
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
]);
