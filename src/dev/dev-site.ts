/**
 * The site held in memory by `galley dev`, kept current change by change. A change to one
 * article re-parses that article and re-renders only the pages whose content it touches (a
 * page's signature is its template, its own fields and the versions of the articles it shows);
 * a template change re-renders every page; site.yaml rebuilds everything. Problems leave the
 * last good pages in place and are reported with their positions.
 */
import { existsSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { VFile } from "vfile";
import { fail, GalleyError, type VFileMessage } from "../diagnostics.js";
import { loadArticle, loadArticles, type LoadedArticle } from "../load/load-articles.js";
import { localMedia } from "../load/local-media.js";
import { openParseCache } from "../load/parse-cache.js";
import { readConfig } from "../load/read-config.js";
import { sourceExtensions } from "../load/read-sources.js";
import { staticFiles } from "../load/static-files.js";
import { templateAssets, templateRoots } from "../load/template-assets.js";
import type { Article } from "../model/article.js";
import { articlePage, pageSignature, planListings, planPages, teaserKey, withArticle, type Listing, type Page, type StandalonePage } from "../model/pages.js";
import { selectArticles } from "../model/select.js";
import { defaultConfig, type SiteConfig } from "../model/site.js";
import { byNewest, summarize, toView, type ArticleSummary, type ArticleView } from "../model/views.js";
import { createRenderer, type Renderer } from "../render/render-page.js";

export interface DevSite {
  dir: string;
  contentDir: string;
  config: SiteConfig;
  renderer: Renderer;
  roots: string[];
  /** Articles by their path under content/. */
  loaded: Map<string, LoadedArticle>;
  /** The site's own pages (`pages/*.md`), linked in every page's footer. */
  standalone: StandalonePage[];
  /** A number per article slug that changes whenever the article does. */
  versions: Map<string, number>;
  /** The last number handed out in `versions`. */
  version: number;
  /** Views by content path, rebuilt only for changed articles. */
  views: Map<string, ArticleView>;
  /** Generated files by output path (pages, JSON, feeds, sitemaps). */
  outputs: Map<string, string>;
  /** Pages planned but not rendered yet (opening a large site renders a page when first asked for): see `pageAt`. */
  pending: Map<string, () => Promise<string>>;
  /** Copied files (assets, images) by output path: the file to serve. */
  copies: Map<string, string>;
  /** The signature each page was last rendered with. */
  signatures: Map<string, string>;
  /** Media sizes, keyed `slug/src`. */
  sizes: Map<string, { width: number; height: number }>;
  /** The problems of the last change, or null when it went through. */
  error: GalleyError | null;
  warnings: VFileMessage[];
  options: { drafts: boolean; future: boolean };
  /**
   * Feeds, sitemaps and JSON files, made when first asked for after a change (a preview
   * rarely needs them, and making them for thousands of articles would delay every reload).
   */
  data: Promise<Map<string, string>> | null;
  /** The search index (Pagefind) of the pages, made when first asked for after a change (src/dev/dev-search.ts). */
  search: Promise<Map<string, Uint8Array>> | null;
  /** The pages (as planned, from summaries), summaries and whole views (by slug) of the last good change. */
  planned: { views: ArticleSummary[]; pages: Page[]; listings: Listing[]; full: Map<string, ArticleView> };
  show: (path: string) => string;
}

export interface ChangeResult {
  /** What changed, for the one-line summary. */
  summary: string;
  /** Output paths written by this change. */
  written: string[];
  /** Only stylesheets changed: the browser can swap them without reloading. */
  cssOnly: boolean;
  ms: number;
  error: GalleyError | null;
}

/** Builds the whole site in memory. Throws a GalleyError when the site has problems. */
export async function openDevSite(dir: string, options: { drafts?: boolean; future?: boolean } = {}): Promise<DevSite> {
  const root = resolve(dir);
  const show = (path: string) => relative(process.cwd(), path) || ".";
  const site: DevSite = {
    dir: root,
    contentDir: join(root, "content"),
    // config, templates and renderer are set by rebuildAll, which reads them
    config: defaultConfig,
    renderer: createRenderer({ roots: [], base: process.cwd() }),
    roots: [],
    loaded: new Map(),
    standalone: [],
    versions: new Map(),
    version: 0,
    views: new Map(),
    outputs: new Map(),
    pending: new Map(),
    copies: new Map(),
    signatures: new Map(),
    sizes: new Map(),
    error: null,
    warnings: [],
    options: { drafts: options.drafts ?? true, future: options.future ?? true },
    data: null,
    search: null,
    planned: { views: [], pages: [], listings: [], full: new Map() },
    show,
  };
  await rebuildAll(site, true);
  return site;
}

/**
 * The HTML of the page at `path`, rendered now if it was left for when it is first asked for;
 * undefined when the site has no such page. A template error is thrown (the server answers 500).
 */
export async function pageAt(site: DevSite, path: string): Promise<string | undefined> {
  const done = site.outputs.get(path);
  if (done !== undefined) return done;
  const render = site.pending.get(path);
  if (!render) return undefined;
  const html = await render();
  // a change may have planned the page again meanwhile: keep only what is still current
  if (site.pending.get(path) === render) {
    site.pending.delete(path);
    site.outputs.set(path, html);
  }
  return html;
}

/** Whether the site has a page at `path` (rendered or not yet). */
export const hasPage = (site: DevSite, path: string): boolean => site.outputs.has(path) || site.pending.has(path);

/**
 * Re-reads the config, every article and template, and renders every page; with `lazy` (opening
 * the site), only the first page of each template, to report a template error at once: the
 * others when first asked for.
 */
async function rebuildAll(site: DevSite, lazy = false): Promise<string[]> {
  const { config, file } = await readConfig(site.dir);
  file.path = site.show(file.path);
  const fatal = file.messages.filter((m) => m.fatal);
  if (fatal.length) throw new GalleyError(fatal);
  if (!existsSync(site.contentDir)) throw new GalleyError([file.message(`no content/ folder in ${site.show(site.dir)}`)]);
  const { articles: loaded } = await loadArticles(site.contentDir, config, site.show, { cache: openParseCache(join(site.dir, ".galley-cache", "parse"), config) });
  const problems = loaded.flatMap((l) => l.file.messages.filter((m) => m.fatal));
  if (problems.length) throw new GalleyError(problems);
  // Markdown's parser loads only for a site that has pages/
  const standalone = existsSync(join(site.dir, "pages")) ? await (await import("../load/standalone-pages.js")).readStandalonePages(site.dir, site.show) : { pages: [], files: [] };
  const pageProblems = standalone.files.flatMap((f) => f.messages.filter((m) => m.fatal));
  if (pageProblems.length) throw new GalleyError(pageProblems);
  site.config = config;
  site.standalone = standalone.pages;
  site.roots = templateRoots(site.dir);
  site.renderer = createRenderer({ roots: site.roots, base: process.cwd() });
  site.loaded = new Map(loaded.map((l) => [l.contentPath, l]));
  site.views.clear();
  site.signatures.clear();
  for (const l of loaded) site.versions.set(l.article.slug, ++site.version);
  site.copies = new Map((await templateAssets(site.roots)).map((c) => [c.path, c.from]));
  const media = await localMedia(loaded, site.contentDir);
  const mediaProblems = loaded.flatMap((l) => l.file.messages.filter((m) => m.fatal));
  if (mediaProblems.length) throw new GalleyError(mediaProblems);
  site.sizes = media.sizes;
  for (const copy of media.copies) site.copies.set(copy.path, copy.from);
  // static/ is served from the site's root, as the build copies it
  for (const copy of await staticFiles(site.dir)) site.copies.set(copy.path, copy.from);
  site.outputs.clear();
  site.pending.clear();
  return renderChanged(site, lazy);
}

/** Applies a batch of changed paths (absolute). Never throws for user mistakes: see `error`. */
export async function applyChanges(site: DevSite, paths: string[]): Promise<ChangeResult> {
  const started = performance.now();
  const relativeOf = (path: string) => relative(site.dir, path).split(sep).join("/");
  const names = paths.map(relativeOf);
  const summary = names.length === 1 ? (names[0] ?? "") : `${names.length} files`;
  const isArticle = (name: string) => name.startsWith("content/") && sourceExtensions.has(name.slice(name.lastIndexOf(".")).toLowerCase());
  const cssOnly = names.every((n) => n.endsWith(".css") && (n.startsWith("templates/") || n.includes("/assets/")));
  try {
    let written: string[];
    if (cssOnly) {
      site.copies = new Map([...site.copies, ...(await templateAssets(site.roots)).map((c) => [c.path, c.from] as const)]);
      written = names;
    } else if (names.every(isArticle)) {
      written = await updateArticles(site, names.map((n) => n.slice("content/".length)));
    } else {
      written = await rebuildAll(site);
    }
    site.error = null;
    return { summary, written, cssOnly, ms: performance.now() - started, error: null };
  } catch (error) {
    // anything at all: the server keeps running, the last good pages stay served, the overlay says why
    const problem = error instanceof GalleyError ? error : unexpected(error, site.show(paths[0] ?? site.dir));
    site.error = problem;
    return { summary, written: [], cssOnly: false, ms: performance.now() - started, error: problem };
  }
}

/** An error that is not a user's mistake (a file system error, a fault of Galley's) as a GalleyError on the changed file. */
export function unexpected(error: unknown, path: string): GalleyError {
  const file = new VFile({ path });
  const e = error as NodeJS.ErrnoException;
  const reason = e && typeof e.code === "string" ? `${e.message}` : `Galley failed on this change (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}): the last good pages stay served`;
  fail(file, reason, { line: 1, column: 1 }, "dev-rebuild-failed");
  return new GalleyError(file.messages);
}

/** Re-parses changed articles (or drops deleted ones) and re-renders what shows them. */
async function updateArticles(site: DevSite, contentPaths: string[]): Promise<string[]> {
  const fresh: LoadedArticle[] = [];
  for (const contentPath of contentPaths) {
    if (!existsSync(join(site.contentDir, contentPath))) {
      const gone = site.loaded.get(contentPath);
      site.loaded.delete(contentPath);
      site.views.delete(contentPath);
      if (gone) {
        site.versions.delete(gone.article.slug);
        for (const path of [...site.copies.keys()]) if (path.startsWith(`${gone.article.slug}/`)) site.copies.delete(path);
      }
      continue;
    }
    fresh.push(await loadArticle(site.contentDir, contentPath, site.config, site.show));
  }
  const problems = fresh.flatMap((l) => l.file.messages.filter((m) => m.fatal));
  if (problems.length) throw new GalleyError(problems);
  const media = await localMedia(fresh, site.contentDir);
  const mediaProblems = fresh.flatMap((l) => l.file.messages.filter((m) => m.fatal));
  if (mediaProblems.length) throw new GalleyError(mediaProblems);
  for (const copy of media.copies) site.copies.set(copy.path, copy.from);
  for (const [key, size] of media.sizes) site.sizes.set(key, size);
  // The usual edit: one article's text changed, but nothing a teaser or listing shows of it.
  // Then only its own page changes.
  const only = fresh.length === 1 && contentPaths.length === 1 ? fresh[0] : undefined;
  const before = only ? site.views.get(only.contentPath) : undefined;
  if (only && before && hasPage(site, before.path)) {
    const after = toView(only.article, site.config, site.sizes);
    if (teaserKey(after) === teaserKey(before)) return replaceArticle(site, only, before, after);
  }
  for (const l of fresh) {
    const old = site.loaded.get(l.contentPath);
    if (old && old.article.slug !== l.article.slug) site.versions.delete(old.article.slug);
    site.loaded.set(l.contentPath, l);
    site.views.delete(l.contentPath);
    site.versions.set(l.article.slug, ++site.version);
  }
  return renderChanged(site);
}

/** Re-renders one article's page with its new view; every other page shows it the same. */
async function replaceArticle(site: DevSite, loaded: LoadedArticle, before: ArticleView, after: ArticleView): Promise<string[]> {
  const index = site.planned.pages.findIndex((p) => p.path === before.path);
  const old = site.planned.pages[index];
  if (!old) return renderChanged(site);
  const page = articlePage(summarize(after), (old.data.more as ArticleSummary[]) ?? [], site.config, old.data.site);
  const html = await site.renderer.render(withArticle(page, after, site.config));
  site.loaded.set(loaded.contentPath, loaded);
  site.views.set(loaded.contentPath, after);
  site.versions.set(after.slug, ++site.version);
  site.planned.pages[index] = page;
  site.planned.full.set(after.slug, after);
  site.outputs.set(page.path, html);
  site.pending.delete(page.path);
  site.signatures.set(page.path, pageSignature(page, site.versions));
  site.data = null;
  site.search = null;
  return [page.path];
}

/** Plans every page, renders those whose signature changed (`lazy`: leaves them for when asked, but the first of each template), drops pages that are gone. */
async function renderChanged(site: DevSite, lazy = false): Promise<string[]> {
  const all = [...site.loaded.values()];
  // selectArticles adds its messages (a slug clash) to the files; the dev server keeps each
  // file's own messages, so those are read here and taken off again
  const counts = all.map((l) => l.file.messages.length);
  const { included } = selectArticles(all, site.config, { ...site.options, now: Date.now() });
  const clash = all.flatMap((l) => l.file.messages.slice(counts[all.indexOf(l)]).filter((m) => m.fatal));
  site.warnings = all.flatMap((l) => l.file.messages.filter((m) => !m.fatal));
  all.forEach((l, i) => l.file.messages.splice(counts[i] ?? 0));
  if (clash.length) throw new GalleyError(clash);
  const full = new Map<string, ArticleView>();
  for (const l of included) {
    let view = site.views.get(l.contentPath);
    if (!view) site.views.set(l.contentPath, (view = toView(l.article, site.config, site.sizes)));
    full.set(view.slug, view);
  }
  // pages are planned from summaries, as in a build; an article page is rendered with its whole view
  const views = [...full.values()].map(summarize).sort(byNewest);
  const listings = planListings(views, site.config);
  const pages = planPages(views, site.config, listings, site.standalone);
  const written: string[] = [];
  const rendered = new Map<string, string>();
  const later = new Map<string, () => Promise<string>>();
  const templates = new Set<string>();
  const { renderer, config } = site;
  for (const page of pages) {
    const signature = pageSignature(page, site.versions);
    if (site.signatures.get(page.path) === signature && hasPage(site, page.path)) continue;
    const article = page.template === "article" ? full.get((page.data.article as ArticleSummary).slug) : undefined;
    const render = () => renderer.render(article ? withArticle(page, article, config) : page);
    if (lazy && templates.has(page.template)) later.set(page.path, render);
    else rendered.set(page.path, await render());
    templates.add(page.template);
    site.signatures.set(page.path, signature);
    written.push(page.path);
  }
  // only once every page rendered: a template error leaves the last good pages in place
  for (const [path, html] of rendered) {
    site.outputs.set(path, html);
    site.pending.delete(path);
  }
  for (const [path, render] of later) {
    site.outputs.delete(path);
    site.pending.set(path, render);
  }
  const live = new Set(pages.map((p) => p.path));
  for (const path of [...site.signatures.keys()]) {
    if (!live.has(path)) {
      site.signatures.delete(path);
      site.outputs.delete(path);
      site.pending.delete(path);
    }
  }
  site.planned = { views, pages, listings, full };
  site.data = null;
  site.search = null;
  return written;
}

/** Feeds, sitemaps and JSON files of the current site, made on first request after a change. */
export function dataFiles(site: DevSite): Promise<Map<string, string>> {
  site.data ??= (async () => {
    const originals = new Map<string, Article>([...site.loaded.values()].map((l) => [l.article.slug, l.article]));
    const files = new Map<string, string>();
    const { views, pages, listings } = site.planned;
    const listed = pages.filter((p) => p.template !== "article" && p.path !== "404.html");
    const full = (summary: ArticleSummary) => site.planned.full.get(summary.slug) as ArticleView;
    const input = { views, full, original: (summary: ArticleSummary) => originals.get(summary.slug) as Article, listed, listings, config: site.config, renderer: site.renderer, now: Date.now() };
    const { dataOutputs } = await import("../render/site-outputs.js"); // feeds and sitemaps: loaded when first asked for
    for await (const file of dataOutputs(input)) {
      if ("contents" in file) files.set(file.path, String(file.contents));
    }
    return files;
  })();
  return site.data;
}
