import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Kind } from '../types.js';
import type { OutWriter } from './writer.js';

/** One line of pith-manifest.jsonl: what happened to one input. */
export interface ManifestLine {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
  /** Why it failed, or why it was skipped; null when cleaned. */
  error: string | null;
  errorCode?: string;
  /** Output files relative to the out dir; null when nothing was written. */
  outputs: { text: string; sidecar: string } | null;
  bytes?: { text: number; sidecar: number };
  wordCount: number | null;
  removed: Partial<Record<Kind, number>> | null;
  sha256: string | null;
  ms: number;
}

/** What resuming needs to know about an input the manifest says is done. */
export interface DoneEntry {
  sha256: string;
  outputs: { text: string; sidecar: string };
  bytes: { text: number; sidecar: number };
  wordCount: number | null;
  removed: Partial<Record<Kind, number>> | null;
}

/**
 * The manifest. During a run lines are appended to a hidden journal, one write per input, so
 * a run killed with -9 loses at most the line being written; at the end the lines of this run
 * become pith-manifest.jsonl in one rename. A rerun reads the last manifest and any journal a
 * killed run left behind (later lines win) to know what is already done.
 */
export class Manifest {
  readonly path: string;
  private readonly journal: string;
  private startOffset = 0;
  /** Previous runs' finished inputs, by path. Its size is that of the last manifest, read only to resume. */
  readonly done = new Map<string, DoneEntry>();
  /** Output files (relative) that earlier runs wrote: pith may replace them. */
  readonly owned = new Set<string>();

  constructor(
    private readonly writer: OutWriter,
    name: string,
  ) {
    this.path = join(writer.root, name);
    this.journal = join(writer.root, `.${name}.journal`);
  }

  async open(): Promise<void> {
    await this.load(this.path);
    await this.load(this.journal);
    this.startOffset = (await this.writer.sizeOf(this.journal)) ?? 0;
  }

  async add(line: ManifestLine): Promise<void> {
    await this.writer.append(this.journal, JSON.stringify(line) + '\n');
  }

  /** Publish this run's lines as the manifest (streamed: a million lines cost no memory). */
  async finish(): Promise<void> {
    await this.writer.publishTail(this.journal, this.startOffset, this.path);
    await this.writer.rmFile(this.journal);
  }

  private async load(path: string): Promise<void> {
    let stream;
    try {
      stream = createReadStream(path, { encoding: 'utf8' });
      for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
        let line: ManifestLine;
        try {
          line = JSON.parse(raw) as ManifestLine;
        } catch {
          continue; // the torn last line of a killed run
        }
        if (!line || typeof line.path !== 'string') continue;
        if (line.outputs) {
          this.owned.add(line.outputs.text);
          this.owned.add(line.outputs.sidecar);
        }
        if (line.status !== 'failed' && line.outputs && line.bytes && line.sha256) {
          this.done.set(line.path, { sha256: line.sha256, outputs: line.outputs, bytes: line.bytes, wordCount: line.wordCount, removed: line.removed });
        } else {
          this.done.delete(line.path);
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
