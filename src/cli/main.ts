import { run } from './run.js';

// The CLI's one V8 flag, --no-regexp-tier-up, is set by bin/pith.js before this bundle is
// compiled (the code cache is accepted only under the flags it was made with).

/** The process-facing entry: real stdio, exit code through process.exitCode. */
export function main(): void {
  // Getters: Node builds a stdio stream (and loads its tty or net modules) on first touch;
  // a run that never reads stdin or writes to stderr should not pay for them.
  run(process.argv.slice(2), {
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return process.stdout;
    },
    get stderr() {
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
      process.exitCode = 1;
    },
  );
}

// scripts/code-cache.mjs runs the bundled CLI in-process on sample pages before it writes
// the code cache, so the cache holds the functions a run compiles.
export { run } from './run.js';
