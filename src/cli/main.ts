import { run } from './run.js';

/** The process-facing entry: real stdio, exit code through process.exitCode. */
export function main(): void {
  run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
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
