/**
 * `npm run bench`: figures, not pass/fail, on corpora written by bench/gen-corpus.ts (kept in
 * node_modules/.cache/galley-bench/ between runs).
 *
 *   npm run bench [-- --count 4000 --edits 20]
 */
import { appendFileSync, existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { build } from "../src/build.js";
import { measureDevReload } from "./dev-reload.js";
import { writeCorpus } from "./gen-corpus.js";
import { measureParse } from "./parse-speed.js";

const { values } = parseArgs({ options: { count: { type: "string" }, edits: { type: "string" } } });
const count = Number(values.count ?? 4000);
const edits = Number(values.edits ?? 20);
const cache = join(import.meta.dirname, "..", "node_modules", ".cache", "galley-bench");

/** A corpus site of `count` articles in `format`, written once and reused. */
function corpus(format: "md" | "txt" | "mixed"): string {
  const dir = join(cache, `${format}-${count}`);
  if (!existsSync(join(dir, "site.yaml"))) writeCorpus({ out: dir, count, format, seed: 1, words: 600 });
  return dir;
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

console.log(`galley bench: ${count} articles per corpus (bench/gen-corpus.ts)`);
for (const format of ["txt", "md"] as const) {
  const parse = await measureParse(join(corpus(format), "content"));
  console.log(`  parse ${format}: ${parse.msPerArticle.toFixed(2)} ms/article (${parse.articles} articles, one thread)`);
}

const site = corpus("md");
rmSync(join(site, ".galley-cache"), { recursive: true, force: true });
const cold = await build({ dir: site, cache: true });
console.log(`  build, cold (no cache): ${seconds(cold.ms)} for ${cold.pages} pages`);
const warm = await build({ dir: site, cache: true });
console.log(`  build, warm (nothing changed): ${seconds(warm.ms)} (${(warm.ms / cold.ms).toFixed(2)}× cold)`);
const section = readdirSync(join(site, "content")).sort()[0] ?? "";
const article = join(site, "content", section, readdirSync(join(site, "content", section)).sort()[0] ?? "");
appendFileSync(article, "\nA sentence added by the benchmark.\n");
const one = await build({ dir: site, cache: true });
console.log(`  build, one article changed: ${seconds(one.ms)} (${(one.ms / cold.ms).toFixed(2)}× cold)`);

console.log(`  dev server, ${edits} edits of one article:`);
const dev = await measureDevReload(site, join("content", section, readdirSync(join(site, "content", section)).sort()[0] ?? ""), edits);
console.log(`    start (build in memory): ${seconds(dev.startMs)}`);
console.log(`    save → reload event: median ${dev.medianMs.toFixed(0)} ms, p90 ${dev.p90Ms.toFixed(0)} ms, max ${dev.maxMs.toFixed(0)} ms (target: median ≤ 100 ms)`);
