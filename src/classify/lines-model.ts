/**
 * The line classifier's model: logistic regression trained by bench/train-lines.mjs on the
 * tuning parts of WCXB's and ScrapingHub's text scrapes and exported as JSON (lines-model.json). Features are
 * standardised with the training means and scales, so each feature's term w·(x−mean)/scale
 * is its contribution to the log-odds (the strongest become the removal's reason).
 */
/** One logistic regression: its standardisation and weights. */
export interface LineSide {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/**
 * Two regressions over the same features: one scores the lines the rules kept, one the lines
 * they removed (a signal means something else on either side of the rules' verdict).
 */
export interface LineModel {
  features: string[];
  kept: LineSide;
  removed: LineSide;
  /** A line the rules kept is removed when its story probability is below this. */
  removeBelow: number;
  /** A line the rules removed is kept when its story probability is at least this. */
  keepFrom: number;
}

export interface LineScore {
  /** Probability that the line is story. */
  p: number;
  /** Log-odds contribution per feature index. */
  by: Float64Array;
}

export function scoreLine(side: LineSide, row: readonly number[]): LineScore {
  const by = new Float64Array(side.weights.length);
  let z = side.bias;
  for (let j = 0; j < by.length; j++) {
    const c = (side.weights[j]! * (row[j]! - side.mean[j]!)) / side.scale[j]!;
    by[j] = c;
    z += c;
  }
  return { p: 1 / (1 + Math.exp(-z)), by };
}

/** The `count` features that pushed hardest towards the decision taken, as "name (±0.00)". */
export function strongestLine(model: LineModel, s: LineScore, story: boolean, count: number): string[] {
  const sign = story ? 1 : -1;
  return [...s.by.keys()]
    .filter((i) => s.by[i]! * sign > 0)
    .sort((a, b) => s.by[b]! * sign - s.by[a]! * sign)
    .slice(0, count)
    .map((i) => `${model.features[i]} (${s.by[i]! >= 0 ? '+' : ''}${s.by[i]!.toFixed(2)})`); // literal: scores shown to two decimals
}
