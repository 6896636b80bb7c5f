/**
 * `galley build`: load → parse → model → render → write. One function, one options object;
 * every user mistake found on the way is collected and reported together, with its position.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { VFile } from "vfile";
import { describeSystemError, fail, failOnWarnings, throwIfFatal, warn, type VFileMessage } from "./diagnostics.js";
import { loadArticles, type LoadedArticle } from "./load/load-articles.js";
import { temporaryImageDir } from "./images/process-image.js";
import { localMedia } from "./load/local-media.js";
import { openParseCache, type ParseCache } from "./load/parse-cache.js";
import { defaultJobs, startParsePool, type ParsePool } from "./load/parse-pool.js";
import { readConfig } from "./load/read-config.js";
import { templateAssets, templateRoots } from "./load/template-assets.js";
import { countPages, planListings, sitePages, type Page } from "./model/pages.js";
import { selectArticles } from "./model/select.js";
import type { SiteConfig } from "./model/site.js";
import { byNewest, imageVersion, toSummary, toView, type ArticleSummary, type ArticleView } from "./model/views.js";
import { storedArticle, type BodySource } from "./render/article-body.js";
import { openPageCache } from "./render/page-cache.js";
import { readStandalonePages } from "./load/standalone-pages.js";
import { staticFiles } from "./load/static-files.js";
import { createRenderer } from "./render/render-page.js";
import { minimumPagesForWorkers, startRenderPool } from "./render/render-pool.js";
import { withSearchIndex } from "./render/search.js";
import { dataOutputs, pageOutputs } from "./render/site-outputs.js";
import { withBuildLock } from "./write/lock.js";
import { guardOutput } from "./write/output-guard.js";
import { writeSite, type CopiedFile } from "./write/write-site.js";

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
  /** Worker threads for parsing. Default: one per core. */
  jobs?: number;
  /** Reuse parsed articles from `.galley-cache/` in the site folder. Default true. */
  cache?: boolean;
  /** Render on worker threads from this many pages to render (default 400; for tests). */
  renderWorkersFrom?: number;
  /** Articles per search index shard before the index is split (default 500; for tests). */
  searchShardSize?: number;
  /** Warnings are errors: the build fails on any, before writing anything (`--strict`). Default false. */
  strict?: boolean;
  /** Told how far the build is: articles parsed, then pages written, of how many. */
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildProgress {
  phase: "parse" | "pages";
  done: number;
  total: number;
}

export interface BuildResult {
  outDir: string;
  articles: number;
  pages: number;
  files: number;
  /** Files of dist/ this build wrote or replaced, and removed (unchanged files are left alone). */
  changed: number;
  removed: number;
  /** Articles parsed in this build, and taken from the cache. */
  parsed: number;
  cached: number;
  /** Articles left out: drafts and articles dated in the future. */
  skipped: { drafts: number; future: number };
  /** Non-fatal messages (warnings), sorted by file. */
  warnings: VFileMessage[];
  ms: number;
}

/** Builds the site in `options.dir`. Throws a GalleyError listing every problem when the input is wrong. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.out ?? join(resolve(options.dir), "dist"));
  // never into the site's own folders, nor into a folder of files Galley did not write (src/write/output-guard.ts)
  guardOutput(resolve(options.dir), outDir, (path) => relative(process.cwd(), path) || ".");
  // one build at a time per output folder; a lock left by a build that died is taken over (src/write/lock.ts)
  return withBuildLock(outDir, () => buildLocked(options));
}

async function buildLocked(options: BuildOptions): Promise<BuildResult> {
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
  // a cache folder that cannot be written (no permission, a file in the way): build without it, saying so
  const cacheProblem = options.cache === false ? null : unusableCache(join(dir, ".galley-cache"), show);
  const useCache = options.cache !== false && cacheProblem === null;
  const cache = useCache ? openParseCache(join(dir, ".galley-cache", "parse"), config) : null;
  // processed images are kept in the cache (a warm build does no image work); without it, in a temporary folder
  const imageDir = useCache ? join(dir, ".galley-cache", "images") : temporaryImageDir();
  const roots = templateRoots(dir);
  // one pass per article: the threads that parse the articles render their pages too, from memory
  let workers: ParsePool | null = null;
  const startWorkers = (jobs: number) => (workers = startParsePool(jobs, config, { roots, base: process.cwd(), config }));
  try {
    return await buildWith(options, { started, dir, outDir, show, now, config, configFile, contentDir, cacheProblem, useCache, cache, imageDir, roots, startWorkers, workers: () => workers });
  } finally {
    await (workers as ParsePool | null)?.close();
  }
}

/** What a build has settled before it reads the articles. */
interface Prepared {
  started: number;
  dir: string;
  outDir: string;
  show: (path: string) => string;
  now: number;
  config: SiteConfig;
  configFile: VFile;
  contentDir: string;
  cacheProblem: VFileMessage | null;
  useCache: boolean;
  cache: ParseCache | null;
  imageDir: string;
  roots: string[];
  startWorkers: (jobs: number) => ParsePool;
  workers: () => ParsePool | null;
}

async function buildWith(options: BuildOptions, { started, dir, outDir, show, now, config, configFile, contentDir, cacheProblem, useCache, cache, imageDir, roots, startWorkers, workers }: Prepared): Promise<BuildResult> {
  const site = await readArticles(contentDir, config, configFile, cache, options, show, now, imageDir, startWorkers);
  const { views, versions, sources } = site;
  const standalone = await readStandalonePages(dir, show);
  throwIfFatal(standalone.files);
  const renderer = createRenderer({ roots, base: process.cwd() });
  const listings = planListings(views, config);
  // pages are planned from summaries; an article page gets its whole article just before it is rendered
  const bodyOf = (page: Page): BodySource | null => sources.get((page.data.article as ArticleSummary).slug) ?? null;
  const full = (summary: ArticleSummary): ArticleView => {
    const source = sources.get(summary.slug) as BodySource;
    return toView(storedArticle(source), config, new Map(source.sizes));
  };
  // pages whose signature is unchanged since the last build into outDir are reused, not rendered
  const pageCache = !useCache ? undefined : { pages: openPageCache(join(dir, ".galley-cache", "pages.json"), outDir, roots, config), versions };
  let pageCount = 0;
  const listed: Page[] = [];
  const pages = function* () {
    for (const page of sitePages(views, config, listings, standalone.pages)) {
      pageCount++;
      if (page.template !== "article" && page.template !== "search" && page.path !== "404.html") listed.push(page);
      yield page;
    }
  };
  const total = countPages(views, config, listings, standalone.pages);
  async function* outputs() {
    let done = 0;
    // pages to render are spread over worker threads when there are many of them
    const jobs = options.jobs ?? defaultJobs();
    const from = options.renderWorkersFrom ?? minimumPagesForWorkers;
    const parsers = workers()?.pages ?? null;
    const pool = parsers ? { from: 1, start: () => parsers } : { from, start: () => (jobs > 1 ? startRenderPool(jobs, roots, process.cwd(), config) : null) };
    for await (const file of pageOutputs(pages(), renderer, pageCache, pool, { body: bodyOf, config })) {
      yield file;
      if (file.path.endsWith(".html") && (++done % 100 === 0 || done === total)) options.onProgress?.({ phase: "pages", done, total });
    }
    yield* dataOutputs({ views, full, original: null, listed, listings, config, renderer, now, cache: pageCache });
  }
  // static/ is copied to the root of dist/ as is (favicon, CNAME, _headers, .well-known/ …)
  // site search: the article pages indexed as they pass, the index written with the site (src/render/search.ts)
  const files = withSearchIndex(outputs(), { config, articles: views, outDir, cache: pageCache, ...(options.searchShardSize ? { shardSize: options.searchShardSize } : {}) });
  const written = await writeSite(outDir, files, [...(await templateAssets(roots)), ...site.copies, ...(await staticFiles(dir))]);
  if (!useCache) rmSync(imageDir, { recursive: true, force: true });
  const { parsed, cached, skipped } = site;
  const warnings = cacheProblem ? [cacheProblem, ...site.warnings] : site.warnings;
  try {
    pageCache?.pages.save();
  } catch (error) {
    // the site is written; only the next build's shortcut is lost
    const e = error as NodeJS.ErrnoException;
    const file = new VFile({ path: show(e.path ?? join(dir, ".galley-cache")) });
    warnings.push(warn(file, `cannot save the page cache (${describeSystemError(e)?.replace(/^galley: /, "") ?? e.message}): the site is built; the next build renders every page again`, { line: 1, column: 1 }, "cache-unusable"));
  }
  return { outDir, articles: views.length, pages: pageCount, files: written.files, changed: written.changed, removed: written.removed, parsed, cached, skipped, warnings, ms: performance.now() - started };
}

/** Why the cache folder `dir` cannot be used (a warning naming it), or null when it can: tried by writing a file into it. */
function unusableCache(dir: string, show: (path: string) => string): VFileMessage | null {
  const probe = join(dir, "parse", `.probe-${process.pid}`);
  try {
    mkdirSync(dirname(probe), { recursive: true });
    writeFileSync(probe, "galley");
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    const file = new VFile({ path: show(dir) });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return warn(file, `cannot use the cache (${code} on ${show((error as NodeJS.ErrnoException).path ?? dir)}): building without it, every article parsed again; ${code === "EACCES" || code === "EPERM" ? "give yourself write permission on it" : code === "ENOSPC" || code === "EDQUOT" ? "the disk is full" : "remove what is in the way"}`, { line: 1, column: 1 }, "cache-unusable");
  }
}

interface ReadSite {
  /** Published articles, newest first. */
  views: ArticleSummary[];
  versions: Map<string, string>;
  /** Where each article's whole text is read from when its page is rendered, by slug: the parse cache, or (without it) the article in memory. */
  sources: Map<string, BodySource>;
  copies: CopiedFile[];
  parsed: number;
  cached: number;
  skipped: BuildResult["skipped"];
  warnings: VFileMessage[];
}

/**
 * Reads, parses and selects the articles; throws every problem found at once. Returns only what
 * rendering needs: the loaded articles and their files are let go here, so an archive's
 * memory holds one summary view per article.
 */
async function readArticles(contentDir: string, config: SiteConfig, configFile: VFile, cache: ParseCache | null, options: BuildOptions, show: (p: string) => string, now: number, imageDir: string, startPool: (jobs: number) => ParsePool): Promise<ReadSite> {
  // an article's summary is made as it arrives, while the workers parse the others (not after
  // the last one, with the workers idle); one with images of its own waits for their sizes
  const early = new Map<LoadedArticle, ArticleSummary>();
  const summarizeEarly = (l: LoadedArticle) => {
    if (l.media.length > 0 || l.file.messages.some((m) => m.fatal)) return;
    try {
      early.set(l, toSummary(l.article, config));
    } catch {
      // made again below, after the checks, where its problem is reported as before
    }
  };
  // with the cache, articles are kept without their blocks: pages read them back when rendered
  const { articles: loaded, parsed, cached } = await loadArticles(contentDir, config, show, {
    onArticle: summarizeEarly,
    jobs: options.jobs,
    cache,
    summaries: cache !== null,
    onProgress: (done, total) => options.onProgress?.({ phase: "parse", done, total }),
    startPool,
  });
  const files = [configFile, ...loaded.map((l) => l.file)];
  const { included, skipped } = selectArticles(loaded, config, { drafts: options.drafts, future: options.future, now });
  const media = await localMedia(included, contentDir, { settings: config.images, cacheDir: imageDir });
  throwIfFatal(files);
  if (options.strict) failOnWarnings(files); // --strict: every warning is an error, and nothing is written
  // local images by article: handed to the page that shows them, and part of the article's version
  const sizesOf = new Map<string, BodySource["sizes"]>();
  for (const [key, size] of media.sizes) {
    const slug = key.slice(0, key.indexOf("/"));
    sizesOf.set(slug, [...(sizesOf.get(slug) ?? []), [key, size]]);
  }
  const sources = new Map<string, BodySource>();
  const versions = new Map<string, string>();
  const noSizes: BodySource["sizes"] = [];
  for (const l of included) {
    const sizes = sizesOf.get(l.article.slug) ?? noSizes;
    sources.set(l.article.slug, l.key && cache ? { cache: cache.dir, key: l.key, sizes, ...(l.held != null ? { held: l.held } : {}) } : { article: l.article, sizes });
    versions.set(l.article.slug, [l.version, ...sizes.map(([key, size]) => `${key}=${size.width}x${size.height}:${size.bytes ?? ""}:${imageVersion(size)}`)].join(" "));
  }
  const warnings = files.flatMap((f) => f.messages.filter((m) => !m.fatal));
  // each loaded article is let go as its summary is made: never both for the whole archive at once
  loaded.length = 0;
  files.length = 0;
  const views: ArticleSummary[] = new Array(included.length);
  for (let i = 0; i < included.length; i++) {
    const item = included[i] as LoadedArticle;
    views[i] = early.get(item) ?? toSummary(item.article, config, media.sizes);
    (included as (LoadedArticle | null)[])[i] = null;
  }
  early.clear();
  return { views: views.sort(byNewest), versions, sources, copies: media.copies, parsed, cached, skipped, warnings };
}
