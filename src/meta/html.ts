/**
 * What an HTML page says about itself, gathered in one walk over its elements before any
 * pruning: meta tags, JSON-LD, microdata (`itemprop` author, dates, headline), `<time
 * datetime>`, `rel=author` links, elements named as bylines or dates by their class or id,
 * the `<h1>` headlines, and the lines of text around the visible headline. Choosing among
 * them is decide.ts's work; this file only reads.
 */
import {
  META_NEAR_HEADLINE_CHARS,
  META_NEAR_HEADLINE_ELEMENTS,
  META_NEAR_HEADLINE_LINES,
  META_DIALOG_LEVELS,
  META_FOREIGN_LEVELS,
  META_NAMED_SCAN_BEFORE,
  META_NAMED_SCAN_AFTER,
  META_SCOPE_LEVELS,
  META_CLASS_MAX_CHARS,
  META_BYLINE_MAX_CHARS,
  META_DATELINE_CHARS,
  META_HEADLINES_READ,
  META_HEADLINES_NEAR,
  META_LINES_BEFORE_HEADLINE,
} from './thresholds.js';
import { parseJsonLd } from './jsonld.js';

export interface HtmlCandidates {
  metas: Map<string, string>;
  docTitle: string | null;
  /** Each JSON-LD script, parsed (broken ones left out). */
  jsonld: unknown[];
  /** Visible headlines (<h1>) in page order, with the lines of text just below and above each. */
  headlines: Array<{ text: string; after: string[]; before: string[]; order: number }>;
  /** Microdata, `rel=author` and byline-named elements, in page order. */
  authors: Array<{ text: string; source: 'microdata' | 'rel-author' | 'byline-element'; order: number }>;
  /** Machine-readable dates on elements (itemprop, <time datetime>), and date-named elements' text. */
  dates: Array<{ value: string; source: 'microdata' | 'time' | 'date-element'; modified: boolean; order: number }>;
  /** <html lang>. */
  lang: string | null;
  /** The href of <link rel=canonical>. */
  canonical: string | null;
}

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'IFRAME']);
/** Class or id tokens that name a byline (several languages), and a date. */
const AUTHOR_NAME = /(?:^|[-_\s])(?:author|authors|byline|by-line|writer|autor|auteur|autore|auteurs|verfasser|contributor)(?:$|[-_\s]|name)/i;
const DATE_NAME = /(?:^|[-_\s])(?:date|dateline|published|pubdate|posted|post-date|timestamp|datum|fecha|data|publish|time)(?:$|[-_\s])/i;
const MODIFIED_NAME = /updated|modified|aktualisiert|mise-a-jour|actualizado/i;
/** Containers whose bylines and dates are someone else's: comments, related cards, footers. */
const FOREIGN = /comment|related|recommend|sidebar|footer|teaser|card|widget|reply|review|testimonial/i;

const space = (s: string) => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

/**
 * An element's text as rendered: blocks and <br> set apart by spaces, heading anchors ("¶",
 * "#") left out; read up to about `max` characters.
 */
export function visibleText(el: Element, max = Infinity): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c && out.length <= max; c = c.nextSibling) {
      // A text node is read up to the limit: a page can hold megabytes in one.
      if (c.nodeType === 3) out += max === Infinity ? c.textContent ?? '' : (c.textContent ?? '').slice(0, max + 1);
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (BLOCK.has(tag)) out += ' ';
        walk(c);
        if (BLOCK.has(tag)) out += ' ';
      }
    }
  };
  walk(el);
  // A page that escaped its text twice shows "&#x26;" where it meant "&": read it as meant.
  if (out.includes('&')) out = out.replace(/&(?:#x26|#38|amp);/gi, '&').replace(/&(?:#x27|#39|apos);/gi, "'").replace(/&quot;/g, '"');
  return space(out).replace(/(?<!\s)\s*[¶§#🔗]$/u, '').replace(/^#\s*/, '');
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK.has(c.tagName.toUpperCase()) && c.tagName.toUpperCase() !== 'BR') return true;
  return false;
}

/** Lines of text in page order from `start` on (forward) or back from it, as blocks render them. */
export function linesFrom(start: Element, forward: boolean, maxLines: number): string[] {
  const lines: string[] = [];
  let chars = 0;
  // Elements visited at most: a headline followed by thousands of empty wrappers costs no more.
  let budget = META_NEAR_HEADLINE_ELEMENTS;
  const take = (el: Element): boolean => {
    if (--budget < 0) return false;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return true;
    if (hasBlockChild(el)) {
      const kids = Array.from(el.children);
      if (!forward) kids.reverse();
      for (const k of kids) if (!take(k)) return false;
      return true;
    }
    const text = visibleText(el, META_NEAR_HEADLINE_CHARS);
    if (text) {
      lines.push(text);
      chars += text.length;
    }
    return lines.length < maxLines && chars < META_NEAR_HEADLINE_CHARS;
  };
  let at: Element | null = start;
  while (at && at.tagName.toUpperCase() !== 'BODY') {
    for (let s = forward ? at.nextElementSibling : at.previousElementSibling; s; s = forward ? s.nextElementSibling : s.previousElementSibling) {
      if (!take(s)) return lines;
    }
    at = at.parentElement;
  }
  return lines;
}

/** Containers over the page, by a class or id token: a cookie or consent notice. */
const DIALOG = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|cmp)(?:$|[\s_-])/i;

function inDialog(el: Element): boolean {
  for (let a: Element | null = el.parentElement, depth = 0; a && depth < META_DIALOG_LEVELS; a = a.parentElement, depth++) {
    if (a.localName === 'dialog' || a.getAttribute('role') === 'dialog' || a.getAttribute('aria-modal') === 'true') return true;
    const names = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`;
    if (names.length > 1 && DIALOG.test(names)) return true;
  }
  return false;
}

function foreign(el: Element): boolean {
  for (let a: Element | null = el.parentElement, depth = 0; a && depth < META_FOREIGN_LEVELS; a = a.parentElement, depth++) {
    const tag = a.tagName.toUpperCase();
    if (tag === 'FOOTER' || tag === 'NAV' || tag === 'ASIDE') return true;
    const names = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`;
    if (names.length > 1 && FOREIGN.test(names)) return true;
  }
  return false;
}


/** The part of the page around the headline where its byline and dates stand (an <article> or <main> stops the climb). */
function scopeOf(h1: Element | null, document: Document): Element | null {
  if (!h1) return document.querySelector('article') ?? document.querySelector('main');
  let at: Element = h1;
  for (let i = 0; i < META_SCOPE_LEVELS && at.parentElement && at.parentElement.localName !== 'body'; i++) {
    if (at.localName === 'article' || at.localName === 'main') break;
    at = at.parentElement;
  }
  return at;
}

type Authors = HtmlCandidates['authors'];
type Dates = HtmlCandidates['dates'];

/** Microdata: itemprop author or creator (its name), datePublished, dateCreated, dateModified. */
function microdata(el: Element, order: number, authors: Authors, dates: Dates): void {
  const prop = el.getAttribute('itemprop') ?? '';
  if (/\b(?:author|creator)\b/.test(prop)) {
    const name = el.querySelector('[itemprop~="name"]');
    const text = el.getAttribute('content') ?? (name ? name.getAttribute('content') ?? visibleText(name) : visibleText(el));
    if (text) authors.push({ text, source: 'microdata', order });
  } else if (/\bdate(?:Published|Created|Modified)\b/.test(prop)) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? visibleText(el);
    if (value) dates.push({ value, source: 'microdata', modified: /Modified/.test(prop), order });
  }
}

/** An element whose class names it a byline or a date: its short text. */
function named(el: Element, order: number, authors: Authors, dates: Dates): void {
  const tag = el.localName;
  if (tag !== 'span' && tag !== 'div' && tag !== 'p' && tag !== 'a' && tag !== 'li' && tag !== 'address') return;
  const names = el.getAttribute('class');
  if (!names || names.length > META_CLASS_MAX_CHARS) return;
  if (AUTHOR_NAME.test(names) && !/avatar|image|photo|bio|description|box|img/i.test(names)) {
    const text = visibleText(el);
    if (text && text.length <= META_BYLINE_MAX_CHARS && !foreign(el)) authors.push({ text, source: 'byline-element', order });
  } else if (DATE_NAME.test(names)) {
    const text = visibleText(el);
    if (text && text.length <= META_DATELINE_CHARS && !foreign(el)) dates.push({ value: text, source: 'date-element', modified: MODIFIED_NAME.test(names + text), order });
  }
}

/**
 * Gather every metadata candidate of the page in one walk over its elements: on a parsed
 * page each whole-document lookup (by tag name or selector) is a walk of its own, and on a
 * large page one walk costs as much as the rest of this file.
 */
export function readHtmlCandidates(document: Document): HtmlCandidates {
  const metas = new Map<string, string>();
  const scripts: string[] = [];
  const headlines: HtmlCandidates['headlines'] = [];
  const authors: HtmlCandidates['authors'] = [];
  const dates: HtmlCandidates['dates'] = [];
  let docTitle: string | null = null;
  let canonical: string | null = null;
  const headlineEls: Element[] = [];
  const all = document.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = el.localName;
    if (tag === 'meta') {
      const content = el.getAttribute('content');
      if (!content || !space(content)) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr);
        if (key && !metas.has(key)) metas.set(key, space(content));
        const low = key?.toLowerCase();
        if (low && !metas.has(low)) metas.set(low, space(content));
      }
      continue;
    }
    if (tag === 'script') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) scripts.push(el.textContent ?? '');
      continue;
    }
    if (tag === 'title') {
      if (docTitle === null && !el.closest('svg')) docTitle = space(el.textContent ?? '') || null;
      continue;
    }
    if (tag === 'link') {
      if (canonical === null && /(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) canonical = el.getAttribute('href');
      continue;
    }
    if (tag === 'h1') {
      const text = visibleText(el);
      // A dialog's heading (cookie consent, sign-in) and an unrendered template are no headline.
      if (text && headlines.length < META_HEADLINES_READ && !text.includes('{{') && !inDialog(el)) {
        const near = headlines.length < META_HEADLINES_NEAR;
        headlines.push({ text, after: near ? linesFrom(el, true, META_NEAR_HEADLINE_LINES) : [], before: near ? linesFrom(el, false, META_LINES_BEFORE_HEADLINE) : [], order: i });
        headlineEls.push(el);
      }
      continue;
    }
    if (tag === 'time') {
      const value = el.getAttribute('datetime');
      if (value && !foreign(el)) {
        const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
        dates.push({ value, source: 'time', modified: MODIFIED_NAME.test(names), order: i });
      }
      continue;
    }
    if (tag === 'a' && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) {
      const text = visibleText(el);
      if (text && !foreign(el)) authors.push({ text, source: 'rel-author', order: i });
      continue;
    }
    // hasAttribute first: on a parsed page it is a third of the cost of reading the value.
    if (el.hasAttribute('itemprop')) microdata(el, i, authors, dates);
  }
  // Elements named as bylines or dates, around the headline only: reading every element's
  // class costs more than the walk itself, and a listing page names hundreds of them.
  const first = headlineEls[0] ?? null;
  const scope = scopeOf(first, document);
  if (scope) {
    const near = scope.querySelectorAll('*');
    let at = 0;
    if (first) while (at < near.length && near[at] !== first) at++;
    // A window around the headline: a byline stands a few elements before it or a few dozen after.
    const end = Math.min(near.length, at + META_NAMED_SCAN_AFTER);
    for (let i = Math.max(0, at - META_NAMED_SCAN_BEFORE); i < end; i++) named(near[i]!, i - at, authors, dates);
  }
  const lang = document.documentElement?.getAttribute('lang')?.trim() || null;
  return { metas, docTitle, canonical, jsonld: parseJsonLd(scripts), headlines, authors, dates, lang };
}
