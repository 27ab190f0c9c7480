import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/batch/shard.js';
import { validateSidecar } from '../schema.js';
import { files, manifest, page, pith, put, tempDir } from './helpers.js';

async function* once(s: string | Uint8Array) {
  yield typeof s === 'string' ? new TextEncoder().encode(s) : s;
}

/** A WARC(.gz) of our own: responses holding HTML, plus a request and an image to pass over. */
async function warc(path: string, pages: { id: string; html: string | Uint8Array; type?: string }[], gzip: boolean): Promise<void> {
  const parts: Uint8Array[] = [];
  const add = async (r: WARCRecord) => parts.push(await WARCSerializer.serialize(r, { gzip }));
  await add(await WARCRecord.create({ url: 'https://example.com/', type: 'request', warcHeaders: { 'WARC-Record-ID': '<urn:uuid:req>' } }, once('GET / HTTP/1.1\r\n\r\n')));
  for (const p of pages) {
    await add(
      await WARCRecord.create(
        { url: `https://example.com/${p.id.length}`, type: 'response', warcHeaders: { 'WARC-Record-ID': p.id }, httpHeaders: { 'Content-Type': p.type ?? 'text/html; charset=utf-8' } },
        once(p.html),
      ),
    );
  }
  await add(await WARCRecord.create({ url: 'https://example.com/logo.png', type: 'response', httpHeaders: { 'Content-Type': 'image/png' } }, once(new Uint8Array([0x89, 0x50]))));
  writeFileSync(path, Buffer.concat(parts.map((p) => Buffer.from(p))));
}

describe('WARC input', () => {
  it('cleans each HTML response record as a page, named by its record id, never outside the out dir', async () => {
    const root = tempDir();
    await warc(join(root, 'crawl.warc.gz'), [
      { id: '<urn:uuid:11111111-aaaa>', html: page(1) },
      { id: '<../../../../tmp/evil>', html: page(2) },
      { id: '<urn:uuid:latin>', html: new Uint8Array([...Buffer.from(page(3).replace('Story number 3', 'Caf\u00e9 story'), 'latin1')]), type: 'text/html; charset=windows-1252' },
    ], true);
    await warc(join(root, 'plain.warc'), [{ id: '<urn:uuid:2222>', html: page(4) }], false);
    const r = await pith(root, ['crawl.warc.gz', 'plain.warc', '-o', 'out']);
    expect(r.code).toBe(0);
    expect(files(join(root, 'out'))).toEqual([
      'crawl/.._.._.._.._tmp_evil.json', 'crawl/.._.._.._.._tmp_evil.txt',
      'crawl/urn_uuid_11111111-aaaa.json', 'crawl/urn_uuid_11111111-aaaa.txt',
      'crawl/urn_uuid_latin.json', 'crawl/urn_uuid_latin.txt',
      'pith-manifest.jsonl',
      'plain/urn_uuid_2222.json', 'plain/urn_uuid_2222.txt',
    ]);
    const lines = manifest(join(root, 'out'));
    expect(lines.map((l) => l.path).sort()).toEqual(['crawl.warc.gz#../../../../tmp/evil', 'crawl.warc.gz#urn:uuid:11111111-aaaa', 'crawl.warc.gz#urn:uuid:latin', 'plain.warc#urn:uuid:2222']);
    // the HTTP charset wins: windows-1252 bytes come out as the right characters
    expect(readFileSync(join(root, 'out/crawl/urn_uuid_latin.txt'), 'utf8')).toContain('Café story');
    const sidecar = JSON.parse(readFileSync(join(root, 'out/crawl/urn_uuid_11111111-aaaa.json'), 'utf8'));
    validateSidecar(sidecar);
    expect(sidecar.source.path).toBe('crawl.warc.gz#urn:uuid:11111111-aaaa');
    const again = await pith(root, ['crawl.warc.gz', 'plain.warc', '-o', 'out']);
    expect(again.err).toMatch(/0 cleaned, 4 skipped/);
  });

  it('reports a damaged archive as failed and keeps going', async () => {
    const root = tempDir();
    put(root, 'in/broken.warc.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5]));
    put(root, 'in/good.html', page(1));
    const r = await pith(root, ['in', '-o', 'out']);
    expect(r.code).toBe(1);
    expect(manifest(join(root, 'out')).find((l) => l.path.startsWith('in/broken.warc.gz'))).toMatchObject({ status: 'failed', error: expect.stringMatching(/WARC/) });
    expect(files(join(root, 'out'))).toContain('good.txt');
  });
});

describe('--records jsonl', () => {
  it('writes one JSON line per record, in input order, with the sidecar; bad lines fail alone', async () => {
    const root = tempDir();
    const input = [
      '\uFEFF' + JSON.stringify({ id: 'first', html: page(1) }),
      JSON.stringify({ url: 'https://example.com/second', html: page(2) }),
      'this is not json',
      JSON.stringify({ id: 'scrape', text: readFileSync(join(import.meta.dirname, '..', '..', 'samples/seed/input.txt'), 'utf8') }),
      JSON.stringify({ id: 4, nothing: true }),
      JSON.stringify({ id: 'latin1', html: Buffer.from(page(5).replace('Story number 5', 'Caf\u00e9 au lait'), 'latin1').toString('latin1'), encoding: 'windows-1252' }),
      '',
      JSON.stringify({ id: 'meta-lies', html: page(6).replace('<meta charset="utf-8">', '<meta charset="windows-1251">').replace('Story number 6', 'Zürich') }),
    ].join('\n');
    const r = await pith(root, ['--records', 'jsonl', '-j', '2'], { stdinText: input });
    expect(r.code).toBe(0); // failures are data, in-band: see records.ts
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['first', 'https://example.com/second', null, 'scrape', 4, 'latin1', 'meta-lies']);
    expect(out[0].text).toContain('Paragraph 2 of story 1');
    validateSidecar(out[0].sidecar);
    expect(out[1].sidecar.source.path).toBe('https://example.com/second');
    expect(out[2]).toMatchObject({ text: null, sidecar: null, error: { code: 'parse', message: expect.stringMatching(/line 3: not JSON/) } });
    expect(out[3].sidecar.source.format).toBe('text');
    expect(out[4].error.message).toMatch(/neither an "html" nor a "text"/);
    expect(out[5].text).toContain('Café au lait');
    // a JSON string is Unicode already: a <meta charset> inside it must not garble it
    expect(out[6].text).toContain('Zürich');
    expect(r.err).toMatch(/5 records cleaned, 2 failed/);
  });

  it('is a usage error with inputs or -o', async () => {
    const root = tempDir();
    expect((await pith(root, ['--records', 'jsonl', 'x.html'])).code).toBe(2);
    expect((await pith(root, ['--records', 'jsonl', '-o', 'out'])).code).toBe(2);
    expect((await pith(root, ['--records', 'csv'])).code).toBe(2);
  });
});

describe('--shard i/n', () => {
  it('parses i/n and rejects the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1', '-1/2']) expect(parseShard(bad)).toBeNull();
  });

  it('puts every path in exactly one shard, the same on every call', () => {
    const paths = Array.from({ length: 400 }, (_, i) => `site/section-${i % 7}/page-${i}.html`);
    const shards = [1, 2, 3].map((index) => ({ index, count: 3 }));
    for (const p of paths) expect(shards.filter((s) => inShard(p, s))).toHaveLength(1);
    const sizes = shards.map((s) => paths.filter((p) => inShard(p, s)).length);
    for (const n of sizes) expect(n).toBeGreaterThan(80); // a fair split, not all in one
  });

  it('n runs on one folder together clean every page once, each with its own manifest', async () => {
    const root = tempDir();
    for (let i = 0; i < 9; i++) put(root, `in/s${i % 3}/p${i}.html`, page(i));
    const codes = await Promise.all(['1/3', '2/3', '3/3'].map((s) => pith(root, ['in', '-o', 'out', '--shard', s, '-j', '1'])));
    for (const c of codes) expect(c.code).toBe(0);
    const seen = ['1-of-3', '2-of-3', '3-of-3'].flatMap((t) => manifest(join(root, 'out'), `pith-manifest.${t}.jsonl`).map((l) => l.path));
    expect(seen.sort()).toEqual(Array.from({ length: 9 }, (_, i) => `in/s${i % 3}/p${i}.html`).sort());
    expect(files(join(root, 'out')).filter((f) => f.endsWith('.txt'))).toHaveLength(9);
    expect((await pith(root, ['in', '--shard', '1/3'])).code).toBe(2);
  });
});
