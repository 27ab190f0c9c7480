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
