import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import type { Signal } from '../../src/batch/config.js';
import type { ManifestLine } from '../../src/batch/manifest.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const WORKER = new URL('../../dist/worker.js', import.meta.url);

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'pith-batch-'));
  made.push(d);
  return d;
}

export function put(root: string, rel: string, content: string | Uint8Array): string {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A small news page of our own: a story, a nav bar and a related list, different per `n`. */
export function page(n: number, title = `Story number ${n}`): string {
  const paras = Array.from({ length: 4 }, (_, i) =>
    `<p>Paragraph ${i + 1} of story ${n}. The council met on Tuesday to discuss the new bridge, and residents said the plan, which has been debated for years, would finally ease traffic across the river.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1>
${paras}
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another story</a></li></ul></aside>
<footer>© Example News</footer></body></html>`;
}

export interface Fake {
  io: CliIO;
  out: () => string;
  err: () => string;
  /** Deliver a signal as the process would. */
  signal: (s: Signal) => void;
}

export function fakeIO(cwd: string, extra: Partial<CliIO> & { tty?: boolean; stdinText?: string } = {}): Fake {
  let out = '';
  let err = '';
  const handlers = new Set<(s: Signal) => void>();
  const { tty, stdinText, ...rest } = extra;
  const io: CliIO = {
    stdin: (async function* () {
      if (stdinText !== undefined) yield stdinText;
    })(),
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true), isTTY: Boolean(tty) },
    cwd,
    workerUrl: WORKER,
    onSignal: (h) => {
      handlers.add(h);
      return () => handlers.delete(h);
    },
    ...rest,
  };
  return { io, out: () => out, err: () => err, signal: (s) => handlers.forEach((h) => h(s)) };
}

export async function pith(cwd: string, args: string[], extra: Parameters<typeof fakeIO>[1] = {}) {
  const f = fakeIO(cwd, extra);
  const code = await run(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

export function manifest(outDir: string, name = 'pith-manifest.jsonl'): ManifestLine[] {
  return readFileSync(join(outDir, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ManifestLine);
}

/** Every file under `root`, relative, '/'-separated, sorted. */
export function files(root: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  visit(root);
  return out.sort();
}
