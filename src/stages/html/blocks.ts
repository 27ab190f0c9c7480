import type { PithDocument } from '../../document.js';
import { classifyBlocks } from '../../classify/index.js';
import { blocksFrom } from '../../html/blocks.js';
import type { PageOrder } from '../../html/order.js';
import { htmlWork } from './work.js';

/**
 * HTML stage 4: blocks. Cut the content into paragraphs, headings, list items, quotes,
 * tables, code and captions (html/blocks.ts). With the block classifier on (option blockClassifier), every block of
 * the pruned page is a candidate and the classifier keeps the main content (classify/); else
 * the located content is cut and reconcile records the rest.
 */
/**
 * Page types whose content the rules choose, not the classifier: on articles the rules are as
 * good as the trees (WCXB) and better on ScrapingHub's news pages; on threads the page-type
 * content model keeps the question and every post, which the trees, scoring block by block,
 * do not (WCXB forum check part .593 with the rules, .575 with the trees).
 */
const RULE_DECIDES: ReadonlySet<string> = new Set(['article', 'forum']);

export function blocks(doc: PithDocument): void {
  const work = htmlWork(doc);
  const { root, document, spare } = work;
  const apply = doc.options.blockClassifier && doc.ruleOn('block-classifier') && !RULE_DECIDES.has(doc.pageType?.type ?? 'article');
  if (spare && (apply || doc.options.debug)) {
    const kept = classifyBlocks(doc, spare, root, apply);
    if (kept) {
      doc.blocks = kept;
      // Every block of the page is accounted for: nothing is left for reconcile.
      work.root = spare;
      return;
    }
  }
  const inline = doc.options.output === 'text' ? undefined : { base: doc.url };
  doc.blocks = blocksFrom(root ?? document.documentElement, doc.data.order as PageOrder, inline);
}
