/**
 * The language stage (src/stages/language.ts): `lang` of the main text in every sidecar, with
 * where it came from. Told by script, then stopwords, then letter trigrams; a declaration is
 * checked against the text, and overruled only when the text plainly is in another language.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { validateSidecar } from './schema.js';

const GERMAN = [
  'Die Stadtbibliothek öffnet ab März auch sonntags. Zwischen 11 und 17 Uhr können Leserinnen und Leser dann Bücher ausleihen, in den Lesesälen arbeiten und die neuen Gruppenräume im zweiten Stock nutzen.',
  'Der Stadtrat hatte die Verlängerung im Dezember beschlossen, nachdem eine Umfrage gezeigt hatte, dass vor allem Studierende und Familien mit kleinen Kindern am Wochenende nicht in die Bibliothek kommen konnten.',
  'Für die zusätzlichen Stunden werden zwei neue Stellen geschaffen. Die Kosten von rund 90.000 Euro im Jahr trägt die Stadt, ein Teil soll über Spenden des Fördervereins gedeckt werden, der seit Jahren für längere Öffnungszeiten wirbt.',
];
const FRENCH = [
  'Le marché couvert du centre-ville a rouvert ses portes samedi matin après dix-huit mois de travaux. Les habitants étaient nombreux à venir découvrir les nouveaux étals, la charpente restaurée et la grande verrière.',
  'La municipalité a investi près de quatre millions d’euros dans la rénovation, qui devait à l’origine durer un an. Des retards dans la livraison des matériaux et la découverte de fondations anciennes ont prolongé le chantier.',
  'Les commerçants, installés pendant les travaux sous des tentes sur la place voisine, se disent soulagés de retrouver un lieu abrité pour l’hiver et espèrent que la clientèle sera au rendez-vous dans les prochains mois.',
];
const CHINESE = [
  '市交通局昨天宣布，从四月一日起，老城区将新增三条夜间公交线路，运营时间延长至凌晨一点，主要服务于在医院、餐饮和物流行业上夜班的市民。',
  '交通局负责人表示，新线路是根据去年的出行调查设计的，调查显示老城区夜间出行需求增长明显，而现有线路大多在晚上十点以后停止运营。',
  '新线路票价与日间线路相同，乘客可以使用交通卡和手机支付。交通局还将根据运营情况，在年底前评估是否进一步增加班次。',
];
const JAPANESE = [
  '市の交通局は昨日、四月一日から旧市街に三つの夜間バス路線を新設すると発表しました。運行時間は午前一時まで延長され、主に病院や飲食店、物流の仕事で夜勤をする市民の利用を見込んでいます。',
  '交通局の担当者によると、新しい路線は昨年の移動調査をもとに計画されたもので、旧市街では夜間の移動の需要が大きく増えている一方、既存の路線の多くは午後十時以降に運行を終えているということです。',
];
const KOREAN = [
  '시 교통국은 어제 4월 1일부터 구도심에 심야 버스 노선 세 개를 새로 운행한다고 발표했다. 운행 시간은 새벽 1시까지 연장되며, 주로 병원과 음식점, 물류 업계에서 야간 근무를 하는 시민들을 위한 것이다.',
  '교통국 관계자는 새 노선이 지난해 이동 조사를 바탕으로 설계되었으며, 구도심의 야간 이동 수요가 크게 늘어난 반면 기존 노선 대부분은 밤 10시 이후 운행을 마친다고 설명했다.',
];

const html = (lang: string | null, title: string, paragraphs: readonly string[]) =>
  `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const text = (title: string, paragraphs: readonly string[]) => [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

async function sidecarOf(input: string, path: string) {
  const result = await clean(input, { path });
  validateSidecar(result.sidecar);
  return result.sidecar;
}

describe('language', () => {
  it('detects German in a text scrape, which declares nothing', async () => {
    const sc = await sidecarOf(text('Stadtbibliothek verlängert Öffnungszeiten', GERMAN), 'page.txt');
    expect([sc.lang, sc.langSource, sc.langDeclared]).toEqual(['de', 'detected', null]);
  });

  it('checks a declared French page against its text, and keeps the tag as declared', async () => {
    const sc = await sidecarOf(html('fr-FR', 'Le marché couvert rouvre', FRENCH), 'page.html');
    expect([sc.lang, sc.langSource, sc.langDeclared]).toEqual(['fr-FR', 'declared-checked', 'fr-FR']);
  });

  it('detects an undeclared HTML page', async () => {
    const sc = await sidecarOf(html(null, 'Le marché couvert rouvre', FRENCH), 'page.html');
    expect([sc.lang, sc.langSource, sc.langDeclared]).toEqual(['fr', 'detected', null]);
  });

  it('tells Chinese, Japanese and Korean by their scripts', async () => {
    expect((await sidecarOf(text('老城区公交线路调整', CHINESE), 'page.txt')).lang).toBe('zh');
    expect((await sidecarOf(text('旧市街に夜間バス路線', JAPANESE), 'page.txt')).lang).toBe('ja');
    expect((await sidecarOf(text('구도심 심야 버스 노선 신설', KOREAN), 'page.txt')).lang).toBe('ko');
    const declared = await sidecarOf(html('zh-CN', '老城区公交线路调整', CHINESE), 'page.html');
    expect([declared.lang, declared.langSource]).toEqual(['zh-CN', 'declared-checked']);
  });

  it('overrules a declaration the text plainly contradicts, and says so', async () => {
    const sc = await sidecarOf(html('en', 'Stadtbibliothek verlängert Öffnungszeiten', GERMAN), 'page.html');
    expect([sc.lang, sc.langSource, sc.langDeclared]).toEqual(['de', 'detected-over-declared', 'en']);
  });

  it('believes a declaration when the text is too short to check it', async () => {
    const sc = await sidecarOf(html('en', 'Kurz', ['Die Bibliothek öffnet sonntags.']), 'page.html');
    expect([sc.lang, sc.langSource, sc.langDeclared]).toEqual(['en', 'declared', 'en']);
  });

  it('says nothing when there is no text and no declaration', async () => {
    const result = await clean('<!doctype html><html><head></head><body><img src="a.png"></body></html>', { path: 'page.html' });
    expect(result.ok).toBe(false);
    validateSidecar(result.sidecar);
    expect([result.sidecar.lang, result.sidecar.langSource, result.sidecar.langDeclared]).toEqual([null, null, null]);
    const numbers = await clean('12 34 56\n78 90\n', { path: 'page.txt' });
    expect([numbers.sidecar.lang, numbers.sidecar.langSource]).toEqual([null, null]);
  });

  it('keeps an unusable declaration as written and detects instead', async () => {
    const sc = await sidecarOf(html('x-default', 'Stadtbibliothek verlängert Öffnungszeiten', GERMAN), 'page.html');
    expect([sc.lang, sc.langSource, sc.langDeclared]).toEqual(['de', 'detected', 'x-default']);
  });
});
