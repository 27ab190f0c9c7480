import { createReadStream, renameSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { mkdirExplained, writeProblem } from '../write.js';

/**
 * Every file-system call the batch makes to read a page or write, so that tests can put a
 * fault-injecting layer underneath (a disk that fills up, a directory that turns read-only,
 * an unreadable input — which root, running the tests in CI, cannot get from chmod) and check
 * that nothing half-written is left behind.
 */
export interface WriteFs {
  readInput(path: string): Promise<Uint8Array>;
  mkdir(path: string, opts?: { recursive?: boolean }): Promise<unknown>;
  writeFile(path: string, data: string, opts?: { flag?: string }): Promise<void>;
  appendFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /**
   * Rename two files into place as nearly at once as the OS allows. POSIX cannot rename two
   * names atomically; node's version makes the two calls back to back on this thread, with
   * no turn of the event loop (and so no other I/O, no thread-pool queue) between them.
   */
  renamePair(from1: string, to1: string, from2: string, to2: string): Promise<void>;
  rm(path: string, opts: { force?: boolean; recursive?: boolean }): Promise<void>;
  rmdir(path: string): Promise<void>;
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
}

export const nodeFs: WriteFs = {
  ...fsp,
  readInput: (path) => fsp.readFile(path),
  renamePair: async (from1, to1, from2, to2) => {
    renameSync(from1, to1);
    try {
      renameSync(from2, to2);
    } catch (error) {
      // Take the first name back, so a failed pair leaves neither visible.
      try {
        renameSync(to1, from1);
      } catch {
        // Nothing more can be done here; the rerun rewrites an unpaired output.
      }
      throw error;
    }
  },
};

/** Errors after which no further page can be written either: the batch stops, cleanly. */
const FATAL = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'EMFILE', 'ENFILE', 'ENOTDIR']);

export class FatalWriteError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

function describe(error: NodeJS.ErrnoException, path: string): string {
  const where = `cannot write ${path}: ${writeProblem(error)}`;
  switch (error.code) {
    case 'ENOSPC':
      return `${where} (free some space, then rerun the same command to resume)`;
    case 'EDQUOT':
      return `${where} (rerun the same command once there is room to resume)`;
    default:
      return where;
  }
}

export interface PairWritten {
  textBytes: number;
  sidecarBytes: number;
}

export interface OwnershipCheck {
  /** Output paths (relative to the out dir, '/'-separated) the manifest says pith wrote. */
  known(rel: string): boolean;
  force: boolean;
}

/**
 * Writes the out tree. Every page's .txt and .json go to a private temporary folder first
 * (<out>/.pith-tmp/<run>/), hidden and never an output name, then are renamed into place
 * back to back, sidecar first: so an output name only ever holds a whole file, and a run
 * killed at any instant leaves at worst unfinished temporaries that the next run removes.
 */
export class OutWriter {
  private counter = 0;
  private readonly tmpDir: string;
  private readonly made = new Set<string>();

  constructor(
    readonly root: string,
    tag: string,
    private readonly fs: WriteFs,
  ) {
    this.tmpDir = join(root, '.pith-tmp', tag);
  }

  /** Create the out dir (before the lock can be taken in it). */
  async open(): Promise<void> {
    await this.guard(this.root, () => mkdirExplained(this.fs, this.root));
  }

  /** A fresh temporary folder: whatever a killed run left there goes. Only under the lock. */
  async resetTemp(): Promise<void> {
    await this.guard(this.root, async () => {
      await this.fs.rm(this.tmpDir, { recursive: true, force: true });
      await this.fs.mkdir(this.tmpDir, { recursive: true });
    });
  }

  async close(): Promise<void> {
    await this.fs.rm(this.tmpDir, { recursive: true, force: true }).catch(() => undefined);
    // Other shards may still be using theirs: remove the parent only once it is empty.
    await this.fs.rmdir(dirname(this.tmpDir)).catch(() => undefined);
  }

  rel(path: string): string {
    return relative(this.root, path).split(sep).join('/');
  }

  /**
   * Refuse to replace a file pith did not write: an existing output name is fair game only
   * if the manifest lists it, or it is (or sits beside) a pith sidecar, or --force.
   */
  async mayReplace(textPath: string, sidecarPath: string, own: OwnershipCheck): Promise<string | null> {
    if (own.force) return null;
    const [hasText, hasSidecar] = await Promise.all([this.exists(textPath), this.exists(sidecarPath)]);
    if (!hasText && !hasSidecar) return null;
    if ((!hasText || own.known(this.rel(textPath))) && (!hasSidecar || own.known(this.rel(sidecarPath)))) return null;
    if (hasSidecar && (await this.isPithSidecar(sidecarPath))) return null;
    const theirs = hasSidecar ? sidecarPath : textPath;
    return `refusing to overwrite ${this.rel(theirs)}: it was not written by pith (use --force to replace it)`;
  }

  /** Write a page's text and sidecar; both names become visible together, or neither does. */
  async writePair(textPath: string, text: string, sidecarPath: string, sidecar: string): Promise<PairWritten> {
    const n = ++this.counter;
    const tmpText = join(this.tmpDir, `${n}.txt`);
    const tmpSidecar = join(this.tmpDir, `${n}.json`);
    try {
      await this.guard(textPath, async () => {
        const dir = dirname(textPath);
        if (!this.made.has(dir)) {
          await this.fs.mkdir(dir, { recursive: true });
          this.made.add(dir);
        }
        await this.fs.writeFile(tmpText, text);
        await this.fs.writeFile(tmpSidecar, sidecar);
        await this.fs.renamePair(tmpSidecar, sidecarPath, tmpText, textPath);
      });
    } catch (error) {
      await Promise.all([this.fs.rm(tmpText, { force: true }), this.fs.rm(tmpSidecar, { force: true })]).catch(() => undefined);
      throw error;
    }
    return { textBytes: Buffer.byteLength(text), sidecarBytes: Buffer.byteLength(sidecar) };
  }

  /** Publish the bytes of `source` from `start` on as the whole file `path` (temporary name, then rename). */
  async publishTail(source: string, start: number, path: string): Promise<void> {
    const tmp = join(this.tmpDir, `${++this.counter}.whole`);
    try {
      await this.guard(path, async () => {
        await this.fs.writeFile(tmp, '');
        try {
          for await (const chunk of createReadStream(source, { start, encoding: 'utf8' })) await this.fs.appendFile(tmp, chunk as string);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        await this.fs.rename(tmp, path);
      });
    } catch (error) {
      await this.fs.rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async rmFile(path: string): Promise<void> {
    await this.fs.rm(path, { force: true });
  }

  async append(path: string, content: string): Promise<void> {
    await this.guard(path, () => this.fs.appendFile(path, content));
  }

  async sizeOf(path: string): Promise<number | null> {
    try {
      const st = await this.fs.stat(path);
      return st.isFile() ? st.size : null;
    } catch {
      return null;
    }
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  private async isPithSidecar(path: string): Promise<boolean> {
    try {
      const data = JSON.parse(await this.fs.readFile(path, 'utf8')) as { schemaVersion?: unknown; source?: { sha256?: unknown } };
      return typeof data.schemaVersion === 'number' && typeof data.source?.sha256 === 'string';
    } catch {
      return false;
    }
  }

  /** Turn the errors that will hit every later write too into one clear FatalWriteError. */
  private async guard<T>(path: string, body: () => Promise<T>): Promise<T> {
    try {
      return await body();
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      if (err.code && FATAL.has(err.code)) throw new FatalWriteError(describe(err, this.rel(path) || path), err.code);
      throw error;
    }
  }
}
