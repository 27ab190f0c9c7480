import type { Inline } from '../types.js';

/** Elements whose inline content is dropped (as the text path drops their text). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'MATH', 'math']);
/** Block-level elements inside a block: the text path separates their text with a space. */
const BREAKS = /^(?:P|DIV|LI|DT|DD|H[1-6]|BLOCKQUOTE|UL|OL|DL|TR|TD|TH|SECTION|ARTICLE|FIGURE|FIGCAPTION|HEADER|FOOTER|ASIDE|PRE|TABLE|BR)$/;
const MARKS: Record<string, 'strong' | 'em' | 'code'> = { STRONG: 'strong', B: 'strong', EM: 'em', I: 'em', CODE: 'code', KBD: 'code', SAMP: 'code' };
/** Deeper inline nesting than this is read as plain text: no page needs it, and no stack overflows. */
const MAX_INLINE_DEPTH = 32;

/**
 * A link or image target the writers may show: http(s), or relative (resolved against the
 * page's URL when it has one). Every other scheme (javascript:, data:, vbscript:, file:) is
 * dropped, so neither the markdown nor the HTML output can carry one.
 */
export function safeUrl(raw: string | null, base: string | null): string | null {
  if (!raw) return null;
  const url = raw.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (!url) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme && !/^https?$/i.test(scheme[1]!)) return null;
  if (!base) return scheme || !url.startsWith('//') ? url : null;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/** The inline content (text, links, images, emphasis, code) of a block's nodes, as the writers read it. */
export function inlineOf(nodes: readonly Node[], base: string | null): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) walk(node, out, base, 0);
  return out;
}

function walk(node: Node, out: Inline[], base: string | null, depth: number): void {
  if (node.nodeType === 3) {
    out.push({ t: 'text', text: node.nodeValue ?? '' });
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (SKIP.has(el.tagName)) return;
  if (depth > MAX_INLINE_DEPTH) {
    out.push({ t: 'text', text: el.textContent ?? '' });
    return;
  }
  if (el.tagName === 'IMG') {
    const src = safeUrl(el.getAttribute('src'), base);
    if (src) out.push({ t: 'image', src, alt: (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim() });
    return;
  }
  const gap = BREAKS.test(el.tagName);
  if (gap) out.push({ t: 'text', text: ' ' });
  const kids: Inline[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) walk(c, kids, base, depth + 1);
  const href = el.tagName === 'A' ? safeUrl(el.getAttribute('href'), base) : null;
  const mark = MARKS[el.tagName];
  if (href && kids.length) out.push({ t: 'link', href, kids });
  else if (mark && kids.length) out.push({ t: mark, kids });
  else out.push(...kids);
  if (gap) out.push({ t: 'text', text: ' ' });
}

/** The words of inline content, images left out: what the text output shows of it. */
export function plainOf(inline: readonly Inline[]): string {
  let s = '';
  for (const run of inline) {
    if (run.t === 'text') s += run.text;
    else if (run.t !== 'image') s += plainOf(run.kids);
  }
  return s;
}

export const squash = (s: string) => s.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
