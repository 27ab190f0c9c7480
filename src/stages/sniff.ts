import { isUtf8 } from 'node:buffer';
import type { PithDocument } from '../document.js';
import { zlib } from '../lazy.js';
import { BINARY_COMPRESSED_RATIO, BINARY_CONTROL_RATIO, BINARY_ENTROPY_MIN_BYTES, DAMAGED_TAIL_MIN_HEAD_BYTES, SNIFF_BYTES, UTF16_MIN_ASCII_SHARE, UTF16_MIN_ZERO_SHARE } from '../limits.js';

/** File signatures of formats that are never a web page's text. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['WebP/RIFF data', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['bzip2 data', [0x42, 0x5a, 0x68]],
  ['xz data', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['zstd data', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['WOFF font', [0x77, 0x4f, 0x46, 0x46]],
  ['WOFF2 font', [0x77, 0x4f, 0x46, 0x32]],
  ['MP4/ISO media', [0x00, 0x00, 0x00, -1, 0x66, 0x74, 0x79, 0x70]],
];

function hasSignature(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => b === -1 || bytes[i] === b);
}

const PRINTABLE_ASCII = /[\t\n\r\x20-\x7e]/g;

function asciiShare(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  const text = new TextDecoder(encoding).decode(bytes);
  return (text.match(PRINTABLE_ASCII)?.length ?? 0) / Math.max(1, text.length);
}

/**
 * A UTF-16 byte-order mark, or BOM-less UTF-16: zero bytes an 8-bit text never has, and one
 * byte order that reads as markup, spaces and punctuation while the other reads as none.
 */
export function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 16) return null;
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  if (zeros < n * UTF16_MIN_ZERO_SHARE) return null;
  const head = bytes.subarray(0, n);
  const le = asciiShare(head, 'utf-16le');
  const be = asciiShare(head, 'utf-16be');
  if (le >= UTF16_MIN_ASCII_SHARE && le > be * 3) return 'utf-16le';
  if (be >= UTF16_MIN_ASCII_SHARE && be > le * 3) return 'utf-16be';
  return null;
}

/** Length of the longest prefix of `bytes` that is valid UTF-8 (binary search; isUtf8 is fast). */
export function utf8PrefixLength(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return bytes.length;
  let lo = 0; // a valid prefix length
  let hi = bytes.length; // an invalid one
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (utf8Head(bytes, mid)) lo = mid;
    else hi = mid;
  }
  // utf8Head forgives a character cut at the end: step back to a whole one.
  while (lo > 0 && !isUtf8(bytes.subarray(0, lo))) lo--;
  return lo;
}

/** Whether the first n bytes are valid UTF-8, a character cut at the end not counting against it. */
function utf8Head(bytes: Uint8Array, n: number): boolean {
  let end = n;
  if (n < bytes.length) {
    // Step back over the continuation bytes of a character the cut may have split, and its lead byte.
    while (end > n - 3 && end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  }
  return isUtf8(bytes.subarray(0, end));
}

/**
 * Stage 2: sniff. Reject what is not text (known binary signatures, or a head full of
 * control bytes) before any decoding, so binary files never come out as "cleaned" garbage.
 */
export function sniff(doc: PithDocument): void {
  const bytes = doc.bytes;
  if (bytes.byteLength === 0) doc.fail('empty', 'input is empty');
  for (const [name, sig] of SIGNATURES) {
    if (hasSignature(bytes, sig)) doc.fail('binary', `input is binary (${name}), not a web page`);
  }
  if (utf16Guess(bytes)) return;
  let n = Math.min(bytes.length, SNIFF_BYTES);
  // A legible UTF-8 head followed by damage inside the sniffed bytes: judge the head, so a
  // page with a damaged tail is decoded (the damage as U+FFFD) rather than called binary.
  const legible = utf8Head(bytes, n) ? n : utf8PrefixLength(bytes.subarray(0, n));
  if (legible >= DAMAGED_TAIL_MIN_HEAD_BYTES) n = legible;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (control / n > BINARY_CONTROL_RATIO) {
    doc.fail('binary', `input is binary (${Math.round((control / n) * 100)}% control bytes), not a web page`);
  }
  // Random, encrypted or compressed data (brotli has no signature) decodes "fine" as some
  // legacy 8-bit encoding; what gives it away is that it does not compress. Text and markup
  // in any script shrink to well under 80% of their size. A head that is valid UTF-8 is
  // text already (random bytes are not valid UTF-8 past a few dozen bytes), so most pages
  // skip the compression test and the zlib load it needs.
  if (n >= BINARY_ENTROPY_MIN_BYTES && !utf8Head(bytes, n)) {
    const ratio = zlib().deflateRawSync(bytes.subarray(0, n)).byteLength / n;
    if (ratio > BINARY_COMPRESSED_RATIO) doc.fail('binary', 'input is binary (random or compressed data: it does not compress), not a web page');
  }
}
