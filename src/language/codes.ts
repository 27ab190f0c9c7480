/**
 * Language codes: the detectors name languages by ISO 639-3 (the stopword lists, franc), a
 * page and the sidecar by BCP 47 / ISO 639-1 where there is one. Codes without a two-letter
 * form stay as they are.
 */
const TWO_LETTER: Readonly<Record<string, string>> = {
  afr: 'af', amh: 'am', ara: 'ar', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bre: 'br', bul: 'bg',
  cat: 'ca', ces: 'cs', ckb: 'ku', cmn: 'zh', dan: 'da', deu: 'de', ell: 'el', eng: 'en', epo: 'eo', est: 'et',
  eus: 'eu', fas: 'fa', fin: 'fi', fra: 'fr', fuv: 'ff', gle: 'ga', glg: 'gl', guj: 'gu', hau: 'ha', heb: 'he',
  hin: 'hi', hrv: 'hr', hun: 'hu', hye: 'hy', ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn',
  kaz: 'kk', kin: 'rw', koi: 'kv', kor: 'ko', kur: 'ku', lat: 'la', lav: 'lv', lin: 'ln', lit: 'lt', mal: 'ml',
  mar: 'mr', msa: 'ms', mya: 'my', nld: 'nl', nob: 'nb', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa',
  plt: 'mg', pol: 'pl', por: 'pt', qug: 'qu', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', slk: 'sk', slv: 'sl',
  som: 'so', sot: 'st', spa: 'es', srp: 'sr', sun: 'su', swa: 'sw', swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te',
  tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz', vie: 'vi', yor: 'yo', zho: 'zh', zlm: 'ms',
  zul: 'zu', zyb: 'za',
};

/** The two-letter code of an ISO 639-3 code where it has one, else the code itself. */
export const twoLetter = (code: string): string => TWO_LETTER[code] ?? code;

/** The primary language subtag of a declared tag ("en-US", "pt_BR", " DE " → en, pt, de); null when it is none ("x-default", ""). */
export function primaryTag(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? (TWO_LETTER[primary] ?? primary) : null;
}

/** Names of one language: a macrolanguage and its members (Norwegian, Chinese, Malay). */
const SAME: ReadonlyArray<readonly string[]> = [['no', 'nb', 'nn'], ['zh', 'cmn', 'yue'], ['ms', 'zsm'], ['fa', 'prs']];
/**
 * Languages so close that a detector reading words cannot tell them apart on a page, so a
 * page's declaration of one of them is believed when the text reads as another.
 */
const CLOSE: ReadonlyArray<readonly string[]> = [['no', 'nb', 'nn', 'da', 'sv'], ['sr', 'hr', 'bs', 'sh', 'sl'], ['ms', 'id'], ['cs', 'sk'], ['gl', 'pt', 'es'], ['ca', 'es']];

const inGroup = (groups: ReadonlyArray<readonly string[]>, a: string, b: string) => a === b || groups.some((g) => g.includes(a) && g.includes(b));

/** Two primary tags name the same language (one may be the other's macrolanguage). */
export const sameLanguage = (a: string, b: string): boolean => inGroup(SAME, a, b);
/** …or languages too close for the detectors to tell apart. */
export const closeLanguage = (a: string, b: string): boolean => inGroup(SAME, a, b) || inGroup(CLOSE, a, b);
