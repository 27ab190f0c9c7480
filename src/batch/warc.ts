import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';

export interface WarcPage {
  /** WARC-Record-ID without its angle brackets, e.g. "urn:uuid:…". */
  id: string;
  url: string | null;
  /** Charset from the HTTP Content-Type, which outranks a <meta charset> in HTML. */
  charset: string | null;
  bytes: Uint8Array | null;
  /** Set instead of bytes when the record cannot be taken (too large). */
  error: string | null;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * The HTML pages of a WARC or WARC.gz file, one response record at a time (warcio streams the
 * archive; a record's payload is read only when it is a page and not over the size limit).
 */
export async function* warcPages(path: string, maxBytes: number): AsyncGenerator<WarcPage> {
  const parser = new WARCParser(createReadStream(path));
  for await (const record of parser) {
    // warcio reads garbage as a record without a type rather than failing: that is damage.
    if (!record.warcType) throw new Error(`not a WARC record at byte ${parser.offset}`);
    if (record.warcType !== 'response') continue;
    const type = record.httpHeaders?.headers.get('content-type') ?? '';
    if (!HTML_TYPE.test(type)) continue;
    const id = (record.warcHeader('WARC-Record-ID') ?? '').replace(/^<|>$/g, '') || `offset-${parser.offset}`;
    const url = record.warcTargetURI ?? null;
    const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(type)?.[1] ?? null;
    const length = Number(record.warcContentLength ?? 0);
    if (length > maxBytes) {
      yield { id, url, charset, bytes: null, error: `record is ${length} bytes, over the ${maxBytes}-byte limit (--max-bytes)` };
      continue;
    }
    const bytes = await record.readFully(true);
    yield { id, url, charset, bytes, error: null };
  }
}
