/**
 * `galley build`: load → parse → model → render → write. One function, one options object;
 * every user mistake found on the way is collected and reported together, with its position.
 */
import { imageSize } from "image-size";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import type { VFile } from "vfile";
import { fail, throwIfFatal, warn, type VFileMessage } from "./diagnostics.js";
import { readConfig } from "./load/read-config.js";
import { listSources, readSource } from "./load/read-sources.js";
import type { Article } from "./model/article.js";
import { feedsOf, planListings, planPages } from "./model/pages.js";
import type { SiteConfig } from "./model/site.js";
import { hasAbsoluteUrl } from "./model/urls.js";
import { byNewest, toView, type ArticleView } from "./model/views.js";
import { parseArticle } from "./parse/index.js";
import { renderFeeds } from "./render/feeds.js";
import { articleJson, articlesIndex } from "./render/json-files.js";
import { builtinTemplates, createRenderer, type Renderer } from "./render/render-page.js";
import { renderSitemaps } from "./render/sitemaps.js";
import { writeSite, type CopiedFile, type OutputFile } from "./write/write-site.js";

export interface BuildOptions {
  /** The site folder (holding site.yaml and content/). */
  dir: string;
  /** Output folder. Default `DIR/dist`. */
  out?: string;
  /** Include articles with `draft: true`. Default false. */
  drafts?: boolean;
  /** Include articles dated after `now`. Default false. */
  future?: boolean;
  /** The build's time (ms since the epoch): what "future" and the news sitemap count from. Default: now. */
  now?: number;
}

export interface BuildResult {
  outDir: string;
  articles: number;
  pages: number;
  files: number;
  /** Articles left out: drafts and articles dated in the future. */
  skipped: { drafts: number; future: number };
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
  const now = options.now ?? Date.now();
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
  const skipped = { drafts: 0, future: 0 };
  const included = loaded.filter(({ article }) => {
    if (article.draft && !options.drafts) return void skipped.drafts++, false;
    const time = toView(article, config).published?.time;
    if (time !== undefined && time > now && !options.future) return void skipped.future++, false;
    return true;
  });
  checkSlugs(included);
  checkSections(included, config);
  const media = await localMedia(included, contentDir);
  throwIfFatal(files);
  if (!hasAbsoluteUrl(config)) {
    warn(configFile, "`url` is a path: feeds, sitemaps and social cards need a full URL such as https://example.org/", undefined, "config-relative-url");
  }

  const views = included.map((l) => toView(l.article, config, media.sizes)).sort(byNewest);
  const siteTemplates = join(dir, "templates");
  const roots = [...(existsSync(siteTemplates) && resolve(siteTemplates) !== resolve(builtinTemplates) ? [siteTemplates] : []), builtinTemplates];
  const renderer = createRenderer({ roots, base: process.cwd() });
  const pages = planPages(views, config);
  const originals = new Map(included.map((l) => [l.article.slug, l.article]));
  const outputs = siteOutputs(views, originals, pages, config, renderer, now);
  const assets = await templateAssets(roots);
  const written = await writeSite(outDir, outputs, [...assets, ...media.copies]);
  const warnings = files.flatMap((f) => f.messages.filter((m) => !m.fatal));
  return { outDir, articles: views.length, pages: pages.length, files: written.files, skipped, warnings, ms: performance.now() - started };
}

/** Every generated file, produced one at a time so no more than one page is held at once. */
async function* siteOutputs(
  views: ArticleView[],
  originals: Map<string, Article>,
  pages: ReturnType<typeof planPages>,
  config: SiteConfig,
  renderer: Renderer,
  now: number,
): AsyncGenerator<OutputFile> {
  for (const page of pages) yield { path: page.path, contents: await renderer.render(page) };
  for (const view of views) yield articleJson(originals.get(view.slug) as Article, view.path);
  yield articlesIndex(views);
  const content = feedContent(renderer, config);
  yield* await renderFeeds({ links: feedsOf("", config.title), dir: "", articles: views, content }, config);
  for (const listing of planListings(views, config)) {
    if (listing.feeds) yield* await renderFeeds({ links: listing.feeds, dir: listing.dir, articles: listing.articles, content }, config);
  }
  const listed = pages.filter((p) => p.template !== "article" && p.path !== "404.html");
  const newest = (p: (typeof pages)[number]) => {
    const list = (p.data.articles as ArticleView[] | undefined) ?? (p.data.latest as ArticleView[] | undefined) ?? [];
    return list[0]?.published?.time ?? null;
  };
  yield* await renderSitemaps({ articles: views, pages: listed.map((p) => ({ path: p.path.replace(/index\.html$/, ""), lastmod: newest(p) })), now }, config);
}

/** Full HTML of an article for feeds: its blocks through the block templates, with absolute URLs. */
function feedContent(renderer: Renderer, config: SiteConfig): (article: ArticleView) => Promise<string> {
  const done = new Map<string, string>();
  return async (article) => {
    const cached = done.get(article.slug);
    if (cached !== undefined) return cached;
    const blocks = article.blocks.map((b) => (b.type === "media" && b.src && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(b.src) ? { ...b, src: article.canonical + b.src } : b));
    const html = await renderer.renderTemplate("feed-content", { site: config, article: { ...article, blocks } });
    done.set(article.slug, html);
    return html;
  };
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
    slug: `unreadable-${contentPath}`, headline: "", lede: "", byline: null, author: null, kicker: null, dateline: null, date: null, updated: null,
    dateText: null, section: null, tags: [], lang: "en", description: null, image: null, draft: false, featured: false, correction: null, blocks: [],
    source: { path: file.path, format: "text" },
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

/** With sections listed in site.yaml, an article in another section is probably a typo. */
function checkSections(loaded: LoadedArticle[], config: SiteConfig): void {
  const known = Object.keys(config.sections);
  if (known.length === 0) return;
  for (const { article, file } of loaded) {
    if (article.section && !known.includes(article.section)) {
      warn(file, `section \`${article.section}\` is not in site.yaml \`sections\` (${known.join(", ")})`, { line: 1, column: 1 }, "section-unknown");
    }
  }
}

const isLocal = (src: string) => !/^[a-z][a-z0-9+.-]*:|^\/\/|^\/|^#/i.test(src);

/** Images and videos next to an article in content/ are copied into its page folder and measured. */
async function localMedia(loaded: LoadedArticle[], contentDir: string): Promise<{ copies: CopiedFile[]; sizes: Map<string, { width: number; height: number }> }> {
  const copies: CopiedFile[] = [];
  const sizes = new Map<string, { width: number; height: number }>();
  for (const { article, file, contentPath } of loaded) {
    const sources = new Set(article.blocks.flatMap((b) => (b.type === "media" && b.src && isLocal(b.src) ? [b.src] : [])));
    if (article.image && isLocal(article.image)) sources.add(article.image);
    for (const src of sources) {
      const target = posix.normalize(decodeURI(src));
      const from = join(contentDir, dirname(contentPath), ...target.split("/"));
      const place = placeOfText(String(file.value), src);
      if (target.startsWith("..") || isAbsolute(target) || !resolve(from).startsWith(resolve(contentDir) + sep)) {
        fail(file, `image \`${src}\` points outside content/: keep images next to the article`, place, "media-outside");
      } else if (!existsSync(from)) {
        fail(file, `image \`${src}\` not found (looked for ${relative(process.cwd(), from)})`, place, "media-missing");
      } else {
        copies.push({ path: `${article.slug}/${target}`, from });
        const size = measure(await readFile(from));
        if (size) sizes.set(`${article.slug}/${src}`, size);
      }
    }
  }
  return { copies, sizes };
}

function measure(bytes: Uint8Array): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(bytes);
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
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
