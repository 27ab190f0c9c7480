/** The rule registry and disableRules: every rule listed once, each switchable off, misuse refused. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean, KINDS, RULES, resolveOptions } from '../src/index.js';

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

  it('names every rule id the samples record (a "-section"/"-box" id names its heading rule)', async () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const [input, format] of [[seed, 'text'], [html, 'html']] as const) {
      const r = await clean(input, { format });
      for (const rem of r.sidecar.removed) expect(ids).toContain(rem.rule.replace(/-(?:section|box)$/, ''));
    }
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
      const top = on.sidecar.removed.find((r) => !/-(?:section|box)$/.test(r.rule))!.rule;
      const off = await clean(input, { format, disableRules: [top] });
      expect(off.sidecar.removed.some((r) => r.rule === top)).toBe(false);
      const none = await clean(input, { format, disableRules: RULES.filter((r) => r.path === format).map((r) => r.id) });
      expect(on.ok && none.ok && none.text.length > on.text.length).toBe(true);
      expect(none.sidecar.removed.length).toBeLessThan(on.sidecar.removed.length);
    }
  });
});
