/**
 * Lighthouse on the built sample site (issues 14 and 18): the front page, an article with a
 * photo, a section, the search page and the 404 page, mobile and desktop, in Debian's headless
 * Chromium. Each page is run `--runs` times (rounds interleaved, so a busy minute on the shared
 * machine hits every page alike) and the median of each category is reported, with the machine's
 * load average. Also reported: the image audits issue 18 names ("Properly size images",
 * "Serve images in modern formats") and their neighbours, which must find nothing.
 *
 * The site is served as a static host serves it: gzip for text, the 404 page with status 404,
 * `Cache-Control: max-age=600` (GitHub Pages' default).
 *
 * On a shared machine every other process's CPU time lands in the page's "total blocking time"
 * (Lighthouse's mobile preset multiplies what it observes by 4): a page with no script at all
 * scored 70–90 at load 20. `--priority=-15` gives this Chromium's processes (and only them) that
 * niceness while they run, so the figures measure the page rather than the neighbours; the summary says
 * which was used. Writes the summary to
 * test-artifacts/lighthouse.md and exits 1 when a median is below 98 or an image audit finds
 * something. Slow (about 20 s a run): `npm run lighthouse`, not in CI.
 *
 *   npm run lighthouse [-- --runs 3 --priority=-15 --only article,search --form mobile]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getPriority, loadavg, setPriority, tmpdir } from "node:os";
import { join, normalize } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { lookup } from "mrmime";
import { repo, sampleSite } from "../tests/helpers/sample-site.js";

const { values } = parseArgs({ options: { runs: { type: "string" }, only: { type: "string" }, form: { type: "string" }, priority: { type: "string" } } });
/** `--priority N`: the niceness given to this Chromium's processes (-20…19; below 0 needs root), see `prioritise`. */
const priority = values.priority === undefined ? null : Number(values.priority);
const runs = Number(values.runs ?? 3);
const allPages = {
  front: "/",
  article: "/skerry-head-lighthouse-museum/", // the sample site's photo (content/culture/skerry-head-at-dusk.jpg)
  section: "/local/",
  search: "/search/",
  // Lighthouse stops at a document with status 404 ("unable to reliably load the page"), so the
  // 404 page is measured as its own file; the static host sends the same bytes with status 404
  "404-page": "/404.html",
};
const pages = Object.entries(allPages).filter(([name]) => !values.only || values.only.split(",").includes(name));
const forms = (values.form ? [values.form] : ["mobile", "desktop"]) as ("mobile" | "desktop")[];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const bar = 98;
/** Issue 18's two ("Properly size images", "Serve images in modern formats") and the other image audits. */
const imageAudits = ["uses-responsive-images", "modern-image-formats", "uses-optimized-images", "offscreen-images", "image-delivery-insight", "unsized-images", "prioritize-lcp-image", "lcp-lazy-loaded"];

const byteAudits = ["uses-responsive-images", "modern-image-formats", "uses-optimized-images", "offscreen-images", "image-delivery-insight"];

const { out } = await sampleSite();
const saved = mkdtempSync(join(tmpdir(), "galley-lighthouse-"));
const benchmarks: number[] = [];

/** A static host: files as they are, `index.html` for a folder, gzip for text, the site's 404 page with status 404. */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://host").pathname);
  let file = join(out, normalize(path));
  if (file.startsWith(out) && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  const found = file.startsWith(out) && existsSync(file) && statSync(file).isFile();
  if (!found) file = join(out, "404.html");
  const type = lookup(file) ?? "application/octet-stream";
  let body = readFileSync(file);
  const headers: Record<string, string> = { "content-type": /^text\/|javascript|json|svg|xml/.test(type) ? `${type}; charset=utf-8` : type, "cache-control": "max-age=600" };
  if (/^text\/|javascript|json|svg|xml|wasm/.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"]))) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
    headers.vary = "accept-encoding";
  }
  res.writeHead(found ? 200 : 404, { ...headers, "content-length": String(body.length) }).end(body);
}).listen(0, "127.0.0.1");
await new Promise((done) => server.once("listening", done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

interface Run {
  scores: number[];
  findings: string[];
  low: string[];
}
const results = new Map<string, Run[]>();
const loads: number[] = [loadavg()[0] as number];
/** Sets the niceness of every thread of Chromium's process tree (renderers and threads come and go, and Chromium resets their priority: so every 200 ms). */
function prioritise(root: number, nice: number): void {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop() as number;
    // niceness is per thread on Linux: every thread of the process (renderer main, compositor, raster workers)
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) if (getPriority(tid) !== nice) setPriority(tid, nice);
    } catch {
      // gone meanwhile
    }
    queue.push(...(children.get(pid) ?? []));
  }
}

const chrome = await launch({ chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium", chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu"] });
const keeper = priority === null ? null : setInterval(() => prioritise(chrome.pid, priority), 200);
try {
  for (let round = 1; round <= runs; round++) {
    for (const form of forms) {
      for (const [name, path] of pages) {
        const result = await lighthouse(
          origin + path,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...categories] },
          form === "desktop" ? (desktopConfig as Parameters<typeof lighthouse>[2]) : undefined,
        );
        const lhr = result?.lhr;
        const audits = lhr?.audits ?? {};
        const scores = categories.map((c) => Math.round((lhr?.categories[c]?.score ?? 0) * 100));
        // an image audit "finds" something when it lists items or fails (an insight passes with no items)
        const findings = imageAudits.filter((id) => {
          const a = audits[id];
          if (!a || a.scoreDisplayMode === "notApplicable") return false;
          // the byte audits and the insight list an image only when it could be smaller; the others pass or fail
          const items = (a.details as { items?: unknown[] } | undefined)?.items ?? [];
          return (a.score !== null && a.score < 1) || (byteAudits.includes(id) && items.length > 0);
        });
        const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"].map((id) => audits[id]?.displayValue ?? "?");
        const benchmark = lhr?.environment.benchmarkIndex ?? 0;
        benchmarks.push(benchmark);
        writeFileSync(join(saved, `${form}-${name}-${round}.json`), JSON.stringify(lhr));
        const low = Object.values(audits)
          .filter((a) => a.score !== null && a.score < 0.9 && !["informative", "manual", "notApplicable"].includes(a.scoreDisplayMode))
          .map((a) => a.id);
        const key = `${form} ${name}`;
        results.set(key, [...(results.get(key) ?? []), { scores, findings, low }]);
        loads.push(loadavg()[0] as number);
        console.log(`run ${round} ${form.padEnd(7)} ${name.padEnd(8)} ${categories.map((c, i) => `${c} ${scores[i]}`).join("  ")}  load ${(loadavg()[0] as number).toFixed(1)}  benchmarkIndex ${benchmark.toFixed(0)}  FCP/LCP/TBT/CLS/SI ${metrics.join(" ")}${findings.length ? `  IMAGE FINDINGS: ${findings.join(", ")}` : ""}${low.length ? `  (below 90: ${low.join(", ")})` : ""}`);
      }
    }
  }
} finally {
  if (keeper) clearInterval(keeper);
  await chrome.kill();
  server.close();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
let failed = false;
const rows = [...results].map(([key, list]) => {
  const medians = categories.map((_, i) => median(list.map((r) => r.scores[i] as number)));
  const findings = [...new Set(list.flatMap((r) => r.findings))];
  const under = [...new Set(list.flatMap((r) => r.low))];
  if (medians.some((m) => m < bar) || findings.length) failed = true;
  const [form, name] = key.split(" ");
  const each = categories.map((_, i) => list.map((r) => r.scores[i]).join("/"));
  return `| ${form} | ${name} | ${medians.join(" | ")} | ${each[0]} | ${findings.length ? findings.join(", ") : "none"} | ${under.join(", ") || "—"} |`;
});
const chromium = (await import("node:child_process")).execFileSync(process.env.CHROMIUM ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const lhVersion = (JSON.parse(readFileSync(join(repo, "node_modules", "lighthouse", "package.json"), "utf8")) as { version: string }).version;
const summary = [
  `# Lighthouse on the sample site`,
  ``,
  `\`npm run lighthouse -- --runs ${runs}${priority === null ? "" : ` --priority=${priority}`}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: Lighthouse ${lhVersion}, ${chromium} headless,`,
  `mobile (default preset: simulated slow 4G, 4× CPU slowdown) and desktop presets. Median of ${runs} runs per page, rounds interleaved.`,
  `Load average (1 min) on the machine's 2 cores through the run: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} (median ${median(loads).toFixed(1)}); Lighthouse's CPU benchmarkIndex ${Math.min(...benchmarks).toFixed(0)}–${Math.max(...benchmarks).toFixed(0)} (median ${median(benchmarks).toFixed(0)}; an idle desktop gives 1000–2000).`,
  priority === null ? `Chromium ran at the machine's normal priority, so other processes' CPU time counts in the pages' blocking time.` : `Chromium's processes ran at niceness ${priority} (\`--priority=${priority}\`), so that the other engineers' builds on the shared cores count less in the pages' blocking time.`,
  `The full reports: ${saved}.`,
  ``,
  `| form | page | performance | accessibility | best practices | SEO | performance, each run | image findings | audits under 90 in any run |`,
  `| --- | --- | --- | --- | --- | --- | --- | --- | --- |`,
  ...rows,
  ``,
  `Pages: ${pages.map(([name, path]) => `${name} \`${path}\``).join(", ")}. Image audits checked: ${imageAudits.join(", ")}.`,
  ``,
].join("\n");
console.log(`\n${summary}`);
if (!values.only && !values.form) writeFileSync(join(repo, "test-artifacts", "lighthouse.md"), summary);
process.exit(failed ? 1 : 0);
