/**
 * `npm run eval [DIR]`: scores `galley`'s parse of an annotated corpus (default
 * ../shared/corpus/public) per article and per field, three ways:
 *   in-sample  the fitted weights (which saw the tune articles);
 *   cross-val  each tune article parsed with weights refitted without it (leave one article out);
 *   check      the lead's check set (never fitted on), with the fitted weights.
 * The cross-validated and check figures are the ones to watch.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/parse-article.js";
import { fitLogistic, weightsOf } from "../src/parse/lines/fit.js";
import type { Weights } from "../src/parse/lines/model.js";
import { fieldCounts, type FieldCounts } from "../tests/helpers/score.js";
import { CHECK_SET, examplesOfArticle, readAnnotated, trainingArticles, type Annotated } from "./corpus.js";

const dir = process.argv[2] ?? "../shared/corpus/public";
if (!existsSync(dir)) {
  console.log(`eval: ${dir} not found: nothing to score (pass the folder of NAME.txt + NAME.expected.json files)`);
  process.exit(0);
}
const FIELDS = ["headline", "lede", "byline", "dateline", "subheads", "quotes", "speakers", "related", "media", "noise"] as const;
const FIXTURE_DIRS = ["tests/fixtures", "tests/fixtures/lines"];

function score(a: Annotated, weights?: Weights): FieldCounts {
  const file = new VFile({ path: a.path, value: a.text });
  const { article } = parseArticle(file, { contentPath: basename(a.path), lineWeights: weights });
  return fieldCounts(article, a.want, a.text);
}

const f1 = (tp: number, exp: number, got: number) => (exp === 0 && got === 0 ? 1 : (2 * tp) / (exp + got || 1));

/** Per-field F1 summed over articles, retained averaged; total = mean of the 10 fields and retained. */
function summary(rows: FieldCounts[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) {
    const s = rows.reduce((acc, r) => ({ tp: acc.tp + r[f].tp, exp: acc.exp + r[f].exp, got: acc.got + r[f].got }), { tp: 0, exp: 0, got: 0 });
    out[f] = f1(s.tp, s.exp, s.got);
  }
  out.retained = rows.reduce((a, r) => a + r.retained, 0) / Math.max(1, rows.length);
  out.score = Object.values(out).reduce((a, b) => a + b, 0) / (FIELDS.length + 1);
  return out;
}

const articleScore = (r: FieldCounts) => summary([r]).score ?? 0;
const line = (label: string, s: Record<string, number>) =>
  `${label.padEnd(12)} ${[...FIELDS, "retained"].map((f) => `${f} ${(s[f] ?? 0).toFixed(3)}`).join("  ")}  → score ${(s.score ?? 0).toFixed(3)}`;

const all = readAnnotated(dir);
const tune = all.filter((a) => !CHECK_SET.has(a.name));
const check = all.filter((a) => CHECK_SET.has(a.name));
const training = trainingArticles(dir, FIXTURE_DIRS);
const examples = new Map(training.map((a) => [a.name, examplesOfArticle(a)]));

const inSample = tune.map((a) => score(a));
const crossVal = tune.map((a) => {
  const without = training.filter((t) => t.name !== a.name).flatMap((t) => examples.get(t.name) ?? []);
  return score(a, weightsOf(fitLogistic(without)));
});
const checked = check.map((a) => score(a));

console.log(`eval: ${dir}: ${tune.length} tune articles (+${training.length - tune.length} fixtures in the fit), ${check.length} check articles\n`);
console.log("per article (in-sample / cross-validated):");
tune.forEach((a, k) => console.log(`  ${a.name.padEnd(44)} ${articleScore(inSample[k] as FieldCounts).toFixed(3)} / ${articleScore(crossVal[k] as FieldCounts).toFixed(3)}`));
if (check.length) {
  console.log("check set:");
  check.forEach((a, k) => console.log(`  ${a.name.padEnd(44)} ${articleScore(checked[k] as FieldCounts).toFixed(3)}`));
}
console.log("");
console.log(line("in-sample", summary(inSample)));
console.log(line("cross-val", summary(crossVal)));
if (check.length) console.log(line("check", summary(checked)));
// matched / expected / found per field, summed over each set: whether a field misses (recall) or over-finds (precision)
const counts = (label: string, rows: FieldCounts[]) =>
  `${label.padEnd(12)} ${FIELDS.map((f) => `${f} ${rows.reduce((a, r) => a + r[f].tp, 0)}/${rows.reduce((a, r) => a + r[f].exp, 0)}/${rows.reduce((a, r) => a + r[f].got, 0)}`).join("  ")}`;
console.log("\nmatched/expected/found:");
console.log(counts("cross-val", crossVal));
if (check.length) console.log(counts("check", checked));
