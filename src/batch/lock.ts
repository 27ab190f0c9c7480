import { join } from 'node:path';
import type { WriteFs } from './writer.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One run per out dir (per shard): two runs writing the same manifest and temporaries would
 * undo each other. The lock holds the owner's pid; a lock whose process is gone (kill -9) is
 * taken over, so resuming never needs a manual clean-up.
 */
export async function takeLock(fs: WriteFs, outDir: string, tag: string): Promise<{ release(): Promise<void> } | { heldBy: number }> {
  const path = join(outDir, `.pith-lock.${tag}`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await fs.writeFile(path, `${process.pid}\n`, { flag: 'wx' });
      return { release: () => fs.rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await fs.readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) return { heldBy: pid };
      await fs.rm(path, { force: true });
    }
  }
  throw new Error(`cannot take the lock ${path}`);
}
