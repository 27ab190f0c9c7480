import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';

export interface FakeIO extends CliIO {
  out(): string;
  err(): string;
}

/** In-process stdio for run(): stdin from a string or bytes, stdout/stderr captured. */
export function fakeIO(stdin: string | Uint8Array = '', cwd = process.cwd()): FakeIO {
  let out = '';
  let err = '';
  return {
    stdin: (async function* () {
      if (stdin.length) yield typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
    })(),
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true), isTTY: false },
    cwd,
    out: () => out,
    err: () => err,
  };
}

export function tempDir(prefix = 'pith-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
