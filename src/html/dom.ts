/**
 * The DOM engine, loaded only when an HTML page arrives so that text pages never pay
 * for it. Scripts never run and nothing is fetched: jsdom's defaults (no `runScripts`,
 * no `resources`) are kept on purpose.
 */
import type { JSDOM as JSDOMType } from 'jsdom';

let jsdomModule: Promise<typeof import('jsdom')> | null = null;

export async function loadDom(): Promise<typeof import('jsdom')> {
  jsdomModule ??= import('jsdom');
  return jsdomModule;
}

export interface ParsedPage {
  document: Document;
  window: Window;
  close(): void;
}

export function parseHtml(mod: typeof import('jsdom'), html: string, url: string | null): ParsedPage {
  // A silent virtual console: page CSS and markup errors are the page's problem, not stderr's.
  const virtualConsole = new mod.VirtualConsole();
  let base: string | undefined;
  try {
    base = url ? new URL(url).href : undefined;
  } catch {
    base = undefined;
  }
  const dom: JSDOMType = new mod.JSDOM(html, base ? { url: base, virtualConsole } : { virtualConsole });
  return {
    document: dom.window.document,
    window: dom.window as unknown as Window,
    close: () => dom.window.close(),
  };
}
