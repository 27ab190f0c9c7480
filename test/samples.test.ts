/**
 * Fixture test: every folder under samples/ is a case — one `input.*` file (any of
 * .html .htm .txt, optionally .gz), `expected.txt` (the exact text output, headline
 * included), `expected.md` (the exact markdown output, from the same clean) and
 * `expected.json` (facts the sidecar must show). Expected files are
 * written and reviewed by hand; a missing one fails the case rather than being created.
 *
 * expected.json fields (all optional but `description`):
 *   sidecar:       a partial sidecar; every given field must match (objects compared by subset)
 *   removedKinds:  exactly the set of kinds in sidecar.removed
 *   removedTexts:  { kind: [snippets] } — each snippet occurs in some removal of that kind
 *   keptTexts:     snippets that must be in the output text
 *   droppedTexts:  snippets that must not be in the output text
 *   related:       cards that must be in sidecar.related, in order (compared by subset)
 *   warnings:      snippets that must occur in sidecar.warnings
 *   options:       options passed to clean() (besides path)
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { validateSidecar } from './schema.js';

const root = join(import.meta.dirname, '..', 'samples');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function subset(actual: unknown, expected: unknown): void {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, JSON.stringify(expected)).toBeTypeOf('object');
    for (const [k, v] of Object.entries(expected)) subset((actual as Record<string, unknown>)[k], v);
  } else {
    expect(actual).toEqual(expected);
  }
}

describe('samples', () => {
  it('has the seed and at least eight cases of our own', () => {
    expect(cases).toContain('seed');
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(root, name);
      const input = readdirSync(dir).find((f) => /^input\.(x?html?|txt)(\.gz)?$/.test(f));
      expect(input, `${name}: no input.* file`).toBeDefined();
      expect(existsSync(join(dir, 'expected.txt')), `${name}: expected.txt missing`).toBe(true);
      expect(existsSync(join(dir, 'expected.json')), `${name}: expected.json missing`).toBe(true);
      expect(existsSync(join(dir, 'expected.md')), `${name}: expected.md missing`).toBe(true);
      const facts = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const result = await clean(readFileSync(join(dir, input!)), { ...(facts.options ?? {}), path: input!, output: 'markdown' });
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      expect(result.text).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8'));
      expect(result.markdown).toBe(readFileSync(join(dir, 'expected.md'), 'utf8'));
      validateSidecar(result.sidecar);
      const sc = result.sidecar;
      if (facts.sidecar) subset(sc, facts.sidecar);
      if (facts.removedKinds) expect([...new Set(sc.removed.map((r) => r.kind))].sort()).toEqual([...facts.removedKinds].sort());
      for (const [kind, snippets] of Object.entries((facts.removedTexts ?? {}) as Record<string, string[]>)) {
        for (const s of snippets) expect(sc.removed.some((r) => r.kind === kind && r.text.includes(s)), `${kind} removal with "${s}"`).toBe(true);
      }
      for (const s of facts.keptTexts ?? []) expect(result.text).toContain(s);
      for (const s of facts.droppedTexts ?? []) expect(result.text).not.toContain(s);
      if (facts.related) {
        expect(sc.related.length).toBeGreaterThanOrEqual(facts.related.length);
        facts.related.forEach((card: unknown, i: number) => subset(sc.related[i], card));
      }
      for (const s of facts.warnings ?? []) expect(sc.warnings.some((w) => w.includes(s)), `warning "${s}"`).toBe(true);
      for (const r of sc.removed) {
        expect(r.reason.length).toBeGreaterThan(10);
        expect(r.text.length).toBeGreaterThan(0);
      }
    });
  }
});
