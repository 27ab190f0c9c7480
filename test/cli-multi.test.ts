/**
 * Issue 16, items 4 and 5 (CLI): several inputs to stdout (headers for text, one JSON line per
 * input with --json, failed ones included), a stdout closed after its first line, -q leaving
 * only errors, --keep-dirs, and a URL argument. In-process with fake stdio.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { fakeIO, tempDir } from './helpers/io.js';

const para = (topic: string) =>
  `The ${topic} was discussed again on Tuesday by the council, and residents said the plan would ease traffic in the old town considerably.`;
const html = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p>${para('bridge')}</p><p>${para('harbour')}</p><p>${para('market')}</p></article></body></html>`;
const text = (title: string) => `${title}\n${para('ferry')}\n${para('station')}\n`;

function folder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.html'), html('Bridge plan approved'));
  writeFileSync(join(dir, 'b.txt'), text('Ferry timetable changes'));
  return dir;
}

/** A stdout that takes `n` writes and then reports its reader gone, as `| head -1` does. */
function closesAfter(n: number) {
  let out = '';
  let writes = 0;
  return {
    sink: {
      write: (s: string) => {
        if (writes++ >= n) return Promise.reject(Object.assign(new Error('EPIPE: simulated'), { code: 'EPIPE' }));
        out += s;
        return true;
      },
    },
    out: () => out,
  };
}

describe('several inputs to stdout', () => {
  it('text: each text follows a "==> name <==" header, a blank line before every header but the first', async () => {
    const dir = folder();
    const io = fakeIO('', dir);
    expect(await run(['a.html', 'b.txt'], io)).toBe(0);
    const out = io.out();
    expect(out.startsWith('==> a.html <==\nBridge plan approved\n')).toBe(true);
    expect(out).toContain('\n\n==> b.txt <==\nFerry timetable changes\n');
    expect(out.match(/^==> /gm)).toHaveLength(2);
  });

  it('a single input has no header', async () => {
    const io = fakeIO('', folder());
    expect(await run(['a.html'], io)).toBe(0);
    expect(io.out().startsWith('Bridge plan approved')).toBe(true);
  });

  it('a failed input gets no header, only its line on stderr and exit 1', async () => {
    const io = fakeIO('', folder());
    expect(await run(['a.html', 'missing.html', 'b.txt'], io)).toBe(1);
    expect(io.out()).not.toContain('missing.html');
    expect(io.out().match(/^==> /gm)).toHaveLength(2);
    expect(io.err()).toBe('pith: missing.html: no such file\n');
  });

  it('--json: one line per input, in order, a failed one as {path, error, errorCode, sidecar}', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.txt'), '');
    const io = fakeIO('', dir);
    expect(await run(['a.html', 'missing.html', 'empty.txt', 'b.txt', '--json'], io)).toBe(1);
    const lines = io.out().trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ title: 'Bridge plan approved', source: { path: 'a.html' } });
    expect(lines[1]).toEqual({ path: 'missing.html', error: 'no such file', errorCode: 'read' });
    // Read but not cleaned: the sidecar as far as cleaning got comes with the error.
    expect(lines[2]).toMatchObject({ path: 'empty.txt', errorCode: 'empty', sidecar: { source: { path: 'empty.txt', bytes: 0 } } });
    expect(lines[3]).toMatchObject({ source: { path: 'b.txt' } });
  });

  it('--sidecar FILE is written for a page read but not cleaned', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.txt'), '');
    const io = fakeIO('', dir);
    expect(await run(['empty.txt', '--sidecar', 'empty.json'], io)).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'empty.json'), 'utf8'))).toMatchObject({ source: { path: 'empty.txt', bytes: 0 } });
  });

  it('--json with a single failed input still writes its line', async () => {
    const io = fakeIO('', folder());
    expect(await run(['nope.txt', '--json'], io)).toBe(1);
    expect(JSON.parse(io.out())).toEqual({ path: 'nope.txt', error: 'no such file', errorCode: 'read' });
  });
});

describe('a stdout closed after its first line (| head -1) ends quietly with 141', () => {
  for (const [name, args] of [
    ['text', ['a.html', 'b.txt']],
    ['--json', ['a.html', 'b.txt', '--json']],
    ['--json, a failed input next', ['a.html', 'missing.html', '--json']],
    ['--json, a failed input first', ['missing.html', 'a.html', '--json']],
  ] as const) {
    it(name, async () => {
      const io = fakeIO('', folder());
      const out = closesAfter(1);
      const code = await run([...args], { ...io, stdout: out.sink });
      expect(code).toBe(141);
      expect(io.err()).not.toMatch(/EPIPE|^\s+at /m);
      expect(out.out().length).toBeGreaterThan(0);
    });
  }
});

describe('-q leaves only errors', () => {
  it('-o: no summary line when every page is cleaned; the failed page\'s line stays', async () => {
    const dir = folder();
    const quiet = fakeIO('', dir);
    expect(await run(['a.html', 'b.txt', '-o', 'out', '-q', '-j', '1'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
    writeFileSync(join(dir, 'c.txt'), '');
    const failing = fakeIO('', dir);
    expect(await run(['c.txt', '-o', 'out2', '-q', '-j', '1'], failing)).toBe(1);
    expect(failing.err()).toMatch(/^pith: c\.txt: .+\n$/);
    expect(failing.err()).not.toMatch(/cleaned, \d+ skipped/);
  });
});

describe('--keep-dirs', () => {
  it('mirrors file arguments\' folders below their common folder instead of flattening them', async () => {
    const dir = tempDir();
    for (const d of ['src/x', 'src/y/z']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, 'src/x/input.html'), html('Bridge plan approved'));
    writeFileSync(join(dir, 'src/y/z/input.txt'), text('Ferry timetable changes'));
    const io = fakeIO('', dir);
    expect(await run(['src/x/input.html', 'src/y/z/input.txt', '-o', 'out', '--keep-dirs', '-q', '-j', '1'], io)).toBe(0);
    for (const f of ['x/input.txt', 'x/input.json', 'y/z/input.txt', 'y/z/input.json']) expect(existsSync(join(dir, 'out', f))).toBe(true);
    expect(existsSync(join(dir, 'out', 'input-2.txt'))).toBe(false);
  });

  it('without it, the same files are flattened as before', async () => {
    const dir = tempDir();
    for (const d of ['x', 'y']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'x/input.txt'), text('Ferry timetable changes'));
    writeFileSync(join(dir, 'y/input.txt'), text('Station reopens'));
    const io = fakeIO('', dir);
    expect(await run(['x/input.txt', 'y/input.txt', '-o', 'out', '-q', '-j', '1'], io)).toBe(0);
    for (const f of ['input.txt', 'input-2.txt']) expect(existsSync(join(dir, 'out', f))).toBe(true);
  });

  it('needs -o', async () => {
    const io = fakeIO('', folder());
    expect(await run(['a.html', '--keep-dirs'], io)).toBe(2);
    expect(io.err()).toContain('--keep-dirs');
  });
});

describe('a URL argument', () => {
  it('says to pipe from curl, exit 2, nothing on stdout', async () => {
    const io = fakeIO('', tempDir());
    expect(await run(['https://example.com/story'], io)).toBe(2);
    expect(io.err()).toContain("curl -sL 'https://example.com/story' | pith");
    expect(io.out()).toBe('');
  });

  it('also among other inputs and with -o', async () => {
    const io = fakeIO('', folder());
    expect(await run(['a.html', 'http://example.com/', '-o', 'out'], io)).toBe(2);
    expect(io.err()).toContain('is a URL');
  });
});
