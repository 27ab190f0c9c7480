/**
 * Every test file runs with the network cut off: pith never fetches anything (no page
 * resource, no script, no style sheet), and a test run proves it. Any socket connect, DNS
 * lookup or fetch throws and is recorded; a file that made any attempt fails in afterAll,
 * even when the code under test swallowed the error.
 *
 * Wired as a vitest `setupFiles` entry, so it patches each test worker's own modules (over
 * the preload the worker may have started with). Processes and worker threads that tests
 * start — CLI runs, the batch pool's workers, GNU parallel's jobs — run
 * test/network-preload.cjs first, which logs to a file that test/global-setup.ts checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { install, reachChildren } from './network-block.cjs';

export interface NetworkAttempt {
  via: string;
  target: string;
}

const attempts: NetworkAttempt[] = [];
(globalThis as Record<string, unknown>).__pithNetworkAttempts = attempts;

/** The attempts recorded so far, emptying the record (for the guard's own tests). */
export function takeNetworkAttempts(): NetworkAttempt[] {
  return attempts.splice(0, attempts.length);
}

install((via, target) => attempts.push({ via, target }));
// Threads and processes a test starts with an env of its own get the preload all the same.
reachChildren(fileURLToPath(new URL('./network-preload.cjs', import.meta.url)));

/** The log of attempts in started processes (test/global-setup.ts), from where this file began. */
const log = process.env.PITH_NETWORK_LOG;
const read = () => (log && existsSync(log) ? readFileSync(log, 'utf8') : '');
const logStart = read().length;

afterAll(() => {
  expect(attempts, 'network access attempted during this test file').toEqual([]);
  // Another file running at the same time may have started the process that tried: either way the run fails.
  const started = read().slice(logStart).trim().split('\n').filter(Boolean);
  expect(started, 'network access attempted by a process or worker thread started while this test file ran').toEqual([]);
});
