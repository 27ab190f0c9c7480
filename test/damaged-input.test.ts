/**
 * Inputs a careless user or a damaged crawl hands pith (issue 12): a plain-text page that
 * once crashed the text path, and a valid page whose tail is damaged bytes. Run through the
 * in-process CLI, as the user ran them.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { fakeIO } from './helpers/io.js';

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
