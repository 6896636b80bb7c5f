/**
 * What site search (Pagefind) adds to a build: the cold build of a generated corpus with
 * `search: false` and with search, a warm rebuild and a one-article rebuild with search, and
 * the index's size (all of pagefind/, and the index proper: entry, meta, index, filter and
 * fragment files, without Pagefind's scripts, WASM and UI).
 *
 *   node --import tsx bench/search.ts [--count 4000] [--dir DIR]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { build } from "../src/build.js";
import { writeCorpus } from "./gen-corpus.js";

const { values } = parseArgs({ options: { count: { type: "string", default: "4000" }, dir: { type: "string" } } });
const count = Number(values.count);
const site = values.dir ?? join(mkdtempSync(join(tmpdir(), "galley-search-bench-")), "site");
if (!existsSync(join(site, "site.yaml"))) writeCorpus({ out: site, count, format: "md", seed: 1, words: 600 });
const yaml = readFileSync(join(site, "site.yaml"), "utf8").replace(/\nsearch: (true|false)\n?/g, "\n");

const sizeOf = (dir: string, keep: (name: string) => boolean = () => true): { files: number; bytes: number } => {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !keep(entry.name)) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
};
const timed = async (search: boolean, out: string, cache: boolean) => {
  writeFileSync(join(site, "site.yaml"), `${yaml.trimEnd()}\nsearch: ${search}\n`);
  const started = performance.now();
  const result = await build({ dir: site, out, cache });
  return { ms: performance.now() - started, result };
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// cold: no parse cache, no previous output, for each setting
const off = await timed(false, join(site, "dist-off"), false);
const on = await timed(true, join(site, "dist-on"), false);
// with the cache: a first build fills it, then nothing changed, then one article changed
const out = join(site, "dist");
await timed(true, out, true);
const warm = await timed(true, out, true);
const story = readdirSync(join(site, "content"), { recursive: true }).map(String).find((f) => f.endsWith(".md")) ?? "";
writeFileSync(join(site, "content", story), `${readFileSync(join(site, "content", story), "utf8")}\nA closing paragraph about the lighthouse, added.\n`);
const one = await timed(true, out, true);
writeFileSync(join(site, "site.yaml"), `${yaml.trimEnd()}\nsearch: false\n`);
const oneOff = await (async () => {
  await timed(false, join(site, "dist-off-warm"), true);
  writeFileSync(join(site, "content", story), `${readFileSync(join(site, "content", story), "utf8")}\nAnother closing paragraph.\n`);
  return timed(false, join(site, "dist-off-warm"), true);
})();

const all = sizeOf(join(site, "dist-on", "pagefind"));
const index = sizeOf(join(site, "dist-on", "pagefind"), (name) => /\.pf_(meta|index|filter|fragment)$|^pagefind-entry\.json$/.test(name));
const lines = [
  `corpus: ${count} Markdown articles (bench/gen-corpus.ts, seed 1), ${on.result.articles} built, ${site}`,
  `cold build, search: false  ${(off.ms / 1000).toFixed(1)} s`,
  `cold build, search on      ${(on.ms / 1000).toFixed(1)} s  (+${((on.ms - off.ms) / 1000).toFixed(1)} s, +${(((on.ms - off.ms) / off.ms) * 100).toFixed(0)} %)`,
  `warm rebuild, nothing changed, search on: ${(warm.ms / 1000).toFixed(1)} s (index reused)`,
  `rebuild, one article changed: search on ${(one.ms / 1000).toFixed(1)} s, search: false ${(oneOff.ms / 1000).toFixed(1)} s`,
  `pagefind/: ${all.files} files, ${mib(all.bytes)}; the index proper: ${index.files} files, ${mib(index.bytes)}`,
];
console.log(lines.join("\n"));
