import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
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
});
