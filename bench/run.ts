/**
 * `npm run bench`: figures, not pass/fail, on corpora written by bench/gen-corpus.ts (kept in
 * node_modules/.cache/galley-bench/ between runs).
 *
 * Builds run the compiled Galley in a process of their own (bench/measure-build.ts).
 *
 *   npm run bench [-- --count 4000 --edits 20 --runs 3 --sizes 10000,30000,100000]
 *   npm run bench -- --sizes none      (skip the archive sizes)
 *   npm run bench -- --only startup,parse,cold   (only these parts: startup, parse, cold, search, warm, dev, sizes;
 *                                                 search: the cold build again with Pagefind, in each round of cold)
 *   npm run bench -- --corpora DIR --peers DIR   (where the corpora are written and the peers are installed,
 *                                                 for a bench beside another one on the same checkout)
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { measureBuild, type BuildMeasure } from "./measure-build.js";
import { measureDevReload } from "./dev-reload.js";
import { writeCorpus } from "./gen-corpus.js";
import { measureLinear, parser as linearParser } from "./linear.js";
import { measureParse } from "./parse-speed.js";
import { peers } from "./peers.js";
import { outputSize, type Timed } from "./process-time.js";
import { measureStartup, startupConditions } from "./startup.js";

const { values } = parseArgs({ options: { count: { type: "string" }, edits: { type: "string" }, runs: { type: "string" }, sizes: { type: "string" }, only: { type: "string" }, corpora: { type: "string" }, peers: { type: "string" } } });
const only = values.only?.split(",");
const want = (part: string) => !only || only.includes(part);
const count = Number(values.count ?? 4000);
const edits = Number(values.edits ?? 20);
const runs = Number(values.runs ?? 3);
const sizes = values.sizes === "none" || !want("sizes") ? [] : (values.sizes ?? "10000,30000,100000").split(",").map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows: [string, string, string][] = [];
const cache = values.corpora ?? join(import.meta.dirname, "..", "node_modules", ".cache", "galley-bench");

/** A corpus site of `n` articles in `format`, written once and reused. */
function corpus(format: "md" | "txt" | "mixed", n = count): string {
  const dir = join(cache, `${format}-${n}`);
  if (!existsSync(join(dir, "site.yaml"))) writeCorpus({ out: dir, count: n, format, seed: 1, words: 600 });
  return dir;
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
/** A cold build: no parse cache, no previous output. */
function cold(site: string) {
  rmSync(join(site, ".galley-cache"), { recursive: true, force: true });
  rmSync(join(site, "dist"), { recursive: true, force: true });
  return measureBuild(site);
}
/**
 * Site search on or off in the corpus's site.yaml. The peers' configurations index nothing, so
 * the builds compared with them run without search, and what search adds is timed on its own line.
 */
function setSearch(site: string, on: boolean): void {
  const file = join(site, "site.yaml");
  const lines = readFileSync(file, "utf8").split("\n").filter((line) => !line.startsWith("search:") && line !== "");
  writeFileSync(file, `${[...lines, `search: ${on}`].join("\n")}\n`);
}

console.log(`galley bench: ${count} articles per corpus (bench/gen-corpus.ts)`);
const parseLines: string[] = [];
// start-up of the commands that should answer at once (bench/startup.ts; target ≤ 150 ms on an idle machine)
if (want("startup")) {
  const line = `start-up conditions: ${startupConditions()}`;
  console.log(`  ${line}`);
  parseLines.push(`- ${line}`);
}
for (const m of want("startup") ? measureStartup(runs * 5) : []) {
  const line = `start-up, ${m.name}: ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU (median of ${runs * 5})`;
  console.log(`  ${line}`);
  parseLines.push(`- ${line}`);
}
for (const format of want("parse") ? (["txt", "md"] as const) : []) {
  const parse = await measureParse(join(corpus(format), "content"));
  console.log(`  parse ${format}: ${parse.msPerArticle.toFixed(2)} ms/article wall, ${parse.cpuMsPerArticle.toFixed(2)} ms CPU (${parse.articles} articles, one thread, ${parse.from === "lib" ? "compiled" : "tsx"}, load average ${loadavg()[0]?.toFixed(1)})`);
  parseLines.push(`- parse, ${format === "txt" ? "plain text" : "Markdown"}: ${parse.msPerArticle.toFixed(2)} ms per article (one thread, ${parse.articles} articles)`);
}
// one 2 MB article of each shape that once made parsing quadratic (bench/linear.ts; target ≤ 2 s CPU)
for (const m of want("parse") ? measureLinear(2_000_000) : []) {
  const line = `parse one ${(m.bytes / 1e6).toFixed(1)} MB article of ${m.shape}: ${(m.cpuMs / 1000).toFixed(2)} s CPU (target ≤ 2 s; ${linearParser.from === "lib" ? "compiled" : "tsx"}, load average ${loadavg()[0]?.toFixed(1)})`;
  console.log(`  ${line}`);
  parseLines.push(`- ${line}`);
}

const site = corpus("md");
let first = { ms: NaN, cpuMs: NaN };
if (want("cold")) {
  // Galley and the peers alternate in one run (cold Galley, Hugo, Eleventy, then again), so a
  // busy spell of the shared machine falls on all of them alike; each figure is a median.
  const tools = peers(values.peers).filter((peer) => {
    if (peer.version) return true;
    console.log(`  ${peer.name}: not installed, skipped (npm run bench:peers installs it)`);
    rows.push([`${peer.name} on the same corpus`, "not installed", ""]);
    return false;
  });
  const colds: BuildMeasure[] = [];
  const searched: BuildMeasure[] = [];
  const peerRuns = new Map<string, Timed[]>(tools.map((peer) => [peer.name, []]));
  const load: number[] = [];
  for (let round = 0; round < runs; round++) {
    load.push(loadavg()[0] ?? NaN);
    // the same cold build with site search (Pagefind), for the search line (its own part: a round
    // without it takes half the time on a busy machine)
    if (want("search")) {
      setSearch(site, true);
      searched.push(cold(site));
    }
    setSearch(site, false);
    colds.push(cold(site));
    for (const peer of tools) peerRuns.get(peer.name)?.push(peer.run(join(site, "content")));
  }
  load.push(loadavg()[0] ?? NaN);
  first = { ms: median(colds.map((c) => c.ms)), cpuMs: median(colds.map((c) => c.cpuMs)) };
  const pages = colds[0]?.pages ?? 0;
  const galleyOut = outputSize(join(site, "dist"));
  const written = (o: { files: number; bytes: number }) => `${o.files} files, ${mib(o.bytes)}`;
  console.log(`  build, cold (no cache, no dist/): ${seconds(first.ms)} wall, ${seconds(first.cpuMs)} CPU (${(first.cpuMs / count).toFixed(1)} ms CPU per article) for ${pages} pages (median of ${runs}), peak RSS ${mib(Math.max(...colds.map((c) => c.peakRss)))}; ${written(galleyOut)}`);
  rows.push([`Galley cold build, ${count} Markdown articles, without search (median of ${runs}; load average ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)})`, `${seconds(first.ms)} wall, ${seconds(first.cpuMs)} CPU (${(first.cpuMs / count).toFixed(1)} ms CPU/article); ${written(galleyOut)}`, "≤ 7 ms CPU/article; wall ≤ Eleventy, ≤ 2× Hugo"]);
  const withSearch = { ms: median(searched.map((c) => c.ms)), cpuMs: median(searched.map((c) => c.cpuMs)) };
  if (searched.length > 0) console.log(`  build, cold with search: ${seconds(withSearch.ms)} wall, ${seconds(withSearch.cpuMs)} CPU: search adds ${seconds(withSearch.ms - first.ms)} wall, ${seconds(withSearch.cpuMs - first.cpuMs)} CPU`);
  if (searched.length > 0) rows.push([`search (Pagefind): the same cold build with \`search: true\` (median of ${runs})`, `${seconds(withSearch.ms)} wall, ${seconds(withSearch.cpuMs)} CPU: search adds ${seconds(withSearch.ms - first.ms)} wall, ${seconds(withSearch.cpuMs - first.cpuMs)} CPU`, "timed apart (the peers index nothing)"]);
  for (const peer of tools) {
    const times = peerRuns.get(peer.name) ?? [];
    const wall = median(times.map((t) => t.wallMs));
    const cpu = median(times.map((t) => t.cpuMs));
    const out = outputSize(peer.output);
    console.log(`  ${peer.name} ${peer.version}: ${seconds(wall)} wall, ${seconds(cpu)} CPU (median of ${runs}); ${written(out)}; Galley is ${(first.ms / wall).toFixed(1)}× its wall time, ${(first.cpuMs / cpu).toFixed(1)}× its CPU`);
    rows.push([`${peer.name} ${peer.version}, same corpus`, `${seconds(wall)} wall, ${seconds(cpu)} CPU; ${written(out)}`, `Galley/${peer.name}: ${(first.ms / wall).toFixed(2)} wall, ${(first.cpuMs / cpu).toFixed(2)} CPU`]);
  }
}
// rebuilds are compared with the cold build without search: they run without it too
setSearch(site, false);
const section = readdirSync(join(site, "content")).sort()[0] ?? "";
if (want("warm")) {
  const warm = { ms: median(Array.from({ length: runs }, () => measureBuild(site).ms)) };
  console.log(`  build, warm (nothing changed): ${seconds(warm.ms)} (${(warm.ms / first.ms).toFixed(2)}× cold, median of ${runs})`);
  rows.push([`warm rebuild, nothing changed (median of ${runs})`, `${seconds(warm.ms)} (${(warm.ms / first.ms).toFixed(2)}× cold)`, "≤ 0.10× cold"]);
  const article = join(site, "content", section, readdirSync(join(site, "content", section)).sort()[0] ?? "");
  const ones = Array.from({ length: runs }, () => {
    appendFileSync(article, "\nA sentence added by the benchmark.\n");
    return measureBuild(site).ms;
  });
  const one = { ms: median(ones) };
  console.log(`  build, one article changed: ${seconds(one.ms)} (${(one.ms / first.ms).toFixed(2)}× cold, median of ${runs})`);
  rows.push([`rebuild, one article changed (median of ${runs})`, `${seconds(one.ms)} (${(one.ms / first.ms).toFixed(2)}× cold)`, "≤ 0.15× cold"]);
}
if (want("dev")) {
  // the dev server opens a site whose parse cache is warm (a build made it)
  if (!existsSync(join(site, ".galley-cache"))) measureBuild(site);
  console.log(`  dev server, ${edits} edits of one article:`);
  const dev = await measureDevReload(site, join("content", section, readdirSync(join(site, "content", section)).sort()[0] ?? ""), edits);
  console.log(`    start: ${seconds(dev.startMs)}; first page served ${seconds(dev.firstPageMs)} after starting, then an article page in ${dev.articlePageMs.toFixed(0)} ms (target: first page ≤ 3 s)`);
  rows.push([`dev server on ${count} articles, warm cache: first page`, `${seconds(dev.firstPageMs)} (start ${seconds(dev.startMs)}, then an article page ${dev.articlePageMs.toFixed(0)} ms)`, "≤ 3 s"]);
  console.log(`    save → reload event: median ${dev.medianMs.toFixed(0)} ms, p90 ${dev.p90Ms.toFixed(0)} ms, max ${dev.maxMs.toFixed(0)} ms (target: median ≤ 100 ms)`);
  rows.push([`dev server: save → reload event (${edits} edits)`, `median ${dev.medianMs.toFixed(0)} ms, p90 ${dev.p90Ms.toFixed(0)} ms`, "median ≤ 100 ms"]);
}

// archives: cold builds of larger corpora, one each (they take minutes)
const scale: { n: number; ms: number; peakRss: number }[] = [];
for (const n of sizes) {
  const measured = cold(corpus("md", n));
  scale.push({ n, ms: measured.ms, peakRss: measured.peakRss });
  console.log(`  build, cold, ${n} articles: ${seconds(measured.ms)}, ${(measured.ms / n).toFixed(2)} ms per article, peak RSS ${mib(measured.peakRss)}`);
  rmSync(join(corpus("md", n), "dist"), { recursive: true, force: true });
}
const base = scale[0];
for (const s of scale) {
  const growth = base ? (s.ms / s.n / (base.ms / base.n)).toFixed(2) : "";
  rows.push([`cold build, ${s.n} articles`, `${seconds(s.ms)}; ${(s.ms / s.n).toFixed(2)} ms/article (${growth}× the ${base?.n} figure); peak RSS ${mib(s.peakRss)}`, "RSS ≤ 1024 MiB; ms/article at 100k ≤ 1.3× at 10k"]);
}

const table = ["| measure | result | target |", "| --- | --- | --- |", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
// the notes written by hand under the table ("## Where …") are kept from the previous file
const onlyFlag = only ? ` --only ${only.join(",")}` : "";
const resultsFile = join(import.meta.dirname, "RESULTS.md");
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";
const notes = previous.includes("\n## ") ? previous.slice(previous.indexOf("\n## ")) : "";
writeFileSync(
  resultsFile,
  `# Benchmark results\n\nWritten by \`npm run bench -- --count ${count} --edits ${edits} --runs ${runs}${onlyFlag}\` on ${new Date().toISOString().slice(0, 10)}.\nMachine: ${machine}. Corpus: \`bench/gen-corpus.ts\` (${count} Markdown articles, seed 1).\n\n${parseLines.join("\n")}\n\n${table}\n${notes}`,
);
console.log("  written to bench/RESULTS.md");
