/**
 * `npm run fit [CORPUS]`: fits the line model's weights (src/parse/lines/weights.json) on the
 * annotated corpus (default ../shared/corpus/public, without the lead's check set) and the
 * project's fixtures. Deterministic: same input, same weights. Only this script reads the corpus.
 */
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fitLogistic, weightsOf } from "../src/parse/lines/fit.js";
import { examplesOfArticle, trainingArticles } from "./corpus.js";

export const FIXTURE_DIRS = ["tests/fixtures", "tests/fixtures/lines"];

const corpus = process.argv[2] ?? "../shared/corpus/public";
if (!existsSync(corpus)) console.log(`fit: ${corpus} not found; fitting on the project's fixtures only`);
const articles = trainingArticles(corpus, FIXTURE_DIRS);
const examples = articles.flatMap(examplesOfArticle);
const weights = weightsOf(fitLogistic(examples));
const out = fileURLToPath(new URL("../src/parse/lines/weights.json", import.meta.url));
writeFileSync(out, `${JSON.stringify(weights, null, 1)}\n`);
console.log(`fit: ${articles.length} articles, ${examples.length} lines (${examples.filter((e) => e.y).length} noise) → ${out}`);
for (const [k, name] of weights.features.entries()) console.log(`  ${name.padEnd(16)} ${weights.decisions.noise[k]}`);
