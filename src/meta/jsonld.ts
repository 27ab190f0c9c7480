/**
 * JSON-LD as pages write it: one object, a list, an `@graph`, nodes that point at each other
 * by `@id` (Yoast's `author: {"@id": "…#/schema/person/…"}`), `author` as a string, an
 * object, a list of either. The page's main node is the article (any *Article, *Posting,
 * Report, Review…), else a question or forum post, else the web page; its headline, authors
 * and dates are read, and the site's name from the WebSite node or the publisher.
 */
import { META_JSONLD_MAX_DEPTH, META_JSONLD_REFERENCE_KEYS } from './thresholds.js';

type Node = Record<string, unknown>;

export interface JsonLdMeta {
  headline: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  publisher: string | null;
}

const ARTICLE = /article|posting|report|review|recipe|howto|blog|creativework|scholarly/i;
const DISCUSSION = /question|discussion|comment|qapage/i;
const PAGE = /webpage|aboutpage|itempage|profilepage|collectionpage|faqpage/i;

/** Entities some pages leave escaped inside their JSON-LD ("Maria &amp; Katerina"). */
const unescape = (s: string) =>
  s.includes('&') ? s.replace(/&(?:amp|#38|#x26);/gi, '&').replace(/&(?:#39|#x27|apos);/gi, "'").replace(/&quot;/g, '"').replace(/&#8217;/g, '’').replace(/&#8211;/g, '–') : s;

const str = (v: unknown): string | null => {
  if (typeof v === 'string') return unescape(v.replace(/\s+/g, ' ').trim()) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && '@value' in v) return str((v as Node)['@value']);
  return null;
};
const typeOf = (n: Node) => (Array.isArray(n['@type']) ? n['@type'].join(' ') : String(n['@type'] ?? ''));

/** The JSON-LD scripts' texts parsed; a broken one is left out. */
export function parseJsonLd(scripts: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const text of scripts) {
    try {
      // Some pages leave raw newlines or a trailing ';' inside the script: still JSON once trimmed.
      out.push(JSON.parse(text.trim().replace(/;\s*$/, '').replace(/[\n\r\t]+/g, ' ')));
    } catch {
      // Broken JSON-LD is common and harmless: the page's other sources still stand.
    }
  }
  return out;
}

/** Every node of the page's parsed JSON-LD, nested ones included, and an index by @id. */
function nodes(data: readonly unknown[]): { all: Node[]; byId: Map<string, Node> } {
  const all: Node[] = [];
  const byId = new Map<string, Node>();
  const visit = (v: unknown, depth: number) => {
    if (depth > META_JSONLD_MAX_DEPTH || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const n = v as Node;
    if (n['@type'] || n['@graph']) all.push(n);
    if (typeof n['@id'] === 'string' && n['@type'] && !byId.has(n['@id'])) byId.set(n['@id'], n);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart']) if (key in n) visit(n[key], depth + 1);
  };
  for (const v of data) visit(v, 0);
  return { all, byId };
}

function resolve(v: unknown, byId: Map<string, Node>): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const id = (v as Node)['@id'];
    if (typeof id === 'string' && Object.keys(v).length <= META_JSONLD_REFERENCE_KEYS && byId.has(id)) return byId.get(id);
  }
  return v;
}

/** Names of `author` (or `creator`) in any of its shapes, in order; with each, whether it is an Organization. */
function people(v: unknown, byId: Map<string, Node>): Array<{ name: string; org: boolean }> {
  const out: Array<{ name: string; org: boolean }> = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    const n = resolve(item, byId);
    if (typeof n === 'string') {
      if (n.trim() && !/^https?:/i.test(n)) out.push({ name: n.trim(), org: false });
    } else if (n && typeof n === 'object') {
      const node = n as Node;
      const name = str(node.name) ?? ([str(node.givenName), str(node.familyName)].filter(Boolean).join(' ') || null);
      if (name) out.push({ name, org: /organi[sz]ation|corporation|newsmedia/i.test(typeOf(node)) });
    }
  }
  return out;
}

/** Read the page's JSON-LD (each ld+json script parsed). */
export function readJsonLd(data: readonly unknown[]): JsonLdMeta {
  const out: JsonLdMeta = { headline: null, authors: [], published: null, modified: null, siteName: null, publisher: null };
  if (!data.length) return out;
  const { all, byId } = nodes(data);
  const typed = all.filter((n) => n['@type']);
  const main =
    typed.find((n) => ARTICLE.test(typeOf(n)) && (n.headline || n.author || n.datePublished)) ??
    typed.find((n) => DISCUSSION.test(typeOf(n)) && (n.author || n.dateCreated || n.datePublished)) ??
    typed.find((n) => PAGE.test(typeOf(n)) && (n.author || n.datePublished));
  if (main) {
    out.headline = str(main.headline) ?? (ARTICLE.test(typeOf(main)) || DISCUSSION.test(typeOf(main)) ? str(main.name) : null);
    const authors = people(main.author ?? main.creator, byId);
    const persons = authors.filter((a) => !a.org);
    out.authors = (persons.length ? persons : authors).map((a) => a.name);
    out.published = str(main.datePublished) ?? str(main.dateCreated) ?? str(main.uploadDate);
    out.modified = str(main.dateModified);
    const publisher = resolve(main.publisher, byId);
    out.publisher = publisher && typeof publisher === 'object' ? str((publisher as Node).name) : str(publisher);
  }
  // Dates and authors of the page node, when the article node left them out.
  const page = typed.find((n) => PAGE.test(typeOf(n)));
  if (page) {
    out.published ??= str(page.datePublished);
    out.modified ??= str(page.dateModified);
  }
  const site = typed.find((n) => /\bwebsite\b/i.test(typeOf(n)));
  out.siteName = site ? str(site.name) : null;
  return out;
}
