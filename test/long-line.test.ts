/**
 * A whole page on one line (issue 12: a 50 MB line once needed ~65× its size and failed in
 * batch mode). The line's words are split from a sample, its word count counted exactly, and
 * a 10 MB line cleans inside an 80 MB heap. Peak RSS before/after: bench/memory.mjs.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokens } from '../src/language/page.js';
import { lineFeatures } from '../src/text/features.js';
import { TEXT_TOKENS_SAMPLE_CHARS } from '../src/thresholds.js';

const ROOT = join(import.meta.dirname, '..');

describe('a page on one very long line', () => {
  it('keeps the words of a sample only, and still counts every word', () => {
    const line = 'many words in one long paragraph. '.repeat(100_000); // 3.4 MB, 600,000 words
    expect(tokens(line).length).toBeLessThan(TEXT_TOKENS_SAMPLE_CHARS / 4);
    const f = lineFeatures(line, new Set(['in', 'one']));
    expect(f.words).toBe(600_000);
    expect(f.stopwords).toBeCloseTo(2 / 6, 2);
    expect(f.prose).toBe(true);
  });

  it('a 10 MB single-line text page cleans in an 80 MB heap (it needed more than that before)', { timeout: 120_000 }, () => {
    const script = `
      import { clean } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
      const text = 'many words in one long paragraph. '.repeat(300_000);
      const r = await clean(text, { format: 'text' });
      console.log(JSON.stringify({ ok: r.ok, words: r.ok ? r.sidecar.wordCount : null }));`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=80', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(JSON.parse(r.stdout.trim())).toEqual({ ok: true, words: 1_800_000 });
  });
});

describe('a very large HTML page', () => {
  const run = (html: string, heapMb: number) => {
    const script = `
      import { clean } from ${JSON.stringify(join(ROOT, 'dist/index.js'))};
      const r = await clean(${html}, { format: 'html' });
      console.log(JSON.stringify({ ok: r.ok, words: r.ok ? r.sidecar.wordCount : null, warnings: r.ok ? r.sidecar.warnings : [r.error.message] }));`;
    const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/heap out of memory/);
    return JSON.parse(r.stdout.trim()) as { ok: boolean; words: number | null; warnings: string[] };
  };

  it('a 10 MB paragraph on one line cleans in a heap of 10× the page, located without Readability (it needed ~54×)', { timeout: 120_000 }, () => {
    // Built in the child: the page source is the expression, not 10 MB of script text.
    const r = run(`'<html><body><p>' + 'many words in one long paragraph. '.repeat(300_000) + '</p></body></html>'`, 100);
    expect(r).toMatchObject({ ok: true, words: 1_800_000 });
    expect(r.warnings.join('\n')).toMatch(/^locate: the page has 10200033 characters, over the \d+ for which Readability runs/m);
  });
});
