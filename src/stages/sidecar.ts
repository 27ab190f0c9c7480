import type { PithDocument } from '../document.js';
import type { Sidecar, SourceInfo } from '../types.js';
import { crypto } from '../lazy.js';
import { SEGMENT_PIECE_CHARS } from '../thresholds.js';
import { isLatin, PropertyPattern } from '../latin.js';

export const SCHEMA_VERSION = 1 as const;

let segmenter: Intl.Segmenter | null = null;

// Word boundaries of Unicode's UAX #29 as ICU applies them, for scripts that put spaces
// between words: a word starts with a letter, digit or connector and runs on through marks
// and format characters; an apostrophe, full stop or colon joins two letters, a comma,
// full stop or semicolon two digits. On all 362 benchmark texts (HTML output and text
// scrapes) it counts exactly what Intl.Segmenter counts, at a fortieth of the cost; the
// segmenter also takes ~20 ms to load its data on first use, half of Node's own start.
const JOIN_LETTERS = "[.'\u2018\u2019:\\u00b7\\u0387\\u05f4\\u2027\\ufe13\\ufe52\\ufe55\\uff07\\uff0e\\uff1a]";
const JOIN_DIGITS = "[.'\u2019,;\\u037e\\u0589\\u060c\\u060d\\u066b\\u066c\\u07f8\\u2044\\ufe10\\ufe14\\ufe50\\ufe54\\uff0c\\uff1b\\uff07\\uff0e]";
const WORD_CHAR = '[\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\u00ad\\u200b-\\u200d\\u2060]';
const LETTER = '[\\p{L}\\p{M}]';
// Spelled out for Latin-script text (src/latin.ts): V8 compiles each \p class for all of
// Unicode, 1.5-2 ms for this pattern on every CLI run; spelled, a twentieth of that.
const SPACED_WORD = new PropertyPattern(
  `[\\p{L}\\p{Nd}\\p{Pc}]${WORD_CHAR}*(?:(?:(?<=${LETTER})${JOIN_LETTERS}(?=${LETTER})|(?<=\\p{Nd})${JOIN_DIGITS}(?=\\p{Nd}))${WORD_CHAR}+)*`,
  'gu',
);
/** Scripts written without spaces between words: only a dictionary (the segmenter's) finds their words. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Hangul}]/u;

/** Words as a reader counts them, in any script (CJK characters are words of their own). */
export function countWords(text: string): number {
  if (!text) return 0;
  if (isLatin(text) || !UNSPACED.test(text)) {
    const words = SPACED_WORD.for(text);
    let n = 0;
    words.lastIndex = 0;
    while (words.exec(text)) n++;
    return n;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let n = 0;
  // In pieces cut at white space: V8's segmenter is quadratic in the length of the string it
  // is given (49 s for one 260 KB text, 0.4 s in pieces), and no word spans white space.
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + SEGMENT_PIECE_CHARS);
    if (end < text.length) {
      const space = text.slice(at, end).search(/\s\S*$/);
      if (space > 0) end = at + space + 1;
    }
    for (const seg of segmenter.segment(text.slice(at, end))) if (seg.isWordLike) n++;
    at = end;
  }
  return n;
}

/**
 * The sidecar's source, with the input's sha256 taken when it is first read. Hashing needs
 * node:crypto, whose loading was 5 ms of a one-page CLI run that prints only the text; a
 * sidecar that is written out (JSON.stringify, postMessage, a spread) reads the field like
 * any other. Until then the sidecar keeps a reference to the input bytes.
 */
function sourceOf(doc: PithDocument): SourceInfo {
  const input = doc.input;
  // path and bytes first, then sha256, then the rest: the order the sidecar has always had.
  const { path, bytes, ...rest } = doc.source;
  const source: SourceInfo = { path, bytes, sha256: '', ...rest };
  const settle = (value: string) => Object.defineProperty(source, 'sha256', { value, enumerable: true, writable: true, configurable: true });
  return Object.defineProperty(source, 'sha256', {
    enumerable: true,
    configurable: true,
    get: () => settle(crypto().createHash('sha256').update(input).digest('hex')).sha256,
    set: settle,
  });
}

/** Stage 8: sidecar. The document object written out as plain JSON data. */
export function toSidecar(doc: PithDocument): Sidecar {
  const sidecar: Sidecar = {
    schemaVersion: SCHEMA_VERSION,
    source: sourceOf(doc),
    ...doc.meta,
    wordCount: countWords(typeof doc.data.bodyText === 'string' ? doc.data.bodyText : ''),
    pageType: doc.pageType,
    removed: doc.removed.map((r) => ({ ...r, position: { ...r.position } })),
    related: doc.related.map((r) => ({ ...r })),
    warnings: doc.messages.filter((m) => m.level === 'warning').map((m) => `${m.stage}: ${m.message}`),
  };
  if (doc.options.debug) sidecar.debug = { messages: doc.messages, ...doc.debug };
  return sidecar;
}
