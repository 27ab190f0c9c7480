/**
 * WARC archives that are damaged or odd (issue 12): a record cut short, bytes that are not a
 * record, a Content-Length that lies, a gzip member that does not inflate, the archive cut
 * off; record ids repeated; UTF-8 in target URIs; an HTTP charset the bytes contradict. The
 * archives are built here, record by record, and damaged byte by byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { files, manifest, page, pith, tempDir } from './helpers.js';

const enc = new TextEncoder();

/** One response record, serialised by hand so its bytes can be damaged exactly. */
function record(id: string, html: string | Uint8Array, opts: { url?: string; type?: string } = {}): Uint8Array {
  const body = typeof html === 'string' ? enc.encode(html) : html;
  const http = enc.encode(`HTTP/1.1 200 OK\r\nContent-Type: ${opts.type ?? 'text/html; charset=utf-8'}\r\nContent-Length: ${body.length}\r\n\r\n`);
  const block = new Uint8Array([...http, ...body]);
  const head = enc.encode(
    `WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <${id}>\r\nWARC-Target-URI: ${opts.url ?? `https://example.com/${id}`}\r\n` +
      `WARC-Date: 2026-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${block.length}\r\n\r\n`,
  );
  return new Uint8Array([...head, ...block, 13, 10, 13, 10]);
}
const request = (id: string) => enc.encode(`WARC/1.1\r\nWARC-Type: request\r\nWARC-Record-ID: <${id}>\r\nContent-Length: 18\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n\r\n`);

/** Eleven records: ten pages and a request. */
function records(): Uint8Array[] {
  return [request('urn:req'), ...Array.from({ length: 10 }, (_, i) => record(`urn:page-${i + 1}`, page(i + 1)))];
}
const join_ = (parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));
const cleaned = (out: string) => manifest(out).filter((l) => l.status === 'ok').map((l) => l.path.replace(/^.*#/, '')).sort();
const allPages = Array.from({ length: 10 }, (_, i) => `urn:page-${i + 1}`).sort();

async function runOn(name: string, bytes: Uint8Array) {
  const root = tempDir();
  writeFileSync(join(root, name), bytes);
  const r = await pith(root, [name, '-o', 'out', '-j', '1']);
  return { ...r, out: join(root, 'out'), root };
}

describe('damaged WARC archives: the damage is reported, the records after it recovered, exit 1', () => {
  it('bytes that are not a record in the middle of a .warc', async () => {
    const parts = records();
    parts.splice(5, 0, enc.encode('\x00\x01garbage that is not a WARC record\r\n\r\n'.repeat(3)));
    const r = await runOn('crawl.warc', join_(parts));
    expect(r.code).toBe(1);
    expect(cleaned(r.out)).toEqual(allPages);
    const bad = manifest(r.out).filter((l) => l.status === 'failed');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ errorCode: 'warc-damaged', error: expect.stringMatching(/damaged WARC at byte \d+/) });
    expect(r.err).toMatch(/crawl\.warc#damaged@\d+: damaged WARC/);
  });

  it('a record cut short inside a .warc (its Content-Length runs into the next record)', async () => {
    const parts = records();
    parts[4] = parts[4]!.subarray(0, 700); // page 4 loses its end; page 5 follows straight on
    const r = await runOn('cut.warc', join_(parts));
    expect(r.code).toBe(1);
    expect(cleaned(r.out)).toEqual(allPages.filter((p) => p !== 'urn:page-4'));
    expect(manifest(r.out).filter((l) => l.status === 'failed')).toEqual([expect.objectContaining({ errorCode: 'warc-damaged' })]);
  });

  it('a .warc cut off in the middle of a record', async () => {
    const all = join_(records());
    const r = await runOn('short.warc', all.subarray(0, Math.floor(all.length * 0.55)));
    expect(r.code).toBe(1);
    const ok = cleaned(r.out);
    expect(ok.length).toBeGreaterThanOrEqual(4);
    expect(manifest(r.out).filter((l) => l.status === 'failed')).toEqual([expect.objectContaining({ errorCode: 'warc-damaged', error: expect.stringMatching(/ends inside/) })]);
  });

  it('a .warc.gz with a corrupt gzip member in the middle', async () => {
    const members = records().map((r) => gzipSync(r));
    const bad = Buffer.from(members[4]!);
    for (let i = 30; i < 60; i++) bad[i] = bad[i]! ^ 0x5a;
    members[4] = bad;
    const r = await runOn('crawl.warc.gz', join_(members));
    expect(r.code).toBe(1);
    expect(cleaned(r.out)).toEqual(allPages.filter((p) => p !== 'urn:page-4'));
    expect(manifest(r.out).filter((l) => l.status === 'failed')).toEqual([expect.objectContaining({ errorCode: 'warc-damaged', error: expect.stringMatching(/gzip/) })]);
  });

  it('a .warc.gz cut off inside a member, and junk between members', async () => {
    const members = records().map((r) => gzipSync(r));
    members.splice(3, 0, Buffer.from('junk between members'));
    const all = join_(members);
    const r = await runOn('cut.warc.gz', all.subarray(0, all.length - 40));
    expect(r.code).toBe(1);
    expect(cleaned(r.out)).toEqual(allPages.filter((p) => p !== 'urn:page-10'));
    expect(manifest(r.out).filter((l) => l.status === 'failed')).toHaveLength(2);
  });

  it('an undamaged archive still exits 0 with every record', async () => {
    const r = await runOn('fine.warc.gz', join_(records().map((x) => gzipSync(x))));
    expect(r.code).toBe(0);
    expect(cleaned(r.out)).toEqual(allPages);
  });
});

describe('WARC records', () => {
  it('a repeated WARC-Record-ID gets its own manifest line and output, and resumes', async () => {
    const parts = [record('urn:same', page(1)), record('urn:same', page(2)), record('urn:other', page(3))];
    const root = tempDir();
    writeFileSync(join(root, 'dup.warc'), join_(parts));
    const first = await pith(root, ['dup.warc', '-o', 'out']);
    expect(first.code).toBe(0);
    const lines = manifest(join(root, 'out'));
    expect(new Set(lines.map((l) => l.path)).size).toBe(3);
    expect(new Set(lines.map((l) => l.outputs!.text)).size).toBe(3);
    expect(files(join(root, 'out')).filter((f) => f.endsWith('.txt'))).toEqual(['dup/urn_other.txt', 'dup/urn_same-2.txt', 'dup/urn_same.txt']);
    const again = await pith(root, ['dup.warc', '-o', 'out']);
    expect(again.err).toMatch(/0 cleaned, 3 skipped/);
  });

  it('reads target URIs as UTF-8', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'iri.warc'), record('urn:iri', page(1), { url: 'https://example.com/crème\u2028brûlée' }));
    expect((await pith(root, ['iri.warc', '-o', 'out'])).code).toBe(0);
    const sidecar = JSON.parse(readFileSync(join(root, 'out/iri/urn_iri.json'), 'utf8'));
    expect(sidecar.url).toBe('https://example.com/crème\u2028brûlée');
  });

  it('checks the HTTP charset against the bytes: UTF-8 declared iso-8859-1 is read as UTF-8, with a warning', async () => {
    const root = tempDir();
    const lie = page(1, 'Crème brûlée for the council');
    const latin = Buffer.from(page(2, 'Café au lait for the council'), 'latin1');
    writeFileSync(join(root, 'cs.warc'), join_([record('urn:lie', lie, { type: 'text/html; charset=iso-8859-1' }), record('urn:latin', latin, { type: 'text/html; charset=windows-1252' })]));
    expect((await pith(root, ['cs.warc', '-o', 'out'])).code).toBe(0);
    expect(readFileSync(join(root, 'out/cs/urn_lie.txt'), 'utf8')).toContain('Crème brûlée for the council');
    const sidecar = JSON.parse(readFileSync(join(root, 'out/cs/urn_lie.json'), 'utf8'));
    expect(sidecar.source.encoding).toBe('utf-8');
    expect(JSON.stringify(sidecar.warnings)).toMatch(/declares iso-8859-1 but its bytes are valid UTF-8/);
    // a declaration the bytes agree with still decides
    expect(readFileSync(join(root, 'out/cs/urn_latin.txt'), 'utf8')).toContain('Café au lait for the council');
  });
});
