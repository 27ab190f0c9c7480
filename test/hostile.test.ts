/**
 * Hostile and broken input (issue 6): every generated case through the library and the
 * in-process CLI. For each: the right outcome (cleaned, or rejected with one code and one
 * clear line), no exception and no stack trace unless --debug, memory under a stated cap,
 * and for legible pages the story decoded right with nothing hidden leaking out. A case
 * that hangs fails on vitest's per-test timeout (the per-page limit here).
 *
 * At the end the counts are written to $PITH_HOSTILE_REPORT_DIR/<engine>.json when set
 * (scripts/hostile-report.mjs uses them for the closing note).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { clean } from '../src/index.js';
import { limitMarkup } from '../src/html/limit.js';
import { MAX_ELEMENTS, MAX_NESTING_DEPTH } from '../src/limits.js';
import { fakeIO, tempDir } from './helpers/io.js';
import { hostileCases, type HostileCase } from './hostile-inputs.js';
import { validateSidecar } from './schema.js';

/** Resident memory the test process must stay under while cleaning any one page. */
const MEMORY_CAP_MB = 2048;
/** A page may take this long before it counts as a hang (slow jsdom pages take ~40 s). */
const PER_PAGE_LIMIT_MS = 120_000;
/** The CLI is a thin shell over the library: it runs every case small enough to be quick. */
const CLI_MAX_BYTES = 2 * 1024 * 1024;

interface Tally {
  tried: number;
  cleaned: number;
  rejected: number;
  crashes: number;
  hangs: number;
  garbage: number;
  wrong: number;
  threw: number;
}
const tally = new Map<string, Tally>();
const counts = (category: string): Tally => {
  let t = tally.get(category);
  if (!t) tally.set(category, (t = { tried: 0, cleaned: 0, rejected: 0, crashes: 0, hangs: 0, garbage: 0, wrong: 0, threw: 0 }));
  return t;
};
let peakRssMb = 0;
/** Per case, for the report: outcome, time and memory (recorded, never asserted). */
const perCase: Array<{ category: string; name: string; outcome: string; ms: number; rssMb: number }> = [];

const MARKUP = /<\/?(?:p|div|span|b|i|a|svg|script|style|template|noscript|title|body|html|head|article|h1|math|iframe)\b[^>]*>/i;

function checkCleaned(c: HostileCase, text: string, warnings: string[]): void {
  for (const s of c.story ?? []) expect(text, `${c.name}: story "${s}"`).toContain(s);
  for (const s of c.absent ?? []) expect(text, `${c.name}: must not leak "${s}"`).not.toContain(s);
  if (c.warning) expect(warnings.some((w) => w.includes(c.warning!)), `${c.name}: warning "${c.warning}" in ${JSON.stringify(warnings)}`).toBe(true);
  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F]/);
  expect(text).not.toContain('\uFFFD\uFFFD\uFFFD');
  if (!c.path.endsWith('.txt')) expect(text).not.toMatch(MARKUP);
}

describe('hostile inputs through the library', () => {
  for (const c of hostileCases()) {
    it(`${c.category}: ${c.name}`, { timeout: PER_PAGE_LIMIT_MS }, async () => {
      const t = counts(c.category);
      t.tried++;
      const bytes = c.bytes();
      let result: Awaited<ReturnType<typeof clean>>;
      const t0 = performance.now();
      try {
        result = await clean(bytes, { path: c.path, ...(c.options ?? {}) });
      } catch (error) {
        t.crashes++;
        t.threw++;
        throw error;
      }
      const rssMb = process.memoryUsage().rss / 1e6;
      peakRssMb = Math.max(peakRssMb, rssMb);
      perCase.push({ category: c.category, name: c.name, outcome: result.ok ? 'cleaned' : result.error.code, ms: Math.round(performance.now() - t0), rssMb: Math.round(rssMb) });
      expect(process.memoryUsage().rss / 1e6).toBeLessThan(MEMORY_CAP_MB);
      validateSidecar(result.sidecar);
      if (result.ok) t.cleaned++;
      else t.rejected++;
      if (!result.ok && result.error.code === 'internal') t.crashes++;
      if (result.ok && c.category === 'binary') t.garbage++;
      if ((result.ok ? 'ok' : result.error.code) !== c.expect) t.wrong++;
      if (!result.ok) {
        expect(result.error.code, `${c.name}: ${result.error.message}`).toBe(c.expect);
        expect(result.error.message).not.toContain('\n');
        expect(result.error.stack).toBeUndefined();
        return;
      }
      expect(c.expect, `${c.name} was cleaned`).toBe('ok');
      checkCleaned(c, result.text, result.sidecar.warnings);
    });
  }
});

describe('hostile inputs through the CLI', () => {
  const dir = tempDir('pith-hostile-');
  for (const c of hostileCases()) {
    it(`${c.category}: ${c.name}`, { timeout: PER_PAGE_LIMIT_MS }, async (ctx) => {
      const bytes = c.bytes();
      if (bytes.byteLength > CLI_MAX_BYTES && c.expect === 'ok') ctx.skip();
      const file = join(dir, c.path);
      writeFileSync(file, bytes);
      const io = fakeIO('', dir);
      const maxBytes = (c.options?.maxBytes as number | undefined) ?? null;
      const code = await run([c.path, ...(maxBytes ? ['--max-bytes', String(maxBytes)] : [])], io);
      if (c.expect === 'ok') {
        expect(code, io.err()).toBe(0);
        checkCleaned(c, io.out(), [io.err()]);
        return;
      }
      expect(code).toBe(1);
      expect(io.out()).toBe('');
      const lines = io.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^pith: ${c.path.replace('.', '\\.')}: \\S`));
      expect(io.err()).not.toMatch(/\n\s+at /);
    });
  }

  it('--debug adds the stack trace to a rejection, and only then', async () => {
    writeFileSync(join(dir, 'noise.html'), new Uint8Array(4096).map((_, i) => (i * 7919) % 251));
    const io = fakeIO('', dir);
    expect(await run(['noise.html', '--debug'], io)).toBe(1);
    expect(io.err()).toMatch(/^pith: noise\.html: input is binary/);
    expect(io.err()).toMatch(/\n\s+at /);
  });

  it('a gzip bomb on stdin stops at --max-bytes', async () => {
    const bomb = hostileCases().find((c) => c.name.startsWith('gzip bomb under'))!;
    const io = fakeIO(bomb.bytes(), dir);
    expect(await run(['--max-bytes', '1048576'], io)).toBe(1);
    expect(io.err()).toBe('pith: stdin: gzip input inflates past the 1048576-byte limit (--max-bytes); stopped at the cap\n');
  });
});

describe('deadline and abort', () => {
  const deep = `<html><body>${'<div>'.repeat(100_000)}<p>deep story</p></body></html>`;

  it('an aborted signal stops the page with code timeout', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await clean(deep, { signal: controller.signal });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'timeout', message: expect.stringContaining('aborted') });
  });

  it('timeoutMs stops a page between stages', async () => {
    // The markup scan of 1.6 MB takes far longer than a microsecond, so the next stage check fires.
    const result = await clean(deep, { timeoutMs: 0.001 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('timeout');
  });

  it('rejects a bad timeoutMs or signal as misuse', async () => {
    await expect(clean('x', { timeoutMs: -1 })).rejects.toThrow(/timeoutMs/);
    await expect(clean('x', { signal: {} as AbortSignal })).rejects.toThrow(/signal/);
  });
});

describe('markup limits (html/limit.ts)', () => {
  it('flattens nesting past the limit, keeping every word', () => {
    const r = limitMarkup(`${'<div>'.repeat(5000)}deep words${'</div>'.repeat(5000)}`, MAX_NESTING_DEPTH, MAX_ELEMENTS);
    expect(r.maxDepthSeen).toBe(5000);
    expect(r.droppedTags).toBe(5000 - MAX_NESTING_DEPTH);
    expect(r.html.split('<div>').length - 1).toBe(MAX_NESTING_DEPTH);
    expect(r.html.split('</div>').length - 1).toBe(MAX_NESTING_DEPTH);
    expect(r.html).toContain('deep words');
  });

  it('leaves ordinary pages alone, unclosed paragraphs and list items included', () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<p>para ${i}<ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table><dl><dt>t<dd>d</dl>`).join('');
    const html = `<!DOCTYPE html><html><head><title>t</title><script>if (a < b) document.write("<div><div><div>")</script></head><body><div>${rows}<select><option>a<option>b</select><svg><path d="M0"/><circle/></svg></div></body></html>`;
    const r = limitMarkup(html, MAX_NESTING_DEPTH, MAX_ELEMENTS);
    expect(r.html).toBe(html);
    expect(r.droppedTags).toBe(0);
    expect(r.maxDepthSeen).toBeLessThan(10);
  });

  it('drops hidden elements whole past the limit and never exposes raw text', () => {
    const html = `${'<div>'.repeat(300)}<template><p>T1</p></template><svg><title>S1</title></svg><script>"<p>S2</p>"</script><p>kept</p>`;
    const r = limitMarkup(html, MAX_NESTING_DEPTH, MAX_ELEMENTS);
    expect(r.html).not.toContain('T1');
    expect(r.html).not.toContain('S1');
    expect(r.html).toContain('<script>"<p>S2</p>"</script>');
    expect(r.html).toContain('kept');
  });

  it('leaves out the markup after too many elements, at a tag boundary', () => {
    const r = limitMarkup(`<p>first</p>${'<i>x</i>'.repeat(100)}<p>last</p>`, MAX_NESTING_DEPTH, 50);
    expect(r.elements).toBe(50);
    expect(r.truncatedAt).toBeGreaterThan(0);
    expect(r.html).toContain('<p>first</p>');
    expect(r.html).not.toContain('last');
    expect(r.html.endsWith('</i>')).toBe(true);
  });
});

afterAll(() => {
  // A case that never finished (vitest's timeout) was tried but neither cleaned nor rejected.
  for (const t of tally.values()) t.hangs = t.tried - t.cleaned - t.rejected - t.threw;
  const rows = [...tally].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce((s, [, t]) => ({ tried: s.tried + t.tried, crashes: s.crashes + t.crashes, hangs: s.hangs + t.hangs, garbage: s.garbage + t.garbage, wrong: s.wrong + t.wrong }), { tried: 0, crashes: 0, hangs: 0, garbage: 0, wrong: 0 });
  const report = { categories: Object.fromEntries(rows), total, peakRssMb: Math.round(peakRssMb), memoryCapMb: MEMORY_CAP_MB, cases: perCase };
  // One file per DOM engine: the suite runs once per engine (vitest.config.ts projects).
  const dir = process.env.PITH_HOSTILE_REPORT_DIR;
  if (dir) writeFileSync(join(dir, `${process.env.PITH_DOM ?? 'default'}.json`), JSON.stringify({ engine: process.env.PITH_DOM ?? 'default', ...report }, null, 2) + '\n');
});
