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
  // the `count` largest contributions, earlier features first among equals (as a stable sort
  // would give them), picked in one pass: every line of an article is explained
  const top: { name: FeatureName; c: number }[] = [];
  for (let k = 0; k < x.length; k++) {
    const name = FEATURES[k] as FeatureName;
    const c = (w[k] ?? 0) * (x[k] as number);
    if (name === "bias" || !(Math.abs(c) >= 0.05)) continue;
    let at = top.length;
    while (at > 0 && Math.abs((top[at - 1] as { c: number }).c) < Math.abs(c)) at--;
    if (at >= count) continue;
    const entry = { name, c };
    top.push(entry);
    for (let j = top.length - 1; j > at; j--) top[j] = top[j - 1] as typeof entry;
    top[at] = entry;
    // (pop, not a smaller length: setting an array's length is a call into V8's runtime, asked for every line)
    if (top.length > count) top.pop();
  }
  return top.map((e) => reasonText(e.name, e.c));
}

/** "short +1.9", made once per feature and contribution (most features are 0 or 1: their texts repeat on every line). */
const reasonTexts = new Map<FeatureName, Map<number, string>>();
function reasonText(name: FeatureName, c: number): string {
  let texts = reasonTexts.get(name);
  if (!texts) reasonTexts.set(name, (texts = new Map()));
  let text = texts.get(c);
  if (text === undefined) {
    text = `${name} ${c >= 0 ? "+" : "−"}${Math.abs(c).toFixed(1)}`;
    if (texts.size >= 1024) texts.clear();
    texts.set(c, text);
  }
  return text;
}
