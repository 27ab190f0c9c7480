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
import { prestrip } from './prestrip.js';

export interface ParsedPage {
  document: Document;
  /** Let go of the page; jsdom's window holds timers and caches until closed. */
  close(): void;
}

type Parser = (html: string, url: string | null) => ParsedPage;

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
  return (html, url) => {
    // A silent virtual console: the page's markup errors are the page's problem, not stderr's.
    const virtualConsole = new mod.VirtualConsole();
    const base = baseUrl(url);
    const dom = new mod.JSDOM(prestrip(html), base ? { url: base, virtualConsole } : { virtualConsole });
    return { document: dom.window.document, close: () => dom.window.close() };
  };
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
  return (html, url) => {
    const markup = prestrip(html);
    let { document } = mod.parseHTML(markup) as unknown as { document: Document };
    // Markup with no element left (a lone <script>, stripped; bare text) gives linkedom no
    // root, and its document.body then throws: give it the root a browser would imply.
    if (!document.documentElement) ({ document } = mod.parseHTML(`<html><body>${markup}</body></html>`) as unknown as { document: Document });
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
