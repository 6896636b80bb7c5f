/**
 * On large builds an article page is planned from the article's summary (no blocks); its
 * blocks are read back from the parse cache just before the page is rendered, on whichever
 * thread renders it. The article's `article.json` is written from the same read.
 */
import { readEntry } from "../load/parse-cache.js";
import type { Article } from "../model/article.js";
import type { Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { toView } from "../model/views.js";
import { articleJson } from "./json-files.js";

/** Where a page's article is stored, and the sizes of its local images (`slug/src` → size). */
export interface BodySource {
  stored: string;
  sizes: [string, { width: number; height: number }][];
}

/** Reads the whole article of `source`. */
export function storedArticle(source: BodySource): Article {
  const entry = readEntry(source.stored);
  if (!entry) throw new Error(`the parse cache lost ${source.stored} during the build: build again`);
  return entry.article;
}

/** The page with its article's blocks, and the article's JSON file. */
export function withBody(page: Page, source: BodySource, config: SiteConfig): { page: Page; json: { path: string; contents: string } } {
  const article = storedArticle(source);
  const view = toView(article, config, new Map(source.sizes));
  return { page: { ...page, data: { ...page.data, article: view } }, json: articleJson(article, page.path) };
}
