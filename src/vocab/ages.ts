/**
 * Relative ages: "an hour ago", "vor 2 Stunden", "il y a 3 jours", "2小时前".
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** A count of time units and the word for "ago", in several languages ("3 hours ago", "vor 2 Stunden", "hace 5 días", "2小时前"). */
const COUNTED_AGE = [
  String.raw`(?:about |over |just )?(?:an?|one|\d+)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|d|weeks?|w|months?|years?)\s+ago`,
  String.raw`vor (?:einer?|\d+) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)`,
  String.raw`il y a (?:une?|\d+) (?:secondes?|minutes?|heures?|jours?|semaines?|mois)`,
  String.raw`hace (?:una?|\d+) (?:segundos?|minutos?|horas?|días?|semanas?|meses?)`,
  String.raw`(?:una?|\d+) (?:ora|ore|giorno|giorni|minuti|settimane?) fa`,
  String.raw`há (?:uma?|\d+) (?:horas?|dias?|minutos?|semanas?)`,
  String.raw`\d+ (?:godz\.?|godzin[ya]?|dni|min\.?|minut) temu`,
  String.raw`\d+ (?:uur|dagen|minuten) geleden`,
  String.raw`\d+ (?:jam|hari|menit) (?:yang )?lalu`,
  String.raw`\d+ (?:час(?:а|ов)?|минут[ы]?|дн(?:я|ей)) назад`,
  String.raw`\d+\s*(?:小时|分钟|天)前`,
  String.raw`\d+\s*(?:時間|分|日)前`,
  String.raw`\d+\s*(?:시간|분|일)\s*전`,
].join('|');

/** A relative age anywhere in a line: "Updated 3 hours ago" (HTML datelines). */
export const AGE_IN_LINE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${COUNTED_AGE})(?![\\p{L}\\p{N}])`, 'iu');

/** A line that is a relative age, as cards show it: "an hour ago", "yesterday", "vor 2 Stunden at 10:30". */
export const RELATIVE_AGE = new RegExp(
  `^(?:${COUNTED_AGE}|just now|yesterday|today)\\.?(?:\\s+(?:at|um|à|a las|alle|às|o)\\s+\\d{1,2}[:.h]\\d{2}\\s*(?:am|pm)?)?$`,
  'iu',
);
