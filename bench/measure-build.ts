/**
 * One build in a process of its own, timed as a user runs it: the compiled Galley (`lib/`,
 * made by `npm ci`/`npm run prepare`). Reports wall time, CPU time (user + system, all threads)
 * and the process's peak RSS, all threads included (`process.resourceUsage().maxRSS`).
 */
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { timed } from "./process-time.js";

export interface BuildMeasure {
  /** Wall time of the build as the build reports it, milliseconds. */
  ms: number;
  /** User + system CPU time of the whole process (every thread), milliseconds. */
  cpuMs: number;
  /** Peak resident set size of the build's process, bytes. */
  peakRss: number;
  articles: number;
  pages: number;
  files: number;
  changed: number;
}

const lib = join(import.meta.dirname, "..", "lib", "build.js");
const heap = join(import.meta.dirname, "..", "lib", "heap.js");

/** Builds `site` once in a new process (`cache: false` for a build that neither reads nor writes the cache). */
export function measureBuild(site: string, options: { cache?: boolean } = {}): BuildMeasure {
  if (!existsSync(lib)) throw new Error("lib/ is missing: run `npm run prepare` to compile Galley first");
  // as the galley command runs it (src/cli/main.ts tunes the heap first)
  const script = `
    (await import(${JSON.stringify(pathToFileURL(heap).href)})).tuneHeap();
    const { build } = await import(${JSON.stringify(pathToFileURL(lib).href)});
    const r = await build({ dir: ${JSON.stringify(site)}, cache: ${options.cache !== false} });
    console.log(JSON.stringify({ ms: r.ms, peakRss: process.resourceUsage().maxRSS * 1024, articles: r.articles, pages: r.pages, files: r.files, changed: r.changed }));`;
  const file = join(tmpdir(), `galley-measure-${process.pid}.mjs`);
  writeFileSync(file, script);
  // a plain node process, without the tsx loader this bench runs under
  const env = { ...process.env, NODE_OPTIONS: "" };
  const result = timed(process.execPath, [file], { env });
  const measured = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as Omit<BuildMeasure, "cpuMs">;
  return { ...measured, cpuMs: result.cpuMs };
}
