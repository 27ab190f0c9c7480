import { spawnSync } from 'node:child_process';
import dns from 'node:dns';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { Pool } from '../src/batch/pool.js';
import { clean } from '../src/index.js';
import { takeNetworkAttempts } from './network-guard.js';

describe('network guard', () => {
  it('blocks and records sockets, DNS, http and fetch', async () => {
    expect(() => net.connect(80, 'example.com')).toThrow(/network access is forbidden/);
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(/forbidden/);
    await expect(dns.promises.lookup('example.com')).rejects.toThrow(/forbidden/);
    await expect(fetch('https://example.com/')).rejects.toThrow(/forbidden/);
    expect(() => http.get('http://127.0.0.1:9/')).toThrow(/forbidden/);
    const seen = takeNetworkAttempts();
    expect(seen.map((a) => a.via)).toEqual(['net.Socket.connect', 'dns.lookup', 'dns.promises.lookup', 'fetch', 'net.Socket.connect']);
    expect(seen[0]!.target).toContain('example.com');
  });

  it('cleaning a page full of remote resources and scripts fetches nothing and runs nothing', async () => {
    const page = `<!doctype html><html><head><title>Remote everything</title>
      <base href="http://198.51.100.7/">
      <link rel="stylesheet" href="http://198.51.100.7/a.css"><link rel="preload" href="//198.51.100.7/f.woff2">
      <script src="http://198.51.100.7/tracker.js"></script>
      <script>globalThis.__pithScriptRan = true; fetch('http://198.51.100.7/beacon');</script>
      <style>@import url(http://198.51.100.7/b.css); body { background: url(http://198.51.100.7/bg.png) }</style>
      <meta http-equiv="refresh" content="0; url=http://198.51.100.7/elsewhere">
      </head><body onload="globalThis.__pithScriptRan = true">
      <article><h1>Remote everything</h1>
      <p>This page points at remote images, frames, objects and scripts, and none of them may be fetched while it is cleaned.</p>
      <img src="http://198.51.100.7/a.png" srcset="http://198.51.100.7/b.png 2x" onerror="globalThis.__pithScriptRan = true">
      <iframe src="http://198.51.100.7/frame.html"></iframe><object data="http://198.51.100.7/o.swf"></object>
      <video src="http://198.51.100.7/v.mp4" poster="http://198.51.100.7/p.jpg"></video>
      <p>A second paragraph of the story keeps it long enough to be read as an article by the content locator.</p>
      <svg><image href="http://198.51.100.7/s.png"/><script>globalThis.__pithScriptRan = true</script></svg>
      </article></body></html>`;
    const result = await clean(page, { path: 'remote.html', url: 'http://198.51.100.7/story' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text).toContain('none of them may be fetched');
    expect((globalThis as Record<string, unknown>).__pithScriptRan).toBeUndefined();
    expect(takeNetworkAttempts()).toEqual([]);
  });

  describe('in processes and worker threads the tests start', () => {
    // Tries a socket, a DNS lookup and fetch, swallowing every error, then says how many failed.
    // Loopback targets only: should the guard ever be missing, nothing leaves the machine.
    const attempt = `
      const tries = [
        () => require('node:net').connect(9, '127.0.0.1'),
        () => require('node:dns').lookup('localhost', () => {}),
        () => fetch('http://127.0.0.1:9/'),
      ];
      let failed = 0;
      (async () => {
        for (const t of tries) { try { await t(); } catch { failed++; } }
        const say = (msg) => (require('node:worker_threads').parentPort ?? { postMessage: console.log }).postMessage(msg);
        say('failed ' + failed);
      })();`;
    // Each case logs to its own file, so its deliberate attempts do not fail the run.
    let dir = '';
    const logIn = () => join((dir = mkdtempSync(join(tmpdir(), 'pith-guard-'))), 'attempts.jsonl');
    const logged = (log: string) => readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { via: string; target: string; where: string });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('runs the guard preload in every process started from a test, through NODE_OPTIONS', () => {
      expect(process.env.NODE_OPTIONS).toMatch(/--require "[^"]*network-preload\.cjs"/);
      expect(process.env.PITH_NETWORK_LOG).toBeTruthy();
    });

    it('blocks and logs the attempts of a child process, even when it swallows the errors', () => {
      const log = logIn();
      const child = spawnSync(process.execPath, ['-e', attempt], { encoding: 'utf8', env: { ...process.env, PITH_NETWORK_LOG: log } });
      expect(child.stdout.trim()).toBe('failed 3');
      const seen = logged(log);
      expect(seen.map((a) => a.via)).toEqual(['net.Socket.connect', 'dns.lookup', 'fetch']);
      expect(seen[0]).toMatchObject({ target: '127.0.0.1:9', where: 'main thread' });
    });

    it('blocks and logs the attempts of a worker thread', async () => {
      const log = logIn();
      // Like the pool's thread workers (src/batch/host.ts): no execArgv, the parent's environment; the preload comes from NODE_OPTIONS.
      const worker = new Worker(attempt, { eval: true, env: { ...process.env, PITH_NETWORK_LOG: log } });
      const said = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
      await worker.terminate();
      expect(said).toBe('failed 3');
      const seen = logged(log);
      expect(seen.map((a) => a.via)).toEqual(['net.Socket.connect', 'dns.lookup', 'fetch']);
      expect(seen[0]!.where).toMatch(/^worker thread \d+$/);
    });

    it('guards a worker thread started with an environment of its own, without NODE_OPTIONS', async () => {
      const log = logIn();
      // Node reads NODE_OPTIONS from the env a worker is given: without the guard passing itself on, this one ran unguarded.
      const worker = new Worker(attempt, { eval: true, env: { PITH_NETWORK_LOG: log } });
      const said = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
      await worker.terminate();
      expect(said).toBe('failed 3');
      expect(logged(log).map((a) => a.via)).toEqual(['net.Socket.connect', 'dns.lookup', 'fetch']);
    });

    it('guards a child process started with an environment of its own, and a worker thread that process starts', () => {
      const log = logIn();
      const nested = `
        const { Worker } = require('node:worker_threads');
        const w = new Worker(${JSON.stringify(attempt)}, { eval: true, env: {} });
        w.once('message', (m) => { console.log('thread ' + m); w.terminate(); });`;
      const env = { PATH: process.env.PATH ?? '', PITH_NETWORK_LOG: log };
      const direct = spawnSync(process.execPath, ['-e', attempt], { encoding: 'utf8', env });
      expect(direct.stdout.trim()).toBe('failed 3');
      const deeper = spawnSync(process.execPath, ['-e', nested], { encoding: 'utf8', env });
      expect(deeper.stdout.trim()).toBe('thread failed 3');
      const seen = logged(log);
      expect(seen.map((a) => a.via)).toEqual(['net.Socket.connect', 'dns.lookup', 'fetch', 'net.Socket.connect', 'dns.lookup', 'fetch']);
      expect(seen[3]!.where).toMatch(/^worker thread \d+$/);
    });

    for (const isolation of ['process', 'thread'] as const) {
      it(`blocks and logs an attempt in a worker of the batch pool itself (${isolation})`, async () => {
        const log = logIn();
        // The pool's workers take this process's environment when they start.
        const outer = process.env.PITH_NETWORK_LOG;
        process.env.PITH_NETWORK_LOG = log;
        // (until the page is answered: the pool starts a worker when it has a page for it)
        const pool = new Pool({ size: 1, workerUrl: new URL('./batch/fixtures/fake-worker.mjs', import.meta.url), timeoutMs: 10_000, recycleHeapMb: 100, maxHeapMb: 64, isolation });
        const reply = await pool.run({ bytes: new TextEncoder().encode('connect'), options: {} });
        await pool.destroy();
        if (outer === undefined) delete process.env.PITH_NETWORK_LOG;
        else process.env.PITH_NETWORK_LOG = outer;
        expect(reply.ok).toBe(true);
        const where = isolation === 'thread' ? /^worker thread \d+$/ : /^main thread$/;
        expect(logged(log)).toMatchObject([{ via: 'net.Socket.connect', target: '127.0.0.1:9', where: expect.stringMatching(where) }]);
      });
    }
  });
});
