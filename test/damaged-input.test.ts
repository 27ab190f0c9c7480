/**
 * Inputs a careless user or a damaged crawl hands pith (issue 12): a plain-text page that
 * once crashed the text path, and a valid page whose tail is damaged bytes. Run through the
 * in-process CLI, as the user ran them.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { clean } from '../src/index.js';
import { fakeIO } from './helpers/io.js';
import { encodeLegacy, randomBytes } from './hostile-inputs.js';

const para = (s: string) => `<p>${s} The council met on Tuesday to discuss the new bridge over the river, and residents said the plan would finally ease traffic.</p>`;
const pageHtml = (words: string) => `<html><head><title>Bridge plan approved</title></head><body><article><h1>Bridge plan approved</h1>${[1, 2, 3, 4, 5].map((i) => para(`${words} ${i}.`)).join('')}</article></body></html>\n`;
const bytesOf = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((p) => Array.from(p)));
const warnings = (r: Awaited<ReturnType<typeof clean>>) => (r.ok ? r.sidecar.warnings : []);

describe('damaged and odd input through the CLI', () => {
  // printf 'ACCEPT SELECTION REJECT ALL ACCEPT ALL\n%.0s' 1 2 | pith --input-format text
  it('two identical lines of button labels: cleaned, no crash', async () => {
    const io = fakeIO('ACCEPT SELECTION REJECT ALL ACCEPT ALL\n'.repeat(2));
    const code = await run(['--input-format', 'text'], io);
    expect(io.err()).not.toMatch(/Cannot read properties|internal/);
    expect(code).toBe(0);
    expect(io.out()).toContain('ACCEPT SELECTION');
  });
});

describe('a valid page with a damaged tail', () => {
  it('UTF-8 page then a run of invalid bytes: decoded as UTF-8, the damage as U+FFFD, with a warning', async () => {
    const head = new TextEncoder().encode(pageHtml('Die Brücke für Fußgänger'));
    const r = await clean(bytesOf(head, new Uint8Array(1500).fill(0xff)), { path: 'tail.html' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.sidecar.source.encoding).toBe('utf-8');
    expect(r.text).toContain('Die Brücke für Fußgänger 1.');
    expect(warnings(r).join('\n')).toMatch(/the input is valid UTF-8 for its first \d+ bytes/);
  });

  it('ASCII page then random bytes (control bytes among them): a page, not binary', async () => {
    const head = new TextEncoder().encode(pageHtml('Plain words'));
    const r = await clean(bytesOf(head, randomBytes(3000, 99)), { path: 'tail.html' });
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    if (r.ok) expect(r.text).toContain('Plain words 3. The council met');
  });

  it('a guessed legacy encoding that reads the damage as binary gives way to UTF-8', async () => {
    const head = new TextEncoder().encode(pageHtml('Plain words'));
    // Before: "input does not decode as text (58% undecodable as shift_jis)".
    const tail = Array.from({ length: 6000 }, (_, i) => [0xa5, 0xff, 0xfd][i % 3]!);
    const r = await clean(bytesOf(head, tail), { path: 'tail.html' });
    expect(r.ok ? 'ok' : r.error.message).toBe('ok');
    if (r.ok) expect(r.text).toContain('Plain words 5.');
  });

  it('still rejects what is binary throughout, and still reads an undeclared legacy page with a long ASCII head', async () => {
    const bin = await clean(randomBytes(8000, 5), { path: 'x.html' });
    expect(bin.ok ? 'ok' : bin.error.code).toBe('binary');
    const cyr = encodeLegacy(pageHtml('Мост через реку откроют весной, сказали в городском совете'), 'windows-1251');
    const r = await clean(cyr, { path: 'ru.html' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.sidecar.source.encoding).not.toBe('utf-8');
  });
});
