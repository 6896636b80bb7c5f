/** Parse time per article, on the main thread, for a folder of plain-text or Markdown articles. */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { VFile } from "vfile";
import { listSources } from "../src/load/read-sources.js";
import { parseArticle } from "../src/parse/index.js";

export async function measureParse(contentDir: string, limit = 2000): Promise<{ articles: number; msPerArticle: number }> {
  const paths = (await listSources(contentDir)).slice(0, limit);
  const texts = paths.map((p) => [p, readFileSync(join(contentDir, p), "utf8")] as const);
  for (const [path, text] of texts.slice(0, 100)) parseArticle(new VFile({ path, value: text }), { contentPath: path });
  const started = performance.now();
  for (const [path, text] of texts) parseArticle(new VFile({ path: relative(".", path), value: text }), { contentPath: path });
  return { articles: texts.length, msPerArticle: (performance.now() - started) / texts.length };
}
