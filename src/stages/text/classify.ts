import type { PithDocument } from '../../document.js';
import { servedType } from '../../classify/thresholds.js';
import { detectTextPageType } from '../../pagetype/text.js';
import { textWork } from './work.js';

/**
 * Text stage 5: classify. On a page type the rules serve badly (not an article, a thread or
 * a service page), the learned line classifier (option lineClassifier, classify/lines.ts)
 * scores every labelled line and overrides the rules where it is sure; then the kept lines are
 * read again as a second cleaning would read them, so that cleaning the output changes
 * nothing — also on a page whose output alone shows such a type. Loaded only then (or when
 * --debug describes the lines), so most article pages never pay for the model.
 */
export async function classify(doc: PithDocument): Promise<void> {
  const work = textWork(doc);
  if (!work.story) return;
  const on = doc.options.lineClassifier && doc.ruleOn('line-classifier');
  const apply = on && servedType(doc.pageType?.type);
  const outputServed = on && !apply && servedType(detectTextPageType(doc.blocks.filter((b) => b.label?.main), doc.url).type);
  if (!apply && !outputServed && !doc.options.debug) return;
  const { classifyPage } = await import('../../classify/lines.js');
  classifyPage(doc, work, apply, outputServed);
}
