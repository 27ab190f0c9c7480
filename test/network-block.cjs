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

module.exports = { install };
