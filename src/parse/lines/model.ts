/**
 * The fitted line model: a logistic regression over the features of features.ts, one weight
 * vector per decision. The weights are data (weights.json), fitted by `npm run fit`
 * (scripts/fit-lines.ts); nothing here is tuned by hand.
 */
import { FEATURES, type FeatureName } from "./features.js";
import fitted from "./weights.json" with { type: "json" };

export type Decision = "noise";

export interface Weights {
  features: string[];
  decisions: Record<Decision, number[]>;
}

const defaults = fitted as Weights;

/** The probability that a line with features `x` is a `decision` line. */
export function probability(x: readonly number[], decision: Decision, weights: Weights = defaults): number {
  const w = weights.decisions[decision];
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (w[k] ?? 0) * (x[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** The 2-3 features that pushed the decision most, for `--explain` ("short +1.9"). */
export function reasons(x: readonly number[], decision: Decision, weights: Weights = defaults, count = 3): string[] {
  const w = weights.decisions[decision];
  return x
    .map((v, k) => ({ name: FEATURES[k] as FeatureName, c: (w[k] ?? 0) * v }))
    .filter((e) => e.name !== "bias" && Math.abs(e.c) >= 0.05)
    .sort((a, b) => Math.abs(b.c) - Math.abs(a.c))
    .slice(0, count)
    .map((e) => `${e.name} ${e.c >= 0 ? "+" : "−"}${Math.abs(e.c).toFixed(1)}`);
}
