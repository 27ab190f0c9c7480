import type { Kind } from '../types.js';

/** The two input paths a rule belongs to. */
export type RulePath = 'html' | 'text';

/**
 * One removal rule as the registry lists it: its stable id (recorded on every removal it
 * makes), the kind it records (or the kinds it chooses among), the reason in words, and the
 * numbers that tune it. A number shared by several rules lives in src/thresholds.ts instead.
 */
export interface RuleSpec {
  readonly kind: Kind | readonly Kind[];
  readonly reason: string;
  readonly params: Readonly<Record<string, number>>;
}

export interface Rule extends RuleSpec {
  readonly id: string;
  readonly path: RulePath;
}
