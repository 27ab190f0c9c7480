/**
 * Dates and time stamps, absolute, in several languages.
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
export const DATE_WORD = /\b(updated|published|posted|modified|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|aggiornato|pubblicato|opublikowano|zaktualizowano|gepubliceerd|bijgewerkt|обновлено|опубликовано)\b/iu;

export const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|mars|avr|mai|juin|juil|août|déc|enero|feb|marzo|abril|mayo|junio|julio|agosto|sept|octubre|noviembre|diciembre|genn|febbr|magg|giugno|luglio|ag|sett|ott|dic|stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|paźdz|listop|grud)[\p{L}]*\.?\s+(de\s+)?\d{4}/iu;

export const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b(19|20)\d{2}\b/;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|maret|mei|juni|agustus|desember';

/** A date, absolute: "Nov. 19, 2019", "19 November 2019", "2019-11-19", "19/11/2019", "2019年11月19日". */
export const DATE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+)?\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4})\\b|\\d{4}年\\d{1,2}月\\d{1,2}日|\\b\\d{1,2}:\\d{2}\\s*(?:am|pm)?\\s*(?:[a-z]{2,4}t|et|cet|utc|gmt|ist)\\b`,
  'iu',
);

/** "Updated at 1:23 p.m.", "Aktualisiert: 12.03., 14:05": a time stamp line without a full date. */
export const STAMP =
  /^(?:updated|posted|published|last (?:updated|modified)|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|zaktualizowano|opublikowano|обновлено|更新)\b.{0,30}\d{1,2}[:.h]\d{2}.{0,12}$/iu;
