/** The rule registry and disableRules: every rule listed once, each switchable off, misuse refused. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, KINDS, RULES, resolveOptions } from '../src/index.js';
import { RULE_IDS } from '../src/rules/index.js';

const SAMPLES = new URL('../samples/', import.meta.url).pathname;

const seed = readFileSync(new URL('../samples/seed/input.txt', import.meta.url));
const html = readFileSync(new URL('../samples/html-blog-share-comments/input.html', import.meta.url));

describe('RULES', () => {
  it('lists each rule once, with a path, known kinds, a reason and numeric params', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(['html', 'text']).toContain(r.path);
      for (const k of [r.kind].flat()) expect(KINDS).toContain(k);
      expect(r.reason.length).toBeGreaterThan(10);
      for (const v of Object.values(r.params)) expect(Number.isFinite(v)).toBe(true);
    }
  });

  // Every id a sidecar records must be a registry entry (no derived ids such as "<rule>-section"):
  // the samples, and random scrapes assembled from the samples' own lines (headings, cards,
  // furniture in new orders, so sections and boxes open where no sample has them).
  it('names every rule id that any sample or generated page records', async () => {
    const dirs = readdirSync(SAMPLES).filter((d) => statSync(join(SAMPLES, d)).isDirectory());
    const inputs = dirs.map((d) => readFileSync(join(SAMPLES, d, readdirSync(join(SAMPLES, d)).find((f) => f.startsWith('input.'))!)));
    const unlisted = (r: Awaited<ReturnType<typeof clean>>) => r.sidecar.removed.map((x) => x.rule).filter((id) => !RULE_IDS.has(id));
    let seen = 0;
    for (const input of inputs) {
      const r = await clean(input);
      seen += r.sidecar.removed.length;
      expect(unlisted(r)).toEqual([]);
    }
    const lines = inputs.filter((_, i) => !dirs[i]!.startsWith('html-')).flatMap((b) => b.toString('utf8').split('\n'));
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(lines, { minLength: 5, maxLength: 60 }), async (picked) => {
        const r = await clean(picked.join('\n'), { format: 'text' });
        seen += r.sidecar.removed.length;
        expect(unlisted(r)).toEqual([]);
      }),
      { numRuns: 30, seed: 20261204 },
    );
    expect(seen).toBeGreaterThan(0);
  });
});

describe('disableRules', () => {
  it('defaults to none, refuses unknown ids and keeps a copy of the caller\'s list', () => {
    expect(resolveOptions({}).disableRules).toEqual([]);
    expect(() => resolveOptions({ disableRules: ['no-such-rule'] })).toThrow(TypeError);
    expect(() => resolveOptions({ disableRules: 'byline' as never })).toThrow(TypeError);
    const list = ['byline'];
    const opts = resolveOptions({ disableRules: list });
    list.push('credit');
    expect(opts.disableRules).toEqual(['byline']);
  });

  it('switches rules off: a rule off records nothing, and with every rule of a path off the page keeps more text', async () => {
    for (const [input, format] of [[seed, 'text'], [html, 'html']] as const) {
      const on = await clean(input, { format });
      const top = on.sidecar.removed[0]!.rule;
      const off = await clean(input, { format, disableRules: [top] });
      expect(off.sidecar.removed.some((r) => r.rule === top)).toBe(false);
      const none = await clean(input, { format, disableRules: RULES.filter((r) => r.path === format).map((r) => r.id) });
      expect(on.ok && none.ok && none.text.length > on.text.length).toBe(true);
      expect(none.sidecar.removed.length).toBeLessThan(on.sidecar.removed.length);
    }
  });
});
