/**
 * Rendering cost per article page: the built-in templates through `createRenderer`, on the
 * article pages of a generated corpus, each page with its whole article (as a build renders it).
 * Prints the CPU time per page (median of the runs) and a hash of all the HTML, so two engines
 * or two versions of the templates can be compared on identical output.
 *
 *   node --import tsx bench/templates.ts [--pages 200] [--runs 9] [--corpus DIR]
 *
 * Without --corpus, a corpus of `--pages` Markdown articles is generated (bench/gen-corpus.ts,
 * the same generator as ../shared/bench/gen-corpus.mjs) in a temporary folder.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadArticles } from "../src/load/load-articles.js";
import { readConfig } from "../src/load/read-config.js";
import { templateRoots } from "../src/load/template-assets.js";
import { planListings, sitePages, withArticle, type Page } from "../src/model/pages.js";
import { byNewest, toSummary, toView } from "../src/model/views.js";
import { createRenderer } from "../src/render/render-page.js";
import { writeCorpus } from "./gen-corpus.js";

const { values } = parseArgs({ options: { pages: { type: "string", default: "200" }, runs: { type: "string", default: "9" }, corpus: { type: "string" }, dump: { type: "string" } } });
const count = Number(values.pages);
const runs = Number(values.runs);
const dir = values.corpus ?? mkdtempSync(join(tmpdir(), "galley-templates-"));
if (!values.corpus) writeCorpus({ out: dir, count, format: "md", seed: 1, words: 600 });

const { config } = await readConfig(dir);
const { articles } = await loadArticles(join(dir, "content"), config, (p) => p, { jobs: 1 });
const bySlug = new Map(articles.map((l) => [l.article.slug, l.article]));
const views = articles.map((l) => toSummary(l.article, config)).sort(byNewest);
const pages: Page[] = [];
for (const page of sitePages(views, config, planListings(views, config))) {
  if (page.template !== "article" || pages.length >= count) continue;
  const slug = (page.data.article as { slug: string }).slug;
  pages.push(withArticle(page, toView(bySlug.get(slug)!, config), config));
}
const renderer = createRenderer({ roots: templateRoots(dir), base: dir });

const hash = createHash("sha256");
if (values.dump) mkdirSync(values.dump, { recursive: true });
for (const page of pages) {
  // warm-up: templates compiled, code optimised
  const html = renderer.renderSync(page);
  hash.update(html);
  if (values.dump) writeFileSync(join(values.dump, page.path.replaceAll("/", "_")), html);
}
const perPage: number[] = [];
for (let run = 0; run < runs; run++) {
  const start = process.cpuUsage();
  for (const page of pages) renderer.renderSync(page);
  const used = process.cpuUsage(start);
  perPage.push((used.user + used.system) / 1000 / pages.length);
}
perPage.sort((a, b) => a - b);
const median = perPage[Math.floor(perPage.length / 2)] as number;
console.log(`${pages.length} article pages, ${runs} runs: ${median.toFixed(3)} ms CPU per page (median; fastest ${perPage[0]?.toFixed(3)}, slowest ${perPage.at(-1)?.toFixed(3)})`);
console.log(`html sha256 ${hash.digest("hex").slice(0, 16)}`);
if (!values.corpus) rmSync(dir, { recursive: true, force: true });
