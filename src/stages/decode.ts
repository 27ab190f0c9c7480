import { Buffer, isUtf8 } from 'node:buffer';
import type { PithDocument } from '../document.js';
import { BINARY_REPLACEMENT_RATIO, DAMAGED_TAIL_MIN_HEAD_BYTES, DAMAGED_TAIL_MIN_UTF8_CHARS, META_CHARSET_SCAN_BYTES, UTF8_VALID_PER_INVALID } from '../limits.js';
import { utf16Guess, utf8PrefixLength } from './sniff.js';

const META_CHARSET = /<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i;

/** The WHATWG name of a label, or null when TextDecoder does not know it. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** Declared charset from a <meta charset> or http-equiv Content-Type in the page head. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_CHARSET_SCAN_BYTES));
  const m = META_CHARSET.exec(head);
  return m ? m[1]! : null;
}


/** Valid UTF-8 but for a few damaged bytes: many well-formed multi-byte characters per U+FFFD. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 1 << 20));
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80) good++;
  }
  return good >= 2 * UTF8_VALID_PER_INVALID && bad * UTF8_VALID_PER_INVALID <= good;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Stage 3: decode. Choose the encoding — forced option, then BOM, then BOM-less UTF-16,
 * then the page's own declaration, then UTF-8 if the bytes are valid UTF-8, then a
 * statistical guess, then windows-1252 — and decode. A declaration that the bytes
 * contradict loses to the bytes, with a warning.
 */
export async function decode(doc: PithDocument): Promise<void> {
  const bytes = doc.bytes;
  const utf8 = isUtf8(bytes);
  let encoding = await chooseEncoding(doc, bytes, utf8);
  let text = encoding === 'utf-8' && utf8 ? validUtf8(bytes) : (await decoderFor(encoding)).decode(bytes);
  let replacements = countReplacements(text);
  let binary = text.length > 0 && replacements / text.length > BINARY_REPLACEMENT_RATIO;
  // Binary in a guessed legacy encoding but legible UTF-8 up to some point: a UTF-8 page with a
  // damaged tail (any 8-bit guess reads the damage as text, or as much of it as it can).
  if (binary && encoding !== 'utf-8' && !doc.options.encoding && damagedTail(bytes) !== null) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes);
    replacements = countReplacements(text);
    warnDamagedTail(doc, bytes);
  }
  // Only input that is binary throughout is rejected: one with a legible head is a page.
  binary = text.length > 0 && replacements / text.length > BINARY_REPLACEMENT_RATIO;
  if (binary && !(encoding === 'utf-8' && damagedTail(bytes) !== null)) {
    doc.fail('binary', `input does not decode as text (${Math.round((replacements / text.length) * 100)}% undecodable as ${encoding})`);
  }
  doc.source.encoding = encoding;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (replacements > 0) {
    doc.warn('decode', 'invalid-bytes', `${replacements} byte sequence(s) were not valid ${encoding} and became U+FFFD`);
    // A run of damaged bytes is one gap in the text, marked once.
    text = text.replace(/\uFFFD(?:[\u0000-\u0008\u000B\u000E-\u001F\u007F]*\uFFFD)+/g, '\uFFFD');
  }
  // NUL and other C0 controls carry no text; keep tab, newline, carriage return and form feed.
  doc.raw = text.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '');
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/**
 * Where a page that is valid UTF-8 for its first DAMAGED_TAIL_MIN_HEAD_BYTES or more stops
 * being so (its damaged tail starts), or null when it is valid throughout or not for long.
 */
function damagedTail(bytes: Uint8Array): number | null {
  const at = utf8PrefixLength(bytes);
  return at < bytes.length && at >= DAMAGED_TAIL_MIN_HEAD_BYTES ? at : null;
}

/** UTF-8 multi-byte characters in the legible head say the page is UTF-8, whatever follows. */
function utf8HeadBeforeDamage(bytes: Uint8Array): boolean {
  const at = damagedTail(bytes);
  if (at === null) return false;
  let multi = 0;
  for (let i = 0; i < at && multi < DAMAGED_TAIL_MIN_UTF8_CHARS; i++) if (bytes[i]! >= 0xc2 && bytes[i]! <= 0xf4) multi++;
  return multi >= DAMAGED_TAIL_MIN_UTF8_CHARS;
}

function warnDamagedTail(doc: PithDocument, bytes: Uint8Array): void {
  const at = damagedTail(bytes)!;
  doc.warn('decode', 'damaged-tail', `the input is valid UTF-8 for its first ${at} bytes, then not (${bytes.length - at} bytes of damage?); decoded as UTF-8 with U+FFFD for the invalid bytes`);
}

/** The encoding to decode with; `utf8`: whether the bytes are valid UTF-8 throughout. */
async function chooseEncoding(doc: PithDocument, bytes: Uint8Array, utf8: boolean): Promise<string> {
  if (doc.options.encoding) return canonicalEncoding(doc.options.encoding) ?? 'utf-8';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const utf16 = utf16Guess(bytes);
  if (utf16) return utf16;
  // A transport declaration (HTTP charset) outranks the page's own; both lose to bytes that contradict them.
  const declared = (doc.options.declaredEncoding && canonicalEncoding(doc.options.declaredEncoding) ? doc.options.declaredEncoding : null) ?? metaCharset(bytes);
  if (declared) {
    const canonical = canonicalEncoding(declared);
    if (!canonical) {
      doc.warn('decode', 'unknown-charset', `the page declares an unknown charset "${declared}"; ignored`);
    } else if (canonical === 'utf-8' || canonical.startsWith('utf-16')) {
      // A page saved as UTF-8 often still declares utf-16; bytes decide between the two.
      if (utf8 || !hasHighBytes(bytes) || mostlyUtf8(bytes)) return 'utf-8';
      if (utf8HeadBeforeDamage(bytes)) {
        warnDamagedTail(doc, bytes);
        return 'utf-8';
      }
      doc.warn('decode', 'charset-mismatch', `the page declares ${declared} but its bytes are not valid UTF-8; guessed instead`);
    } else {
      if (utf8 && hasHighBytes(bytes) && canonical !== 'iso-2022-jp') {
        doc.warn('decode', 'charset-mismatch', `the page declares ${declared} but its bytes are valid UTF-8; decoded as UTF-8`);
        return 'utf-8';
      }
      return canonical;
    }
  }
  if (utf8 || mostlyUtf8(bytes)) return 'utf-8';
  if (utf8HeadBeforeDamage(bytes)) {
    warnDamagedTail(doc, bytes);
    return 'utf-8';
  }
  return guessLegacy(bytes);
}

async function guessLegacy(bytes: Uint8Array): Promise<string> {
  // Loaded only for the rare page that is neither declared nor valid UTF-8: its language
  // models are a quarter of the code a text page would otherwise load at start.
  const { default: chardet } = await import('chardet');
  const guesses = chardet.analyse(bytes.subarray(0, 65536));
  for (const guess of guesses) {
    if (guess.confidence < 10) break;
    const canonical = canonicalEncoding(guess.name);
    if (canonical && canonical !== 'utf-8') return canonical;
  }
  return 'windows-1252';
}

/**
 * Node's own TextDecoder is right for the Unicode encodings but maps windows-1252 to
 * ISO-8859-1 (0x80–0x9F become C1 controls); @exodus/bytes implements the WHATWG Encoding
 * Standard exactly (jsdom uses it too). Loaded only for legacy encodings, to keep start-up light.
 */
/**
 * Valid UTF-8 decoded as TextDecoder would (a leading BOM dropped), by Buffer's decoder: on
 * Node 20 it takes a third of TextDecoder's time, which on a batch of pages was most of this stage.
 */
function validUtf8(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function decoderFor(encoding: string): Promise<{ decode(bytes: Uint8Array): string }> {
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return new TextDecoder(encoding);
  const { TextDecoder: SpecDecoder } = await import('@exodus/bytes/encoding.js');
  return new SpecDecoder(encoding);
}
