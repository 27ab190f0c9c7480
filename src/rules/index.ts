/**
 * The rule registry: every removal rule of both paths, one entry each, with the numbers
 * that tune it. `disableRules` (options.ts) switches rules off by id, for ablation.
 */
import { HTML_RULES } from './html.js';
import { TEXT_RULES } from './text.js';
import type { Rule, RulePath, RuleSpec } from './types.js';

export type { Rule, RulePath, RuleSpec } from './types.js';
export { HTML_RULES, type HtmlRuleId } from './html.js';
export { TEXT_RULES, type TextRuleId } from './text.js';

const list = (path: RulePath, rules: Record<string, RuleSpec>): Rule[] =>
  Object.entries(rules).map(([id, spec]) => Object.freeze({ id, path, ...spec }));

export const RULES: readonly Rule[] = Object.freeze([...list('html', HTML_RULES), ...list('text', TEXT_RULES)]);

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
