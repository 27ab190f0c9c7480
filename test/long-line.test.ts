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
