import { writeSync as nodeWriteSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Checked output. Every write of text, JSON or a sidecar goes through here, so that a full
 * disk, a read-only one or a reader that went away is an error the CLI reports in words,
 * never output cut short with exit 0, and never a stack trace.
 */

/** Where the CLI writes: `write` may throw, or return a promise that rejects, when it fails. */
export interface Sink {
  write(chunk: string): unknown;
  /** A Node stream's: lets a writer wait for a full pipe when `write` returned false. */
  once?(event: 'drain', cb: () => void): unknown;
}

/** Write `chunk` and wait until the sink has taken it; rejects with the sink's error. */
export async function emit(out: Sink, chunk: string): Promise<void> {
  const taken = out.write(chunk);
  if (taken === false && out.once) await new Promise<void>((resolve) => out.once!('drain', resolve));
  else await taken;
}

/** The reader of stdout has gone (`pith big.txt | head -c1`): not a failure of pith's. */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
}

/** What went wrong with a write, in words (no stack, no errno jargon). */
export function writeProblem(error: unknown): string {
  const err = error as NodeJS.ErrnoException | null;
  switch (err?.code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'ENOENT':
      return 'no such directory';
    case 'EIO':
      return 'input/output error';
    case 'EFBIG':
      return 'the file is too large for the file system';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return err?.message ?? String(error);
  }
}

/** The two calls mkdirExplained makes: node:fs/promises, or a test's fault-injecting layer. */
export interface DirFs {
  mkdir(path: string, opts?: { recursive?: boolean }): Promise<unknown>;
  stat(path: string): Promise<unknown>;
}

/**
 * mkdir -p that says why it failed: Node's recursive mkdir reports ENOENT when a missing
 * folder cannot be made on a read-only file system; made one level at a time from the
 * nearest existing folder, the failing level gives the real cause (EROFS, EACCES, ENOTDIR).
 */
export async function mkdirExplained(fs: DirFs, path: string): Promise<void> {
  try {
    await fs.mkdir(path, { recursive: true });
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const missing: string[] = [];
  for (let dir = path; dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      await fs.stat(dir);
      break;
    } catch {
      missing.unshift(dir);
    }
  }
  for (const dir of missing) {
    await fs.mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

type WriteSync = (fd: number, buffer: Uint8Array, offset: number) => number;

/**
 * A sink on a file descriptor that is a file or a device, written synchronously to the last
 * byte. Node's own stdout on a file ignores the count writeSync returns, so a disk that
 * fills up mid-write loses the rest silently; here a short write is retried, and the retry
 * on a full disk fails with ENOSPC.
 */
export function fdSink(fd: number, writeSync: WriteSync = nodeWriteSync): Sink {
  return {
    write(chunk: string) {
      const bytes = Buffer.from(chunk);
      for (let at = 0; at < bytes.byteLength; ) {
        const n = writeSync(fd, bytes, at);
        if (!(n > 0)) throw Object.assign(new Error('the device took no more bytes'), { code: 'ENOSPC' });
        at += n;
      }
    },
  };
}

/** A Node stream as a sink whose writes settle when the stream has taken (or refused) the chunk. */
export function streamSink(stream: NodeJS.WritableStream & { on(event: 'error', cb: (error: Error) => void): unknown }): Sink {
  // The error also reaches each write's callback, where it is handled; without a listener
  // Node would throw it as an uncaught exception with a stack trace.
  stream.on('error', () => undefined);
  return {
    write: (chunk: string) => new Promise<void>((resolve, reject) => stream.write(chunk, (error) => (error ? reject(error) : resolve()))),
  };
}
