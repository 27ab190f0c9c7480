/**
 * The page's title: the headline a reader sees (its `<h1>`), checked against what the page
 * declares (JSON-LD `headline`, `og:title`, `<title>`). Declared titles carry the site's name
 * before or after the headline ("Headline - Site", "Site | Headline", "Headline · Section ·
 * Site"); a part is cut off only when it is the site — compared with og:site_name, the
 * JSON-LD site and publisher and the host name — or when the rest is the visible headline,
 * never because it stands after a separator alone.
 */

import { CJK_CHARS } from '../measure.js';
import { META_SITE_PART_MIN_CHARS, META_SITE_PART_EXTRA_CHARS, META_TITLE_CUT_ROUNDS, META_TITLE_IN_HEADLINE_MIN_CHARS, META_POSTS_MIN_HEADLINES } from './thresholds.js';

const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');

export type TitleSource = 'h1' | 'json-ld' | 'og:title' | 'title';

/** Letters and digits only, lower case: "Fiercely Strong Coffee – Death Wish®" ≈ "fiercely strong coffee death wish". */
export const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Separators between a headline and the site's name (with the spaces around them). `(?<!\s)`:
 * a match starts where its run of spaces starts (the leftmost match anyway), so a long run of
 * spaces is tried once, not from each of its spaces (test/regex.test.ts).
 */
const SEPARATOR = /(?<!\s)(?:\s+[|–—\-·•»«/~]\s+|\s*\|\s*|\s+::\s+)/gu;
/** …and between a title's parts, where a label may end with a colon ("Thread: …"). */
const PART = /(?<!\s)(?:\s+[|–—\-·•»«/~]\s+|\s*\|\s*|\s+::\s+)|:\s+/gu;

/** The host's names a title may carry: "www.example.co.uk" → "example.co.uk", "example". */
export function hostNames(url: string | null): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '');
    const label = host.split('.').slice(0, -1).sort((a, b) => b.length - a.length)[0] ?? host;
    return [host, label];
  } catch {
    return [];
  }
}

/** Does this title part name the site? */
export function namesSite(part: string, sites: readonly string[]): boolean {
  const p = squash(part);
  if (!p) return true;
  return sites.some((s) => {
    const f = squash(s);
    return f.length > 1 && (p === f || (f.length >= META_SITE_PART_MIN_CHARS && p.includes(f) && p.length <= f.length + META_SITE_PART_EXTRA_CHARS) || (p.length >= META_SITE_PART_MIN_CHARS && f.includes(p)));
  });
}

/** The parts of a declared title between its separators. */
function parts(title: string): string[] {
  return title.split(PART).map((p) => p.trim()).filter(Boolean);
}

/**
 * A declared title without the site's name at its start or end. The cut is made at the
 * separator, so a headline that itself contains one (a colon, a dash) is kept whole.
 */
export function stripSite(title: string, sites: readonly string[]): string {
  let t = title.trim();
  for (let round = 0; round < META_TITLE_CUT_ROUNDS; round++) {
    const before = t;
    const matches = [...t.matchAll(SEPARATOR)];
    if (!matches.length) break;
    const first = matches[0]!;
    const last = matches[matches.length - 1]!;
    const tail = t.slice(last.index! + last[0].length);
    const head = t.slice(0, first.index!);
    if (namesSite(tail, sites) && last.index! > 0) t = t.slice(0, last.index!).trim();
    else if (namesSite(head, sites) && first.index! + first[0].length < t.length) t = t.slice(first.index! + first[0].length).trim();
    if (t === before) break;
  }
  return t;
}

/**
 * A declared title without the site's name at its end only ("Push your ideas to the web |
 * Netlify", "Welcome to LWN.net [LWN.net]"); a site name that leads it ("Todoist | A to-do
 * list …") stays, for on a home page it is part of what the page calls itself.
 */
export function stripTrailingSite(title: string, sites: readonly string[]): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (let round = 0; round < META_TITLE_CUT_ROUNDS; round++) {
    const bracket = /(?<!\s)\s*[[(]([^\])[(]+)[\])]$/u.exec(t);
    if (bracket && bracket.index > 0 && namesSite(bracket[1]!, sites)) {
      t = t.slice(0, bracket.index).trim();
      continue;
    }
    const matches = [...t.matchAll(SEPARATOR)];
    const last = matches[matches.length - 1];
    if (!last || !last.index || !namesSite(t.slice(last.index + last[0].length), sites)) break;
    t = t.slice(0, last.index).trim();
  }
  return t;
}

/** A home page: the site's root ("/", "/index.html", a language root such as "/en/"), with no query naming a page. */
export function isHomePage(url: string | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/(?:index|default|home)\.\w+$/i, '/');
    return /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?$/i.test(path) && !u.search;
  } catch {
    return false;
  }
}

/**
 * A title's words: runs of letters and digits, and each pair of neighbouring characters in a
 * run of CJK script, which writes no spaces between its words.
 */
function words(s: string): Set<string> {
  const out = new Set<string>();
  for (const run of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    for (const part of run.split(CJK_RUN)) if (part) out.add(part);
    for (const cjk of run.match(CJK_RUN) ?? []) for (let i = 0; i < Math.max(1, cjk.length - 1); i++) out.add(cjk.slice(i, i + 2)); // literal: a pair of characters
  }
  return out;
}

/** Do two titles share a word? */
export function sharesWord(a: string, b: string): boolean {
  const wb = words(b);
  return [...words(a)].some((w) => wb.has(w));
}

/** Is `headline` the declared title, or a part of it between separators? */
export function agrees(headline: string, declared: string | null, sites: readonly string[]): boolean {
  if (!declared) return false;
  const h = squash(headline);
  if (!h) return false;
  if (squash(declared) === h || squash(stripSite(declared, sites)) === h) return true;
  const ps = parts(declared);
  // "Section - Headline - Site": the headline is one of the parts, the others the site and its sections.
  return ps.length > 1 && ps.some((p) => squash(p) === h);
}

export interface TitleChoice {
  title: string | null;
  source: TitleSource | null;
}

/**
 * Choose the title. `headlines` are the visible <h1> texts in page order (the site's own
 * name left out); `declared` the declared titles by source, best first.
 */
export function chooseTitle(headlines: readonly string[], declared: ReadonlyArray<[TitleSource, string | null]>, sites: readonly string[]): TitleChoice {
  const stated = declared.filter((d): d is [TitleSource, string] => !!d[1]);
  // A visible headline the page also declares is the title, as the reader sees it.
  for (const h of headlines) {
    if (stated.some(([, d]) => agrees(h, d, sites))) return { title: h, source: 'h1' };
  }
  // A headline that carries a label before the declared title ("Thread: …", "Tips …") or its
  // byline run into it ("… Posted on July 1 by …"): the declared title is the headline without it.
  const sh = squash(headlines[0] ?? '');
  for (const [source, d] of stated) {
    const t = stripSite(d, sites);
    const sd = squash(t);
    if (sd.length >= META_TITLE_IN_HEADLINE_MIN_CHARS && sh.length > sd.length && (sh.endsWith(sd) || sh.startsWith(sd))) return { title: t, source };
  }
  // Many headlines, none of them declared: a page of posts, each under its own <h1>; the page is what it declares.
  const og = stated.find(([source]) => source === 'og:title');
  if (headlines.length > META_POSTS_MIN_HEADLINES && og) return { title: og[1], source: 'og:title' };
  // A first headline that shares no word with anything the page declares is a widget's or a
  // section's heading ("Follow the author", "Introduction"), not this page's name.
  if (headlines[0] && (!stated.length || stated.some(([, d]) => sharesWord(headlines[0]!, d)))) return { title: headlines[0], source: 'h1' };
  // No visible headline (a home page, a listing): the page is named by its declared title, whole.
  const [source, d] = stated.find(([s]) => s === 'og:title') ?? stated[0] ?? [null, null];
  return source && d ? { title: source === 'og:title' ? d : stripSite(d, sites), source } : { title: null, source: null };
}
