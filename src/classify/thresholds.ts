/**
 * Numbers of the line classifier (src/classify/lines*.ts), beside it, as src/language and
 * src/meta keep theirs (the block classifier's few are in src/thresholds.ts, with FAVOR).
 */

/** Lines on each side a line's "near" neighbourhood spans (kept and prose shares). */
export const LINE_NEAR = 3;
/** Lines on each side its "wide" neighbourhood spans. */
export const LINE_WIDE = 10;
/** How many features a line-classifier removal names as its reason. */
export const LINE_REASON_FEATURES = 3;
/**
 * Page types whose lines the rules choose, not the model. Articles: the story run is right
 * (WCXB's articles .91 with the rules). Threads and service pages: a news page with a
 * comment thread or many short lines is taken for one of them, and there the model, which
 * keeps readers' posts and short lines on WCXB's threads and services, costs ScrapingHub's
 * news pages more than it gains (estimated on the tuning parts, bench/train-lines.mjs).
 */
export const LINE_RULES_DECIDE: ReadonlySet<string> = new Set(['article', 'forum', 'service']);

/** Does the line classifier serve a page of this type? */
export const servedType = (type: string | undefined): boolean => !LINE_RULES_DECIDE.has(type ?? 'article');
