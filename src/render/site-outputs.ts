/**
 * Every file of a built site but the copied ones: HTML pages, article JSON, feeds, sitemaps.
 * Produced one at a time (async generators), so no more than one page is held at once.
 */
import type { Article } from "../model/article.js";
import { feedsOf, pageSignature, type Listing, type Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { resolveUrl } from "../model/urls.js";
import type { ArticleSummary, ArticleView } from "../model/views.js";
import type { OutputFile } from "../write/write-site.js";
import { withBody, type BodySource } from "./article-body.js";
import { feedSize, latestKnown, renderFeeds } from "./feeds.js";
import { articleJson, articlesIndex } from "./json-files.js";
import type { PageCache } from "./page-cache.js";
import type { Renderer } from "./render-page.js";
import type { Rendered, RenderPool } from "./render-pool.js";
import { renderSitemaps } from "./sitemaps.js";

/** Where an article page's blocks are read from, when its planned data has none (large builds). */
export type BodyOf = (page: Page) => BodySource | null;

/**
 * The HTML pages. With a page cache, a page whose signature is the one it had in the last
 * build is taken from the previous output instead of being rendered again. With `pool`
 * (worker threads), many pages to render are rendered in parallel, a window at a time.
 * With `bodyOf`, article pages get their blocks just before rendering, and their
 * `article.json` is written with them.
 */
export async function* pageOutputs(
  pages: Iterable<Page>,
  renderer: Renderer,
  cache?: { pages: PageCache; versions: ReadonlyMap<string, string> },
  pool?: { from: number; start: () => RenderPool | null },
  bodyOf?: { body: BodyOf; config: SiteConfig },
): AsyncGenerator<OutputFile> {
  const body = (page: Page) => (bodyOf && page.template === "article" ? bodyOf.body(page) : null);
  const renderHere = function* (page: Page): Generator<OutputFile> {
    const source = body(page);
    if (!source || !bodyOf) return yield { path: page.path, contents: renderer.renderSync(page) };
    const whole = withBody(page, source, bodyOf.config);
    yield { path: page.path, contents: renderer.renderSync(whole.page) };
    yield whole.json;
  };
  // pages to render wait here until there are enough of them for the workers to pay off
  const waiting: Page[] = [];
  let workers: RenderPool | null = null;
  const window: { path: string; rendered: Promise<Rendered> }[] = [];
  const settled = async function* (item: (typeof window)[number]): AsyncGenerator<OutputFile> {
    const { html, json } = await item.rendered;
    yield { path: item.path, contents: html };
    if (json !== undefined) yield { path: item.path.replace(/index\.html$/, "article.json"), contents: json };
  };
  try {
    for (const page of pages) {
      if (cache) {
        const signature = pageSignature(page, cache.versions);
        cache.pages.record(page.path, signature);
        const previous = cache.pages.reusable(page.path, signature);
        const json = bodyOf && page.template === "article" ? reusableJson(page, cache) : undefined;
        if (previous && json !== null) {
          yield { path: page.path, reuse: previous };
          if (json) yield json;
          continue;
        }
      }
      if (!workers && pool && waiting.length + 1 >= pool.from) workers = pool.start();
      if (!workers) {
        waiting.push(page);
        continue;
      }
      for (const next of [...waiting.splice(0), page]) {
        const rendered = workers.render(next, body(next));
        // a failure is thrown where the page is awaited; the pages after it are not wanted then
        rendered.catch(() => undefined);
        window.push({ path: next.path, rendered });
        if (window.length >= 64) yield* settled(window.shift() as (typeof window)[number]);
      }
    }
    for (const page of waiting) yield* renderHere(page);
    for (const item of window) yield* settled(item);
  } finally {
    await workers?.close();
  }
}

/** The previous `article.json` of an article page when its article is unchanged; null when it must be written. */
function reusableJson(page: Page, cache: { pages: PageCache; versions: ReadonlyMap<string, string> }): OutputFile | null {
  const slug = (page.data.article as ArticleSummary).slug;
  const path = page.path.replace(/index\.html$/, "article.json");
  const version = cache.versions.get(slug) ?? "";
  cache.pages.record(path, version);
  const previous = cache.pages.reusable(path, version);
  return previous ? { path, reuse: previous } : null;
}

export interface DataInput {
  /** Every published article, newest first. */
  views: ArticleSummary[];
  /** The whole view of an article (with its blocks), for feed content. */
  full: (article: ArticleSummary) => ArticleView;
  /** The Article JSON of an article, to write its `article.json`; null when pages carry them. */
  original: ((article: ArticleSummary) => Article) | null;
  /** Pages other than article pages and 404, for the sitemap. */
  listed: Page[];
  listings: Listing[];
  config: SiteConfig;
  renderer: Renderer;
  now: number;
  cache?: { pages: PageCache; versions: ReadonlyMap<string, string> };
}

/** article.json files (unless pages carry them), articles.json, feeds and sitemaps. */
export async function* dataOutputs(input: DataInput): AsyncGenerator<OutputFile> {
  const { views, config, cache, original } = input;
  if (original) {
    for (const view of views) {
      const file = articleJson(original(view), view.path);
      // an unchanged article's JSON is taken from the previous output, like its page
      const version = cache?.versions.get(view.slug);
      if (cache && version) {
        cache.pages.record(file.path, version);
        const previous = cache.pages.reusable(file.path, version);
        if (previous) {
          yield { path: file.path, reuse: previous };
          continue;
        }
      }
      yield file;
    }
  }
  yield articlesIndex(views);
  const content = feedContent(input.renderer, input.full);
  // Atom needs `updated` even for an undated article: the newest date the site knows
  const latest = latestKnown(views, input.now);
  const feeds = [{ links: feedsOf("", config.title), dir: "", articles: views }, ...input.listings.flatMap((l) => (l.feeds ? [{ links: l.feeds, dir: l.dir, articles: l.articles }] : []))];
  for (const feed of feeds) {
    // a feed whose articles are the same versions as last time is taken from the previous output
    const shown = feed.articles.slice(0, feedSize);
    const signature = JSON.stringify([feed.links, feed.dir, shown.map((a) => `${a.slug}@${cache?.versions.get(a.slug) ?? ""}`), shown.some((a) => !a.published && !a.modified) ? latest.iso : null]);
    const paths = [feed.links.rss, feed.links.atom, feed.links.json];
    const previous = cache ? paths.map((path) => (cache.pages.record(path, signature), cache.pages.reusable(path, signature))) : [];
    if (previous.length && previous.every(Boolean)) {
      for (const [i, path] of paths.entries()) yield { path, reuse: previous[i] as string };
    } else {
      yield* await renderFeeds({ ...feed, content, latest }, config);
    }
  }
  // a page's lastmod: the newest date (updated, else published) of any story it shows — the
  // front page's lead story and section blocks included
  const newest = (p: Page): number | null => {
    const shown: ArticleSummary[] = [
      ...((p.data.lead ? [p.data.lead] : []) as ArticleSummary[]),
      ...((p.data.articles as ArticleSummary[] | undefined) ?? []),
      ...((p.data.latest as ArticleSummary[] | undefined) ?? []),
      ...((p.data.sections as { articles: ArticleSummary[] }[] | undefined) ?? []).flatMap((s) => s.articles),
    ];
    let time: number | null = null;
    for (const a of shown) {
      const t = (a.modified ?? a.published)?.time;
      if (t !== undefined && (time === null || t > time)) time = t;
    }
    return time;
  };
  yield* await renderSitemaps({ articles: views, pages: input.listed.map((p) => ({ path: p.path.replace(/index\.html$/, ""), lastmod: newest(p) })), now: input.now }, config);
}

/** Full HTML of an article for feeds: its blocks through the block templates, with absolute URLs. */
function feedContent(renderer: Renderer, full: (article: ArticleSummary) => ArticleView): (article: ArticleSummary) => Promise<string> {
  const done = new Map<string, string>();
  return async (summary) => {
    const cached = done.get(summary.slug);
    if (cached !== undefined) return cached;
    const article = full(summary);
    // images next to the article get absolute URLs, resolved (`./a b.svg` → `…/slug/a%20b.svg`), never joined
    const blocks = article.blocks.map((b) => (b.type === "media" && b.src && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(b.src) ? { ...b, src: resolveUrl(article.canonical, b.src) } : b));
    const html = await renderer.renderTemplate("feed-content", { article: { ...article, blocks } });
    done.set(article.slug, html);
    return html;
  };
}

