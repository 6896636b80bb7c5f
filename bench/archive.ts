/**
 * `npm run bench:archive -- --count 100000`: one cold build of an archive of `count` Markdown
 * articles (written by bench/gen-corpus.ts, kept in node_modules/.cache/galley-bench/), with time
 * per article and peak RSS. The archive rows of `npm run bench`, alone.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./gen-corpus.js";
import { measureBuild } from "./measure-build.js";

const { values } = parseArgs({ options: { count: { type: "string" } } });
const count = Number(values.count ?? 100_000);
const site = join(import.meta.dirname, "..", "node_modules", ".cache", "galley-bench", `md-${count}`);
if (!existsSync(join(site, "site.yaml"))) writeCorpus({ out: site, count, format: "md", seed: 1, words: 600 });
rmSync(join(site, ".galley-cache"), { recursive: true, force: true });
rmSync(join(site, "dist"), { recursive: true, force: true });
const m = measureBuild(site);
console.log(`galley bench:archive: cold build of ${count} articles: ${(m.ms / 1000).toFixed(1)} s, ${(m.ms / count).toFixed(2)} ms per article, peak RSS ${Math.round(m.peakRss / 2 ** 20)} MiB (${m.pages} pages, ${m.files} files)`);
rmSync(join(site, "dist"), { recursive: true, force: true });
