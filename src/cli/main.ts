import { fstatSync } from 'node:fs';
import { EXIT } from './io.js';
import { run } from './run.js';
import { fdSink, streamSink, type Sink } from '../write.js';

// The CLI's one V8 flag, --no-regexp-tier-up, is set by bin/pith.js before this bundle is
// compiled (the code cache is accepted only under the flags it was made with).

/** The process-facing entry: real stdio, exit code through process.exitCode. */
export function main(): void {
  let stdout: Sink | undefined;
  // Getters: Node builds a stdio stream (and loads its tty or net modules) on first touch;
  // a run that never reads stdin or writes to stderr should not pay for them.
  run(process.argv.slice(2), {
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return (stdout ??= stdoutSink());
    },
    get stderr() {
      // A closed stderr must not turn into an uncaught 'error' event either.
      if (!process.stderr.listenerCount('error')) process.stderr.on('error', () => undefined);
      return process.stderr;
    },
    cwd: process.cwd(),
    onSignal: (handler) => {
      const signals = ['SIGINT', 'SIGTERM'] as const;
      const listeners = signals.map((s) => [s, () => handler(s)] as const);
      for (const [s, l] of listeners) process.on(s, l);
      return () => {
        for (const [s, l] of listeners) process.off(s, l);
      };
    },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`pith: internal error: ${error.message}\n`);
      if (process.argv.includes('--debug')) process.stderr.write(`${error.stack}\n`);
      process.exitCode = EXIT.FAILED;
    },
  );
}

/**
 * stdout as a checked sink. A file or a device (`> out.txt`, `> /dev/full`) is written with
 * writeSync to the last byte, since Node's stdout on a file drops what a short write left;
 * a pipe or a terminal goes through process.stdout, whose write callback reports EPIPE.
 */
function stdoutSink(): Sink {
  let kind: 'fd' | 'stream' = 'stream';
  try {
    const st = fstatSync(1);
    if (st.isFile() || (st.isCharacterDevice() && !process.stdout.isTTY)) kind = 'fd';
  } catch {
    // No usable fd 1: let the stream report it on the first write.
  }
  return kind === 'fd' ? fdSink(1) : streamSink(process.stdout);
}

// scripts/code-cache.mjs runs the bundled CLI in-process on sample pages before it writes
// the code cache, so the cache holds the functions a run compiles.
export { run } from './run.js';
