/**
 * Fits the line model: examples from annotated articles (each line of the copy, labelled noise
 * when the annotation lists it as noise), then a logistic regression by full-batch gradient
 * descent with L2 regularisation. No randomness: the same articles in the same order give the
 * same weights. Run by `npm run fit` (bench/fit-lines.ts); used by `npm run eval` to refit
 * without each article in turn.
 */
import type { Lexicon } from "../lexicon/index.js";
import { isNoise, noiseTable, noiseEvidence } from "../text/noise.js";
import { normalizeText, toUnits } from "../text/units.js";
import { FEATURES, lineContext, lineFeatures } from "./features.js";
import type { Weights } from "./model.js";

export interface Example {
  x: number[];
  y: 0 | 1;
}

const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLocaleLowerCase()
    .replace(/\s+/gu, " ")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");

/** The lines of one article as examples: noise (listed in `noise`) or not. */
export function examplesOf(text: string, noise: readonly string[], lex: Lexicon): Example[] {
  const table = noiseTable(lex);
  const units = toUnits(normalizeText(text), 1, (line) => isNoise(line, table));
  const wanted = new Set(noise.map(norm));
  const ctx = lineContext(units, (t) => noiseEvidence(t, table) !== null);
  return units.map((u, i) => ({ x: lineFeatures(ctx, i), y: wanted.has(norm(u.text)) ? 1 : 0 }));
}

/** Logistic regression on `examples` (bias not regularised). */
export function fitLogistic(examples: readonly Example[], { iterations = 3000, rate = 0.5, l2 = 0.002 } = {}): number[] {
  const d = FEATURES.length;
  const w = new Array<number>(d).fill(0);
  const n = Math.max(1, examples.length);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    for (const { x, y } of examples) {
      let z = 0;
      for (let k = 0; k < d; k++) z += (w[k] as number) * (x[k] ?? 0);
      const err = 1 / (1 + Math.exp(-z)) - y;
      for (let k = 0; k < d; k++) grad[k] = (grad[k] as number) + err * (x[k] ?? 0);
    }
    for (let k = 0; k < d; k++) w[k] = (w[k] as number) - rate * ((grad[k] as number) / n + (k === 0 ? 0 : l2 * (w[k] as number)));
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

export function weightsOf(noise: number[]): Weights {
  return { features: [...FEATURES], decisions: { noise } };
}
