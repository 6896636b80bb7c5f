/**
 * Standalone pages: `pages/*.md` of a site (About, Contact, Corrections policy), each with a
 * `title` in front matter (or a first `# heading`), rendered with the `page` template at
 * `<slug>/index.html` and linked from every page's footer. Markdown only, sanitized as articles are.
 */
import matter from "gray-matter";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { fail } from "../diagnostics.js";
import type { StandalonePage } from "../model/pages.js";
import { slug as slugOf } from "../model/urls.js";


/** Reads every page of `DIR/pages/`; a page without a title is an error at its file. */
export async function readStandalonePages(dir: string, show: (path: string) => string): Promise<{ pages: StandalonePage[]; files: VFile[] }> {
  const folder = join(dir, "pages");
  if (!existsSync(folder)) return { pages: [], files: [] };
  const pages: StandalonePage[] = [];
  const files: VFile[] = [];
  const names = (await readdir(folder, { recursive: true })).filter((n) => /\.(md|markdown)$/i.test(n)).sort();
  for (const name of names) {
    const path = join(folder, name);
    const text = await readFile(path, "utf8");
    const file = new VFile({ path: show(path), value: text });
    files.push(file);
    const { data, content } = matter(text) as unknown as { data: Record<string, unknown>; content: string };
    let body = content;
    let title = typeof data.title === "string" ? data.title.trim() : "";
    const heading = /^\s*#\s+(.+)\n/.exec(body);
    if (!title && heading) {
      title = (heading[1] ?? "").trim();
      body = body.slice(heading[0].length);
    }
    if (!title) {
      fail(file, "a page needs a title: add `title:` in front matter or start with a `# Heading`", { line: 1, column: 1 }, "page-no-title");
      continue;
    }
    const html = String(await unified().use(remarkParse).use(remarkHtml).process(body));
    pages.push({
      slug: typeof data.slug === "string" ? slugOf(data.slug) : slugOf(basename(relative(folder, path)).replace(/\.(md|markdown)$/i, "")),
      title,
      description: typeof data.description === "string" ? data.description : null,
      lang: typeof data.lang === "string" ? data.lang : null,
      weight: typeof data.weight === "number" ? data.weight : 0,
      html,
      source: file.path,
    });
  }
  pages.sort((a, b) => a.weight - b.weight || a.title.localeCompare(b.title));
  return { pages, files };
}
