/**
 * What site search (Pagefind) adds to a build: a generated corpus built with `search: false` and
 * with search, cold (no cache, no previous output), warm with nothing changed and warm with one
 * article changed; and the index's size (all of pagefind/, and the index proper: entry, meta,
 * index, filter and fragment files, without Pagefind's scripts, WASM and UI).
 *
 * Every build runs in a process of its own (bench/process-time.ts): wall time, and CPU time
 * (user + system) of the build and of Pagefind's process, which stays steady on a busy machine
 * when wall time does not. Rebuilds are run `--runs` times and the median is shown; the load
 * average is printed before and after.
 *
 *   node --import tsx bench/search.ts [--count 4000] [--dir DIR] [--runs 3] [--cold-runs 1] [--cold-runs 0: rebuilds only]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./gen-corpus.js";
import { timed } from "./process-time.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "4000" },
    dir: { type: "string" },
    runs: { type: "string", default: "3" },
    "cold-runs": { type: "string", default: "1" },
    // internal: one build in this process (`--build --out OUT [--no-cache]`)
    build: { type: "boolean", default: false },
    out: { type: "string" },
    "no-cache": { type: "boolean", default: false },
  },
});

if (values.build) {
  const { build } = await import("../src/build.js");
  const result = await build({ dir: values.dir ?? ".", out: values.out, cache: !values["no-cache"] });
  // Pagefind's process is stopped at the end of the build: wait until it is gone, so that its
  // CPU time is counted with this process's (a child's times reach its parent when it is reaped)
  const children = () => readdirSync("/proc").filter((p) => /^\d+$/.test(p) && (() => { try { return readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]?.split(" ")[1] === String(process.pid); } catch { return false; } })());
  for (let i = 0; i < 100 && existsSync("/proc") && children().length; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  console.log(JSON.stringify({ articles: result.articles, changed: result.changed }));
  process.exit(0);
}

const count = Number(values.count);
const runs = Number(values.runs);
const coldRuns = Number(values["cold-runs"]);
const site = values.dir ?? join(mkdtempSync(join(tmpdir(), "galley-search-bench-")), "site");
if (!existsSync(join(site, "site.yaml"))) writeCorpus({ out: site, count, format: "md", seed: 1, words: 600 });
const yaml = readFileSync(join(site, "site.yaml"), "utf8").replace(/\nsearch: (true|false)\n?/g, "\n");
const load = () => loadavg().map((n) => n.toFixed(1)).join(" ");
const loadBefore = load();

interface Run {
  wall: number;
  cpu: number;
}
const once = (search: boolean, out: string, cache: boolean): Run => {
  writeFileSync(join(site, "site.yaml"), `${yaml.trimEnd()}\nsearch: ${search}\n`);
  const args = ["--import", "tsx", join(import.meta.dirname, "search.ts"), "--build", "--dir", site, "--out", out, ...(cache ? [] : ["--no-cache"])];
  const { wallMs, cpuMs } = timed(process.execPath, args, { cwd: join(import.meta.dirname, "..") });
  return { wall: wallMs, cpu: cpuMs };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const summary = (rs: Run[]): Run => ({ wall: median(rs.map((r) => r.wall)), cpu: median(rs.map((r) => r.cpu)) });
const repeat = (n: number, f: () => Run): Run => summary(Array.from({ length: n }, f));

const story = readdirSync(join(site, "content"), { recursive: true }).map(String).filter((f) => f.endsWith(".md")).sort()[0] ?? "";
const original = readFileSync(join(site, "content", story), "utf8");
let edits = 0;
const edit = () => writeFileSync(join(site, "content", story), `${original}\nA closing paragraph about the lighthouse, added (${++edits}).\n`);

const measure = (search: boolean) => {
  const tag = search ? "on" : "off";
  // cold: no parse cache, no previous output
  const cold = coldRuns === 0 ? { wall: NaN, cpu: NaN } : repeat(coldRuns, () => {
    rmSync(join(site, `dist-cold-${tag}`), { recursive: true, force: true });
    return once(search, join(site, `dist-cold-${tag}`), false);
  });
  // with the cache: a first build fills it (and a second settles it), then nothing changed, then one article changed each time
  const out = join(site, `dist-${tag}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(join(site, ".galley-cache"), { recursive: true, force: true });
  writeFileSync(join(site, "content", story), original);
  once(search, out, true);
  once(search, out, true);
  const none = repeat(runs, () => once(search, out, true));
  const one = repeat(runs, () => {
    edit();
    return once(search, out, true);
  });
  writeFileSync(join(site, "content", story), original);
  return { cold, none, one };
};

const off = measure(false);
const on = measure(true);

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
const all = sizeOf(join(site, "dist-on", "pagefind"));
const index = sizeOf(join(site, "dist-on", "pagefind"), (name) => /\.pf_(meta|index|filter|fragment)$|^pagefind-entry\.json$/.test(name));
const shardList = join(site, "dist-on", "pagefind", "galley-shards.json");
const shards = existsSync(shardList) ? (JSON.parse(readFileSync(shardList, "utf8")) as { shards: unknown[] }).shards.length + 1 : 1;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const cell = (r: Run) => `${s(r.wall)} wall, ${s(r.cpu)} CPU`;
const plus = (a: Run, b: Run) => `+${s(b.wall - a.wall)} wall, +${s(b.cpu - a.cpu)} CPU`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const lines = [
  `corpus: ${count} Markdown articles (bench/gen-corpus.ts, seed 1), ${site}; cold: median of ${coldRuns}, rebuilds: median of ${runs}; CPU = user + system of the build and Pagefind`,
  `load average before: ${loadBefore}; after: ${load()}`,
  "",
  "| measure | search: false | search on | search adds |",
  "| --- | --- | --- | --- |",
  `| cold build | ${cell(off.cold)} | ${cell(on.cold)} | ${plus(off.cold, on.cold)} |`,
  `| rebuild, nothing changed | ${cell(off.none)} | ${cell(on.none)} | ${plus(off.none, on.none)} |`,
  `| rebuild, one article changed | ${cell(off.one)} | ${cell(on.one)} | ${plus(off.one, on.one)} |`,
  `| one-article rebuild / cold (CPU) | ${(off.one.cpu / off.cold.cpu).toFixed(2)}× | ${(on.one.cpu / on.cold.cpu).toFixed(2)}× | |`,
  "",
  `pagefind/: ${shards} shard(s), ${all.files} files, ${mib(all.bytes)}; the index proper: ${index.files} files, ${mib(index.bytes)}`,
];
console.log(lines.join("\n"));
