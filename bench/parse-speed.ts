/**
 * Parse time per article, on the main thread, for a folder of plain-text or Markdown articles:
 * the compiled parser (lib/) when it is fresh, else the sources under tsx (bench/parser-under-test.ts).
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { VFile } from "vfile";
import { listSources } from "../src/load/read-sources.js";
import { parserUnderTest } from "./parser-under-test.js";

export async function measureParse(contentDir: string, limit = 2000): Promise<{ articles: number; msPerArticle: number; cpuMsPerArticle: number; from: "lib" | "src" }> {
  const { parseArticle, from } = await parserUnderTest();
  const paths = (await listSources(contentDir)).slice(0, limit);
  const texts = paths.map((p) => [p, readFileSync(join(contentDir, p), "utf8")] as const);
  for (const [path, text] of texts.slice(0, 100)) parseArticle(new VFile({ path, value: text }), { contentPath: path });
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const [path, text] of texts) parseArticle(new VFile({ path: relative(".", path), value: text }), { contentPath: path });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { articles: texts.length, msPerArticle: wallMs / texts.length, cpuMsPerArticle: (used.user + used.system) / 1000 / texts.length, from };
}
