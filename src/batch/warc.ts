import { WARCParser } from 'warcio';
import { WARC_MAX_HEADER_BYTES } from '../thresholds.js';
import { warcSource, type Chunk } from './warc-source.js';

export interface WarcPage {
  /** WARC-Record-ID without its angle brackets, e.g. "urn:uuid:…". */
  id: string;
  /** File offset of the record (of its gzip member in a .warc.gz). */
  offset: number;
  url: string | null;
  /** Charset from the HTTP Content-Type: a declaration, checked against the bytes like <meta charset>. */
  charset: string | null;
  bytes: Uint8Array | null;
  /** Set instead of bytes when the record cannot be taken: too large, or the archive is damaged there. */
  error: { code: 'too-large' | 'warc-damaged'; message: string } | null;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const MAGIC = new TextEncoder().encode('WARC/1.');
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Received bytes not yet parsed, kept as chunks so a large record is joined once, not per chunk. */
class Pending {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    if (b.length) this.chunks.push(b), (this.length += b.length);
  }
  /** The first min(n, length) bytes as one array. */
  head(n: number): Uint8Array {
    n = Math.min(n, this.length);
    if (this.chunks[0] && this.chunks[0].length >= n) return this.chunks[0].subarray(0, n);
    const out = new Uint8Array(n);
    let i = 0;
    for (const c of this.chunks) {
      if (i >= n) break;
      const part = c.subarray(0, n - i);
      out.set(part, i);
      i += part.length;
    }
    return out;
  }
  drop(n: number): void {
    this.length -= n;
    while (n > 0) {
      const c = this.chunks[0]!;
      if (c.length <= n) {
        n -= c.length;
        this.chunks.shift();
      } else {
        this.chunks[0] = c.subarray(n);
        n = 0;
      }
    }
  }
  clear(): void {
    this.chunks = [];
    this.length = 0;
  }
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let i = hay.indexOf(needle[0]!, from); i !== -1 && i + needle.length <= hay.length; i = hay.indexOf(needle[0]!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
const startsWith = (b: Uint8Array, prefix: Uint8Array) => b.length >= prefix.length && prefix.every((x, i) => b[i] === x);
const CRLFCRLF = new Uint8Array([13, 10, 13, 10]);

/** Header fields of a WARC or HTTP header block, lower-cased names, first value wins. */
function fields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!out.has(name)) out.set(name, line.slice(colon + 1).trim());
  }
  return out;
}

/**
 * The HTML pages of a WARC or WARC.gz file, one response record at a time. Records are framed
 * by their Content-Length and must end where the next record (or the file) begins; anything
 * else — a record cut short, a Content-Length that lies, bytes that are not a record, a gzip
 * member that does not inflate — is damage: reported once per damaged stretch (as a page
 * with an error), after which reading resumes at the next "WARC/1." header, so the records
 * after the damage are still cleaned. Headers are read as UTF-8 (WARC 1.1 allows UTF-8 in
 * them; target URIs of IRIs carry it). A record's payload is held only when it is an HTML
 * response within `maxBytes`.
 */
export async function* warcPages(path: string, maxBytes: number): AsyncGenerator<WarcPage> {
  const pending = new Pending();
  /** Where the stream position of pending's first byte lies in the file. */
  let base: Chunk = { bytes: new Uint8Array(0), at: 0, exact: true };
  let consumed = 0; // bytes of `base` already dropped from pending
  let damage: { at: number; why: string } | null = null;
  /** Bytes of a record being passed over without being held (too large, or not a page). */
  let skip = 0;
  let afterSkip = false;
  const offsetNow = () => (base.exact ? base.at + consumed : base.at);
  const hurt = (why: string, at = offsetNow()) => {
    damage ??= { at, why };
  };
  const healed = function* (): Generator<WarcPage> {
    if (!damage) return;
    const message = `damaged WARC at byte ${damage.at}: ${damage.why}; resumed at the next record`;
    yield { id: `damaged@${damage.at}`, offset: damage.at, url: null, charset: null, bytes: null, error: { code: 'warc-damaged', message } };
    damage = null;
  };
  const take = (n: number) => {
    pending.drop(n);
    consumed += n;
  };

  const parse = async function* (final: boolean): AsyncGenerator<WarcPage> {
    for (;;) {
      if (skip > 0) {
        const n = Math.min(skip, pending.length);
        take(n);
        skip -= n;
        if (skip > 0) return;
        afterSkip = true;
      }
      // Between records: the block's closing CRLFCRLF, tolerated shorter or longer.
      let nl = 0;
      const h = pending.head(64);
      while (nl < h.length && (h[nl] === 13 || h[nl] === 10)) nl++;
      if (nl === h.length && !final && pending.length < 64) return;
      if (afterSkip && nl === 0 && pending.length > 0) hurt('a record does not end where its Content-Length says');
      afterSkip = false;
      take(nl);
      if (pending.length === 0) return;
      if (damage) {
        // Resynchronise on the next "WARC/1.", wherever it is: a record cut short is followed
        // straight on by the next one, with no line break between.
        const at = indexOf(pending.head(pending.length), MAGIC);
        if (at < 0) {
          if (final) return take(pending.length);
          take(Math.max(0, pending.length - MAGIC.length));
          return;
        }
        take(at);
        yield* healed();
      }
      const head = pending.head(WARC_MAX_HEADER_BYTES);
      if (!startsWith(head, MAGIC)) {
        if (head.length < MAGIC.length && !final) return;
        hurt('bytes that are not a WARC record');
        take(1);
        continue;
      }
      const end = indexOf(head, CRLFCRLF);
      if (end < 0) {
        if (!final && head.length < WARC_MAX_HEADER_BYTES) return;
        hurt(final ? 'the archive ends inside a record header' : 'a record header that never ends');
        take(1);
        continue;
      }
      const headerText = utf8.decode(head.subarray(0, end));
      const warc = fields(headerText);
      const length = Number(warc.get('content-length'));
      if (!/^\d+$/.test(warc.get('content-length') ?? '') || !Number.isSafeInteger(length)) {
        hurt('a record without a valid Content-Length');
        take(1);
        continue;
      }
      const offset = offsetNow();
      const id = (warc.get('warc-record-id') ?? '').replace(/^<|>$/g, '') || `offset-${offset}`;
      const url = (warc.get('warc-target-uri') ?? '').replace(/^<|>$/g, '') || null;
      const blockAt = end + 4;
      let html = false;
      let charset: string | null = null;
      if ((warc.get('warc-type') ?? '').toLowerCase() === 'response') {
        const httpHead = pending.head(blockAt + Math.min(length, WARC_MAX_HEADER_BYTES)).subarray(blockAt);
        if (httpHead.length < Math.min(length, WARC_MAX_HEADER_BYTES) && !final) return;
        const httpEnd = indexOf(httpHead, CRLFCRLF);
        const type = fields(latin1.decode(httpHead.subarray(0, httpEnd < 0 ? httpHead.length : httpEnd))).get('content-type') ?? '';
        html = HTML_TYPE.test(type);
        charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1] ?? null;
      }
      if (!html || length > maxBytes) {
        if (html) yield { id, offset, url, charset, bytes: null, error: { code: 'too-large', message: `record is ${length} bytes, over the ${maxBytes}-byte limit (--max-bytes)` } };
        take(blockAt);
        skip = length;
        continue;
      }
      const total = blockAt + length;
      if (pending.length < total + 2) {
        if (!final) return;
        if (pending.length < total) {
          hurt(`the archive ends inside record ${id}`, offset);
          take(1);
          continue;
        }
      }
      const record = pending.head(total + 2);
      if (record.length > total && record[total] !== 13 && record[total] !== 10) {
        hurt(`record ${id} does not end where its Content-Length says`, offset);
        take(1);
        continue;
      }
      take(total);
      let body: Uint8Array;
      try {
        body = await payload(record.subarray(0, total));
      } catch (error) {
        yield { id, offset, url, charset, bytes: null, error: { code: 'warc-damaged', message: `cannot decode the record's HTTP payload: ${(error as Error).message}` } };
        continue;
      }
      yield { id, offset, url, charset, bytes: body, error: null };
    }
  };

  try {
    for await (const item of warcSource(path)) {
      if ('break' in item) {
        hurt(item.break, item.at);
        pending.clear();
        skip = 0;
        afterSkip = false;
        continue;
      }
      if (pending.length === 0) {
        base = item;
        consumed = 0;
      }
      pending.push(item.bytes);
      yield* parse(false);
    }
    yield* parse(true);
    if (skip > 0) hurt('the archive ends inside a record');
  } catch (error) {
    hurt(`cannot read the archive (${(error as Error).message})`);
  }
  yield* healed();
}

/** The HTTP body of a response record, with its transfer and content encodings undone (warcio). */
async function payload(record: Uint8Array): Promise<Uint8Array> {
  const parser = new WARCParser([record], { keepHeadersCase: true });
  for await (const rec of parser) return rec.readFully(true);
  return new Uint8Array(0);
}
