import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { validateSidecar } from '../schema.js';
import { run } from '../../src/cli/run.js';
import { fakeIO, files, manifest, page, pith, put, tempDir } from './helpers.js';

const SEED = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'seed', 'input.txt'));

/** A folder two levels deep with every accepted extension, plus things the walk must pass over. */
function site(root: string): void {
  put(root, 'site/index.html', page(1));
  put(root, 'site/news/a.htm', page(2));
  put(root, 'site/news/b.xhtml', page(3));
  put(root, 'site/news/deep/c.html.gz', gzipSync(page(4)));
  put(root, 'site/news/deep/scrape.txt', SEED);
  put(root, 'site/news/deep/scrape2.txt.gz', gzipSync(SEED));
  put(root, 'site/.hidden/secret.html', page(5));
  put(root, 'site/news/.draft.html', page(6));
  put(root, 'site/img/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  put(root, 'site/notes.md', '# not a page');
}

describe('pith <folder> -o <out>', () => {
  it('walks recursively, mirrors the tree, writes .txt + .json per page and a manifest line per input', async () => {
    const root = tempDir();
    site(root);
    const r = await pith(root, ['site', '-o', 'out', '-j', '2']);
    expect(r.err).toMatch(/6 cleaned, 0 skipped, 0 failed/);
    expect(r.code).toBe(0);
    expect(files(join(root, 'out'))).toEqual([
      'index.json', 'index.txt',
      'news/a.json', 'news/a.txt', 'news/b.json', 'news/b.txt',
      'news/deep/c.json', 'news/deep/c.txt', 'news/deep/scrape.json', 'news/deep/scrape.txt', 'news/deep/scrape2.json', 'news/deep/scrape2.txt',
      'pith-manifest.jsonl',
    ]);
    const lines = manifest(join(root, 'out'));
    expect(lines.map((l) => l.path).sort()).toEqual(
      ['site/index.html', 'site/news/a.htm', 'site/news/b.xhtml', 'site/news/deep/c.html.gz', 'site/news/deep/scrape.txt', 'site/news/deep/scrape2.txt.gz'].sort(),
    );
    const c = lines.find((l) => l.path === 'site/news/deep/c.html.gz')!;
    expect(c).toMatchObject({ status: 'ok', error: null, outputs: { text: 'news/deep/c.txt', sidecar: 'news/deep/c.json' } });
    expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(c.wordCount).toBeGreaterThan(50);
    expect(typeof c.ms).toBe('number');
    const sidecar = JSON.parse(readFileSync(join(root, 'out/news/deep/c.json'), 'utf8'));
    validateSidecar(sidecar);
    const byKind: Record<string, number> = {};
    for (const rm of sidecar.removed) byKind[rm.kind] = (byKind[rm.kind] ?? 0) + 1;
    expect(c.removed).toEqual(byKind);
    expect(readFileSync(join(root, 'out/news/deep/c.txt'), 'utf8')).toContain('Paragraph 3 of story 4');
    // inputs untouched
    expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toBe(page(1));
  });

  it('writes for a page in a folder exactly what the single-file CLI writes for it', async () => {
    const root = tempDir();
    site(root);
    expect((await pith(root, ['site', '-o', 'out'])).code).toBe(0);
    for (const [input, stem] of [['site/news/a.htm', 'news/a'], ['site/news/deep/scrape2.txt.gz', 'news/deep/scrape2']] as const) {
      const single = await pith(root, [input, '--sidecar', 'single.json']);
      expect(single.code).toBe(0);
      expect(readFileSync(join(root, 'out', `${stem}.txt`), 'utf8')).toBe(single.out);
      expect(readFileSync(join(root, 'out', `${stem}.json`), 'utf8')).toBe(readFileSync(join(root, 'single.json'), 'utf8'));
    }
  });

  it('takes hidden files with --hidden and filters with --include / --exclude', async () => {
    const root = tempDir();
    site(root);
    await pith(root, ['site', '-o', 'all', '--hidden']);
    expect(files(join(root, 'all'))).toEqual(expect.arrayContaining(['.hidden/secret.txt', 'news/.draft.txt']));
    await pith(root, ['site', '-o', 'some', '--include', 'news/**', '--exclude', '**/deep/**', '--exclude', '*.xhtml']);
    expect(files(join(root, 'some'))).toEqual(['news/a.json', 'news/a.txt', 'pith-manifest.jsonl']);
  });

  it('never walks into an out dir inside the input folder, so a rerun does not clean its own outputs', async () => {
    const root = tempDir();
    site(root);
    expect((await pith(root, ['site', '-o', 'site/cleaned'])).code).toBe(0);
    const second = await pith(root, ['site', '-o', 'site/cleaned']);
    expect(second.err).toMatch(/0 cleaned, 6 skipped, 0 failed/);
    expect(files(join(root, 'site/cleaned')).filter((f) => f.startsWith('cleaned/'))).toEqual([]);
  });

  it('mirrors several inputs under their own names and keeps same-named pages apart', async () => {
    const root = tempDir();
    put(root, 'one/page.html', page(1));
    put(root, 'two/page.html', page(2));
    put(root, 'page.html', page(3));
    put(root, 'one/Page.htm', page(4));
    put(root, 'one/page.txt', SEED);
    const r = await pith(root, ['one', 'two', 'page.html', '-o', 'out']);
    expect(r.code).toBe(0);
    const out = files(join(root, 'out'));
    expect(out).toEqual(expect.arrayContaining(['one/Page.txt', 'one/page-2.txt', 'one/page-3.txt', 'two/page.txt', 'page.txt']));
    // names that differ only in case never share a file, whatever the file system
    const lower = out.map((f) => f.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('keeps going past broken files, lists them as failed and exits 1', async () => {
    const root = tempDir();
    for (let i = 0; i < 6; i++) put(root, `mix/ok${i}.html`, page(i));
    put(root, 'mix/bad-gzip.html.gz', new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    put(root, 'mix/binary.html', new Uint8Array(4096).map((_, i) => (i * 7) % 32));
    put(root, 'mix/empty.txt', '');
    const r = await pith(root, ['mix', '-o', 'out']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/6 cleaned, 0 skipped, 3 failed/);
    const failed = manifest(join(root, 'out')).filter((l) => l.status === 'failed');
    expect(failed.map((l) => l.path).sort()).toEqual(['mix/bad-gzip.html.gz', 'mix/binary.html', 'mix/empty.txt']);
    for (const f of failed) {
      expect(f.error).toBeTruthy();
      expect(f.outputs).toBeNull();
      expect(r.err).toContain(`${f.path}: ${f.error}`);
    }
    expect(existsSync(join(root, 'out/bad-gzip.txt'))).toBe(false);
  });

  it('turns a page over --timeout into a failed line and goes on', async () => {
    const root = tempDir();
    put(root, 'in/a.html', page(1).repeat(30));
    put(root, 'in/b.html', page(2).repeat(30));
    const r = await pith(root, ['in', '-o', 'out', '--timeout', '0.001', '-j', '1']);
    expect(r.code).toBe(1);
    const lines = manifest(join(root, 'out'));
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatchObject({ status: 'failed', errorCode: 'timeout' });
    expect(lines[0]!.error).toMatch(/--timeout/);
    const again = await pith(root, ['in', '-o', 'out']);
    expect(again.code).toBe(0);
    expect(manifest(join(root, 'out')).map((l) => l.status)).toEqual(['ok', 'ok']);
  });

  it('resumes: skips inputs whose outputs are whole and unchanged, redoes changed or damaged ones, --force redoes all', async () => {
    const root = tempDir();
    site(root);
    await pith(root, ['site', '-o', 'out']);
    writeFileSync(join(root, 'site/news/a.htm'), page(22));
    writeFileSync(join(root, 'out/news/b.txt'), 'truncated');
    const r = await pith(root, ['site', '-o', 'out']);
    expect(r.code).toBe(0);
    const lines = manifest(join(root, 'out'));
    expect(lines).toHaveLength(6);
    const status = Object.fromEntries(lines.map((l) => [l.path, l.status]));
    expect(status).toEqual({
      'site/index.html': 'skipped',
      'site/news/a.htm': 'ok',
      'site/news/b.xhtml': 'ok',
      'site/news/deep/c.html.gz': 'skipped',
      'site/news/deep/scrape.txt': 'skipped',
      'site/news/deep/scrape2.txt.gz': 'skipped',
    });
    expect(readFileSync(join(root, 'out/news/a.txt'), 'utf8')).toContain('story 22');
    expect(readFileSync(join(root, 'out/news/b.txt'), 'utf8')).toContain('story 3');
    const skipped = lines.find((l) => l.path === 'site/index.html')!;
    expect(skipped.outputs).toEqual({ text: 'index.txt', sidecar: 'index.json' });
    expect(skipped.wordCount).toBeGreaterThan(0);
    const forced = await pith(root, ['site', '-o', 'out', '--force']);
    expect(forced.err).toMatch(/6 cleaned, 0 skipped/);
  });

  it('draws a progress bar only on a TTY and never with --quiet; prints the summary unless --quiet', async () => {
    const root = tempDir();
    put(root, 'in/a.html', page(1));
    const tty = await pith(root, ['in', '-o', 'o1'], { tty: true });
    expect(tty.err).toMatch(/\r\x1b\[2K.*\d+\/(\d+|\?) .*pages\/s.*ETA.*failed 0/);
    const pipe = await pith(root, ['in', '-o', 'o2']);
    expect(pipe.err).not.toContain('\r');
    const quiet = await pith(root, ['in', '-o', 'o3', '-q'], { tty: true });
    expect(quiet.err).toBe('');
    for (const r of [tty, pipe]) expect(r.err).toMatch(/pith: 1 cleaned, 0 skipped, 0 failed in [\d.]+ s/);
  });

  it('stops gracefully on SIGINT: pages in flight finish, the manifest and summary are written, exit 130, a rerun completes', async () => {
    const root = tempDir();
    for (let i = 0; i < 12; i++) put(root, `in/p${String(i).padStart(2, '0')}.html`, page(i));
    const fake = fakeIO(root);
    const pending = run(['in', '-o', 'out', '-j', '1'], fake.io);
    // interrupt as soon as the first page is in the manifest journal
    const journal = join(root, 'out/.pith-manifest.jsonl.journal');
    while (!existsSync(journal) || !readFileSync(journal, 'utf8').includes('\n')) await new Promise((r) => setTimeout(r, 5));
    fake.signal('SIGINT');
    expect(await pending).toBe(130);
    expect(fake.err()).toMatch(/pith: interrupted: \d+ cleaned/);
    const done = manifest(join(root, 'out'));
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(12);
    expect(files(join(root, 'out')).filter((f) => f.endsWith('.txt'))).toHaveLength(done.length);
    const again = await pith(root, ['in', '-o', 'out']);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(new RegExp(`${12 - done.length} cleaned, ${done.length} skipped`));
  });

  it('a second signal abandons the pages in flight at once; SIGTERM exits 143; nothing half-written either way', async () => {
    const root = tempDir();
    const PAGES = 40;
    for (let i = 0; i < PAGES; i++) put(root, `in/p${String(i).padStart(2, '0')}.html`, page(i).repeat(40));
    const fake = fakeIO(root);
    const pending = run(['in', '-o', 'out', '-j', '2'], fake.io);
    // Signal once work is under way (the first page is in the journal), not after a fixed
    // delay: on a fast machine a delay can outlast the whole run.
    const journal = join(root, 'out/.pith-manifest.jsonl.journal');
    while (!existsSync(journal) || !readFileSync(journal, 'utf8').includes('\n')) await new Promise((r) => setTimeout(r, 5));
    fake.signal('SIGTERM');
    fake.signal('SIGTERM');
    expect(await pending).toBe(143);
    const lines = manifest(join(root, 'out'));
    const visible = files(join(root, 'out')).filter((f) => !f.startsWith('.') && f !== 'pith-manifest.jsonl');
    expect(visible).toHaveLength(lines.filter((l) => l.status === 'ok').length * 2);
    expect(files(join(root, 'out')).filter((f) => f.startsWith('.'))).toEqual([]);
    const again = await pith(root, ['in', '-o', 'out']);
    expect(again.code).toBe(0);
    expect(manifest(join(root, 'out'))).toHaveLength(PAGES);
  });
});
