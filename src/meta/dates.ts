/**
 * Dates as pages state them — machine-readable stamps (`2025-03-12T09:30:00+01:00`, RFC 2822)
 * and visible text in the common formats of a dozen languages ("Published 3 March 2025",
 * "March 3, 2025", "12.03.2025", "3. März 2025", "3 de marzo de 2025", "2025年3月3日") —
 * normalised to ISO 8601. A stamp keeps the day the page gives it: its offset is kept, never
 * converted to UTC, so "23:30-05:00" stays on its own day. A date before 1995 (before the
 * web carried dates) or after tomorrow is no publication date and is rejected.
 */
import { META_DATE_MIN_YEAR, META_DATE_FUTURE_DAYS } from './thresholds.js';

/** Month names, lower case, by month number; abbreviations are matched as prefixes of these. */
const MONTH_NAMES: readonly string[][] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'stycznia', 'styczeń', 'января', 'январь', 'ocak', 'leden', 'ledna', 'tammikuuta'],
  ['february', 'februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego', 'luty', 'февраля', 'февраль', 'şubat', 'únor', 'února', 'helmikuuta'],
  ['march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'maret', 'marca', 'marzec', 'марта', 'март', 'mart', 'březen', 'března', 'maaliskuuta'],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'апрель', 'nisan', 'duben', 'dubna', 'huhtikuuta'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'maja', 'мая', 'май', 'mayıs', 'květen', 'května', 'toukokuuta'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec', 'июня', 'июнь', 'haziran', 'červen', 'června', 'kesäkuuta'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca', 'lipiec', 'июля', 'июль', 'temmuz', 'červenec', 'července', 'heinäkuuta'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'agustus', 'sierpnia', 'sierpień', 'августа', 'август', 'ağustos', 'srpen', 'srpna', 'elokuuta'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'września', 'wrzesień', 'сентября', 'сентябрь', 'eylül', 'září', 'syyskuuta'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października', 'październik', 'октября', 'октябрь', 'ekim', 'říjen', 'října', 'lokakuuta'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'ноябрь', 'kasım', 'listopadu', 'marraskuuta'],
  ['december', 'dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'desember', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'aralık', 'prosinec', 'prosince', 'joulukuuta'],
];

const MONTH_BY_WORD = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => {
  for (const name of names) {
    MONTH_BY_WORD.set(name, i + 1);
    // The usual abbreviations: the first three letters ("Mar", "Okt", "déc"), and "Sept".
    if (!MONTH_BY_WORD.has(name.slice(0, 3))) MONTH_BY_WORD.set(name.slice(0, 3), i + 1); // literal: an abbreviation's three letters
  }
});
MONTH_BY_WORD.set('sept', 9); // literal: September's number

const MONTH_WORD = '([a-zà-ÿąćęłńóśźżčěřšžůıüşğа-яё]{3,12})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?';
const YEAR = '((?:19|20)\\d{2})';
/** The text forms, each with where it keeps day, month and year. Tried in order. */
const FORMS: ReadonlyArray<{ re: RegExp; d: number; m: number; y: number }> = [
  // 2025-03-12, 2025/03/12, 2025.03.12 (a time may follow)
  { re: new RegExp(`(?<!\\d)${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`), y: 1, m: 2, d: 3 }, // literal: capture groups
  // 2025年3月12日, 2025년 3월 12일
  { re: /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/, y: 1, m: 2, d: 3 }, // literal: capture groups
  // March 3, 2025 · Mar. 3rd 2025
  { re: new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}(?!\\d)`, 'u'), m: 1, d: 2, y: 3 }, // literal: capture groups
  // 3 March 2025 · 3. März 2025 · 3 de marzo de 2025 · 3rd of March, 2025
  { re: new RegExp(`(?<!\\d)${DAY}\\s*(?:de\\s+|of\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'u'), d: 1, m: 2, y: 3 }, // literal: capture groups
  // 12.03.2025 · 12/03/2025 · 03/12/2025 (order settled in numericDate)
  { re: new RegExp(`(?<![\\d.])(\\d{1,2})([-/.])(\\d{1,2})\\2${YEAR}(?!\\d)`), d: 1, m: 3, y: 4 }, // literal: capture groups
];

/** The latest day a page can have been published: tomorrow, for pages stamped across time zones. */
function latest(): number {
  return Date.now() + META_DATE_FUTURE_DAYS * 86_400_000; // literal: milliseconds in a day
}

/** A calendar date that exists and lies in the accepted range, as YYYY-MM-DD; null otherwise. */
export function validDay(y: number, m: number, d: number): string | null {
  if (y < META_DATE_MIN_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null; // literal: the calendar's months and longest month
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  if (t > latest()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`; // literal: two-digit month and day
}

const STAMP = /^\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/;

/**
 * A machine-readable date (JSON-LD, meta tags, `<time datetime>`) as ISO 8601: the day and,
 * when given, the time and offset as stated. Other forms Date.parse understands (RFC 2822)
 * are read too; unparsable or out-of-range values give null.
 */
export function isoStamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = STAMP.exec(value);
  if (s) {
    const day = validDay(+s[1]!, +s[2]!, +s[3]!);
    if (!day) return null;
    if (!s[4]) return day;
    const zone = !s[7] ? '' : s[7] === 'Z' ? 'Z' : s[7].length === 3 ? `${s[7]}:00` : s[7].includes(':') ? s[7] : `${s[7].slice(0, 3)}:${s[7].slice(3)}`; // literal: "+05" is three characters, "+0530" takes a colon after the hours
    return `${day}T${s[4]}:${s[5]}:${s[6] ?? '00'}${zone}`;
  }
  // Only numbers are no stamp (a bare year, a Unix time): Date.parse would read them loosely.
  // A date in words ("August 11, 2019") is read as text, on its own day, not at local midnight.
  const text = textDate(value);
  if (text || !/[a-z]/i.test(value)) return text;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return validDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ? d.toISOString() : null;
}

/** Month-first for a numeric date in text: only where American usage is likely. */
function monthFirst(lang: string | null): boolean {
  return !lang || /^en(?:-us)?$/i.test(lang);
}

/**
 * The first date written in a visible text, as YYYY-MM-DD, or null. Numeric dates with the
 * day and month both ≤ 12 are read month-first on English pages with slashes (US usage), day-
 * first otherwise (12.03.2025 is the 12th of March everywhere that writes dots).
 */
export function textDate(text: string, lang: string | null = null): string | null {
  const low = text.toLowerCase();
  let best: { at: number; day: string } | null = null;
  for (const form of FORMS) {
    const m = form.re.exec(low);
    if (!m || (best && m.index >= best.at)) continue;
    let month: number | undefined;
    let dayNo = +m[form.d]!;
    if (form === FORMS[4]) {
      const a = +m[1]!;
      const b = +m[3]!;
      const swap = a <= 12 && (b > 12 || (m[2] === '/' && monthFirst(lang))); // literal: months in a year
      month = swap ? a : b;
      dayNo = swap ? b : a;
      if (month > 12) continue; // literal: months in a year
    } else {
      const word = m[form.m]!;
      month = /^\d+$/.test(word) ? +word : MONTH_BY_WORD.get(word) ?? MONTH_BY_WORD.get(word.slice(0, 3)); // literal: an abbreviation's three letters
      // A long word that only starts like a month ("market 3, 2025") is no month name.
      if (month && !/^\d+$/.test(word) && !MONTH_BY_WORD.has(word) && word.length > 4) month = undefined; // literal: the longest abbreviation, "sept"
    }
    if (!month) continue;
    const day = validDay(+m[form.y]!, month, dayNo);
    if (day) best = { at: m.index, day };
  }
  return best?.day ?? null;
}
