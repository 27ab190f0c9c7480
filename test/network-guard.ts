/**
 * Every test file runs with the network cut off: pith never fetches anything (no page
 * resource, no script, no style sheet), and a test run proves it. Any socket connect, DNS
 * lookup or fetch throws and is recorded; a file that made any attempt fails in afterAll,
 * even when the code under test swallowed the error.
 *
 * Wired as a vitest `setupFiles` entry, so it patches each test worker's own modules.
 * Worker threads and child processes that tests start (batch mode) get their own fresh
 * modules; the library code they run is the same code tested here.
 */
import dns from 'node:dns';
import net from 'node:net';
import { afterAll, expect } from 'vitest';

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

function blocked(via: string, target: unknown): never {
  const shown = typeof target === 'string' ? target : JSON.stringify(target ?? null) ?? String(target);
  attempts.push({ via, target: shown });
  throw new Error(`pith tests: network access is forbidden (${via} ${shown})`);
}

const describeArgs = (args: unknown[]): string => {
  const [first, second] = args;
  if (first && typeof first === 'object') {
    const o = first as Record<string, unknown>;
    return String(o.path ?? `${o.host ?? 'localhost'}:${o.port ?? ''}`);
  }
  return second !== undefined && typeof second !== 'function' ? `${String(second)}:${String(first)}` : String(first);
};

net.Socket.prototype.connect = function connect(...args: unknown[]): never {
  blocked('net.Socket.connect', describeArgs(Array.isArray(args[0]) ? (args[0] as unknown[]) : args));
} as never;
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'reverse'] as const) {
  (dns as unknown as Record<string, unknown>)[name] = (host: unknown) => blocked(`dns.${name}`, host);
  (dns.promises as unknown as Record<string, unknown>)[name] = async (host: unknown) => blocked(`dns.promises.${name}`, host);
}
globalThis.fetch = (async (input: unknown) => blocked('fetch', input instanceof Request ? input.url : String(input))) as typeof fetch;

afterAll(() => {
  expect(attempts, 'network access attempted during this test file').toEqual([]);
});
