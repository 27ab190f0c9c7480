/**
 * The block classifier's model: gradient-boosted regression trees trained by
 * bench/train-blocks.py on the tuning part of the benchmarks and exported as JSON
 * (model.json), evaluated here in plain TypeScript. Every internal node carries the mean of
 * its subtree, so a block's score splits into one contribution per feature on its path
 * (the strongest become the reason in the sidecar).
 */
export interface Tree {
  /** Feature index per node, -1 at a leaf. */
  f: number[];
  /** Split threshold per node: a row goes left when its feature is ≤ it. */
  t: number[];
  l: number[];
  r: number[];
  /** Value per node (leaves: the tree's output; inner nodes: their subtree's mean). */
  v: number[];
}

export interface TreeModel {
  features: string[];
  /** Log-odds before any tree. */
  bias: number;
  rate: number;
  /** Probability from which a block inside the located story is main content. */
  threshold: number;
  /** Probability from which a block outside the located story is main content. */
  thresholdOutside: number;
  trees: Tree[];
}

export interface Score {
  /** Probability that the block is main content. */
  p: number;
  /** Log-odds contribution per feature index. */
  by: Float64Array;
}

export function score(model: TreeModel, row: readonly number[]): Score {
  let z = model.bias;
  const by = new Float64Array(model.features.length);
  for (const tree of model.trees) {
    let node = 0;
    z += model.rate * tree.v[0]!;
    while (tree.f[node]! >= 0) {
      const f = tree.f[node]!;
      const child = row[f]! <= tree.t[node]! ? tree.l[node]! : tree.r[node]!;
      const delta = model.rate * (tree.v[child]! - tree.v[node]!);
      by[f] = by[f]! + delta;
      z += delta;
      node = child;
    }
  }
  return { p: 1 / (1 + Math.exp(-z)), by };
}

/** The `count` features that pushed hardest towards the decision taken, as "name (±0.00)". */
export function strongest(model: TreeModel, s: Score, main: boolean, count: number): string[] {
  const sign = main ? 1 : -1;
  return [...s.by.keys()]
    .filter((i) => s.by[i]! * sign > 0)
    .sort((a, b) => s.by[b]! * sign - s.by[a]! * sign)
    .slice(0, count)
    .map((i) => `${model.features[i]} (${s.by[i]! >= 0 ? '+' : ''}${s.by[i]!.toFixed(2)})`); // literal: scores shown to two decimals
}
