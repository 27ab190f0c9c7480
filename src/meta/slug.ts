/**
 * The words of a page's URL slug, as a sign of its headline. Sites name a story's address
 * after its headline ("/2025/03/the-best-restaurants-in-okc/" for "The Best Restaurants in
 * OKC"), so a line whose words the slug repeats is very likely the headline — in any
 * language, since only the URL's tokens and the line's are compared (lower case, accents
 * folded). Segments that are no words (ids, dates, "index.html", a one-word section) give no
 * slug, and then nothing is matched.
 */
import { META_SLUG_MIN_TOKENS, META_SLUG_PREFIX_MIN, META_SLUG_ID_MIN_CHARS } from './thresholds.js';

/** Lower case, accents folded, split into letters-and-digits tokens. */
export function tokens(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
  return folded.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A token that is no word: an id ("a63515464", "5f3a9c"), or a long number. */
const idLike = (t: string) => (/\d/.test(t) && /\p{L}/u.test(t) && t.length >= META_SLUG_ID_MIN_CHARS) || /^\d{5,}$/.test(t);

/**
 * The slug's word tokens: those of the last path segment that holds words (ids, numbers,
 * "index.html" skipped). An empty list when the URL has none. One word alone ("/pods/",
 * "/quickstart.html") is a slug too, but matches only a line that is that word.
 */
export function slugWords(url: string | null | undefined): string[] {
  if (!url) return [];
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return [];
  }
  const segments = path.split('/').filter(Boolean).reverse();
  for (const seg of segments) {
    const bare = seg.replace(/\.(?:s?html?|php\d?|aspx?|jsp|cfm)$/i, '');
    if (/^(?:index|default|home|main)$/i.test(bare)) continue;
    const words = tokens(bare).filter((t) => !idLike(t) && !/^\d+$/.test(t));
    if (words.length) return tokens(bare).filter((t) => !idLike(t));
  }
  return [];
}

function matches(slugToken: string, lineToken: string): boolean {
  if (slugToken === lineToken) return true;
  const short = slugToken.length < lineToken.length ? slugToken : lineToken;
  const long = short === slugToken ? lineToken : slugToken;
  return short.length >= META_SLUG_PREFIX_MIN && long.startsWith(short);
}

/**
 * How well a line matches the slug: the share of the slug's tokens the line holds (0..1),
 * or 0 when the line shares fewer than two of them (a menu entry that happens to be one slug
 * word). `slug` is the output of slugWords.
 */
export function slugMatch(line: string, slug: readonly string[]): number {
  const own = tokens(line);
  if (!own.length || !slug.length) return 0;
  // A one-word slug: only the line that is that word.
  if (slug.length < META_SLUG_MIN_TOKENS) return own.length === 1 && own[0] === slug[0] ? 1 : 0;
  let shared = 0;
  for (const s of new Set(slug)) if (own.some((w) => matches(s, w))) shared++;
  if (shared < META_SLUG_MIN_TOKENS) return 0;
  return shared / new Set(slug).size;
}
