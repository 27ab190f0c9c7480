/**
 * The line classifier's features (issue 15): every line of a text scrape described by what
 * the text rules already know of it — its own measures and furniture flags (text/lines.ts),
 * the rules' verdict and its kind (after settle), where it stands against the story run —
 * and the same of its neighbours, with the page's shape and type. Structure first: the
 * line's own words enter only as lengths, stopword share, capitals, digits and punctuation.
 */
import type { FoundStory, TextLine } from '../text/types.js';
import { PAGE_TYPES, type Kind, type PageTypeName } from '../types.js';
import { LINE_NEAR, LINE_WIDE } from './thresholds.js';

const FLAGS = [
  'share', 'ad', 'promo', 'footer', 'cookie', 'credit', 'byline', 'date', 'age', 'attribution', 'video', 'pointer', 'signup', 'tags',
  'thread', 'listItem', 'embed', 'repeated', 'commentHeader', 'row', 'card', 'recurring',
] as const satisfies ReadonlyArray<keyof TextLine>;
/** Removal kinds the rules give, grouped as the model sees them. */
const RULE_KINDS: ReadonlyArray<readonly [string, ReadonlyArray<Kind>]> = [
  ['nav', ['nav']],
  ['related', ['related', 'video']],
  ['comments', ['comments']],
  ['other', ['other']],
  ['furniture', ['ad', 'newsletter', 'share', 'cookie', 'footer']],
];

/** Feature names, in the order of a row; the model file lists the same names. */
export const LINE_FEATURE_NAMES: readonly string[] = [
  'kept by rules', ...RULE_KINDS.map(([k]) => `rules removed as ${k}`), 'headline',
  'before story run', 'in story run', 'after story run', 'log lines to run', 'run share of page chars', 'kept share of page chars', 'position',
  'log weight', 'log words', 'sentence', 'prose', 'story prose', 'truncated', 'stopword share', 'stopwords unknown',
  'digit share', 'capitalised word share', 'ends with colon', 'url', 'separator marks', 'section heading',
  ...FLAGS.map((f) => `flag ${f}`),
  'log copies on page', 'gap before', 'gap after',
  'previous kept', 'next kept', 'previous prose', 'next prose', 'previous log weight', 'next log weight',
  'near kept share', 'near prose share', 'wide kept share', 'wide prose share', 'log short-line run',
  'log page lines', 'log page chars', 'page prose share',
  ...PAGE_TYPES.map((t) => `page type ${t}`),
];

const kept = (l: TextLine) => !!l.block.label?.main && !l.block.label.keptAs;
const CAPITAL = /^\p{Lu}/u;
const WORD = /[\p{L}\p{N}]+/gu;
const SEPARATORS = /[|»›>•·/]/gu;

/** One feature row per line, in the order of `lines`; labels are the rules' final ones (after settle). */
export function lineRows(lines: readonly TextLine[], found: FoundStory | undefined, pageType: PageTypeName | null): number[][] {
  const n = lines.length;
  const run = found?.run ?? null;
  const pageChars = lines.reduce((s, l) => s + l.f.weight, 0) || 1;
  const runChars = run ? lines.slice(run.start, run.end + 1).reduce((s, l) => s + l.f.weight, 0) : 0;
  const keptChars = lines.reduce((s, l) => s + (kept(l) ? l.f.weight : 0), 0);
  const proseShare = n ? lines.filter((l) => l.f.prose).length / n : 0;
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.block.text, (counts.get(l.block.text) ?? 0) + 1);
  // Running sums for the window shares.
  const keptSum = [0];
  const proseSum = [0];
  lines.forEach((l, i) => {
    keptSum.push(keptSum[i]! + +kept(l));
    proseSum.push(proseSum[i]! + +l.f.prose);
  });
  const share = (sum: number[], i: number, reach: number) => {
    const a = Math.max(0, i - reach);
    const b = Math.min(n, i + reach + 1);
    return b - a > 1 ? (sum[b]! - sum[a]! - (sum === keptSum ? +kept(lines[i]!) : +lines[i]!.f.prose)) / (b - a - 1) : 0;
  };
  // Length of the run of consecutive non-prose lines each line stands in (0 for prose).
  const shortRun = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (lines[i]!.f.prose) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !lines[j]!.f.prose) j++;
    for (let k = i; k < j; k++) shortRun[k] = j - i;
    i = j;
  }
  return lines.map((l, i) => {
    const t = l.block.text;
    const label = l.block.label;
    const removedKind = label && !label.main ? label.kind : label?.keptAs?.kind;
    const words = t.match(WORD) ?? [];
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const where = !run ? 0 : i < run.start ? -1 : i > run.end ? 1 : 0;
    const distance = !run ? n : where < 0 ? run.start - i : where > 0 ? i - run.end : 0;
    return [
      +kept(l), ...RULE_KINDS.map(([, kinds]) => +(!!removedKind && kinds.includes(removedKind))), +!!l.block.title,
      +(where < 0), +(!!run && where === 0), +(where > 0), Math.log1p(distance), runChars / pageChars, keptChars / pageChars, n > 1 ? i / (n - 1) : 0,
      Math.log1p(l.f.weight), Math.log1p(l.f.words), +l.f.sentence, +l.f.prose,
      +(l.f.prose && !l.video && !l.signup && !l.share && !l.repeated && !l.credit), +l.f.truncated, l.f.stopwords ?? 0, +(l.f.stopwords === null),
      (t.match(/\p{N}/gu)?.length ?? 0) / Math.max(1, t.length), words.length ? words.filter((w) => CAPITAL.test(w)).length / words.length : 0,
      +/[:：]$/u.test(t), +/^(?:https?:\/\/|www\.)\S+$/i.test(t), Math.log1p(t.match(SEPARATORS)?.length ?? 0), +(l.heading !== null),
      ...FLAGS.map((f) => +l[f]),
      Math.log1p((counts.get(t) ?? 1) - 1), +((l.block.gapBefore ?? 0) > 0), +((next?.block.gapBefore ?? 1) > 0),
      +(!!prev && kept(prev)), +(!!next && kept(next)), +(!!prev?.f.prose), +(!!next?.f.prose), Math.log1p(prev?.f.weight ?? 0), Math.log1p(next?.f.weight ?? 0),
      share(keptSum, i, LINE_NEAR), share(proseSum, i, LINE_NEAR), share(keptSum, i, LINE_WIDE), share(proseSum, i, LINE_WIDE), Math.log1p(shortRun[i]!),
      Math.log1p(n), Math.log1p(pageChars), proseShare,
      ...PAGE_TYPES.map((p) => +(p === pageType)),
    ];
  });
}
