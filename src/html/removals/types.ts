import type { HtmlRuleId } from '../../rules/index.js';

/**
 * One kind of pre-Readability removal: an element is pruned when one of its
 * class/id/role tokens (or token phrases) names the kind, or when its tag or ARIA role
 * does. Vocabulary covers several languages because class names do too.
 */
export interface PruneRule {
  /** The rule's id in the registry (src/rules/html.ts), which gives its kind and reason. */
  rule: Extract<HtmlRuleId, `prune-${string}`>;
  /** Token phrases (each a list of whole tokens) that name the kind. */
  phrases: string[][];
  /** Tag names (upper case) that are this kind by themselves. */
  tags?: string[];
  /** ARIA roles that are this kind by themselves. */
  roles?: string[];
  /** A structural check a named element must also pass (e.g. a "video" box holding a quote is an embed of the story). */
  accept?: (el: Element) => boolean;
}

export function phrases(...list: string[]): string[][] {
  return list.map((p) => p.split(' '));
}
