/**
 * The learned block classifier (src/classify/): the evaluator adds up to the trees, the
 * shipped model matches the features it is fed, and on a page every block is either kept or
 * removed with the score and its strongest features as the reason, never silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { FEATURE_NAMES } from '../src/classify/features.js';
import { score, strongest, type TreeModel } from '../src/classify/model.js';
import shipped from '../src/classify/model.json' with { type: 'json' };

const SAMPLES = join(import.meta.dirname, '../samples');
// Two stumps on features 0 and 1: the leaves are what the score must add up to.
const tiny: TreeModel = {
  features: ['a', 'b'],
  bias: -0.5,
  rate: 0.5,
  threshold: 0.5,
  thresholdOutside: 0.5,
  trees: [
    { f: [0, -1, -1], t: [1, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0.2, -1, 2] },
    { f: [1, -1, -1], t: [0, 0, 0], l: [1, -1, -1], r: [2, -1, -1], v: [0, -0.4, 0.6] },
  ],
};

describe('block classifier', () => {
  it('scores the sum of the leaves reached, split into per-feature contributions', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (a, b) => {
        const s = score(tiny, [a, b]);
        const z = tiny.bias + tiny.rate * ((a <= 1 ? -1 : 2) + (b <= 0 ? -0.4 : 0.6));
        expect(s.p).toBeCloseTo(1 / (1 + Math.exp(-z)), 9);
        // The contributions plus the trees' root means give the same log-odds.
        expect(tiny.bias + tiny.rate * 0.2 + s.by[0]! + s.by[1]!).toBeCloseTo(z, 9);
      }),
    );
    expect(strongest(tiny, score(tiny, [0, 0]), false, 1)).toEqual(['a (-0.60)']);
  });

  it('ships a model over exactly the features the pipeline computes', () => {
    const model = shipped as TreeModel;
    expect(model.features).toEqual(FEATURE_NAMES);
    expect(model.trees.length).toBeGreaterThan(0);
    for (const t of model.trees) for (const f of t.f) expect(f).toBeLessThan(FEATURE_NAMES.length);
  });

  it('keeps or removes every block of a page, each removal with its score and signals', async () => {
    // A page of the 'service' type: on articles the rules decide.
    const input = readFileSync(join(SAMPLES, 'html-related-no-classes/input.html'));
    const on = await clean(input, { format: 'html', blockClassifier: true });
    expect(on.ok).toBe(true);
    if (!on.ok) return;
    expect(on.text.trim().length).toBeGreaterThan(0);
    const byModel = on.sidecar.removed.filter((r) => r.rule === 'block-classifier');
    for (const r of byModel) expect(r.reason).toMatch(/main-content score 0\.\d\d .*strongest signals: \S/);
  });

  it('keeps what options.keep keeps: a block the model would remove stays, reported as kept', async () => {
    // A product page: the model decides there. Its menu line is no part of the product.
    const para = (i: number) => `<p>The ceramic pour-over kettle number ${i} heats evenly and keeps its temperature for longer than steel, which matters for a slow brew.</p>`;
    const page = `<!doctype html><html><head><title>Kettle</title><script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script></head><body>
<div><a href="/a">Shop</a> <a href="/b">Brands</a> <a href="/c">Sale</a> <a href="/d">Gift cards</a></div>
<main><h1>Ceramic kettle</h1>${[1, 2, 3, 4].map(para).join('')}<p>Price: $49.00</p><button>Add to cart</button></main></body></html>`;
    const on = await clean(page, { format: 'html' });
    if (!on.ok) throw new Error('the page cleans');
    const byModel = on.sidecar.removed.filter((r) => r.rule === 'block-classifier');
    expect(byModel.map((r) => r.text)).toEqual(['Shop Brands Sale Gift cards']);
    const kept = await clean(page, { format: 'html', keep: [byModel[0]!.kind] });
    if (!kept.ok) throw new Error('the page cleans');
    expect(kept.sidecar.removed.some((r) => r.rule === 'block-classifier')).toBe(false);
    expect(kept.text).toContain('Shop Brands Sale Gift cards');
  });

  it('describes the blocks under debug without changing the output, and stays out when switched off', async () => {
    const input = readFileSync(join(SAMPLES, 'html-related-no-classes/input.html'));
    const plain = await clean(input, { format: 'html', blockClassifier: false });
    const debug = await clean(input, { format: 'html', blockClassifier: false, debug: true });
    expect(debug.ok && plain.ok && debug.text === plain.text).toBe(true);
    const info = (debug.sidecar.debug as { classifier?: { features: string[]; blocks: Array<{ row: number[] }> } }).classifier;
    expect(info?.features).toEqual(FEATURE_NAMES);
    expect(info?.blocks.every((b) => b.row.length === FEATURE_NAMES.length)).toBe(true);
    expect(plain.sidecar.removed.some((r) => r.rule === 'block-classifier')).toBe(false);
  });
});
