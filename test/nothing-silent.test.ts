/**
 * Issue 12, "nothing lost, nothing silent", the CLI's part: every write to stdout or a
 * sidecar is checked, a closed stdout ends quietly, messages say what happened, and limits
 * (-j, --timeout, reserved names, --url) hold. In-process with fake stdio and fault-injecting
 * file systems; real processes only where the process's own stdout is the subject.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { Pool } from '../src/batch/pool.js';
import { nodeFs, type WriteFs } from '../src/batch/writer.js';
import { fdSink } from '../src/write.js';
import { manifest, page, pith, put, ROOT, tempDir } from './batch/helpers.js';

const SEED = join(ROOT, 'samples', 'seed', 'input.txt');
const PITH = join(ROOT, 'bin', 'pith.js');
const FAKE = new URL('./batch/fixtures/fake-worker.mjs', import.meta.url);

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}
const failing = (code: string) => ({ write: () => Promise.reject(errno(code)) });
/** No line of a stack trace. */
const noStack = (err: string) => expect(err).not.toMatch(/^\s+at /m);

/** A long text page: its text is far more than a pipe holds. */
function bigPage(dir: string): string {
  const line = 'The council met again on Tuesday to discuss the bridge, and residents said the plan would ease traffic.\n';
  return put(dir, 'big.txt', `A headline for the long page\n\n${line.repeat(8_000)}`);
}

/** Run the real CLI with stdout a pipe that is closed after its first chunk. */
function closedEarly(args: string[], input?: string): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [PITH, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, err }));
    child.stdin.end(input ?? '');
  });
}

describe('stdout writes are checked', () => {
  it('a failing stdout (full disk) is exit 1 with one line and no stack trace; later inputs are not cleaned', async () => {
    const dir = tempDir();
    const r = await pith(dir, [SEED, SEED], { stdout: failing('ENOSPC') });
    expect(r.code).toBe(1);
    expect(r.err).toBe('pith: cannot write to stdout: no space left on the device; the output is incomplete\n');
  });

  it('a short write is finished, not dropped; a device that takes no more bytes is an error', async () => {
    let got = Buffer.alloc(0);
    const trickle = (_fd: number, buf: Uint8Array, at: number) => {
      const n = Math.min(7, buf.byteLength - at);
      got = Buffer.concat([got, buf.subarray(at, at + n)]);
      return n;
    };
    const dir = tempDir();
    const whole = await pith(dir, [SEED], { stdout: fdSink(1, trickle) });
    expect(whole.code).toBe(0);
    const reference = await pith(dir, [SEED]);
    expect(got.toString('utf8')).toBe(reference.out);
    // A nearly full disk: 151 bytes fit, then writeSync takes nothing more.
    let room = 151;
    const nearlyFull = (_fd: number, buf: Uint8Array, at: number) => {
      const n = Math.min(room, buf.byteLength - at);
      room -= n;
      if (n === 0) throw errno('ENOSPC');
      return n;
    };
    const cut = await pith(dir, [SEED], { stdout: fdSink(1, nearlyFull) });
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/^pith: cannot write to stdout: no space left on the device/);
    const zero = await pith(dir, [SEED], { stdout: fdSink(1, () => 0) });
    expect(zero.code).toBe(1);
  });

  it.skipIf(!existsSync('/dev/full'))('> /dev/full: exit 1 and one line, no stack trace (real process)', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [PITH, SEED], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('pith: cannot write to stdout: no space left on the device; the output is incomplete\n');
    } finally {
      closeSync(fd);
    }
  });

  it('stdout on a regular file is written whole, through the checked fd sink (real process)', () => {
    const dir = tempDir();
    const out = join(dir, 'out.txt');
    const fd = openSync(out, 'w');
    try {
      const r = spawnSync(process.execPath, [PITH, SEED], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(out, 'utf8')).toBe(spawnSync(process.execPath, [PITH, SEED], { encoding: 'utf8' }).stdout);
  });

  it('--records: a failing stdout is exit 1 with one line, and reading stops', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: i, html: page(i) })).join('\n');
    const r = await pith(dir, ['--records', 'jsonl', '-j', '1'], { stdinText: lines, stdout: failing('EIO') });
    expect(r.code).toBe(1);
    expect(r.err).toBe('pith: cannot write to stdout: input/output error; output stopped after 0 records\n');
  });
});

describe('a closed stdout ends quietly with 141', () => {
  it('in-process: single page and --records', async () => {
    const dir = tempDir();
    const one = await pith(dir, [SEED], { stdout: failing('EPIPE') });
    expect(one).toMatchObject({ code: 141, err: '' });
    const rec = await pith(dir, ['--records', 'jsonl', '-q'], { stdinText: JSON.stringify({ id: 1, html: page(1) }), stdout: failing('EPIPE') });
    expect(rec).toMatchObject({ code: 141, err: '' });
  });

  it('pith big.txt | head -c1 (real process)', async () => {
    const r = await closedEarly([bigPage(tempDir())]);
    expect(r).toEqual({ code: 141, err: '' });
  });

  it('pith --records jsonl | head -c1 (real process)', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `Line ${i} of a record that has a sentence in it, and then some more words.` })).join('\n');
    const r = await closedEarly(['--records', 'jsonl', '-q', '-j', '1'], lines);
    expect(r.code).toBe(141);
    noStack(r.err);
    expect(r.err).toBe('');
  });
});

describe('messages say what happened', () => {
  it('--sidecar to a directory, or on a read-only disk, says so (not "internal error")', async () => {
    const dir = tempDir();
    put(dir, 'sidecars/keep', '');
    const d = await pith(dir, [SEED, '--sidecar', 'sidecars']);
    expect(d.code).toBe(1);
    expect(d.err).toMatch(/cannot write the sidecar .*sidecars: it is a directory\n$/);
    expect(d.out).toContain('Mexico says'); // the text still went out
    const readOnly: WriteFs = { ...nodeFs, writeFile: async () => Promise.reject(errno('EROFS')) };
    const ro = await pith(dir, [SEED, '--sidecar', 's.json'], { fs: readOnly });
    expect(ro.code).toBe(1);
    expect(ro.err).toMatch(/cannot write the sidecar .*s\.json: the file system is read-only\n$/);
    expect(ro.err).not.toMatch(/internal error/);
  });

  it('a full disk with "-" and -o says so', async () => {
    const dir = tempDir();
    const full: WriteFs = { ...nodeFs, writeFile: async () => Promise.reject(errno('ENOSPC')) };
    const r = await pith(dir, ['-', '-o', 'out'], { stdinText: readFileSync(SEED, 'utf8'), fs: full });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^pith: stdin: cannot write .*stdin\.txt: no space left on the device\n$/);
  });

  it('a read-only out dir says read-only, not "no such file or directory"', async () => {
    const dir = tempDir();
    put(dir, 'in/a.html', page(1));
    // What Node does on a read-only mount: a recursive mkdir says ENOENT, a plain one EROFS.
    const roMount: WriteFs = {
      ...nodeFs,
      mkdir: async (_p, opts) => Promise.reject(errno(opts?.recursive ? 'ENOENT' : 'EROFS')),
    };
    const r = await pith(dir, ['in', '-o', 'ro/out'], { fs: roMount });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^pith: out dir: cannot write .*ro\/out: the file system is read-only\n$/);
    // An existing out dir on a read-only disk: the lock is the first write.
    put(dir, 'ro2/old.txt', '');
    const lockless: WriteFs = { ...nodeFs, writeFile: async () => Promise.reject(errno('EROFS')) };
    const e = await pith(dir, ['in', '-o', 'ro2'], { fs: lockless });
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/^pith: cannot use the out dir .*ro2: the file system is read-only\n$/);
  });

  it('pith in -o in is a usage error, not a silent run that cleans nothing', async () => {
    const dir = tempDir();
    put(dir, 'in/a.html', page(1));
    const r = await pith(dir, ['in', '-o', 'in']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^pith: in is both an input and the out dir/);
    const same = await pith(dir, ['in', '-o', `${dir}/in/.`]);
    expect(same.code).toBe(2);
  });

  it('--sidecar "" and -o "" are usage errors, not ignored', async () => {
    const dir = tempDir();
    for (const args of [[SEED, '--sidecar', ''], [SEED, '-o', '']]) {
      const r = await pith(dir, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/not an empty name/);
    }
  });
});

describe('"-" with -o', () => {
  it('refuses to overwrite a file pith did not write, unless --force; replaces its own', async () => {
    const dir = tempDir();
    const text = readFileSync(SEED, 'utf8');
    put(dir, 'out/stdin.txt', 'my notes, not pith output');
    const r = await pith(dir, ['-', '-o', 'out'], { stdinText: text });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refusing to overwrite stdin\.txt: it was not written by pith \(use --force/);
    expect(readFileSync(join(dir, 'out/stdin.txt'), 'utf8')).toBe('my notes, not pith output');
    const forced = await pith(dir, ['-', '-o', 'out', '--force'], { stdinText: text });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'out/stdin.txt'), 'utf8')).toContain('Mexico says');
    const again = await pith(dir, ['-', '-o', 'out'], { stdinText: text });
    expect(again.code).toBe(0);
  });
});

describe('limits', () => {
  it('--timeout past what a Node timer holds is a usage error; the largest it holds works', async () => {
    const dir = tempDir();
    put(dir, 'in/a.html', page(1));
    const over = await pith(dir, ['in', '-o', 'out', '--timeout', '2147484']);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/at most 2147483 seconds/);
    const max = await pith(dir, ['in', '-o', 'out', '--timeout', '2147483', '-q']);
    expect(max.code).toBe(0);
    expect(manifest(join(dir, 'out')).map((l) => l.status)).toEqual(['ok']);
  });

  it('a pool given a limit past a timer\'s range does not time every page out at once', async () => {
    const pool = new Pool({ size: 1, workerUrl: FAKE, timeoutMs: 1e12, recycleHeapMb: 100, maxHeapMb: 64, isolation: 'thread' });
    const reply = await pool.run({ bytes: new TextEncoder().encode('sleep:50'), options: {} });
    await pool.destroy();
    expect(reply.ok).toBe(true);
  });

  it('-j: workers start on demand, never more than the pages waiting', async () => {
    const pool = new Pool({ size: 300, workerUrl: FAKE, timeoutMs: 10_000, recycleHeapMb: 100, maxHeapMb: 64, isolation: 'thread' });
    expect(pool.workers).toBe(0);
    const one = await pool.run({ bytes: new TextEncoder().encode('one'), options: {} });
    expect(one.ok).toBe(true);
    expect(pool.workers).toBe(1);
    await Promise.all([1, 2, 3].map(() => pool.run({ bytes: new TextEncoder().encode('sleep:100'), options: {} })));
    expect(pool.workers).toBeLessThanOrEqual(3);
    await pool.destroy();
  });

  it('-j past a few workers per core is capped, with a warning', async () => {
    const dir = tempDir();
    put(dir, 'in/a.html', page(1));
    const r = await pith(dir, ['in', '-o', 'out', '-j', '300']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^pith: warning: -j 300 is more than 4 workers per core; using \d+\n/);
  });
});

describe('names pith keeps for itself never collide with outputs', () => {
  it('a folder named pith-manifest.jsonl and, with --hidden, a .pith-tmp folder: outputs kept, reruns work', async () => {
    const dir = tempDir();
    put(dir, 'in/pith-manifest.jsonl/a.html', page(1));
    put(dir, 'in/.pith-tmp/b.html', page(2));
    put(dir, 'in/.pith-tmp/all/c.html', page(3));
    const out = join(dir, 'out');
    for (const round of [1, 2]) {
      const r = await pith(dir, ['in', '-o', 'out', '--hidden', '-q']);
      expect(r.code, `round ${round}: ${r.err}`).toBe(0);
      expect(statSync(join(out, 'pith-manifest.jsonl')).isFile()).toBe(true);
      const lines = manifest(out);
      expect(lines.map((l) => l.status).sort()).toEqual(round === 1 ? ['ok', 'ok', 'ok'] : ['skipped', 'skipped', 'skipped']);
      for (const l of lines) {
        expect(readFileSync(join(out, l.outputs!.text), 'utf8'), l.path).toMatch(/Story number/);
        expect(l.outputs!.text).not.toMatch(/^(pith-manifest\.jsonl|\.pith-tmp)\//);
      }
    }
  });

  it('the same holds for several inputs, whose names sit at the out dir\'s root', async () => {
    const dir = tempDir();
    put(dir, 'x/pith-manifest.jsonl/a.html', page(1));
    put(dir, 'y/page.html', page(2));
    const r = await pith(dir, ['x/pith-manifest.jsonl', 'y', '-o', 'out', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(manifest(join(dir, 'out'))).toHaveLength(2);
    writeFileSync(join(dir, 'y/page.html'), page(3));
    expect((await pith(dir, ['x/pith-manifest.jsonl', 'y', '-o', 'out', '-q'])).code).toBe(0);
  });
});

/** A WARC of HTML responses: [record id, target URI, html]. */
async function warcOf(path: string, records: [string, string, string][]): Promise<void> {
  const parts: Uint8Array[] = [];
  for (const [id, url, html] of records) {
    const body = (async function* () {
      yield new TextEncoder().encode(html);
    })();
    const rec = await WARCRecord.create({ url, type: 'response', warcHeaders: { 'WARC-Record-ID': id }, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, body);
    parts.push(await WARCSerializer.serialize(rec));
  }
  writeFileSync(path, Buffer.concat(parts.map((b) => Buffer.from(b))));
}

describe('WARC archives and reserved names, bad target URIs', () => {
  it('an archive named pith-manifest.jsonl.warc (with a member of that name) leaves the manifest usable; a javascript: target URI is dropped with a warning', async () => {
    const dir = tempDir();
    await warcOf(join(dir, 'pith-manifest.jsonl.warc'), [
      ['pith-manifest.jsonl', 'https://example.com/one', page(1)],
      ['<urn:uuid:js>', 'javascript:alert(1)', page(2)],
    ]);
    const out = join(dir, 'out');
    for (const round of [1, 2]) {
      const r = await pith(dir, ['pith-manifest.jsonl.warc', '-o', 'out', '-q']);
      expect(r.code, `round ${round}: ${r.err}`).toBe(0);
      expect(statSync(join(out, 'pith-manifest.jsonl')).isFile()).toBe(true);
      expect(manifest(out).map((l) => l.status)).toEqual(round === 1 ? ['ok', 'ok'] : ['skipped', 'skipped']);
    }
    const js = manifest(out).find((l) => l.path.endsWith('#urn:uuid:js'))!;
    const sidecar = JSON.parse(readFileSync(join(out, js.outputs!.sidecar), 'utf8')) as { url: string | null; warnings: string[] };
    expect(sidecar.url).toBeNull();
    expect(sidecar.warnings.join('\n')).toMatch(/ignored the page URL "javascript:alert\(1\)"/);
  });
});

describe('--url', () => {
  it('must be an absolute http(s) URL (usage error otherwise)', async () => {
    const dir = tempDir();
    for (const url of ['not a url', 'javascript:alert(1)', '/relative/path', 'file:///etc/passwd']) {
      const r = await pith(dir, [SEED, '--url', url]);
      expect(r.code, url).toBe(2);
      expect(r.err).toMatch(/http/);
    }
    expect((await pith(dir, [SEED, '--url', 'https://example.com/story'])).code).toBe(0);
  });

  it('a bad URL from a record is dropped with a warning on the document, never used', async () => {
    const dir = tempDir();
    const html = page(1).replace('<a href="/a">', '<a href="/a/full-story-about-the-bridge">');
    const lines = [
      { id: 'js', url: 'javascript:alert(1)', html },
      { id: 'junk', url: 'not a url', html },
      { id: 'ok', url: 'https://example.com/news/1', html },
    ].map((l) => JSON.stringify(l)).join('\n');
    const r = await pith(dir, ['--records', 'jsonl', '-q'], { stdinText: lines });
    expect(r.code).toBe(0);
    const [js, junk, ok] = r.out.trim().split('\n').map((l) => JSON.parse(l) as { sidecar: { url: string | null; warnings: string[] } });
    for (const bad of [js!, junk!]) {
      expect(bad.sidecar.url).toBeNull();
      expect(bad.sidecar.warnings.join('\n')).toMatch(/ignored the page URL .*not an absolute http\(s\) URL/);
      expect(JSON.stringify({ ...bad.sidecar, warnings: [] })).not.toMatch(/javascript:|not a url/);
    }
    expect(ok!.sidecar.url).toBe('https://example.com/news/1');
    expect(ok!.sidecar.warnings).toEqual([]);
  });
});

