import type { PithDocument } from '../document.js';
import { zlib } from '../lazy.js';

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC_0 && bytes[1] === GZIP_MAGIC_1;
}

/**
 * Stage 1: bytes. Gunzip by magic bytes (the extension is not trusted), and refuse
 * anything larger than `maxBytes` once inflated — inflation stops at the cap, so a gzip
 * bomb costs at most `maxBytes` of memory.
 */
export function inflate(doc: PithDocument): void {
  const { maxBytes } = doc.options;
  if (isGzip(doc.bytes)) {
    doc.source.gzip = true;
    doc.bytes = gunzipCapped(doc, doc.bytes, maxBytes);
  }
  if (doc.bytes.byteLength > maxBytes) {
    doc.fail('too-large', `input is ${doc.bytes.byteLength} bytes, over the ${maxBytes}-byte limit (--max-bytes)`);
  }
}

function gunzipCapped(doc: PithDocument, bytes: Uint8Array, maxBytes: number): Uint8Array {
  const { constants, gunzipSync } = zlib();
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      doc.fail('too-large', `gzip input inflates past the ${maxBytes}-byte limit (--max-bytes); stopped at the cap`);
    }
    // Whole gzip members followed by bytes that are not gzip (a downloader's stray tail):
    // keep what the members hold and say how much was left over.
    const members = wholeMembers(bytes, maxBytes);
    if (members) {
      doc.warn('inflate', 'gzip-trailing', `ignored ${members.trailing} bytes after the end of the gzip data`);
      return members.data;
    }
    // A truncated or damaged stream: keep what inflates cleanly, if anything.
    let partial: Uint8Array = new Uint8Array(0);
    try {
      partial = gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      partial = new Uint8Array(0);
    }
    if (partial.byteLength === 0) doc.fail('gzip', `damaged gzip data: ${err.message}`);
    doc.warn('inflate', 'gzip-truncated', `gzip data is truncated or damaged (${err.message}); cleaned the ${partial.byteLength} bytes that inflated`);
    return partial;
  }
}

/** Where the deflate data of the gzip member at `at` starts (RFC 1952 header), or -1. */
function bodyStart(bytes: Uint8Array, at: number): number {
  if (bytes.length < at + 10 || bytes[at] !== GZIP_MAGIC_0 || bytes[at + 1] !== GZIP_MAGIC_1 || bytes[at + 2] !== 8) return -1;
  const flags = bytes[at + 3]!;
  let p = at + 10;
  if (flags & 4) p += 2 + (bytes[p]! | (bytes[p + 1]! << 8));
  for (const flag of [8, 16]) if (flags & flag) {
    while (p < bytes.length && bytes[p] !== 0) p++;
    p++;
  }
  if (flags & 2) p += 2;
  return p <= bytes.length ? p : -1;
}

/**
 * The members that inflate whole, one after another, when what follows the last is not
 * gzip; null when the first member itself is damaged or truncated, or nothing trails.
 */
function wholeMembers(bytes: Uint8Array, maxBytes: number): { data: Uint8Array; trailing: number } | null {
  const { inflateRawSync } = zlib();
  const parts: Uint8Array[] = [];
  let size = 0;
  let at = 0;
  for (;;) {
    const body = bodyStart(bytes, at);
    if (body < 0) break;
    let out: { buffer: Uint8Array; engine: { bytesWritten: number } };
    try {
      out = inflateRawSync(bytes.subarray(body), { maxOutputLength: maxBytes, info: true }) as unknown as typeof out;
    } catch {
      break;
    }
    const end = body + out.engine.bytesWritten + 8; // CRC-32 and length follow the deflate data
    if (end > bytes.length) break;
    parts.push(out.buffer);
    size += out.buffer.byteLength;
    at = end;
  }
  if (!parts.length || at >= bytes.length) return null;
  const data = new Uint8Array(size);
  let p = 0;
  for (const part of parts) {
    data.set(part, p);
    p += part.byteLength;
  }
  return { data, trailing: bytes.length - at };
}
