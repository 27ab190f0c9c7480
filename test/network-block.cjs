/**
 * Cuts a JavaScript realm off the network: socket connects (net, and so http, https, tls and
 * fetch's sockets), every DNS lookup and resolve, and fetch itself throw, after telling
 * `onAttempt` what was tried. Shared by the in-process guard of the test workers
 * (test/network-guard.ts) and the preload that every process and worker thread the tests
 * start runs first (test/network-preload.cjs). CommonJS, so that `node --require` loads it.
 */
'use strict';
const dns = require('node:dns');
const net = require('node:net');
const { promisify } = require('node:util');

/** "host:port" or a socket path, from the arguments of net.connect / socket.connect. */
function describeArgs(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args;
  if (first && typeof first === 'object') return String(first.path ?? `${first.host ?? 'localhost'}:${first.port ?? ''}`);
  return second !== undefined && typeof second !== 'function' ? `${String(second)}:${String(first)}` : String(first);
}

function shown(target) {
  return typeof target === 'string' ? target : (JSON.stringify(target ?? null) ?? String(target));
}

/** @param {(via: string, target: string) => void} onAttempt */
function install(onAttempt) {
  const blocked = (via, target) => {
    const what = shown(target);
    onAttempt(via, what);
    throw new Error(`pith tests: network access is forbidden (${via} ${what})`);
  };
  net.Socket.prototype.connect = function connect(...args) {
    blocked('net.Socket.connect', describeArgs(args));
  };
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'reverse']) {
    dns[name] = (host) => blocked(`dns.${name}`, host);
    dns.promises[name] = async (host) => blocked(`dns.promises.${name}`, host);
  }
  globalThis.fetch = async (input) => blocked('fetch', typeof Request !== 'undefined' && input instanceof Request ? input.url : String(input));
}

/**
 * Make every worker thread and child process started from this realm run `preload` first,
 * even one given its own environment: NODE_OPTIONS reaches a worker only through the
 * environment it starts with, and `env: {}` (or any env without it) would start it unguarded.
 * The log file (PITH_NETWORK_LOG) is passed on the same way unless the caller set its own.
 * @param {string} preload absolute path of test/network-preload.cjs
 */
function reachChildren(preload) {
  const flag = `--require ${JSON.stringify(preload)}`;
  const guarded = (env) => {
    if (!env || typeof env !== 'object') return env; // undefined: the parent's; SHARE_ENV: shared
    const out = { ...env };
    if (!String(out.NODE_OPTIONS ?? '').includes(flag)) out.NODE_OPTIONS = [out.NODE_OPTIONS, flag].filter(Boolean).join(' ');
    if (out.PITH_NETWORK_LOG === undefined && process.env.PITH_NETWORK_LOG) out.PITH_NETWORK_LOG = process.env.PITH_NETWORK_LOG;
    return out;
  };
  const withEnv = (arg) => (arg && typeof arg === 'object' && !Array.isArray(arg) && 'env' in arg ? { ...arg, env: guarded(arg.env) } : arg);
  const threads = require('node:worker_threads');
  const Original = threads.Worker;
  if (!Original.pithGuarded) {
    threads.Worker = class Worker extends Original {
      static pithGuarded = true;
      constructor(file, options) {
        super(file, withEnv(options));
      }
    };
  }
  const cp = require('node:child_process');
  for (const name of ['spawn', 'spawnSync', 'fork', 'exec', 'execSync', 'execFile', 'execFileSync']) {
    const original = cp[name];
    if (original.pithGuarded) continue;
    const patched = function (...args) {
      return original.apply(this, args.map(withEnv));
    };
    patched.pithGuarded = true;
    // exec and execFile carry their own promisified form, which would start the child unpatched.
    const custom = original[promisify.custom];
    if (custom) patched[promisify.custom] = (...args) => custom(...args.map(withEnv));
    cp[name] = patched;
  }
  // ES modules see built-ins' exports as copied at first import: refresh them.
  require('node:module').syncBuiltinESMExports();
}

module.exports = { install, reachChildren };
