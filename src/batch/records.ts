import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { EXIT } from '../exit.js';
import { emit, isClosedPipe, writeProblem } from '../write.js';
import type { Options } from '../options.js';
import { BATCH_INFLIGHT_PER_WORKER } from '../thresholds.js';
import type { BatchConfig, Signal } from './config.js';
import { poolFor } from './pool.js';
import type { PageReply } from './protocol.js';

/** One input line: {"id" or "url", "html" or "text", optional "encoding"}. */
interface RecordIn {
  id?: unknown;
  url?: unknown;
  html?: unknown;
  text?: unknown;
  encoding?: unknown;
}

type Prepared = { id: string | number | null; error: string } | { id: string | number; bytes: Uint8Array; options: Partial<Options> };

const encoder = new TextEncoder();

/**
 * Turn one JSON line into a page. A JSON string is Unicode already, so the page is handed to
 * the library as UTF-8 and decoded as UTF-8 whatever its <meta charset> says. With "encoding",
 * the string is taken as bytes, one per character (the "binary string" that Spark and Hadoop
 * pipelines produce when they cannot carry raw bytes in JSON) and decoded with that encoding.
 */
function prepare(line: string, n: number, base: Partial<Options>): Prepared {
  let rec: RecordIn;
  try {
    rec = JSON.parse(line) as RecordIn;
  } catch (error) {
    return { id: null, error: `line ${n}: not JSON: ${(error as Error).message}` };
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return { id: null, error: `line ${n}: not a JSON object` };
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : typeof rec.url === 'string' ? rec.url : n;
  const body = typeof rec.html === 'string' ? rec.html : typeof rec.text === 'string' ? rec.text : null;
  if (body === null) return { id, error: 'the record has neither an "html" nor a "text" string' };
  const format = typeof rec.html === 'string' ? 'html' : 'text';
  const options: Partial<Options> = { ...base, path: String(id), format: base.format === 'auto' || !base.format ? format : base.format };
  if (typeof rec.url === 'string' && !base.url) options.url = rec.url;
  if (typeof rec.encoding === 'string') {
    try {
      new TextDecoder(rec.encoding);
    } catch {
      return { id, error: `unknown encoding "${rec.encoding}"` };
    }
    const bytes = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c > 0xff) return { id, error: `"encoding" is given, so "${format}" must hold one byte per character, but character ${i} is U+${c.toString(16).toUpperCase()}` };
      bytes[i] = c;
    }
    return { id, bytes, options: { ...options, encoding: rec.encoding } };
  }
  return { id, bytes: encoder.encode(body), options: { ...options, encoding: base.encoding ?? 'utf-8' } };
}

function outLine(id: string | number | null, reply: PageReply): string {
  if (reply.ok) return `{"id":${JSON.stringify(id)},"text":${JSON.stringify(reply.text)},"sidecar":${reply.sidecarJson}}\n`;
  return JSON.stringify({ id, text: null, sidecar: null, error: reply.error }) + '\n';
}

/**
 * `pith --records jsonl`: JSON Lines in on stdin, one JSON line out per record on stdout, in
 * input order — the contract of a Hadoop Streaming mapper or Spark's RDD.pipe(). Memory stays
 * bounded: at most jobs × BATCH_INFLIGHT_PER_WORKER records are between stdin and stdout, and
 * reading pauses while stdout is full.
 */
export async function runRecords(cfg: BatchConfig, stdin: AsyncIterable<Uint8Array | string>): Promise<number> {
  const pool = poolFor(cfg);
  const window = cfg.jobs * BATCH_INFLIGHT_PER_WORKER;
  const pending: Promise<string>[] = [];
  let failed = 0;
  let total = 0;
  let stopping: Signal | null = null;
  const unsubscribe = cfg.onSignal?.((signal) => {
    if (stopping) void pool.destroy();
    stopping = signal;
  });
  // The first write that fails ends the run: a closed stdout (the reader went away) quietly,
  // any other failure with one line. Lines after it would be lost, so none are cleaned.
  let broken: unknown = null;
  let written = 0;
  const flushOne = async () => {
    const line = await pending.shift()!;
    if (broken) return;
    try {
      await emit(cfg.stdout, line);
      written++;
    } catch (error) {
      broken = error;
    }
  };

  const lines = createInterface({ input: Readable.from(stdin), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (stopping || broken) break;
    if (!line.trim()) continue;
    total++;
    const prep = prepare(n === 1 ? line.replace(/^\uFEFF/, '') : line, n, cfg.base);
    const reply: Promise<PageReply> =
      'error' in prep ? Promise.resolve({ ok: false, error: { code: 'parse', message: prep.error } }) : pool.run({ bytes: prep.bytes, options: prep.options, compact: true });
    pending.push(
      reply.then((r) => {
        if (!r.ok) failed++;
        return outLine(prep.id, r);
      }),
    );
    if (pending.length >= window) await flushOne();
  }
  lines.close();
  while (pending.length) await flushOne();
  unsubscribe?.();
  await pool.destroy();
  if (broken) {
    if (isClosedPipe(broken)) return EXIT.PIPE;
    cfg.stderr.write(`pith: cannot write to stdout: ${writeProblem(broken)}; output stopped after ${written} records\n`);
    return EXIT.FAILED;
  }
  if (!cfg.quiet || failed) cfg.stderr.write(`pith: ${total - failed} records cleaned, ${failed} failed\n`);
  if (stopping) return stopping === 'SIGTERM' ? EXIT.TERMINATED : EXIT.INTERRUPTED;
  // A failed record is reported in its own output line. Exiting 1 for it would make Spark's
  // pipe() throw and Hadoop Streaming fail (and retry) the whole task over one bad page.
  return EXIT.OK;
}
