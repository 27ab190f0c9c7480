/**
 * From an HTML page's candidates (html.ts) to its metadata, each field with the source it
 * was taken from. Structure decides first: what the page declares for machines (JSON-LD,
 * microdata, meta tags, <time datetime>) and marks by name (rel=author, a byline element),
 * then the visible byline and date lines under the headline. A person named anywhere wins
 * over an organisation, a desk or the site itself named as author.
 */
import type { Meta, MetaSources } from '../types.js';
import { META_LINE_MAX_CHARS, META_NAME_LINE_REACH, META_NAME_DATE_REACH, META_DATELINE_CHARS, META_UPDATE_LEAD_CHARS } from './thresholds.js';
import type { HtmlCandidates } from './html.js';
import { isoStamp, textDate } from './dates.js';
import { BYLINE_LEAD, BYLINE_LEAD_ALONE, NAME_LINE, cleanAuthor, isOrganisation, joinAuthors, nameList, personShaped } from './people.js';
import { agrees, chooseTitle, hostNames, isHomePage, namesSite, squash, stripTrailingSite } from './title.js';
import { readJsonLd } from './jsonld.js';

const PUBLISHED_KEYS = ['article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'published', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'citation_publication_date', 'date'];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'byl', 'dc.creator', 'dcterms.creator', 'citation_author'];
/** "Updated …", "Modified …" in several languages: the line gives the modified date, not the published one. */
export const UPDATED = /(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|mise à jour|actualizado|aggiornato|atualizado|bijgewerkt|zaktualizowano|обновлено)(?![\p{L}])/iu;

export type MetaChoice = Pick<Meta, 'title' | 'byline' | 'authors' | 'published' | 'modified' | 'siteName' | 'metaSources'>;

interface AuthorPick {
  names: string[];
  source: string;
}

/** Names from a byline text: one, or several split at commas and "and"/"&" when each looks like a name. */
function namesOf(raw: string): string[] {
  const name = cleanAuthor(raw);
  return name ? [name] : [];
}

/** The byline in the lines under (or just above) the headline: "By Jane Doe", "Von …", or "By" alone on its line. */
export function bylineIn(lines: readonly string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > META_LINE_MAX_CHARS) continue;
    const low = line.toLowerCase();
    if (BYLINE_LEAD.test(low) && !/^(?:reviewed|fact[- ]checked|edited|medically reviewed)/.test(low)) return cleanAuthor(line);
    if (BYLINE_LEAD_ALONE.test(low) && lines[i + 1]) return cleanAuthor(lines[i + 1]);
  }
  return null;
}

/**
 * A byline without its lead word, in the lines under the headline: a name alone on its line
 * with a date within the next lines ("Jane Doe" / "Co-Founder" / "Updated on 23 Oct 2025"),
 * or a name after the date on the date's line ("2025-12-17 · Jane Doe").
 */
export function nameLineIn(lines: readonly string[], lang: string | null): string | null {
  const i = lines.findIndex((l) => NAME_LINE.test(l));
  if (i >= 0 && i < META_NAME_LINE_REACH && lines.slice(i + 1, i + 1 + META_NAME_DATE_REACH).some((l) => textDate(l, lang))) return cleanAuthor(lines[i]);
  for (const line of lines.slice(0, META_NAME_LINE_REACH)) {
    const m = /^([^·•|—–]{6,40}?)\s*[·•|—–]\s*([^·•|—–]+)$/u.exec(line);
    if (m && textDate(m[1]!, lang) && NAME_LINE.test(m[2]!.trim())) return cleanAuthor(m[2]);
  }
  return null;
}

/** The first published date in lines of visible text, skipping "Updated …" lines (which give the modified date). */
export function datesIn(lines: readonly string[], lang: string | null): { published: string | null; modified: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  for (const whole of lines) {
    // A paragraph is read only where a dateline would stand, at its start.
    const line = whole.length > META_LINE_MAX_CHARS ? whole.slice(0, META_DATELINE_CHARS) : whole;
    const d = textDate(line, lang);
    if (!d) continue;
    // The update word before the date, near the start of the line ("Last updated on …", "Zuletzt aktualisiert am …").
    const update = UPDATED.exec(line);
    if (update && update.index < META_UPDATE_LEAD_CHARS && update.index < line.search(/\d/)) modified ??= d;
    else published ??= d;
  }
  return { published, modified };
}

export function decideHtml(candidates: HtmlCandidates, url: string | null): MetaChoice {
  const c = { ...candidates, jsonld: readJsonLd(candidates.jsonld) };
  const metas = c.metas;
  const get = (keys: readonly string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return { key: k, value: v };
    }
    return null;
  };
  const siteName = metas.get('og:site_name') ?? c.jsonld.siteName ?? metas.get('application-name') ?? null;
  const sites = [siteName, c.jsonld.siteName, c.jsonld.publisher, metas.get('application-name'), ...hostNames(url)].filter((s): s is string => !!s);
  const sources: MetaSources = { title: null, byline: null, published: null, modified: null, siteName: siteName ? (metas.get('og:site_name') ? 'meta:og:site_name' : c.jsonld.siteName ? 'json-ld' : 'meta:application-name') : null };

  // Title: the visible headline checked against the declared titles.
  const declared: Array<['json-ld' | 'og:title' | 'title', string | null]> = [
    ['title', c.docTitle],
    ['og:title', metas.get('og:title') ?? metas.get('twitter:title') ?? null],
    ['json-ld', c.jsonld.headline],
  ];
  // An <h1> that holds the site's name (a logo) is no headline.
  const headlines = c.headlines.filter((h) => !namesSite(h.text, sites));
  // A home page is named by its <title> (less the site's name after it): its headings are
  // slogans and teasers of what it links to, not a headline of its own — unless one of them
  // is what the <title> says.
  const home =
    isHomePage(url) && c.docTitle?.trim() && !headlines.some((h) => agrees(h.text, c.docTitle, sites)) ? stripTrailingSite(c.docTitle, sites) : null;
  const t = home ? { title: home, source: 'title' as const } : chooseTitle(
    headlines.map((h) => h.text),
    declared,
    sites,
  );
  sources.title = t.source;
  // A title the page only declares stands under its first <h1>, even one that names the site (a blog's name over its post).
  const headline = c.headlines.find((h) => h.text === t.title) ?? c.headlines[0] ?? null;
  const near = headline ? [...headline.after, ...headline.before] : [];

  // Authors: every source in order of trust; the first that names a person, else the first that names anyone.
  const picks: AuthorPick[] = [];
  if (c.jsonld.authors.length) picks.push({ names: c.jsonld.authors.flatMap(namesOf), source: 'json-ld' });
  // Only the first microdata author: the others are usually of the answers and comments below.
  const micro = c.authors.filter((a) => a.source === 'microdata').slice(0, 1).flatMap((a) => namesOf(a.text));
  if (micro.length) picks.push({ names: micro, source: 'microdata' });
  const meta = get(AUTHOR_KEYS);
  if (meta) picks.push({ names: namesOf(meta.value), source: `meta:${meta.key}` });
  const visible = bylineIn(near);
  if (visible) picks.push({ names: [visible], source: 'byline-text' });
  const bare = visible ? null : nameLineIn(near, c.lang);
  if (bare) picks.push({ names: [bare], source: 'name-line' });
  const rel = c.authors.filter((a) => a.source === 'rel-author');
  if (rel.length) picks.push({ names: namesOf(rel[0]!.text), source: 'rel-author' });
  const named = nearest(c.authors.filter((a) => a.source === 'byline-element'), 0);
  if (named) picks.push({ names: namesOf(named.text), source: 'byline-element' });
  // In a list of authors, the names not shaped like people's (sections, a group's slogan) are no byline.
  for (const p of picks) if (p.names.length > 1) p.names = p.names.filter(personShaped);
  const withNames = picks.filter((p) => p.names.length);
  const person = withNames.find((p) => p.names.some((n) => !isOrganisation(n, sites)));
  let chosen = person ?? withNames[0] ?? null;
  // A visible byline that names the chosen author among others lists them all ("A, B and C").
  // Only a list of people's names is such a list: not the author's name with a role or the site after it
  // ("Claire Wilson, Co-Founder & COO"), which names the chosen author but is no list of authors.
  // A title before a name ("Dr Marna van der Merwe") is part of the name as the list gives it.
  const fuller =
    chosen &&
    withNames.find((p) => {
      if (p === chosen || p.names.length !== 1) return false;
      const list = nameList(p.names[0]!);
      const folded = list.map((n) => n.toLowerCase());
      return list.length > 1 && list.every((n) => n.includes(' ') && personShaped(n)) && chosen!.names.every((n) => folded.some((f) => f === n.toLowerCase() || f.endsWith(` ${n.toLowerCase()}`)));
    });
  if (fuller) chosen = fuller;
  const authors = chosen ? (person && !fuller ? chosen.names.filter((n) => !isOrganisation(n, sites)) : chosen.names) : [];
  sources.byline = chosen?.source ?? null;

  // Dates: declared stamps first, then <time>, then the visible date under the headline.
  const lang = c.lang;
  const visibleDates = datesIn(near, lang);
  const dated = (kind: 'published' | 'modified') => {
    // The date the reader sees under the headline is the one the page stands by: declared
    // stamps are often the first draft's, or a template's, when the page shows another.
    const text = visibleDates[kind];
    if (text) return { value: text, source: 'date-text' };
    const ld = isoStamp(kind === 'published' ? c.jsonld.published : c.jsonld.modified);
    if (ld) return { value: ld, source: 'json-ld' };
    const m = get(kind === 'published' ? PUBLISHED_KEYS : MODIFIED_KEYS);
    const mv = m ? isoStamp(m.value) : null;
    if (mv) return { value: mv, source: `meta:${m!.key}` };
    for (const d of c.dates) {
      if (d.source === 'date-element' || d.modified !== (kind === 'modified')) continue;
      const v = isoStamp(d.value);
      if (v) return { value: v, source: d.source };
    }
    const el = c.dates.find((d) => d.source === 'date-element' && d.modified === (kind === 'modified') && textDate(d.value, lang));
    return el ? { value: textDate(el.value, lang)!, source: 'date-element' } : null;
  };
  const modified = dated('modified');
  // A page that shows only when it was updated ("Updated Dec 18, 2025") is dated by that: it is the date the reader is given.
  const published = visibleDates.modified && !visibleDates.published ? { value: visibleDates.modified, source: 'date-text' } : dated('published');
  sources.published = published?.source ?? null;
  sources.modified = modified?.source ?? null;
  return {
    title: t.title,
    byline: joinAuthors(authors),
    authors: [...new Set(authors)],
    published: published?.value ?? null,
    modified: modified?.value ?? null,
    siteName,
    metaSources: sources,
  };
}

/** The candidate nearest after the headline (else nearest before it). */
function nearest<T extends { order: number }>(list: readonly T[], at: number): T | null {
  const after = list.filter((x) => x.order >= at);
  return after[0] ?? list[list.length - 1] ?? null;
}

export { squash };
