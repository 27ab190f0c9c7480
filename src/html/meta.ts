import type { Meta } from '../types.js';
import { normalizeSpace } from './blocks.js';

type MetaIndex = Map<string, Element>;

/**
 * Every <meta> by its property, name and itemprop, first in document order winning, as
 * `querySelector('meta[property=x], meta[name=x], meta[itemprop=x]')` would find it: one
 * walk over the <meta> elements instead of a whole-document selector query per name.
 */
function indexMeta(document: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(document.getElementsByTagName('meta'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !index.has(key)) index.set(key, el);
    }
  }
  return index;
}

function metaContent(index: MetaIndex, names: string[]): string | null {
  for (const name of names) {
    const v = index.get(name)?.getAttribute('content');
    if (v && normalizeSpace(v)) return normalizeSpace(v);
  }
  return null;
}

/** An ISO 8601 string for a date the page states, or null when it does not parse. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Metadata the page declares about itself (Open Graph, article:*, JSON-LD, <html lang>, canonical link). */
export function readMeta(document: Document, pageUrl: string | null): Partial<Meta> {
  const out: Partial<Meta> = {};
  const index = indexMeta(document);
  out.title = metaContent(index, ['og:title', 'twitter:title']) ?? null;
  out.siteName = metaContent(index, ['og:site_name', 'application-name']);
  out.byline = metaContent(index, ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author']);
  out.published = isoDate(metaContent(index, ['article:published_time', 'datePublished', 'pubdate', 'publish-date', 'dc.date', 'date', 'sailthru.date']));
  out.excerpt = metaContent(index, ['og:description', 'description', 'twitter:description']);
  const lang = document.documentElement?.getAttribute('lang');
  out.lang = lang ? lang.trim() : metaContent(index, ['og:locale', 'language', 'content-language']);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? metaContent(index, ['og:url']);
  out.url = canonical ? absolute(canonical, pageUrl) : pageUrl;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data = JSON.parse(script.textContent ?? '');
      const items: unknown[] = Array.isArray(data) ? data : data?.['@graph'] ? data['@graph'] : [data];
      for (const item of items as Array<Record<string, unknown>>) {
        if (!item || typeof item !== 'object') continue;
        const type = String(item['@type'] ?? '');
        if (!/Article|Posting|Report|BlogPosting|NewsArticle/i.test(type)) continue;
        out.published ??= isoDate(typeof item.datePublished === 'string' ? item.datePublished : null);
        if (!out.byline) {
          const author = Array.isArray(item.author) ? item.author[0] : item.author;
          const name = typeof author === 'string' ? author : (author as Record<string, unknown> | undefined)?.name;
          if (typeof name === 'string' && normalizeSpace(name)) out.byline = normalizeSpace(name);
        }
        if (!out.title && typeof item.headline === 'string') out.title = normalizeSpace(item.headline);
      }
    } catch {
      // Broken JSON-LD is common and harmless: the other sources still stand.
    }
  }
  for (const key of Object.keys(out) as Array<keyof Meta>) if (out[key] == null) delete out[key];
  return out;
}

function absolute(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}
