/**
 * Cut what can never be story text out of the markup before any DOM is built: scripts,
 * styles, inline SVG, templates, <noscript> fallbacks and comments. On news pages these
 * are commonly half the bytes; every later step (parsing, Readability's scans, our own
 * walks) then has less to do, and no DOM engine ever sees a style sheet to parse (jsdom 29
 * throws on some real-world CSS, which made whole pages fail).
 *
 * It is a linear scan shaped like the HTML tokenizer, not a regular expression: a `<script`
 * inside an attribute value, a comment or a <textarea> is not a tag and stays put.
 * JSON-LD scripts are kept, because the page's metadata is read from them (meta.ts).
 */

/** Elements dropped with everything inside them (their text never reaches the output). */
const DROP = new Set(['script', 'style', 'svg', 'template', 'noscript', 'math']);
/** Elements whose content is raw text to the tokenizer: no tags inside, up to the matching end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Index just past the `>` closing the tag whose name ends at `from`; quoted attribute values may hold `>`. */
function tagEnd(html: string, from: number): number {
  const n = html.length;
  let afterEquals = false;
  for (let i = from; i < n; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if ((c === 34 || c === 39) && afterEquals) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) return n;
      i = close;
      afterEquals = false;
      continue;
    }
    if (c === 61 /* = */) afterEquals = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) afterEquals = false;
  }
  return n;
}

/** The end tag of each raw-text element, in any case (a case-insensitive search, not a lower-cased copy of the page). */
const END_TAG = new Map([...RAW].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/** Index just past the end tag `</name ...>` that closes raw text starting at `from`, or the end of input. */
function rawEnd(html: string, name: string, from: number): number {
  const needle = END_TAG.get(name)!;
  const length = name.length + 2;
  let at = from;
  for (;;) {
    needle.lastIndex = at;
    const i = needle.exec(html)?.index ?? -1;
    if (i < 0) return html.length;
    const next = html.charCodeAt(i + length);
    // `</scripts` is not `</script`: the name must end here.
    if (Number.isNaN(next) || next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 12 || next === 13) {
      return tagEnd(html, i + length);
    }
    at = i + length;
  }
}

/** Index just past a comment starting at `at` (`<!--`); `<!-->` and `<!--->` end at once, as in the tokenizer. */
function commentEnd(html: string, at: number): number {
  if (html.startsWith('>', at + 4)) return at + 5;
  if (html.startsWith('->', at + 4)) return at + 6;
  const close = html.indexOf('-->', at + 4);
  return close < 0 ? html.length : close + 3;
}

interface Tag {
  /** Lower-case tag name, or '' for a comment, doctype or stray `<`. */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  start: number;
  /** Just past the tag (and past its raw text and end tag, for raw-text elements). */
  end: number;
  /** For raw-text elements: just past the start tag. */
  openEnd: number;
}

/** The next tag-like token at or after `from`, or null at the end of input. */
function nextTag(html: string, from: number): Tag | null {
  const n = html.length;
  let i = from;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt + 1 >= n) return null;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      const end = html.startsWith('<!--', lt) ? commentEnd(html, lt) : tagEnd(html, lt + 2);
      return { name: '', closing: false, selfClosing: false, start: lt, end, openEnd: end };
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isAlpha(html.charCodeAt(nameStart))) {
      // `</>` is dropped and `</ x` is a bogus comment by the tokenizer; a lone `<` is text.
      if (closing || c === 63 /* ? */) return { name: '', closing: false, selfClosing: false, start: lt, end: tagEnd(html, nameStart), openEnd: 0 };
      i = lt + 1;
      continue;
    }
    let j = nameStart + 1;
    for (; j < n; j++) {
      const d = html.charCodeAt(j);
      if (d === 62 || d === 47 || d === 32 || d === 9 || d === 10 || d === 12 || d === 13) break;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    const selfClosing = html.charCodeAt(end - 2) === 47;
    if (!closing && RAW.has(name)) return { name, closing, selfClosing: false, start: lt, end: rawEnd(html, name, end), openEnd: end };
    return { name, closing, selfClosing, start: lt, end, openEnd: end };
  }
}

const JSON_LD = /\btype\s*=\s*["']?\s*application\/ld\+json/i;

export interface PrestripOptions {
  /**
   * Keep what <noscript> holds, as a browser without JavaScript renders it (only its own
   * tags go). Some pages (forum software above all) put their whole content there.
   */
  keepNoscript?: boolean;
  /** Filled in: characters of text (tags left out) inside the <noscript> elements dropped. */
  stats?: { noscriptChars: number };
}

/** The markup with scripts (but JSON-LD), styles, SVG, MathML, templates, <noscript> and comments removed. */
export function prestrip(html: string, options: PrestripOptions = {}): string {
  const out: string[] = [];
  let kept = 0;
  let at = 0;
  // Names already seen unclosed: searching again for each later one would make the scan quadratic.
  const unclosed = new Set<string>();
  // Kept only in the body: in <head> it holds style sheets and pixels, and unwrapping them
  // there would open the body early and push the rest of <head> into it.
  const bodyAt = options.keepNoscript ? Math.max(0, html.search(/<body/i)) : 0;
  for (let tag = nextTag(html, 0); tag; tag = nextTag(html, at)) {
    at = tag.end;
    let cut = -1;
    if (tag.name === '' && html.startsWith('<!--', tag.start)) cut = tag.end;
    else if (tag.name === 'noscript' && options.keepNoscript && tag.start > bodyAt) cut = tag.end;
    else if (!tag.closing && DROP.has(tag.name)) {
      if (tag.name === 'script' && JSON_LD.test(html.slice(tag.start, tag.openEnd))) continue;
      // An element never closed is left for the parser to close wherever the page implies.
      if (RAW.has(tag.name) || tag.selfClosing) cut = tag.end;
      else if (!unclosed.has(tag.name)) cut = matchingEnd(html, tag);
      if (cut < 0) unclosed.add(tag.name);
      else if (tag.name === 'noscript' && options.stats) options.stats.noscriptChars += textLength(html.slice(tag.end, cut));
    }
    if (cut < 0) continue;
    if (tag.start > kept) out.push(html.slice(kept, tag.start));
    kept = at = cut;
  }
  if (kept === 0) return html;
  out.push(html.slice(kept));
  return out.join('');
}

/** Rough length of the text in a piece of markup: tags out, white space runs as one. */
function textLength(markup: string): number {
  return markup.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trim().length;
}

/**
 * Just past the end tag closing `open`, counting nested elements of the same name (an <svg>
 * in an <svg>); -1 when the page never closes it.
 */
function matchingEnd(html: string, open: Tag): number {
  let depth = 1;
  let at = open.end;
  for (let tag = nextTag(html, at); tag; tag = nextTag(html, at)) {
    at = tag.end;
    if (tag.name !== open.name) continue;
    if (tag.closing) depth--;
    else if (!tag.selfClosing) depth++;
    if (depth === 0) return tag.end;
  }
  return -1;
}
