/**
 * Every file of a built site but the copied ones: HTML pages, article JSON, feeds, sitemaps.
 * Produced one at a time (async generators), so no more than one page is held at once.
 */
import type { Article } from "../model/article.js";
import { feedsOf, pageSignature, type Listing, type Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import type { ArticleView } from "../model/views.js";
import type { OutputFile } from "../write/write-site.js";
import { renderFeeds } from "./feeds.js";
import { articleJson, articlesIndex } from "./json-files.js";
import type { PageCache } from "./page-cache.js";
import type { Renderer } from "./render-page.js";
import type { RenderPool } from "./render-pool.js";
import { renderSitemaps } from "./sitemaps.js";

/**
 * The HTML pages. With a page cache, a page whose signature is the one it had in the last
 * build is taken from the previous output instead of being rendered again. With `pool`
 * (worker threads), many pages to render are rendered in parallel, a window at a time.
 */
export async function* pageOutputs(
  pages: Iterable<Page>,
  renderer: Renderer,
  cache?: { pages: PageCache; versions: ReadonlyMap<string, string> },
  pool?: (pagesToRender: number) => RenderPool | null,
): AsyncGenerator<OutputFile> {
  const toRender: Page[] = [];
  for (const page of pages) {
    if (!cache) {
      toRender.push(page);
      continue;
    }
    const signature = pageSignature(page, cache.versions);
    cache.pages.record(page.path, signature);
    const previous = cache.pages.reusable(page.path, signature);
    if (previous) yield { path: page.path, reuse: previous };
    else toRender.push(page);
  }
  const workers = pool?.(toRender.length) ?? null;
  if (!workers) {
    for (const page of toRender) yield { path: page.path, contents: renderer.renderSync(page) };
    return;
  }
  try {
    const window: { path: string; html: Promise<string> }[] = [];
    for (const page of toRender) {
      const html = workers.render(page);
      // a failure is thrown where the page is awaited; the pages after it are not wanted then
      html.catch(() => undefined);
      window.push({ path: page.path, html });
      if (window.length >= 64) {
        const first = window.shift() as (typeof window)[number];
        yield { path: first.path, contents: await first.html };
      }
    }
    for (const item of window) yield { path: item.path, contents: await item.html };
  } finally {
    await workers.close();
  }
}

/** article.json files, articles.json, feeds and sitemaps. */
export async function* dataOutputs(
  views: ArticleView[],
  originals: Map<string, Article>,
  pages: Page[],
  listings: Listing[],
  config: SiteConfig,
  renderer: Renderer,
  now: number,
  cache?: { pages: PageCache; versions: ReadonlyMap<string, string> },
): AsyncGenerator<OutputFile> {
  for (const view of views) {
    const file = articleJson(originals.get(view.slug) as Article, view.path);
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
  yield articlesIndex(views);
  const content = feedContent(renderer);
  yield* await renderFeeds({ links: feedsOf("", config.title), dir: "", articles: views, content }, config);
  for (const listing of listings) {
    if (listing.feeds) yield* await renderFeeds({ links: listing.feeds, dir: listing.dir, articles: listing.articles, content }, config);
  }
  const listed = pages.filter((p) => p.template !== "article" && p.path !== "404.html");
  const newest = (p: Page) => {
    const list = (p.data.articles as ArticleView[] | undefined) ?? (p.data.latest as ArticleView[] | undefined) ?? [];
    return list[0]?.published?.time ?? null;
  };
  yield* await renderSitemaps({ articles: views, pages: listed.map((p) => ({ path: p.path.replace(/index\.html$/, ""), lastmod: newest(p) })), now }, config);
}

/** Full HTML of an article for feeds: its blocks through the block templates, with absolute URLs. */
function feedContent(renderer: Renderer): (article: ArticleView) => Promise<string> {
  const done = new Map<string, string>();
  return async (article) => {
    const cached = done.get(article.slug);
    if (cached !== undefined) return cached;
    const blocks = article.blocks.map((b) => (b.type === "media" && b.src && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(b.src) ? { ...b, src: article.canonical + b.src } : b));
    const html = await renderer.renderTemplate("feed-content", { article: { ...article, blocks } });
    done.set(article.slug, html);
    return html;
  };
}

