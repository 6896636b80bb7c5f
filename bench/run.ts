/**
 * `npm run bench`: the benchmarks, on a corpus written by bench/gen-corpus.ts (kept in
 * node_modules/.cache/galley-bench/ between runs). Figures, not pass/fail: see bench/README.md.
 *
 *   npm run bench [-- --count 4000 --edits 20]
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureDevReload } from "./dev-reload.js";
import { writeCorpus } from "./gen-corpus.js";

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

const site = corpus("md");
const section = readdirSync(join(site, "content")).sort()[0] ?? "";
const article = readdirSync(join(site, "content", section)).sort()[0] ?? "";
console.log(`galley bench: dev server, ${count} Markdown articles, ${edits} edits of one article`);
const dev = await measureDevReload(site, join("content", section, article), edits);
console.log(`  start (build in memory): ${(dev.startMs / 1000).toFixed(1)} s`);
console.log(`  save → reload event: median ${dev.medianMs.toFixed(0)} ms, p90 ${dev.p90Ms.toFixed(0)} ms, max ${dev.maxMs.toFixed(0)} ms (target: median ≤ 100 ms)`);
