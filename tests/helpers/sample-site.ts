/**
 * The repository's own sample site, built once into a temp folder at a fixed time, for the
 * validator and browser tests.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type BuildResult } from "../../src/build.js";
import { listFiles } from "./site.js";

export const repo = join(import.meta.dirname, "..", "..");
/** The day after the newest sample article: its news sitemap has the last two days' stories. */
export const sampleNow = Date.parse("2026-11-26T12:00:00Z");

let built: Promise<{ out: string; result: BuildResult; files: string[] }> | null = null;

export function sampleSite(): Promise<{ out: string; result: BuildResult; files: string[] }> {
  built ??= (async () => {
    const out = join(mkdtempSync(join(tmpdir(), "galley-sample-")), "dist");
    const result = await build({ dir: repo, out, now: sampleNow });
    return { out, result, files: listFiles(out) };
  })();
  return built;
}
