import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirNamer, insideOut, safeSegment } from '../../src/batch/names.js';
import { nodeFs, type WriteFs } from '../../src/batch/writer.js';
import { files, manifest, page, pith, put, tempDir } from './helpers.js';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/**
 * A disk that fills up: after `okWrites` writes, each write puts half its data on disk (as a
 * real ENOSPC does) and fails. `heal()` frees the space.
 */
function fillingDisk(okWrites: number): WriteFs & { heal(): void } {
  let left = okWrites;
  let full = true;
  const write = async (path: string, data: string, append: boolean) => {
    if (full && left-- <= 0) {
      await (append ? fsp.appendFile : fsp.writeFile)(path, data.slice(0, data.length >> 1));
      throw errno('ENOSPC');
    }
    await (append ? fsp.appendFile(path, data) : fsp.writeFile(path, data));
  };
  return {
    ...nodeFs,
    writeFile: (p, d, o) => (o?.flag ? nodeFs.writeFile(p, d, o) : write(p, d, false)),
    appendFile: (p, d) => write(p, d, true),
    heal: () => {
      full = false;
    },
  };
}

/** Visible outputs: every .txt has its .json and the reverse, and each .json is whole JSON. */
function expectWholePairs(out: string): string[] {
  const all = files(out).filter((f) => !f.startsWith('.') && f !== 'pith-manifest.jsonl');
  const stems = new Set(all.map((f) => f.replace(/\.(txt|json)$/, '')));
  for (const s of stems) {
    expect(all, s).toContain(`${s}.txt`);
    expect(all, s).toContain(`${s}.json`);
    expect(() => JSON.parse(readFileSync(join(out, `${s}.json`), 'utf8')), s).not.toThrow();
  }
  expect(all.every((f) => /\.(txt|json)$/.test(f)), all.join(' ')).toBe(true);
  return [...stems].sort();
}

describe('output names can never leave the out dir', () => {
  it('sanitises path segments: separators, NUL, dot names, reserved and over-long names', () => {
    expect(safeSegment('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeSegment('..')).toBe('_');
    expect(safeSegment('.')).toBe('_');
    expect(safeSegment('')).toBe('_');
    expect(safeSegment('a\u0000b')).toBe('a_b');
    expect(safeSegment('C:\\Windows')).toBe('C__Windows');
    expect(safeSegment('/abs/path')).toBe('_abs_path');
    expect(safeSegment('con')).toBe('_con');
    expect(safeSegment('trailing. ')).toBe('trailing');
    const long = 'é'.repeat(300);
    const a = safeSegment(long);
    const b = safeSegment(long + 'x');
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(200);
    expect(a).not.toBe(b);
  });

  it('hands out names that differ by more than case', () => {
    const namer = new DirNamer();
    expect(['Page', 'page', 'PAGE', 'page-2'].map((s) => namer.claim(s, ['.txt', '.json']))).toEqual(['Page', 'page-2', 'PAGE-3', 'page-2-2']);
  });

  it('refuses a joined path that escapes, as a last line of defence', () => {
    expect(() => insideOut('/out', ['..', 'x'])).toThrow(/escapes/);
    expect(() => insideOut('/out', ['/etc/passwd'])).toThrow(/escapes/);
    expect(insideOut('/out', ['a', 'b.txt'])).toBe('/out/a/b.txt');
  });

  it('shortens an over-long file name and still writes it inside the out dir', async () => {
    const root = tempDir();
    put(root, `in/${'x'.repeat(250)}.html`, page(1));
    const r = await pith(root, ['in', '-o', 'out']);
    expect(r.code).toBe(0);
    const [out] = files(join(root, 'out')).filter((f) => f.endsWith('.txt'));
    expect(Buffer.byteLength(out!)).toBeLessThan(255);
  });
});

describe('symbolic links', () => {
  it('survives a loop, follows links inside the tree, skips links leaving it unless --follow-symlinks', async () => {
    const root = tempDir();
    put(root, 'in/a/page.html', page(1));
    put(root, 'elsewhere/secret.html', page(2));
    symlinkSync(join(root, 'in'), join(root, 'in/a/loop'));
    symlinkSync(join(root, 'in/a/page.html'), join(root, 'in/alias.html'));
    symlinkSync(join(root, 'elsewhere'), join(root, 'in/outside'));
    symlinkSync(join(root, 'nowhere.html'), join(root, 'in/dangling.html'));
    const r = await pith(root, ['in', '-o', 'out']);
    expect(r.code).toBe(1); // the dangling link
    const lines = manifest(join(root, 'out'));
    const by = Object.fromEntries(lines.map((l) => [l.path, l]));
    expect(by['in/a/page.html']!.status).toBe('ok');
    expect(by['in/alias.html']!.status).toBe('ok');
    expect(by['in/outside']).toMatchObject({ status: 'skipped', error: expect.stringMatching(/--follow-symlinks/) });
    expect(by['in/dangling.html']).toMatchObject({ status: 'failed', error: expect.stringMatching(/broken symbolic link/) });
    expect(lines).toHaveLength(4);
    const followed = await pith(root, ['in', '-o', 'out2', '--follow-symlinks']);
    expect(files(join(root, 'out2'))).toContain('outside/secret.txt');
    expect(followed.code).toBe(1);
  });
});

describe('the out dir', () => {
  it('replaces only pith\'s own outputs unless --force', async () => {
    const root = tempDir();
    put(root, 'in/notes.html', page(1));
    put(root, 'in/other.html', page(2));
    put(root, 'out/notes.txt', 'my own notes, not pith output');
    const r = await pith(root, ['in', '-o', 'out']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refusing to overwrite notes\.txt: it was not written by pith \(use --force/);
    expect(readFileSync(join(root, 'out/notes.txt'), 'utf8')).toBe('my own notes, not pith output');
    expect(existsSync(join(root, 'out/other.txt'))).toBe(true);
    // an earlier run's outputs are pith's: a changed input replaces them without --force
    writeFileSync(join(root, 'in/other.html'), page(3));
    expect((await pith(root, ['in', '-o', 'out'])).err).toMatch(/1 cleaned, 0 skipped, 1 failed/);
    const forced = await pith(root, ['in', '-o', 'out', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(root, 'out/notes.txt'), 'utf8')).toContain('story 1');
  });

  it('says once, clearly, that an out dir cannot be written, and writes nothing', async () => {
    const root = tempDir();
    put(root, 'in/a.html', page(1));
    put(root, 'blocker', 'a file where the out dir should be');
    const r = await pith(root, ['in', '-o', 'blocker/out']);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/out dir/);
    const denied: WriteFs = { ...nodeFs, mkdir: async () => { throw errno('EACCES'); } };
    const d = await pith(root, ['in', '-o', 'ro'], { fs: denied });
    expect(d.code).toBe(1);
    expect(d.err).toMatch(/^pith: out dir: cannot write .*permission denied\n$/);
  });

  it('refuses a file over --max-bytes without reading it into memory', async () => {
    const root = tempDir();
    put(root, 'in/huge.html', 'x'.repeat(50_000));
    put(root, 'in/fine.html', page(1));
    let read = 0;
    const fs: WriteFs = { ...nodeFs, readInput: (p) => ((read += p.endsWith('huge.html') ? 1 : 0), nodeFs.readInput(p)) };
    const r = await pith(root, ['in', '-o', 'out', '--max-bytes', '20000'], { fs });
    expect(r.code).toBe(1);
    expect(manifest(join(root, 'out')).find((l) => l.path === 'in/huge.html')).toMatchObject({ status: 'failed', errorCode: 'too-large', error: expect.stringMatching(/50000 bytes, over the 20000-byte limit/) });
    expect(read).toBe(0);
  });

  it('records an unreadable input as failed and goes on', async () => {
    const root = tempDir();
    put(root, 'in/a.html', page(1));
    put(root, 'in/b.html', page(2));
    const fs: WriteFs = { ...nodeFs, readInput: async (p) => (p.endsWith('a.html') ? Promise.reject(errno('EACCES')) : nodeFs.readInput(p)) };
    const r = await pith(root, ['in', '-o', 'out'], { fs });
    expect(r.code).toBe(1);
    expect(manifest(join(root, 'out')).find((l) => l.path === 'in/a.html')).toMatchObject({ status: 'failed', error: 'cannot read: permission denied' });
    expect(existsSync(join(root, 'out/b.txt'))).toBe(true);
  });

  it('stops cleanly when the disk fills up mid-run, leaves no partial output, and a rerun completes the job', async () => {
    const root = tempDir();
    for (let i = 0; i < 10; i++) put(root, `in/p${i}.html`, page(i));
    const disk = fillingDisk(7); // a few pages' worth of writes, then full
    const r = await pith(root, ['in', '-o', 'out', '-j', '1'], { fs: disk });
    expect(r.code).toBe(1);
    expect(r.err.split('\n').filter((l) => /no space left/.test(l))).toHaveLength(1);
    expect(r.err).toMatch(/stopping: cannot write .*no space left on the device/);
    const partial = expectWholePairs(join(root, 'out'));
    expect(partial.length).toBeLessThan(10);
    disk.heal();
    const again = await pith(root, ['in', '-o', 'out']);
    expect(again.code).toBe(0);
    expect(expectWholePairs(join(root, 'out'))).toHaveLength(10);
    const lines = manifest(join(root, 'out'));
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => l.status === 'ok' || l.status === 'skipped')).toBe(true);
    expect(files(join(root, 'out')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('takes over the lock of a run that was killed, refuses one that is alive', async () => {
    const root = tempDir();
    put(root, 'in/a.html', page(1));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out/.pith-lock.all'), '999999999\n');
    expect((await pith(root, ['in', '-o', 'out'])).code).toBe(0);
    writeFileSync(join(root, 'out/.pith-lock.all'), `${process.ppid}\n`);
    put(root, 'out/.pith-tmp/all/1.txt', 'the live run is writing this');
    const busy = await pith(root, ['in', '-o', 'out']);
    expect(busy.code).toBe(1);
    expect(busy.err).toMatch(/another pith run \(pid \d+\) is writing to/);
    expect(existsSync(join(root, 'out/.pith-tmp/all/1.txt'))).toBe(true); // its temporaries are left alone
  });
});
