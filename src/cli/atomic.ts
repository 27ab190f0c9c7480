import { dirname } from 'node:path';
import type { WriteFs } from '../batch/writer.js';
import { fsPromises } from '../lazy.js';
import { mkdirExplained, type DirFs } from '../write.js';

/** The calls writeAtomic makes: node:fs/promises, or a test's fault-injecting layer (CliIO.fs). */
type AtomicFs = DirFs & Pick<WriteFs, 'writeFile' | 'rename' | 'rm'>;

/** Write to a temporary name, then rename: a reader never sees half a file. */
export async function writeAtomic(path: string, content: string, fs: AtomicFs = fsPromises()): Promise<void> {
  await mkdirExplained(fs, dirname(path));
  const tmp = `${path}.pith-tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await fs.writeFile(tmp, content);
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
