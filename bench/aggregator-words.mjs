// The page chrome of the aggregator set (bench/aggregator.mjs) in several languages: what
// aggregator and portal pages print around a story. Bench data only, never used by pith.
const en = {
  lang: 'en',
  menu: ['Home', 'News', 'World', 'Business', 'Sport', 'Entertainment', 'Lifestyle', 'Tech', 'Opinion'],
  byline: 'By Staff Reporter',
  age: (n) => (n === 1 ? 'an hour ago' : `${n} hours ago`),
  ad: 'Advertisement',
  readMore: 'READ MORE',
  promo: 'Get the AI-powered summary of every story in our app. Try it free for 30 days.',
  comments: ['0 Comments', 'Comments (0)', 'Be the first to comment', 'Join the conversation'],
  related: 'Recommended for you',
  footer: ['About us', 'Contact', 'Privacy Policy', '© 2026 All rights reserved'],
};
export const CHROME = {
  en,
  de: {
    lang: 'de',
    menu: ['Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur', 'Wissen', 'Panorama', 'Meinung'],
    byline: 'Von unserer Redaktion',
    age: (n) => `vor ${n} ${n === 1 ? 'Stunde' : 'Stunden'}`,
    ad: 'Anzeige',
    readMore: 'LESEN SIE AUCH',
    promo: 'Alle Nachrichten kompakt in unserer App – jetzt 30 Tage kostenlos testen.',
    comments: ['0 Kommentare', 'Kommentare (0)', 'Jetzt kommentieren'],
    related: 'Das könnte Sie auch interessieren',
    footer: ['Impressum', 'Datenschutz', 'Kontakt', '© 2026 Alle Rechte vorbehalten'],
  },
  fr: {
    lang: 'fr',
    menu: ['Accueil', 'Actualités', 'Monde', 'Économie', 'Sport', 'Culture', 'Sciences', 'Opinions'],
    byline: 'Par la rédaction',
    age: (n) => `il y a ${n} heure${n === 1 ? '' : 's'}`,
    ad: 'Publicité',
    readMore: 'À LIRE AUSSI',
    promo: "Recevez l'essentiel de l'actualité dans notre application, gratuite pendant 30 jours.",
    comments: ['0 commentaire', 'Commentaires (0)', 'Réagissez'],
    related: 'Nos recommandations',
    footer: ['Mentions légales', 'Confidentialité', 'Contact', '© 2026 Tous droits réservés'],
  },
  es: {
    lang: 'es',
    menu: ['Portada', 'Noticias', 'Internacional', 'Economía', 'Deportes', 'Cultura', 'Tecnología', 'Opinión'],
    byline: 'Por Redacción',
    age: (n) => `hace ${n} hora${n === 1 ? '' : 's'}`,
    ad: 'Publicidad',
    readMore: 'LEE TAMBIÉN',
    promo: 'Resúmenes de cada noticia en nuestra aplicación: pruébala gratis durante 30 días.',
    comments: ['0 comentarios', 'Comentarios (0)', 'Comenta'],
    related: 'Te puede interesar',
    footer: ['Aviso legal', 'Privacidad', 'Contacto', '© 2026 Todos los derechos reservados'],
  },
  it: {
    lang: 'it',
    menu: ['Home', 'Cronaca', 'Politica', 'Economia', 'Sport', 'Cultura', 'Spettacoli', 'Tecnologia'],
    byline: 'Di Redazione',
    age: (n) => `${n} or${n === 1 ? 'a' : 'e'} fa`,
    ad: 'Pubblicità',
    readMore: 'LEGGI ANCHE',
    promo: "Le notizie in breve nella nostra app: provala gratis per 30 giorni.",
    comments: ['0 commenti', 'Commenti (0)', 'Commenta'],
    related: 'Potrebbe interessarti',
    footer: ['Chi siamo', 'Privacy', 'Contatti', '© 2026 Tutti i diritti riservati'],
  },
  ru: {
    lang: 'ru',
    menu: ['Главная', 'Новости', 'Политика', 'Экономика', 'Спорт', 'Культура', 'Наука', 'Мнения'],
    byline: 'Редакция',
    age: (n) => `${n} ч. назад`,
    ad: 'Реклама',
    readMore: 'ЧИТАЙТЕ ТАКЖЕ',
    promo: 'Все главные новости в нашем приложении — 30 дней бесплатно.',
    comments: ['0 комментариев', 'Комментарии (0)', 'Оставить комментарий'],
    related: 'Рекомендуем',
    footer: ['О нас', 'Контакты', 'Политика конфиденциальности', '© 2026 Все права защищены'],
  },
  ja: {
    lang: 'ja',
    menu: ['トップ', 'ニュース', '国際', '経済', 'スポーツ', 'エンタメ', 'IT', 'ライフ'],
    byline: '編集部',
    age: (n) => `${n}時間前`,
    ad: '広告',
    readMore: '関連記事',
    promo: 'アプリならすべてのニュースを要約でお届け。30日間無料でお試しください。',
    comments: ['コメント0件', 'コメント(0)', 'コメントする'],
    related: 'おすすめ記事',
    footer: ['会社概要', 'お問い合わせ', 'プライバシーポリシー', '© 2026 All rights reserved'],
  },
};

/** Source lines of the cards, from many countries. */
export const SOURCES = ['Daily Mail', 'Reuters', 'The Guardian', 'Bloomberg', 'Le Monde', 'Der Spiegel', 'El País', 'Corriere della Sera', 'NHK', 'RIA Novosti', 'Associated Press', 'BBC News', 'Die Zeit', 'Le Figaro', 'CNN', 'Asahi Shimbun'];

/** A crude guess of a body's language, enough to dress a page in the same language. */
export function languageOf(text) {
  if (/[\u3040-\u30ff]/u.test(text)) return 'ja';
  if ((text.match(/\p{Script=Cyrillic}/gu) ?? []).length > text.length / 4) return 'ru';
  const t = ` ${text.toLowerCase()} `;
  const hits = (list) => list.reduce((s, w) => s + t.split(` ${w} `).length - 1, 0);
  const scores = { de: hits(['und', 'der', 'die', 'nicht']), fr: hits(['et', 'les', 'des', 'est']), es: hits(['y', 'los', 'las', 'que']), it: hits(['il', 'che', 'della', 'non']), en: hits(['the', 'and', 'of', 'to']) };
  return Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0];
}
