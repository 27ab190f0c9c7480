/**
 * The process exit codes of the CLI, shared by its batch mode: 0 ok, 1 some inputs failed,
 * 2 usage; 130/143 after SIGINT/SIGTERM. PIPE: stdout's reader went away
 * (`pith big.txt | head -c1`); 128 + SIGPIPE, as `cat` would end.
 */
export const EXIT = Object.freeze({ OK: 0, FAILED: 1, USAGE: 2, INTERRUPTED: 130, PIPE: 141, TERMINATED: 143 });
