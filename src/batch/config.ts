import type { Sink } from '../write.js';
import type { Options } from '../options.js';
import type { Isolation } from './host.js';
import type { Shard } from './shard.js';
import type { WriteFs } from './writer.js';

/** How a signal reaches a running batch; main.ts wires process signals, tests call the handler. */
export type Signal = 'SIGINT' | 'SIGTERM';
export type OnSignal = (handler: (signal: Signal) => void) => () => void;

/** Everything a batch or records run needs, resolved from the command line by src/cli/run.ts. */
export interface BatchConfig {
  inputs: string[];
  cwd: string;
  /** Absolute out dir. */
  outDir: string;
  jobs: number;
  /** Worker threads or processes (host.ts). */
  workers: Isolation;
  timeoutMs: number;
  include: string[];
  exclude: string[];
  hidden: boolean;
  followSymlinks: boolean;
  force: boolean;
  shard: Shard | null;
  /** File arguments keep their folders below their common folder (--keep-dirs), not flattened. */
  keepDirs?: boolean;
  quiet: boolean;
  /** Library options shared by every page (format, title, encoding, url, maxBytes, debug). */
  base: Partial<Options>;
  workerUrl: URL;
  fs: WriteFs;
  stdout: Sink;
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  onSignal?: OnSignal;
}
