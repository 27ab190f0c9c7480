/**
 * Bound a page's markup before any DOM is built. A DOM engine and Readability pay for
 * nesting and element count out of all proportion: on jsdom, 10,000 nested <div>s take
 * 12 s to parse and 100,000 overflow the parser's stack; Readability alone needs 45 s for
 * 1,000 levels; 300,000 small elements make a 1.1 GB DOM. So the markup is scanned once,
 * linearly, like the HTML tokenizer (no regular expression), with a small model of the
 * tree builder's open-element stack:
 *
 * - Start tags that would nest deeper than `maxDepth` are dropped, and so are their end
 *   tags: the deeper content lands in the element at the limit, as Firefox's parser does
 *   past its depth limit. Text is never dropped. Elements whose content is hidden (SVG,
 *   templates, <select>...) are dropped whole past the limit, so no hidden text surfaces.
 * - After `maxElements` start tags, the rest of the markup is left out.
 *
 * The model knows void elements, raw-text elements, foreign self-closing tags and the
 * common implied end tags (<p>, <li>, <dd>/<dt>, table cells and rows, <option>), so an
 * ordinary page with unclosed paragraphs or list items is not mistaken for a deep one.
 * Its scope searches are bounded, which keeps the scan linear on hostile input.
 */
import { HTML_OPEN_SEARCH_LIMIT } from '../thresholds.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'bgsound', 'frame', 'image']);
/** Content is raw text up to the matching end tag: leaves, never dropped (their text would surface). */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Past the depth limit these go whole, content included: their text never belongs to the story. */
const HIDDEN = new Set(['svg', 'math', 'template', 'select', 'noscript']);
/** HTML start tags that end SVG or MathML content: the tree builder pops the foreign element. */
const BREAKOUT = new Set(['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var']);
const FOREIGN = new Set(['svg', 'math']);
/** Singletons the tree builder merges; they never add depth. */
const ROOTS = new Set(['html', 'head', 'body']);
/** Start tags that close an open <p>. */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt', 'listing', 'plaintext']);
/** Implied end tags: a start tag named by the key closes the nearest open element named in `close`, unless a `stop` element comes first. */
const IMPLIED: Record<string, { close: Set<string>; stop: Set<string> }> = {};
const rule = (names: string[], close: string[], stop: string[]) => {
  for (const n of names) IMPLIED[n] = { close: new Set(close), stop: new Set(stop) };
};
rule(['li'], ['li'], ['ul', 'ol', 'menu', 'table', 'div']);
rule(['dd', 'dt'], ['dd', 'dt'], ['dl', 'table']);
rule(['td', 'th'], ['td', 'th'], ['tr', 'table']);
rule(['tr'], ['tr', 'td', 'th'], ['table', 'tbody', 'thead', 'tfoot']);
rule(['tbody', 'thead', 'tfoot'], ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], ['table']);
rule(['option', 'optgroup'], ['option'], ['select', 'datalist']);
rule(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], ['div', 'section', 'article', 'body']);
/** Scope boundaries for closing a <p>. */
const P_SCOPE = new Set(['table', 'td', 'th', 'caption', 'button', 'object', 'marquee', 'applet', 'template', 'svg', 'math']);

export interface LimitResult {
  html: string;
  /** Deepest nesting the model saw (before the limit was applied). */
  maxDepthSeen: number;
  /** Start tags dropped for nesting past the limit (their content kept unless hidden). */
  droppedTags: number;
  /** Start tags in the markup that was kept. */
  elements: number;
  /** Offset where the markup was cut for too many elements, or -1. */
  truncatedAt: number;
}

interface Open {
  name: string;
  kept: boolean;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Index just past the `>` ending a tag whose name ends at `from`; quoted attribute values may hold `>`. */
function tagEnd(html: string, from: number): number {
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62) return i + 1;
    if ((c === 34 || c === 39) && afterEquals) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return html.length;
      i = close;
      afterEquals = false;
    } else if (c === 61) afterEquals = true;
    else if (!isSpace(c)) afterEquals = false;
  }
  return html.length;
}

/** Index just past `</name...>` ending raw text that starts at `from`, or the end of input. */
function rawEnd(html: string, name: string, from: number): number {
  const needle = `</${name}`;
  for (let at = from; ; ) {
    const i = indexOfCaseless(html, needle, at);
    if (i < 0) return html.length;
    const next = html.charCodeAt(i + needle.length);
    if (Number.isNaN(next) || next === 62 || next === 47 || isSpace(next)) return tagEnd(html, i + needle.length);
    at = i + needle.length;
  }
}

/** indexOf for an ASCII-lower-case needle, matching either case in the haystack. */
function indexOfCaseless(html: string, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  for (let i = html.indexOf(String.fromCharCode(first), from); i >= 0; i = html.indexOf(String.fromCharCode(first), i + 1)) {
    let j = 1;
    for (; j < needle.length; j++) {
      const c = html.charCodeAt(i + j) | 0x20;
      if (c !== needle.charCodeAt(j)) break;
    }
    if (j === needle.length) return i;
  }
  return -1;
}

/** Bound the nesting depth and element count of a page's markup (see the file comment). */
export function limitMarkup(html: string, maxDepth: number, maxElements: number): LimitResult {
  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  let depth = 0; // kept elements open
  let foreign = 0; // open <svg>/<math>, where `/>` closes an element
  let maxDepthSeen = 0;
  let droppedTags = 0;
  let elements = 0;
  let truncatedAt = -1;
  const out: string[] = [];
  let kept = 0;
  // While an element is being dropped whole: its name, how many of that name are open, where it began.
  let hidden: { name: string; nest: number; start: number } | null = null;

  const omit = (start: number, end: number) => {
    if (start > kept) out.push(html.slice(kept, start));
    kept = end;
  };
  const push = (name: string, keep: boolean) => {
    stack.push({ name, kept: keep });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (keep) depth++;
    if (name === 'svg' || name === 'math') foreign++;
    maxDepthSeen = Math.max(maxDepthSeen, stack.length);
  };
  /** Pop down to and including stack[index]; returns that entry. */
  const popTo = (index: number): Open => {
    let entry: Open;
    do {
      entry = stack.pop()!;
      openCount.set(entry.name, openCount.get(entry.name)! - 1);
      if (entry.kept) depth--;
      if (entry.name === 'svg' || entry.name === 'math') foreign--;
    } while (stack.length > index);
    return entry;
  };
  /** Index of the nearest open element named in `names`, not past a `stop` element; -1 if none. */
  const find = (names: ReadonlySet<string> | string, stop: ReadonlySet<string> | null): number => {
    const one = typeof names === 'string';
    let any = false;
    if (one) any = Boolean(openCount.get(names));
    else for (const name of names) if (openCount.get(name)) any = true;
    if (!any) return -1;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - HTML_OPEN_SEARCH_LIMIT; k--) {
      const name = stack[k]!.name;
      if (one ? name === names : names.has(name)) return k;
      if (stop?.has(name)) return -1;
    }
    return -1;
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      // Comment, doctype, CDATA or processing instruction: no element.
      let end: number;
      if (html.startsWith('<!--', lt)) {
        const close = html.indexOf('-->', lt + 4);
        end = html.startsWith('<!-->', lt) ? lt + 5 : html.startsWith('<!--->', lt) ? lt + 6 : close < 0 ? n : close + 3;
      } else end = tagEnd(html, lt + 2);
      i = end;
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isAlpha(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let j = nameStart + 1;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (d === 62 || d === 47 || isSpace(d)) break;
      j++;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    i = end;

    if (hidden) {
      if (FOREIGN.has(hidden.name) && !closing && BREAKOUT.has(name)) {
        // The foreign element ends here; this tag is ordinary markup again.
        omit(hidden.start, lt);
        hidden = null;
      } else {
        // A <select> inside a <select> closes it, as the tree builder does.
        if (name === hidden.name && !closing && html.charCodeAt(end - 2) !== 47) hidden.nest += name === 'select' ? -1 : 1;
        if (name === hidden.name && closing) hidden.nest--;
        if (!closing && RAW.has(name)) i = rawEnd(html, name, end);
        if (hidden.nest === 0) {
          omit(hidden.start, i);
          hidden = null;
        }
        continue;
      }
    }

    if (closing) {
      if (ROOTS.has(name)) continue;
      const at = find(name, null);
      if (at < 0) continue;
      const entry = popTo(at);
      if (!entry.kept) omit(lt, end);
      continue;
    }

    // A start tag.
    if (elements >= maxElements) {
      truncatedAt = lt;
      omit(lt, n);
      break;
    }
    if (RAW.has(name)) {
      elements++;
      i = rawEnd(html, name, end);
      continue;
    }
    if (ROOTS.has(name)) continue;
    if (foreign > 0 && BREAKOUT.has(name) && !openCount.get('foreignobject')) {
      const at = find(FOREIGN, null);
      if (at >= 0) {
        // Close the SVG/MathML element in the markup itself: the HTML tree builder ends it
        // here, but not every DOM engine's parser does (linkedom's would nest the rest of
        // the page inside the <svg>, where its text is skipped).
        const entry = popTo(at);
        if (entry.kept) {
          omit(lt, lt);
          out.push(`</${entry.name}>`);
        }
      }
    }
    if (CLOSES_P.has(name)) {
      const p = find('p', P_SCOPE);
      if (p >= 0) popTo(p);
    }
    const implied = IMPLIED[name];
    if (implied) {
      const at = find(implied.close, implied.stop);
      if (at >= 0) popTo(at);
    }
    const selfClosing = html.charCodeAt(end - 2) === 47 && foreign > 0;
    if (VOID.has(name) || selfClosing) {
      elements++;
      continue;
    }
    if (depth >= maxDepth) {
      droppedTags++;
      if (HIDDEN.has(name)) {
        hidden = { name, nest: 1, start: lt };
        continue;
      }
      omit(lt, end);
      push(name, false);
      continue;
    }
    elements++;
    push(name, true);
  }
  if (hidden) omit(hidden.start, n);
  if (kept === 0) return { html, maxDepthSeen, droppedTags, elements, truncatedAt };
  if (kept < n) out.push(html.slice(kept));
  return { html: out.join(''), maxDepthSeen, droppedTags, elements, truncatedAt };
}
