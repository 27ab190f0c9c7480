import type { OnSignal } from '../batch/config.js';
import type { WriteFs } from '../batch/writer.js';
import type { Sink } from '../write.js';

/** What the CLI needs from the outside world; tests pass fakes, main.ts passes the process's own. */
export interface CliIO {
  /** Standard input as bytes, read only when a page comes from it. */
  stdin: AsyncIterable<Uint8Array | string>;
  /**
   * Where text goes. A write that fails throws or returns a rejecting promise (src/write.ts);
   * `once('drain')` lets --records wait for a full stdout instead of buffering without bound.
   */
  stdout: Sink;
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  /** Working directory that relative paths are resolved from. */
  cwd: string;
  /** The worker script for -o and --records; defaults to worker.js beside the CLI bundle. */
  workerUrl?: URL;
  /** The file-system layer batch outputs are written through (tests inject faults). */
  fs?: WriteFs;
  /** Subscribe to SIGINT/SIGTERM for a graceful stop; returns the unsubscribe function. */
  onSignal?: OnSignal;
}

export { EXIT } from '../exit.js';

export async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.byteLength;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
