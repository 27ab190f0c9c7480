/**
 * Preloaded (`--require`, through NODE_OPTIONS set by test/global-setup.ts) into every
 * process the tests start — CLI runs of bin/pith.js, the batch pool's worker processes
 * (forked with their own execArgv, but the environment's NODE_OPTIONS still applies), GNU
 * parallel's jobs — and, since Node runs NODE_OPTIONS preloads in each worker thread too,
 * into the pool's worker threads. Any network attempt throws and is appended as one JSON
 * line to the file PITH_NETWORK_LOG names (read when the attempt happens, so a worker given
 * its own env reports there), even when the code that tried swallows the error;
 * test/network-guard.ts and global-setup fail the run on any line.
 */
'use strict';
const { appendFileSync } = require('node:fs');
const { isMainThread, threadId } = require('node:worker_threads');
const { install, reachChildren } = require('./network-block.cjs');

// Threads and processes started from here run this file too, whatever env they are given.
reachChildren(__filename);

install((via, target) => {
  const log = process.env.PITH_NETWORK_LOG;
  if (!log) return;
  const where = isMainThread ? 'main thread' : `worker thread ${threadId}`;
  appendFileSync(log, JSON.stringify({ via, target, pid: process.pid, where, argv: process.argv.slice(1).join(' ') }) + '\n');
});
