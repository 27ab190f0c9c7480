import type { Meta } from '../types.js';
import { normalizeSpace } from './blocks.js';
import type { HtmlCandidates } from '../meta/html.js';

function metaContent(metas: Map<string, string>, names: string[]): string | null {
  for (const name of names) {
    const v = metas.get(name);
    if (v) return v;
  }
  return null;
}

/** An ISO 8601 string for a date the page states, or null when it does not parse. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Metadata the page declares about itself (Open Graph, article:*, JSON-LD, <html lang>,
 * canonical link), as the stages use it; read from the candidates src/meta/html.ts gathers
 * in its one walk, which the metadata stage refines for the sidecar afterwards.
 */
export function readMeta(candidates: HtmlCandidates, pageUrl: string | null): Partial<Meta> {
  const out: Partial<Meta> = {};
  const index = candidates.metas;
  out.title = metaContent(index, ['og:title', 'twitter:title']) ?? null;
  out.siteName = metaContent(index, ['og:site_name', 'application-name']);
  out.byline = metaContent(index, ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author']);
  out.published = isoDate(metaContent(index, ['article:published_time', 'datePublished', 'pubdate', 'publish-date', 'dc.date', 'date', 'sailthru.date']));
  out.excerpt = metaContent(index, ['og:description', 'description', 'twitter:description']);
  out.lang = candidates.lang ?? metaContent(index, ['og:locale', 'language', 'content-language']);
  const canonical = candidates.canonical ?? metaContent(index, ['og:url']);
  out.url = canonical ? absolute(canonical, pageUrl) : pageUrl;
  for (const data of candidates.jsonld as Array<Record<string, unknown> | null>) {
    const items: unknown[] = Array.isArray(data) ? data : data?.['@graph'] ? (data['@graph'] as unknown[]) : [data];
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
