/**
 * Relative ages: "an hour ago", "vor 2 Stunden", "il y a 3 jours", "2小时前".
 *
 * Words support a structural signal and never remove a block on their own: each rule that
 * uses one also requires a shape (a short line, a position, a card, a link share).
 */
/** A relative age anywhere in a line (HTML datelines). */
export const AGE_IN_LINE = /\b\d+\s*(min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\b(vor|il y a|hace|fa)\s+\d+\s*\p{L}+/iu;

/** A relative age, as cards show it: "an hour ago", "vor 2 Stunden", "il y a 3 jours", "2小时前". */
export const RELATIVE_AGE =
  /^(?:(?:about |over |just )?(?:an?|one|\d+)\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|d|weeks?|w|months?|years?)\s+ago|just now|yesterday|today|vor (?:einer?|\d+) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)|il y a (?:une?|\d+) (?:secondes?|minutes?|heures?|jours?|semaines?|mois)|hace (?:una?|\d+) (?:segundos?|minutos?|horas?|días?|semanas?|meses?)|(?:una?|\d+) (?:ora|ore|giorno|giorni|minuti|settimane?) fa|há (?:uma?|\d+) (?:horas?|dias?|minutos?|semanas?)|\d+ (?:godz\.?|godzin[ya]?|dni|min\.?|minut) temu|\d+ (?:uur|dagen|minuten) geleden|\d+ (?:jam|hari|menit) (?:yang )?lalu|\d+ (?:час(?:а|ов)?|минут[ы]?|дн(?:я|ей)) назад|\d+\s*(?:小时|分钟|天)前|\d+\s*(?:時間|分|日)前|\d+\s*(?:시간|분|일)\s*전)\.?(?:\s+(?:at|um|à|a las|alle|às|o)\s+\d{1,2}[:.h]\d{2}\s*(?:am|pm)?)?$/iu;
