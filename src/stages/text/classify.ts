import type { PithDocument } from '../../document.js';
import { LINE_RULES_DECIDE } from '../../classify/lines-constants.js';
import { textWork } from './work.js';

/**
 * Text stage 5: classify. On a page type the rules serve badly (not an article), the learned
 * line classifier (option lineClassifier, classify/lines.ts) scores every labelled line and
 * overrides the rules where it is sure. Loaded only when it runs (or --debug describes the
 * lines), so article pages never pay for the model.
 */
export async function classify(doc: PithDocument): Promise<void> {
  const apply = doc.options.lineClassifier && doc.ruleOn('line-classifier') && !LINE_RULES_DECIDE.has(doc.pageType?.type ?? 'article');
  if (!apply && !doc.options.debug) return;
  const work = textWork(doc);
  if (!work.story) return;
  const { classifyLines } = await import('../../classify/lines.js');
  classifyLines(doc, work, apply);
}
