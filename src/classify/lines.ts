/**
 * The learned line classifier (issue 15): on a text scrape whose page type the rules serve
 * badly, every line is scored by a logistic model over its features (lines-features.ts,
 * lines-model.ts), after the rules and settle have labelled it. A line the rules kept is
 * removed when the model is sure it is no story, with the score and the features that decided
 * it as the reason; a line the rules removed is kept again when the model is sure it is
 * story (its removal is taken back). The headline stays as the rules chose it.
 */
import type { PithDocument } from '../document.js';
import type { TextLine, TextWork } from '../text/types.js';
import type { Kind } from '../types.js';
import { LINE_REASON_FEATURES } from './thresholds.js';
import { LINE_FEATURE_NAMES, lineRows } from './lines-features.js';
import { scoreLine, strongestLine, type LineModel } from './lines-model.js';
import { reread } from './lines-reread.js';
import model from './lines-model.json' with { type: 'json' };

const MODEL = model as LineModel;
const keptByRules = (line: TextLine) => !!line.block.label?.main && !line.block.label.keptAs;

/** The removal's kind from the furniture the line looks like and where it stands. */
function kindOf(line: TextLine, beforeRun: boolean): Kind {
  if (line.heading) return line.heading;
  if (line.thread || line.commentHeader) return 'comments';
  if (line.cookie) return 'cookie';
  if (line.share) return 'share';
  if (line.ad || line.promo) return 'ad';
  if (line.signup) return 'newsletter';
  if (line.video) return 'video';
  if (line.footer) return 'footer';
  if (line.age || line.attribution || line.card || line.pointer) return 'related';
  if (line.tags || beforeRun) return 'nav';
  return 'other';
}

/** Does the shipped model read exactly the features computed here? */
export function lineModelMatches(): boolean {
  return MODEL.features.length === LINE_FEATURE_NAMES.length && MODEL.features.every((f, i) => f === LINE_FEATURE_NAMES[i]);
}

/**
 * Classify the lines of a labelled text page (when `apply`), then read the kept lines again
 * as a second cleaning would (lines-reread.ts) when this page or its output is of a type the
 * model serves.
 */
export function classifyPage(doc: PithDocument, work: TextWork, apply: boolean, outputServed: boolean): void {
  classifyLines(doc, work, apply);
  if (apply || outputServed) reread(doc, classifyLines);
}

/**
 * Score the lines of a labelled text page; with `apply` off only describe them (for --debug
 * and the training script).
 */
export function classifyLines(doc: PithDocument, work: TextWork, apply: boolean): void {
  const matches = lineModelMatches();
  // A model trained on other features is a build error; describing the lines (to train a new one) still works.
  if (apply && !matches) throw new Error('pith: the line classifier model does not match its features; retrain with bench/train-lines.mjs');
  const { lines, story } = work;
  const rows = lineRows(lines, story, doc.pageType?.type ?? null);
  const scores = matches ? rows.map((row, i) => scoreLine(keptByRules(lines[i]!) ? MODEL.kept : MODEL.removed, row)) : [];
  if (doc.options.debug) {
    doc.debug.lineClassifier = {
      features: LINE_FEATURE_NAMES,
      applied: apply,
      lines: lines.map((l, i) => ({ text: l.block.text, score: scores[i] ? round(scores[i].p) : null, row: rows[i]!.map(round) })),
    };
  }
  if (!apply) return;
  const run = story?.run ?? null;
  const restored = new Set<unknown>();
  lines.forEach((line, i) => {
    const { block } = line;
    const s = scores[i]!;
    if (block.title) return;
    const label = block.label;
    if (keptByRules(line)) {
      if (s.p >= MODEL.removeBelow) return;
      const why = strongestLine(MODEL, s, false, LINE_REASON_FEATURES).join(', ');
      doc.removeBlock(
        block,
        kindOf(line, !!run && i < run.start),
        'line-classifier',
        `Line classifier: story score ${s.p.toFixed(2)} (kept from ${MODEL.removeBelow}); strongest signals: ${why || 'none'}`, // literal: scores shown to two decimals
      );
    } else if (label && !label.main && s.p >= MODEL.keepFrom) {
      block.label = { main: true };
      restored.add(block.position);
    }
  });
  if (restored.size) {
    // The rules' removal is taken back: the line is story, and no longer listed as removed.
    doc.removed = doc.removed.filter((r) => !restored.has(r.position));
    if (doc.options.debug) (doc.debug.lineClassifier as Record<string, unknown>).restored = restored.size;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000; // literal: the debug detail keeps three decimals
