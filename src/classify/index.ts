/**
 * The learned block classifier (issue #14): every block of the pruned page is scored by
 * gradient-boosted trees over its features (features.ts, model.ts) and kept when the score
 * says main content. Hard rules have already run (prune: hidden, script, consent, named
 * boilerplate); the classifier replaces "inside the located story or not", which becomes one
 * of its features. Every removal names the score and the features that decided it.
 */
import type { PithDocument } from '../document.js';
import type { PageOrder } from '../html/order.js';
import { CLASSIFIER_REASON_FEATURES, FAVOR } from '../thresholds.js';
import type { Block, Kind } from '../types.js';
import { FEATURE_NAMES, pageBlocks } from './features.js';
import { score, strongest, type TreeModel } from './model.js';
import model from './model.json' with { type: 'json' };

const MODEL = model as TreeModel;
const IN_LOCATED = FEATURE_NAMES.indexOf('in located story');
const TITLE = FEATURE_NAMES.indexOf('title-like heading');

/** The removal's kind from what the block's ancestors are (tags and class/id hints). */
function kindOf(hints: Set<string>): Kind {
  if (hints.has('comment')) return 'comments';
  if (hints.has('share')) return 'share';
  if (hints.has('ad')) return 'ad';
  if (hints.has('nav') || hints.has('header')) return 'nav';
  if (hints.has('footer') || hints.has('foot')) return 'footer';
  if (hints.has('related') || hints.has('aside') || hints.has('side')) return 'related';
  return 'other';
}

/**
 * Classify the blocks of `page` (the pruned body); with `apply` off only describe them
 * (for --debug and the training script). Returns the kept blocks in page order.
 */
export function classifyBlocks(doc: PithDocument, page: Element, located: Element | null, apply: boolean): Block[] | null {
  // A model trained on other features is a build error; describing the blocks (to train a new one) still works.
  const matches = MODEL.features.length === FEATURE_NAMES.length && MODEL.features.every((f, i) => f === FEATURE_NAMES[i]);
  if (apply && !matches) throw new Error('pith: the block classifier model does not match its features; retrain with bench/train-blocks.py');
  const inline = doc.options.output === 'text' ? undefined : { base: doc.url };
  const { blocks, rows, hints } = pageBlocks(page, located, doc.data.order as PageOrder | undefined, doc.pageType?.type ?? null, doc.meta.title, inline);
  const scores = matches ? rows.map((row) => score(MODEL, row)) : [];
  if (doc.options.debug) {
    doc.debug.classifier = { features: FEATURE_NAMES, blocks: blocks.map((b, i) => ({ text: b.text, score: scores[i] ? round(scores[i].p) : null, row: rows[i]!.map(round) })) };
  }
  if (!apply) return null;
  const kept: Block[] = [];
  // options.favor moves both thresholds (FAVOR in src/thresholds.ts; balanced leaves them as trained).
  const shift = FAVOR[doc.options.favor].classifierShift;
  blocks.forEach((b, i) => {
    const s = scores[i]!;
    // Pith's located story stands unless the trees are sure: a block outside it needs more.
    const threshold = round((rows[i]![IN_LOCATED] ? MODEL.threshold : MODEL.thresholdOutside) + shift);
    // The headline is shown as the title, never recorded as a removal (the label stage marks it).
    if (s.p >= threshold || rows[i]![TITLE]) {
      b.position = { ...b.position, index: kept.length };
      kept.push(b);
      return;
    }
    const why = strongest(MODEL, s, false, CLASSIFIER_REASON_FEATURES).join(', ');
    const kind = kindOf(hints[i]!);
    const reason = `Block classifier: main-content score ${s.p.toFixed(2)} (kept from ${threshold}); strongest signals: ${why || 'none'}`; // literal: scores shown to two decimals
    // A kind options.keep keeps, or this rule on a page type options.favor keeps it on: kept, saying what it would have been.
    if (doc.keptInstead(b, kind, 'block-classifier', reason)) {
      b.position = { ...b.position, index: kept.length };
      kept.push(b);
      return;
    }
    doc.remove({
      kind,
      rule: 'block-classifier',
      reason,
      text: b.text,
      position: { index: -1, path: b.position.path, ...(b.position.order === undefined ? {} : { order: b.position.order }) },
    });
  });
  return kept;
}

const round = (x: number) => Math.round(x * 1000) / 1000; // literal: the debug detail keeps three decimals
