import { open, type FileHandle } from 'node:fs/promises';
import { zlib } from '../lazy.js';
import { WARC_READ_CHUNK_BYTES } from '../thresholds.js';

/**
 * The bytes of a WARC or WARC.gz file, decompressed, as a stream of chunks. A BREAK stands
 * where bytes were lost: a gzip member that does not inflate, fails its CRC or is cut off.
 * After one, the next gzip member in the file is tried (its first bytes are the start of a
 * record again when the archive was written one record per member, as the WARC standard
 * recommends), so the records after damage are not lost with it.
 */
export interface Chunk {
  bytes: Uint8Array;
  /** File offset of the chunk's first byte (plain), or of the gzip member holding it. */
  at: number;
  /** Whether `at + i` is the file offset of byte i (plain files), not only of its member. */
  exact: boolean;
}
export interface Break {
  break: string;
  at: number;
}

const GZIP = [0x1f, 0x8b, 0x08];

class File {
  private buf = new Uint8Array(0);
  private start = 0;
  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /** Bytes from `offset` on (at least one, unless at the end), from the buffer when it holds them. */
  async at(offset: number): Promise<Uint8Array> {
    if (offset >= this.start && offset < this.start + this.buf.length) return this.buf.subarray(offset - this.start);
    const want = Math.min(WARC_READ_CHUNK_BYTES, Math.max(0, this.size - offset));
    const buf = new Uint8Array(want);
    const { bytesRead } = await this.handle.read(buf, 0, want, offset);
    this.buf = buf.subarray(0, bytesRead);
    this.start = offset;
    return this.buf;
  }
}

export async function* warcSource(path: string): AsyncGenerator<Chunk | Break> {
  const handle = await open(path, 'r');
  try {
    const file = new File(handle, (await handle.stat()).size);
    const head = await file.at(0);
    if (head[0] === GZIP[0] && head[1] === GZIP[1]) yield* members(file);
    else {
      for (let at = 0; at < file.size; ) {
        const bytes = await file.at(at);
        if (!bytes.length) break;
        yield { bytes, at, exact: true };
        at += bytes.length;
      }
    }
  } finally {
    await handle.close();
  }
}

/** Length of the gzip member header at the start of `b`, or -1 when it is not one (or is cut). */
function gzipHeader(b: Uint8Array): number {
  if (b.length < 10 || b[0] !== GZIP[0] || b[1] !== GZIP[1] || b[2] !== GZIP[2]) return -1;
  const flags = b[3]!;
  let i = 10;
  if (flags & 4) {
    if (b.length < i + 2) return -1;
    i += 2 + (b[i]! | (b[i + 1]! << 8));
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    while (i < b.length && b[i] !== 0) i++;
    i++;
  }
  if (flags & 2) i += 2;
  return i <= b.length ? i : -1;
}

async function* members(file: File): AsyncGenerator<Chunk | Break> {
  let at = 0;
  while (at < file.size) {
    const head = await file.at(at);
    const hdr = gzipHeader(head);
    let failure: string | null = hdr < 0 ? 'not a gzip member header' : null;
    let end = at;
    if (hdr >= 0) {
      const got = yield* member(file, at, at + hdr);
      if (typeof got === 'string') failure = got;
      else end = got;
    }
    if (!failure) {
      at = end;
      continue;
    }
    yield { break: failure, at };
    at = await nextMember(file, at + 1);
  }
}

/** Inflate one member, yielding its output; returns the offset after it, or why it failed. */
async function* member(file: File, at: number, dataAt: number): AsyncGenerator<Chunk, number | string> {
  const z = zlib();
  const inflate = z.createInflateRaw();
  let pos = dataAt;
  let finished = false;
  // Feed the compressed bytes as the output is taken, so a large member streams; zlib stops
  // at the end of the deflate data, and bytesWritten tells how much of the input it took.
  const feed = async () => {
    while (!finished && pos < file.size) {
      const bytes = await file.at(pos);
      pos += bytes.length;
      if (!inflate.write(bytes)) await new Promise<void>((r) => { inflate.once('drain', r); inflate.once('close', r); inflate.once('end', r); });
    }
    if (!finished) inflate.end();
  };
  void feed().catch((error: unknown) => inflate.destroy(error as Error));
  let crc = 0;
  let size = 0;
  try {
    for await (const out of inflate as AsyncIterable<Uint8Array>) {
      crc = z.crc32(out, crc);
      size += out.length;
      yield { bytes: out, at, exact: false };
    }
  } catch (error) {
    return `gzip member does not inflate (${(error as Error).message})`;
  } finally {
    finished = true;
    inflate.destroy();
  }
  const end = dataAt + inflate.bytesWritten;
  const trailer = (await file.at(end)).subarray(0, 8);
  if (trailer.length < 8) return 'gzip member is cut off before its checksum';
  const view = new DataView(trailer.buffer, trailer.byteOffset, 8);
  if (view.getUint32(0, true) !== crc >>> 0 || view.getUint32(4, true) !== size >>> 0) return 'gzip member fails its checksum';
  return end + 8;
}

/** The offset of the next gzip member header at or after `from`, or the file size. */
async function nextMember(file: File, from: number): Promise<number> {
  for (let at = from; at < file.size; ) {
    const bytes = await file.at(at);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== GZIP[0]) continue;
      const here = i + 3 <= bytes.length ? bytes.subarray(i) : await file.at(at + i);
      if (here[1] === GZIP[1] && here[2] === GZIP[2]) return at + i;
    }
    at += bytes.length;
  }
  return file.size;
}
