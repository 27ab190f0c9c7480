/** The library API: clean(), options, failures as data, the pipeline's declared order. */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean, DEFAULT_OPTIONS, KINDS, resolveOptions, STAGES } from '../src/index.js';
import { validateSidecar } from './schema.js';

const PAGE = '<html><head><title>T</title></head><body><p>One paragraph of the story, long enough to be a sentence.</p></body></html>';

describe('clean()', () => {
  it('accepts a string, a Uint8Array and an ArrayBuffer alike', async () => {
    const bytes = new TextEncoder().encode(PAGE);
    const results = await Promise.all([clean(PAGE), clean(bytes), clean(bytes.slice().buffer)]);
    for (const r of results) expect(r.ok && r.text).toContain('One paragraph of the story');
    expect(new Set(results.map((r) => r.sidecar.source.sha256)).size).toBe(1);
  });

  it('never mutates the caller\'s options', async () => {
    const options = { title: false, format: 'html' as const };
    const copy = structuredClone(options);
    await clean(PAGE, options);
    expect(options).toEqual(copy);
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true);
  });

  it('throws only on misuse', async () => {
    await expect(clean(42 as never)).rejects.toThrow(TypeError);
    await expect(clean(PAGE, { format: 'pdf' as never })).rejects.toThrow(/format/);
    await expect(clean(PAGE, { nonsense: 1 } as never)).rejects.toThrow(/unknown option/);
    expect(() => resolveOptions({ maxBytes: -1 })).toThrow(/maxBytes/);
  });

  it('returns a failed result, not an exception, for a bad page', async () => {
    const r = await clean(new Uint8Array(0));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('empty');
    validateSidecar(r.sidecar);
    const bin = await clean(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2, 3]));
    expect(bin.ok === false && bin.error.code).toBe('binary');
  });

  it('caps inflated size: a gzip that inflates past maxBytes fails as too-large', async () => {
    const big = gzipSync(Buffer.alloc(2_000_000, 0x61));
    const r = await clean(big, { maxBytes: 1_000_000 });
    expect(r.ok === false && r.error.code).toBe('too-large');
  });

  it('takes a fragment that starts with a content tag for HTML, and text that mentions a tag for text', async () => {
    const fragment = await clean('<p>One paragraph of a story, long enough to be a sentence.</p>\n<p>And <b>another</b> one after it.</p>');
    expect(fragment.sidecar.source.format).toBe('html');
    expect(fragment.ok && fragment.text).not.toMatch(/<\/?p>/);
    // No <html>, <head> or <body>: each is implied, as a browser does.
    const terse = await clean('<!doctype html><title>Headline | Terse page</title><meta name="author" content="A. Writer">\n<h1>Headline</h1><p>One paragraph of a story, long enough to be a sentence.</p>');
    expect(terse.ok && terse.text).toContain('One paragraph of a story');
    // The head is implied: its author meta is read; the title is the visible headline.
    expect(terse.sidecar.byline).toBe('A. Writer');
    expect(terse.sidecar.title).toBe('Headline');
    const prose = await clean('<p> is the paragraph tag of HTML, and writers of plain text mention it often enough.\nNothing here closes it.\n');
    expect(prose.sidecar.source.format).toBe('text');
  });

  it('records the source: bytes, sha256, format, encoding, gzip', async () => {
    const r = await clean(gzipSync(PAGE), { path: 'p.html.gz' });
    expect(r.ok).toBe(true);
    expect(r.sidecar.source).toMatchObject({ path: 'p.html.gz', format: 'html', encoding: 'utf-8', gzip: true });
    expect(r.sidecar.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('source.sha256 is the hash of the bytes as given, in every form the sidecar is written out', async () => {
    const input = gzipSync(PAGE);
    const expected = createHash('sha256').update(input).digest('hex');
    // Taken on first read (stages/sidecar.ts): each copy below is made from a fresh result.
    const fresh = async () => (await clean(input)).sidecar;
    expect(JSON.parse(JSON.stringify(await fresh())).source.sha256).toBe(expected);
    expect(structuredClone(await fresh()).source.sha256).toBe(expected);
    expect({ ...(await fresh()).source }.sha256).toBe(expected);
    const sidecar = await fresh();
    expect(Object.keys(sidecar.source)).toEqual(['path', 'bytes', 'sha256', 'format', 'encoding', 'gzip']);
    expect(sidecar.source.sha256).toBe(expected);
    sidecar.source.sha256 = 'replaced';
    expect(sidecar.source.sha256).toBe('replaced');
  });

  it('decodes windows-1252 declared by a meta charset, and guesses it when undeclared', async () => {
    const body = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 cr\xe8me \x93quoted\x94 for \x805 \x97 a sentence of story text.</p></body></html>', 'latin1');
    const r = await clean(body);
    expect(r.ok && r.text).toContain('Café crème “quoted” for €5 — a sentence');
    expect(r.sidecar.source.encoding).toBe('windows-1252');
    const undeclared = await clean(Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e, \xe0 la fran\xe7aise, tr\xe8s tr\xe8s bien, d\xe9j\xe0 vu.\n', 'latin1'));
    expect(undeclared.ok && undeclared.text).toContain('Café crème brûlée');
  });

  it('a meta charset that the bytes contradict loses to the bytes, with a warning', async () => {
    const r = await clean(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Zürich — “Ärger” über Öl, a sentence.</p></body></html>', 'utf8'));
    expect(r.ok && r.text).toContain('Zürich — “Ärger” über Öl');
    expect(r.sidecar.warnings.join(' ')).toMatch(/declares iso-8859-1/);
  });
});

describe('the pipeline', () => {
  it('declares its stages once, in order', () => {
    expect(STAGES.map((s) => (s.path ? `${s.path}:${s.name}` : s.name))).toEqual(['inflate', 'sniff', 'decode', 'format', 'html:parse', 'html:type', 'html:prune', 'html:locate', 'html:blocks', 'html:reconcile', 'html:label', 'text:lines', 'text:story', 'text:label', 'text:settle', 'text:classify', 'render', 'language', 'metadata']);
  });

  it('has a fixed vocabulary of removal kinds', () => {
    expect([...KINDS]).toEqual(['related', 'video', 'ad', 'comments', 'newsletter', 'share', 'nav', 'cookie', 'footer', 'other']);
  });
});
