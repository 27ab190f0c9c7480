// Speed patches applied to linkedom's sources as they are bundled (scripts/build.mjs).
// Each is an exact text replacement that changes cost, never behaviour: the test suite
// runs on the unpatched package (vitest imports src/), the benchmarks on the bundle, and
// bench/quality.mjs gives the same output on both. The build fails if linkedom's code
// moves, rather than shipping a bundle without them.

// `sheet` of a <style> parses its CSS. pith strips <style> before parsing and never reads
// `sheet`, so the CSS parser (and its start-up cost) is left out of the bundle.
export const NO_CSS_PARSER = "export function parse() { throw new Error('pith: style sheets are not parsed'); }";

export const PATCHES = [
  {
    // Every node, text nodes included, got a WeakMap entry holding an empty Map of event
    // listeners in its constructor. pith never listens to events; those entries were about
    // a fifth of the parse time and most of the garbage collector's work. The map is now
    // made on first addEventListener.
    file: /linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/,
    replace: [
      ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
      ['  addEventListener(type, listener, options) {\n    const map = wm.get(this);', '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, map = new Map);'],
      ['  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {', '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {'],
    ],
  },
  {
    // querySelector(All) compiled its selector with css-select on every call; Readability
    // asks for the same few tag lists ("h1,h2,h3...") hundreds of times a page. Compiled
    // matchers are now kept (they are pure functions of selector and document kind), and a
    // plain list of tag names is matched by name without css-select.
    file: /linkedom[\\/]esm[\\/]shared[\\/]matches\.js$/,
    replace: [
      [
        'export const prepareMatch = (element, selectors) => CSSselect.compile(\n  selectors,\n  {\n    context: selectors.includes(\':scope\') ? element : void 0,\n    xmlMode: !ignoreCase(element),\n    adapter\n  }\n);',
        `const compiledMatchers = new Map();
const TAG_LIST = /^\\s*[a-zA-Z][a-zA-Z0-9-]*(?:\\s*,\\s*[a-zA-Z][a-zA-Z0-9-]*)*\\s*$/;
export const prepareMatch = (element, selectors) => {
  const xmlMode = !ignoreCase(element);
  if (selectors.includes(':scope'))
    return CSSselect.compile(selectors, {context: element, xmlMode, adapter});
  const key = (xmlMode ? 'x' : 'h') + selectors;
  let test = compiledMatchers.get(key);
  if (!test) {
    if (TAG_LIST.test(selectors)) {
      const names = new Set(selectors.split(',').map(name => xmlMode ? name.trim() : name.trim().toLowerCase()));
      test = element => isTag(element) && names.has(getName(element));
    }
    else
      test = CSSselect.compile(selectors, {xmlMode, adapter});
    if (compiledMatchers.size >= 512)
      compiledMatchers.clear();
    compiledMatchers.set(key, test);
  }
  return test;
};`,
      ],
    ],
  },
  {
    // entities (htmlparser2's copy) decodes its ~30,000-entry entity table from base64 with
    // a JavaScript loop when it loads: milliseconds of every HTML run, all of it in the
    // interpreter. On a little-endian host the decoded bytes already are the table.
    file: /entities[\\/]dist[\\/]esm[\\/]internal[\\/]decode-shared\.js$/,
    replace: [
      [
        'export function decodeBase64(input) {\n',
        `export function decodeBase64(input) {
    if (typeof Buffer === "function" && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) {
        const bytes = Buffer.from(input, "base64");
        return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + (bytes.length & ~1)));
    }
`,
      ],
    ],
  },
  {
    // The older entities that dom-serializer carries builds the same table by splitting a
    // string into 30,000 one-character strings; its UTF-16 code units, copied natively, are it.
    file: /entities[\\/]lib[\\/]esm[\\/]generated[\\/]decode-data-(html|xml)\.js$/,
    replace: [
      [
        'export default new Uint16Array(\n',
        `const utf16 = (s) => typeof Buffer === "function" && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    ? ((b) => new Uint16Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)))(Buffer.from(s, "utf16le"))
    : new Uint16Array(s.split("").map((c) => c.charCodeAt(0)));
export default utf16(\n`,
      ],
      ['"\n    .split("")\n    .map((c) => c.charCodeAt(0)));', '");'],
    ],
  },
  {
    // tagName upper-cased the element's name at every read, and Readability reads it for
    // nearly every node it visits, several times: a new string each time. The few names a
    // page uses are upper-cased once.
    file: /linkedom[\\/]esm[\\/]shared[\\/]utils\.js$/,
    replace: [
      [
        'export const localCase = ({localName, ownerDocument}) => {\n  return ownerDocument[MIME].ignoreCase ? localName.toUpperCase() : localName;\n};',
        `const upperNames = new Map();
export const localCase = ({localName, ownerDocument}) => {
  if (!ownerDocument[MIME].ignoreCase)
    return localName;
  let upper = upperNames.get(localName);
  if (upper === undefined) {
    upper = localName.toUpperCase();
    if (upperNames.size >= 4096)
      upperNames.clear();
    upperNames.set(localName, upper);
  }
  return upper;
};`,
      ],
    ],
  },
  {
    // A class attribute made its element a DOMTokenList (a Set) while parsing, and every read
    // of the class (getAttribute('class'), className) joined that set into a new string:
    // most of the cost of reading a page's classes. The attribute now holds the same
    // normalised value (white space collapsed, repeats dropped) and the list is made when
    // classList is first used; reads without a list return the attribute's value.
    file: /linkedom[\\/]esm[\\/]shared[\\/]parse-from-string\.js$/,
    replace: [
      [
        "  if (attribute.name === 'class')\n    element.className = value;",
        `  if (attribute.name === 'class' && /\\s/.test(value))
    attribute[VALUE] = [...new Set(value.split(/\\s+/).filter(Boolean))].join(' ');`,
      ],
    ],
  },
  {
    file: /linkedom[\\/]esm[\\/]interface[\\/]element\.js$/,
    replace: [
      [
        '  get className() { return this.classList.value; }',
        `  get className() {
    if (this[CLASS_LIST])
      return this[CLASS_LIST].value;
    const attribute = this.getAttributeNode('class');
    if (!attribute)
      return '';
    const {value} = attribute;
    return /\\s/.test(value) ? [...new Set(value.split(/\\s+/).filter(Boolean))].join(' ') : value;
  }`,
      ],
    ],
  },
];
