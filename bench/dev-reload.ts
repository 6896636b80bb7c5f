/**
 * Edit-to-reload time of `galley dev`: a site of N articles is served, one article is saved
 * again and again, and the time from the write to the reload event an open page receives is
 * measured (the median of the edits is the figure).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// the compiled Galley, as the builds of the bench run it: its parse cache is the one they made
// warm (the cache's key has the parser's code, and lib/ is not src/)
const { startDevServer } = (await import(pathToFileURL(join(import.meta.dirname, "..", "lib", "dev", "dev-server.js")).href)) as typeof import("../src/dev/dev-server.js");

export interface ReloadFigures {
  articles: number;
  edits: number;
  /** From starting the server until it watches every folder (startDevServer resolved). */
  startMs: number;
  /** From starting the server to the front page received (asked for when the server names its address), then one article page. */
  firstPageMs: number;
  /** CPU time of this process (all its threads) until the front page was received: on a shared machine, the figure the wall time hides. */
  firstPageCpuMs: number;
  /** The 1-minute load average when the front page was received. */
  load: number;
  articlePageMs: number;
  medianMs: number;
  p90Ms: number;
  /** Of the median: the rebuild itself (applyChanges), the rest being the watcher's delay and the event's way to the page. */
  workMedianMs: number;
  maxMs: number;
}

export async function measureDevReload(siteDir: string, articlePath: string, edits = 20): Promise<ReloadFigures> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let firstPageCpuMs = NaN;
  let load = NaN;
  const received = () => {
    const cpu = process.cpuUsage(cpuStart);
    firstPageCpuMs = (cpu.user + cpu.system) / 1000;
    load = loadavg()[0] ?? NaN;
    return performance.now() - started;
  };
  // the front page is asked for as soon as the server says where it is, as a user's browser
  // would be (the watcher may still be reading the folders then); startMs is until it is ready
  let front: Promise<number> | null = null;
  const log = (line: string) => {
    const at = /^galley dev: serving (\S+)/.exec(line)?.[1];
    if (at && !front) front = get(new URL(at), "/").then(received);
  };
  const server = await startDevServer({ dir: siteDir, port: 0, log });
  const startMs = performance.now() - started;
  const url = new URL(server.url);
  const firstPageMs = await (front ?? get(url, "/").then(received));
  const article = [...server.site.loaded.values()].find((l) => l.contentPath === articlePath.replace(/^content\//, ""))?.article.slug ?? "";
  const askedAt = performance.now();
  await get(url, `/${article}/`);
  const articlePageMs = performance.now() - askedAt;
  const waiters: ((at: number) => void)[] = [];
  const req = request({ host: url.hostname, port: url.port, path: "/__galley/events" }, (res) => {
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      if (chunk.includes("event: reload")) waiters.shift()?.(performance.now());
    });
  });
  req.end();
  await new Promise((r) => setTimeout(r, 200));
  const work: number[] = [];
  server.onChange((result) => work.push(result.ms));
  const file = join(siteDir, articlePath);
  const original = readFileSync(file, "utf8");
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const reloaded = new Promise<number>((done) => waiters.push(done));
    const at = performance.now();
    writeFileSync(file, `${original}\nAn added sentence, edit number ${i}.\n`);
    times.push((await reloaded) - at);
    await new Promise((r) => setTimeout(r, 50));
  }
  writeFileSync(file, original);
  req.destroy();
  await server.close();
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { articles: server.site.loaded.size, edits, startMs, firstPageMs, firstPageCpuMs, load, articlePageMs, medianMs: at(0.5), workMedianMs: [...work].sort((a, b) => a - b)[Math.floor(work.length / 2)] ?? NaN, p90Ms: at(0.9), maxMs: sorted.at(-1) ?? NaN };
}

/** The body of `path` on the server at `url`. */
function get(url: URL, path: string): Promise<string> {
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => (res.statusCode === 200 ? done(body) : fail(new Error(`${path}: ${res.statusCode}`))));
    });
    req.on("error", fail);
    req.end();
  });
}
