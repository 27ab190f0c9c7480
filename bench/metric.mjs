// The benchmark's quality metric, exactly as ../shared/bench/README.md defines it:
// 4-token shingles over Unicode \w+ tokens, counted as multisets, per-page P/R with the
// README's edge cases, then means over pages and F1 of the means.

// Python's Unicode \w: letters, numbers and the underscore (combining marks split tokens there too).
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text) {
  return text.match(TOKEN) ?? [];
}

export function shingles(text, n = 4) {
  const t = tokens(text);
  const counts = new Map();
  if (t.length === 0) return counts;
  if (t.length < n) {
    counts.set(t.join(' '), 1);
    return counts;
  }
  for (let i = 0; i + n <= t.length; i++) {
    const key = t.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per-page scores: { precision, recall } where either may be null (left out of the mean). */
export function scorePage(truthText, predText) {
  const truth = shingles(truthText);
  const pred = shingles(predText);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, p] of pred) {
    const t = truth.get(k) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
  }
  for (const [k, t] of truth) fn += Math.max(0, t - (pred.get(k) ?? 0));
  const total = tp + fp + fn;
  if (total === 0) return { precision: 1, recall: 1, tp: 0, fp: 0, fn: 0 };
  const ntp = tp / total;
  const nfp = fp / total;
  const nfn = fn / total;
  let precision;
  let recall;
  if (fp === 0 && fn === 0) {
    precision = 1;
    recall = 1;
  } else {
    precision = tp + fp === 0 ? null : tp === 0 && fp === 0 ? 0 : ntp / (ntp + nfp);
    recall = tp + fn === 0 ? null : tp === 0 && fn === 0 ? 0 : ntp / (ntp + nfn);
  }
  return { precision, recall, tp: ntp, fp: nfp, fn: nfn };
}

export function f1(p, r) {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Means over pages (nulls left out) and F1 of the means. */
export function aggregate(pages) {
  const ps = pages.map((x) => x.precision).filter((v) => v !== null);
  const rs = pages.map((x) => x.recall).filter((v) => v !== null);
  const mean = (a) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  return { precision, recall, f1: f1(precision, recall), pages: pages.length };
}
