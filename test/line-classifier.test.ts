/**
 * The learned line classifier of the text path (issue 15, src/classify/lines*.ts): the
 * shipped model reads exactly the features the pipeline computes, a furniture line the rules
 * let through is removed with the model named in its reason, a story line the rules removed
 * is kept again (its removal taken back), and with the option off nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { PithDocument } from '../src/document.js';
import { resolveOptions } from '../src/options.js';
import { STAGES } from '../src/pipeline.js';
import { LINE_FEATURE_NAMES } from '../src/classify/lines-features.js';
import { classifyLines, lineModelMatches } from '../src/classify/lines.js';
import type { LineModel } from '../src/classify/lines-model.js';
import type { TextWork } from '../src/text/types.js';
import shipped from '../src/classify/lines-model.json' with { type: 'json' };

// A shop page as a scraper flattens it: a menu, the product, its buy line and description,
// a row of other products with prices, and the footer's links.
const PAGE = [
  'Home', 'Products', 'Support', 'Sign in', '',
  'Walnut Desk Organizer', '',
  '$39.99', 'Add to cart', '',
  'This organizer keeps pens, notes and cables in order on any desk, and its walnut finish matches most office furniture.',
  'Each compartment is lined with felt so that the things you put in it do not scratch, and the base has rubber feet.',
  'It measures 30 by 12 centimetres and weighs under a kilogram, so it is easy to move from one desk to another.',
  'Dimensions: 30 x 12 x 8 cm',
  'Material: solid walnut',
  '',
  'Customers also bought', 'Oak Monitor Stand', '$59.99', 'Bamboo Pen Cup', '$12.99', 'Leather Desk Mat', '$29.99', '',
  'Privacy Policy', 'Terms of Use', 'Contact us', '© 2024 Example Shop',
].join('\n');

/** The page run through the text stages up to settle (the rules' verdict), as the classify stage receives it. */
async function labelled(): Promise<{ doc: PithDocument; work: TextWork }> {
  const doc = new PithDocument(new TextEncoder().encode(PAGE), resolveOptions({ format: 'text', lineClassifier: true }));
  for (const stage of STAGES) {
    if (stage.path && stage.path !== 'text') continue;
    if (stage.name === 'classify') break;
    await stage.run(doc);
  }
  return { doc, work: doc.data.text as TextWork };
}

describe('line classifier', () => {
  it('ships a model over exactly the features the pipeline computes, every number finite', () => {
    const model = shipped as LineModel;
    expect(model.features).toEqual(LINE_FEATURE_NAMES);
    expect(lineModelMatches()).toBe(true);
    for (const side of [model.kept, model.removed]) {
      for (const key of ['mean', 'scale', 'weights'] as const) {
        expect(side[key]).toHaveLength(LINE_FEATURE_NAMES.length);
        for (const x of side[key]) expect(Number.isFinite(x)).toBe(true);
      }
      for (const s of side.scale) expect(s).toBeGreaterThan(0);
    }
    expect(model.removeBelow).toBeLessThan(model.keepFrom);
  });

  it('removes a furniture line the rules kept, naming the model and its score', async () => {
    const { doc, work } = await labelled();
    expect(doc.pageType?.type).toBe('product');
    const footer = work.lines.find((l) => l.block.text === 'Privacy Policy')!;
    // The rules removed it; as if they had not:
    doc.removed = doc.removed.filter((r) => r.position !== footer.block.position);
    footer.block.label = { main: true };
    classifyLines(doc, work, true);
    expect(footer.block.label).toMatchObject({ main: false, rule: 'line-classifier' });
    const removal = doc.removed.find((r) => r.text === 'Privacy Policy');
    expect(removal?.rule).toBe('line-classifier');
    expect(removal?.reason).toMatch(/^Line classifier: story score 0\.\d\d \(kept from 0\.\d+\); strongest signals: \S/);
  });

  it('keeps a story line the rules removed, and takes its removal back', async () => {
    const { doc, work } = await labelled();
    const story = work.lines.find((l) => l.block.text.startsWith('This organizer'))!;
    expect(story.block.label?.main).toBe(true);
    // As if the rules had removed it:
    doc.removeBlock({ ...story.block, label: undefined }, 'other', 'text-after-story', 'test');
    story.block.label = { main: false, kind: 'other', rule: 'text-after-story', reason: 'test' };
    expect(doc.removed.some((r) => r.text === story.block.text)).toBe(true);
    classifyLines(doc, work, true);
    expect(story.block.label).toEqual({ main: true });
    expect(doc.removed.some((r) => r.text === story.block.text)).toBe(false);
  });

  it('records every line it removes as a removal of rule line-classifier with a reason', async () => {
    const on = await clean(PAGE, { format: 'text', lineClassifier: true });
    expect(on.ok).toBe(true);
    if (!on.ok) return;
    for (const r of on.sidecar.removed.filter((x) => x.rule === 'line-classifier')) expect(r.reason).toMatch(/^Line classifier: story score/);
    // Every input line is either in the text or listed as removed (the headline aside).
    const listed = new Set(on.sidecar.removed.map((r) => r.text));
    for (const line of PAGE.split('\n').filter(Boolean)) {
      if (line === on.sidecar.title) continue;
      expect(on.text.includes(line) || listed.has(line)).toBe(true);
    }
  });

  it('changes nothing when switched off, and is not loaded then', async () => {
    const off = await clean(PAGE, { format: 'text', lineClassifier: false, debug: true });
    const rulesOff = await clean(PAGE, { format: 'text', disableRules: ['line-classifier'] });
    expect(off.ok && rulesOff.ok).toBe(true);
    if (!off.ok || !rulesOff.ok) return;
    expect(off.text).toBe(rulesOff.text);
    expect(off.sidecar.removed.some((r) => r.rule === 'line-classifier')).toBe(false);
    // The rules' verdict as the stages before classify left it, removal for removal.
    const { doc } = await labelled();
    expect(off.sidecar.removed.map((r) => [r.rule, r.text])).toEqual(doc.removed.map((r) => [r.rule, r.text]));
    // With debug on the lines are described, never applied.
    expect((off.sidecar.debug as { lineClassifier?: { applied: boolean } }).lineClassifier?.applied).toBe(false);
  });

  it('rejects a non-boolean option', async () => {
    await expect(clean(PAGE, { format: 'text', lineClassifier: 'yes' as unknown as boolean })).rejects.toThrow(/lineClassifier/);
  });
});
