/**
 * Issue 12, "nothing lost, nothing silent", the library's part: a gzip followed by stray
 * bytes is inflated with a warning, and a page URL from data that is not absolute http(s)
 * is dropped with a warning, never used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { page, pith, put, ROOT, tempDir } from './batch/helpers.js';

const SEED = join(ROOT, 'samples', 'seed', 'input.txt');

describe('gzip with bytes after the end of the data', () => {
  it('inflates the members and warns about the rest, instead of rejecting the page', async () => {
    const text = readFileSync(SEED);
    const reference = await clean(text, { path: 'page.txt' });
    const gz = gzipSync(text);
    const tail = new TextEncoder().encode('trailing junk\n');
    const result = await clean(Buffer.concat([gz, tail]), { path: 'page.txt.gz' });
    expect(result.ok).toBe(true);
    if (!result.ok || !reference.ok) return;
    expect(result.text).toBe(reference.text);
    expect(result.sidecar.warnings).toEqual([`inflate: ignored ${tail.byteLength} bytes after the end of the gzip data`]);
    // Two members, then junk: both members are kept.
    const half = text.byteLength >> 1;
    const two = await clean(Buffer.concat([gzipSync(text.subarray(0, half)), gzipSync(text.subarray(half)), tail]), { path: 'page.txt.gz' });
    expect(two.ok && two.text).toBe(reference.text);
    // A truncated member is still the damaged-data path, not this one.
    const cut = await clean(gz.subarray(0, gz.byteLength - 200), { path: 'page.txt.gz' });
    expect(cut.ok && cut.sidecar.warnings.join()).toMatch(/truncated or damaged/);
  });

  it('the CLI cleans such a file with a warning on stderr, exit 0', async () => {
    const dir = tempDir();
    put(dir, 't.txt.gz', Buffer.concat([gzipSync(readFileSync(SEED)), Buffer.from('trailing\n')]));
    const r = await pith(dir, ['t.txt.gz']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Mexico says');
    expect(r.err).toBe('pith: t.txt.gz: warning: inflate: ignored 9 bytes after the end of the gzip data\n');
  });
});

describe('library: a page URL that is not absolute http(s)', () => {
  it('is dropped with a warning and never used to resolve links', async () => {
    const html = page(1).replace('<a href="/a">', '<a href="/a/full-story-about-the-bridge">');
    for (const url of ['javascript:alert(1)', 'not a url', 'data:text/html,x']) {
      const r = await clean(html, { path: 'p.html', url });
      expect(r.ok, url).toBe(true);
      if (!r.ok) continue;
      expect(r.sidecar.url).toBeNull();
      expect(r.sidecar.warnings).toHaveLength(1);
      expect(r.sidecar.warnings[0]).toMatch(/^input: ignored the page URL/);
      for (const item of r.sidecar.related) expect(item.url ?? '').not.toMatch(/^(javascript|data):/);
    }
  });
});
