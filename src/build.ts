/**
 * `galley build`: load → parse → model → render → write. One function, one options object;
 * every user mistake found on the way is collected and reported together, with its position.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import type { VFile } from "vfile";
import { fail, throwIfFatal, type VFileMessage } from "./diagnostics.js";
import { readConfig } from "./load/read-config.js";
import { listSources, readSource } from "./load/read-sources.js";
import type { Article } from "./model/article.js";
import { planPages } from "./model/pages.js";
import type { SiteConfig } from "./model/site.js";
import { parseArticle } from "./parse/index.js";
import { builtinTemplates, createRenderer } from "./render/render-page.js";
import { writeSite, type CopiedFile, type OutputFile } from "./write/write-site.js";

export interface BuildOptions {
  /** The site folder (holding site.yaml and content/). */
  dir: string;
  /** Output folder. Default `DIR/dist`. */
  out?: string;
}

export interface BuildResult {
  outDir: string;
  articles: number;
  pages: number;
  files: number;
  /** Non-fatal messages (warnings), sorted by file. */
  warnings: VFileMessage[];
  ms: number;
}

interface LoadedArticle {
  article: Article;
  file: VFile;
  contentPath: string;
}

/** Builds the site in `options.dir`. Throws a GalleyError listing every problem when the input is wrong. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const dir = resolve(options.dir);
  const outDir = resolve(options.out ?? join(dir, "dist"));
  const show = (path: string) => relative(process.cwd(), path) || ".";

  const { config, file: configFile } = await readConfig(dir);
  configFile.path = show(configFile.path);
  throwIfFatal([configFile]);

  const contentDir = join(dir, "content");
  if (!existsSync(contentDir)) {
    fail(configFile, `no content/ folder next to site.yaml: put the articles in ${show(contentDir)}`, undefined, "content-missing");
    throwIfFatal([configFile]);
  }
  const loaded = await loadArticles(contentDir, config, show);
  const files = [configFile, ...loaded.map((l) => l.file)];
  checkSlugs(loaded);
  const copies = localMedia(loaded, contentDir);
  throwIfFatal(files);

  const siteTemplates = join(dir, "templates");
  const roots = [...(existsSync(siteTemplates) && resolve(siteTemplates) !== resolve(builtinTemplates) ? [siteTemplates] : []), builtinTemplates];
  const renderer = createRenderer({ roots, base: process.cwd() });
  const pages = planPages(
    loaded.map((l) => l.article),
    config,
  );
  async function* rendered(): AsyncGenerator<OutputFile> {
    for (const page of pages) yield { path: page.path, contents: await renderer.render(page) };
  }
  const assets = await templateAssets(roots);
  const written = await writeSite(outDir, rendered(), [...assets, ...copies]);
  const warnings = files.flatMap((f) => f.messages.filter((m) => !m.fatal));
  return { outDir, articles: loaded.length, pages: pages.length, files: written.files, warnings, ms: performance.now() - started };
}

async function loadArticles(contentDir: string, config: SiteConfig, show: (p: string) => string): Promise<LoadedArticle[]> {
  const paths = await listSources(contentDir);
  const results: LoadedArticle[] = [];
  for (const contentPath of paths) {
    const absolute = join(contentDir, contentPath);
    const file = await readSource(absolute, show(absolute));
    if (file.messages.some((m) => m.fatal)) {
      results.push({ article: placeholderArticle(contentPath, file), file, contentPath });
      continue;
    }
    const { article } = parseArticle(file, { language: config.language, words: config.words, contentPath });
    results.push({ article, file, contentPath });
  }
  return results;
}

/** Stands in for an unreadable file so every other file's problems are still reported. */
function placeholderArticle(contentPath: string, file: VFile): Article {
  return {
    slug: `unreadable-${contentPath}`, headline: "", lede: "", byline: null, author: null, kicker: null, dateline: null, date: null, updated: null, dateText: null,
    section: null, tags: [], lang: "en", description: null, image: null, draft: false, blocks: [], source: { path: file.path, format: "text" },
  };
}

/** Two articles with one slug would overwrite each other: an error on both files. */
function checkSlugs(loaded: LoadedArticle[]): void {
  const seen = new Map<string, LoadedArticle>();
  for (const item of loaded) {
    const other = seen.get(item.article.slug);
    if (other) {
      fail(item.file, `slug \`${item.article.slug}\` is also used by ${other.file.path}: set a different \`slug\` in front matter or rename one file`, { line: 1, column: 1 }, "slug-clash");
    } else {
      seen.set(item.article.slug, item);
    }
  }
}

const isLocal = (src: string) => !/^[a-z][a-z0-9+.-]*:|^\/\/|^\/|^#/i.test(src);

/** Images and videos next to an article in content/ are copied into its page folder. */
function localMedia(loaded: LoadedArticle[], contentDir: string): CopiedFile[] {
  const copies: CopiedFile[] = [];
  for (const { article, file, contentPath } of loaded) {
    for (const block of article.blocks) {
      if (block.type !== "media" || !block.src || !isLocal(block.src)) continue;
      const target = posix.normalize(decodeURI(block.src));
      const from = join(contentDir, dirname(contentPath), ...target.split("/"));
      const place = placeOfText(String(file.value), block.src);
      if (target.startsWith("..") || isAbsolute(target) || !resolve(from).startsWith(resolve(contentDir) + sep)) {
        fail(file, `image \`${block.src}\` points outside content/: keep images next to the article`, place, "media-outside");
      } else if (!existsSync(from)) {
        fail(file, `image \`${block.src}\` not found (looked for ${relative(process.cwd(), from)})`, place, "media-missing");
      } else {
        copies.push({ path: `${article.slug}/${target}`, from });
      }
    }
  }
  return copies;
}

function placeOfText(text: string, needle: string): { line: number; column: number } | undefined {
  const index = text.indexOf(needle);
  if (index < 0) return undefined;
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Files under `assets/` of the template folders (a site's own override the built-in ones). */
async function templateAssets(roots: string[]): Promise<CopiedFile[]> {
  const byPath = new Map<string, CopiedFile>();
  for (const root of [...roots].reverse()) {
    const assets = join(root, "assets");
    if (!existsSync(assets)) continue;
    for (const entry of await readdir(assets, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = join(entry.parentPath, entry.name);
      const path = `assets/${relative(assets, from).split(sep).join("/")}`;
      byPath.set(path, { path, from });
    }
  }
  return [...byPath.values()];
}


