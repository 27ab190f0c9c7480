/**
 * The DOM engines, each loaded only when an HTML page arrives so that text pages never pay
 * for one. Scripts never run and nothing is fetched (jsdom's defaults, no `runScripts`, no
 * `resources`, are kept on purpose; linkedom has neither). Markup is pre-stripped of
 * scripts, styles, SVG and comments first (prestrip.ts), so no engine parses CSS.
 *
 * linkedom is the default: on the benchmark pages Readability returns the same text on it
 * as on jsdom at a tenth of the cost (bench/speed.mjs measures it). jsdom stays supported
 * and tested (`dom: 'jsdom'`) as the standards-exact reference.
 */
import { jsdom } from '../lazy.js';
import type { DomEngine } from '../options.js';
import { prestrip, type PrestripOptions } from './prestrip.js';

export interface ParsedPage {
  document: Document;
  /** Let go of the page; jsdom's window holds timers and caches until closed. */
  close(): void;
}

type Parser = (html: string, url: string | null, options?: PrestripOptions) => ParsedPage;

const loaded = new Map<DomEngine, Promise<Parser>>();

/** The parser of an engine, imported on first use. */
export function loadDom(engine: DomEngine): Promise<Parser> {
  let parser = loaded.get(engine);
  if (!parser) {
    parser = engine === 'jsdom' ? Promise.resolve().then(() => jsdomParser(jsdom())) : import('linkedom').then(linkedomParser);
    loaded.set(engine, parser);
  }
  return parser;
}

function baseUrl(url: string | null): string | undefined {
  try {
    return url ? new URL(url).href : undefined;
  } catch {
    return undefined;
  }
}

function jsdomParser(mod: typeof import('jsdom')): Parser {
  return (html, url, options) => {
    // A silent virtual console: the page's markup errors are the page's problem, not stderr's.
    const virtualConsole = new mod.VirtualConsole();
    const base = baseUrl(url);
    const dom = new mod.JSDOM(prestrip(html, options), base ? { url: base, virtualConsole } : { virtualConsole });
    return { document: dom.window.document, close: () => dom.window.close() };
  };
}

const HAS_BODY = /<body[\s>/]/i;
const LEADING_DOCTYPE = /^\s*<!doctype[^>]{0,200}>/i;
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);

/**
 * HTML may leave out <html>, <head> and <body> (a fragment, a CMS body field, a terse page),
 * and a browser (or jsdom) implies them. linkedom does not: the first element becomes the
 * root and document.body is empty, so such a page had no story on the default engine. The
 * browser's split is rebuilt: head-only elements up to the first content go in <head>,
 * everything from there on in <body>.
 */
function implyRoots(mod: typeof import('linkedom'), markup: string, parsed: Document): Document {
  let document = parsed;
  if (document.documentElement?.localName !== 'html') {
    ({ document } = mod.parseHTML(`<!DOCTYPE html><html>${markup.replace(LEADING_DOCTYPE, '')}</html>`) as unknown as { document: Document });
  }
  const html = document.documentElement;
  const child = (name: string) => [...html.children].find((e) => e.localName === name);
  const head = child('head') ?? html.insertBefore(document.createElement('head'), html.firstChild);
  const body = child('body') ?? html.appendChild(document.createElement('body'));
  let inBody = false;
  for (const node of [...html.childNodes]) {
    if (node === head || node === body) continue;
    const headOnly = node.nodeType === 1 ? HEAD_ONLY.has((node as Element).localName) : node.nodeType === 8 || !node.textContent?.trim();
    inBody ||= !headOnly;
    (inBody ? body : head).appendChild(node);
  }
  return document;
}

/**
 * Is <head> the root's first element and <body> the next? linkedom's document.head and
 * document.body look only there and otherwise create empty ones: a page with a <link> before
 * its <head> (a browser moves it in) had its whole body ignored, with nothing recorded.
 */
function rootsInOrder(document: Document): boolean {
  const first = document.documentElement.firstElementChild;
  return first?.localName === 'head' && first.nextElementSibling?.localName === 'body';
}

function linkedomParser(mod: typeof import('linkedom')): Parser {
  // linkedom's `a.href` is the attribute re-encoded (and throws on a malformed %-escape);
  // jsdom's, like a browser's, is the link resolved against the document's base URL. Links
  // are read through `href` (blocks.ts), so linkedom is given the browser's getter.
  Object.defineProperty(mod.HTMLAnchorElement.prototype, 'href', {
    configurable: true,
    get(this: Element): string {
      const href = this.getAttribute('href');
      if (href === null) return '';
      try {
        return new URL(href, this.ownerDocument.baseURI).href;
      } catch {
        return href;
      }
    },
    set(this: Element, value: string) {
      this.setAttribute('href', value);
    },
  });
  return (html, url, options) => {
    const markup = prestrip(html, options);
    let { document } = mod.parseHTML(markup) as unknown as { document: Document };
    if (!HAS_BODY.test(markup) || document.documentElement?.localName !== 'html' || !rootsInOrder(document)) document = implyRoots(mod, markup, document);
    // linkedom knows no document URL: give Readability and `href` the same URLs jsdom
    // would, the page address (or about:blank) refined by a <base href>.
    const documentURI = baseUrl(url) ?? 'about:blank';
    let baseURI = documentURI;
    const baseHref = document.querySelector('base[href]')?.getAttribute('href');
    if (baseHref) {
      try {
        baseURI = new URL(baseHref, documentURI).href;
      } catch {
        // An unparseable <base> is ignored, as browsers do.
      }
    }
    Object.defineProperty(document, 'documentURI', { value: documentURI });
    Object.defineProperty(document, 'baseURI', { value: baseURI });
    return { document, close: () => undefined };
  };
}
