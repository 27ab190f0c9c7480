/** The single-page CLI, run in-process through run(argv, io) with fake stdio. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { fakeIO, tempDir } from './helpers/io.js';
import { validateSidecar } from './schema.js';
import pkg from '../package.json' with { type: 'json' };

const HTML = `<!doctype html><html lang="en"><head><title>Harbour reopens after storm</title>
<meta property="og:title" content="Harbour reopens after storm"></head><body>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Tuesday after a week of repairs to the breakwater, the port authority said in a statement.</p>
<p>Fishing boats returned to their moorings by mid-morning, and the ferry to the islands resumed its usual timetable.</p>
<p>Engineers said the damage had been less severe than first feared, although the northern pier will stay closed until spring.</p>
</article></body></html>`;
const TEXT = 'Harbour reopens after storm\nThe harbour reopened on Tuesday after a week of repairs to the breakwater, the port authority said.\nFishing boats returned to their moorings by mid-morning, and the ferry resumed its usual timetable.\n';

describe('pith CLI', () => {
  it('reads stdin when no path is given and writes the text to stdout', async () => {
    const io = fakeIO(HTML);
    expect(await run([], io)).toBe(0);
    expect(io.out()).toMatch(/^Harbour reopens after storm\n\nThe harbour reopened on Tuesday/);
    expect(io.out()).not.toContain('<');
  });

  it('treats "-" as stdin', async () => {
    const io = fakeIO(TEXT);
    expect(await run(['-'], io)).toBe(0);
    expect(io.out()).toContain('Fishing boats returned');
  });

  it('--json prints the sidecar plus a text field', async () => {
    const io = fakeIO(HTML);
    expect(await run(['--json'], io)).toBe(0);
    const obj = JSON.parse(io.out());
    expect(obj.title).toBe('Harbour reopens after storm');
    expect(obj.text).toContain('The harbour reopened');
    expect(obj.source).toMatchObject({ path: '-', format: 'html', encoding: 'utf-8', gzip: false });
    const { text, ...sidecar } = obj;
    expect(typeof text).toBe('string');
    validateSidecar(sidecar);
  });

  it('--no-title leaves the headline out', async () => {
    const io = fakeIO(HTML);
    expect(await run(['--no-title'], io)).toBe(0);
    expect(io.out().startsWith('The harbour reopened')).toBe(true);
  });

  it('gunzips by magic bytes, whatever the name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'page.bin'), gzipSync(HTML));
    const io = fakeIO('', dir);
    expect(await run(['page.bin', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).source.gzip).toBe(true);
  });

  it('--input-format text keeps markup-looking text as text', async () => {
    const io = fakeIO(HTML);
    expect(await run(['--input-format', 'text', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out()).source.format).toBe('text');
  });

  it('--sidecar writes the sidecar of a single input to a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.html'), HTML);
    const io = fakeIO('', dir);
    expect(await run(['a.html', '--sidecar', 'a.json'], io)).toBe(0);
    const sidecar = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    validateSidecar(sidecar);
    expect(sidecar.source.path).toBe('a.html');
    expect(io.out()).toContain('The harbour reopened');
  });

  it('-o writes <name>.txt and <name>.json per input, never letting two inputs collide', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    writeFileSync(join(dir, 'x', 'page.html.gz'), gzipSync(HTML));
    writeFileSync(join(dir, 'y', 'page.txt'), TEXT);
    const io = fakeIO('', dir);
    expect(await run(['x/page.html.gz', 'y/page.txt', '-o', 'out'], io)).toBe(0);
    const outputs = ['page.txt', 'page.json', 'page-2.txt', 'page-2.json'].map((f) => join(dir, 'out', f));
    for (const f of outputs) expect(existsSync(f), f).toBe(true);
    expect(readFileSync(outputs[0]!, 'utf8')).toContain('northern pier');
    expect(readFileSync(outputs[2]!, 'utf8')).toContain('ferry resumed');
    expect(io.out()).toBe('');
  });

  it('a missing file fails with one clear line naming it, exit 1, and the other inputs still come out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), TEXT);
    const io = fakeIO('', dir);
    expect(await run(['nope.html', 'good.txt'], io)).toBe(1);
    expect(io.err().trim().split('\n')).toEqual(['pith: nope.html: no such file']);
    expect(io.out()).toContain('Fishing boats');
  });

  it('a directory where a file is expected, an empty input and a binary input each get one line', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'image.html'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    for (const [name, pattern] of [
      ['empty.html', /^pith: empty\.html: .*empty/],
      ['image.html', /^pith: image\.html: .*binary/],
    ] as const) {
      const io = fakeIO('', dir);
      expect(await run([name], io)).toBe(1);
      const lines = io.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(pattern);
      expect(io.err()).not.toMatch(/\n\s+at /);
    }
    const io = fakeIO('', dir);
    const code = await run(['folder'], io);
    expect(code).not.toBe(0);
    expect(io.err()).toContain('folder');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('--debug adds a stack trace to failures and detail to the sidecar, without changing the text', async () => {
    const plain = fakeIO(HTML);
    await run(['--json'], plain);
    const debug = fakeIO(HTML);
    await run(['--json', '--debug'], debug);
    const a = JSON.parse(plain.out());
    const b = JSON.parse(debug.out());
    expect(b.text).toBe(a.text);
    expect(b.debug).toBeDefined();
    expect(a.debug).toBeUndefined();
  });

  it('usage errors exit 2 and say so on stderr', async () => {
    for (const argv of [['--bogus'], ['--input-format', 'pdf'], ['a', 'b', '--sidecar', 's.json'], ['-', '-'], ['--max-bytes', 'lots'], ['--encoding', 'klingon']]) {
      const io = fakeIO();
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.err()).toMatch(/pith/);
      expect(io.out()).toBe('');
    }
  });

  it('--help shows examples and exit codes; --version prints the version', async () => {
    const help = fakeIO();
    expect(await run(['--help'], help)).toBe(0);
    expect(help.out()).toContain('Examples:');
    expect(help.out()).toContain('Exit codes:');
    const version = fakeIO();
    expect(await run(['--version'], version)).toBe(0);
    expect(version.out().trim()).toBe(pkg.version);
  });
});
