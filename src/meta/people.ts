/**
 * Author names as pages give them: a byline's lead word ("By", "Von", "Par", "Por", "Di",
 * "Door", "Av", "Przez", "Автор", "作者") and a trailing date or "Updated …" cut off, links and
 * handles left alone, several authors joined in order. Organisations (the site itself, a
 * desk, "Staff", "Editorial Team", a company) are told apart from people, so that a person
 * named anywhere on the page wins over the publisher named as author in its metadata.
 */
import { META_AUTHOR_MAX_CHARS, META_AUTHOR_MAX_WORDS, META_PERSON_MAX_WORDS, META_SITE_NAME_MIN_CHARS, META_SITE_PREFIX_MIN_CHARS } from './thresholds.js';
import { textDate } from './dates.js';

const space = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/** A byline's lead words, in lower case: "written by", "von", "par", "автор:" … */
export const BYLINE_LEAD =
  /^(?:(?:(?:written|posted|reported|published|words|story|text|article)\s+)?by|von|par|por|di|door|av|af|przez|oleh|autor(?:in)?|auteur|autore|author|authored by|escrito por|scritto da|geschrieben von|écrit par|автор|作者|著者|글)(?:\s*[:：]\s*|\s+)(?=\S)/u;
/** The lead alone on its line ("Written by", "Author:"): the name is on the next line. */
export const BYLINE_LEAD_ALONE =
  /^(?:(?:(?:written|posted|reported|published|words|story|text|article)\s+)?by|von|par|por|di|door|av|af|przez|oleh|autor(?:in)?|auteur|autore|author|authored by|escrito por|scritto da|geschrieben von|écrit par|автор|作者|著者|글)\s*[:：]?$/u;

/** Words that make a name an organisation or a desk, not a person (lower case, whole words). */
const ORGANISATION =
  /(?:^|[\s,(&])(?:staff|team|editors?|editorial|desk|newsroom|redaktion|rédaction|redaccion|redacción|redazione|redação|redactie|redakcja|редакция|编辑部|inc|ltd|llc|plc|gmbh|ag|s\.?a|corp|corporation|company|co|group|agency|media|news|press|publishing|magazine|online|blog|contributors?|admin|administrator|webmaster|sponsored|partner|foundation|institute|university|association|department|center|centre|services|solutions|official)\.?(?=$|[\s,)&])|\.(?:com|org|net|io|gov|edu|co)\b/u;

/** Strip a byline down to the names: no lead word, no date or time after them, no "| Updated …". */
export function cleanAuthor(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = space(raw);
  if (/^https?:\/\/|^www\./i.test(s)) return null;
  const low = s.toLowerCase();
  const lead = BYLINE_LEAD.exec(low);
  if (lead) s = s.slice(lead[0].length);
  // What follows the names: a date, a separator with an update note, a role after a bar.
  // (`(?<!\s)` here and below: a match starts where its run of spaces starts, so a long run is tried once.)
  s = s.replace(/(?<!\s)\s*(?:[|•·—–]|\s-\s).*$/u, '').replace(/(?<!\s)\s+(?:last\s+)?(?:updated|modified|published|posted|reviewed|aktualisiert|actualizado|mis à jour)\b.*$/iu, '');
  // A date first ("2025-12-17 · Jane Doe" was cut at the dot; "August 28, 2025" alone) is no name.
  if (textDate(s) && /^\W*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu.test(s)) return null;
  const date = textDate(s) ? /(?<!\s)(?:\s*(?:,|\bon\b|\bam\b|\ble\b|\bel\b|\bil\b|\bem\b|\bop\b)\s*|\s*)(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/iu.exec(s) : null;
  if (date && date.index > 0) s = s.slice(0, date.index);
  s = s.replace(/^[\s,;:.·•|-]+|[\s,;:|·•-]+$/gu, '');
  if (!s || !/\p{L}/u.test(s) || s.length > META_AUTHOR_MAX_CHARS) return null;
  // A sentence is no name: too many words for a list of names.
  const parts = s.split(/(?<!\s)\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/u);
  if (parts.some((p) => p.split(' ').length > META_AUTHOR_MAX_WORDS)) return null;
  return s;
}

/** Is this name an organisation, a desk or the site itself rather than a person? */
export function isOrganisation(name: string, site: readonly string[] = []): boolean {
  const low = name.toLowerCase();
  if (ORGANISATION.test(low)) return true;
  const flat = low.replace(/[^\p{L}\p{N}]+/gu, '');
  return site.some((s) => {
    const f = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return f.length > META_SITE_NAME_MIN_CHARS && (flat === f || (flat.length > META_SITE_PREFIX_MIN_CHARS && f.startsWith(flat)) || (f.length > META_SITE_PREFIX_MIN_CHARS && flat.startsWith(f)));
  });
}

/** Several authors, deduplicated (case-folded) and joined in order as a reader would list them. */
export function joinAuthors(names: readonly string[]): string | null {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const key = n.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(n);
    }
  }
  return out.length ? out.join(', ') : null;
}

/** Name particles written in lower case inside a person's name ("Ludwig van Beethoven", "Maria de la Cruz"). */
const PARTICLE = /^(?:de|da|di|del|della|der|den|des|do|dos|das|du|la|le|van|von|zu|ter|ten|bin|ibn|al|el|y|e|st\.?)$/u;
/** A credential after a name's comma: capitals, digits and dashes ("MD", "PhD", "E-RYT 200"). */
const CREDENTIAL = /^[\p{Lu}\d][\p{L}\d.-]*(?:\s[\p{Lu}\d][\p{L}\d.-]*){0,2}$/u;

/** A byline split into its names at commas and "and", "&", "und", "et", "y", "e". */
export function nameList(byline: string): string[] {
  return byline.split(/(?<!\s)\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/u).map((p) => p.trim()).filter(Boolean);
}

/** One name as a person's: capitalised words, initials and particles, or a single handle ("beauhd", "chunix64"). */
function onePerson(part: string): boolean {
  const words = part.split(' ').filter(Boolean);
  if (!words.length || words.length > META_PERSON_MAX_WORDS) return false;
  // A handle: one token, as forums and comment systems name their authors.
  if (words.length === 1) return /\p{L}/u.test(part);
  return words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w) || /^['’]?\p{Lu}/u.test(w) || PARTICLE.test(w)) && !/\d/.test(part);
}

/**
 * Is this byline shaped like the names of people (or of one)? Each name of a list split at
 * commas and "and", "&" …, is capitalised words, initials and particles, or a single handle;
 * a credential after a comma is kept with its name. A list of sections, a slogan or a phrase
 * in lower-case words ("Human in the Loop") is not.
 */
export function personShaped(name: string): boolean {
  const parts = nameList(name);
  if (!parts.length || !onePerson(parts[0]!)) return false;
  return parts.slice(1).every((p) => onePerson(p) || CREDENTIAL.test(p));
}

/** A bare name line ("Jane Doe"): two to four capitalised words, nothing else. */
export const NAME_LINE = /^(?:(?:dr|mr|mrs|ms|prof)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
