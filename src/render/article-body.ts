/**
 * An article page is planned from the article's summary (no blocks); its whole article is read
 * just before the page is rendered, on whichever thread renders it: from the parse cache on
 * large builds, or handed over whole. The article's `article.json` is written from the same read.
 */
import { relative } from "node:path";
import { CommandError } from "../diagnostics.js";
import { entryFile, readEntry } from "../load/parse-cache.js";
import type { Article } from "../model/article.js";
import { withArticle, type Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { toView, type LocalImage } from "../model/views.js";
import { articleJson } from "./json-files.js";

/**
 * Where a page's article is (the parse cache's folder and its key, and the number of the parse
 * worker that still holds it in memory, if one does; or the article itself), and the sizes of
 * its local images (`slug/src` → size).
 */
export type BodySource = ({ cache: string; key: string; held?: number } | { article: Article }) & { sizes: [string, LocalImage][] };

/** Reads the whole article of `source`. */
export function storedArticle(source: BodySource): Article {
  if ("article" in source) return source.article;
  const file = entryFile(source.cache, source.key);
  const entry = readEntry(file);
  if (!entry) throw new CommandError(`the parse cache lost ${relative(process.cwd(), file) || file} during the build (was .galley-cache/ deleted?): build again`);
  return entry.article;
}

/** The page with its whole article, and the article's JSON file. */
export function withBody(page: Page, source: BodySource, config: SiteConfig): { page: Page; json: { path: string; contents: string } } {
  const article = storedArticle(source);
  return { page: withArticle(page, toView(article, config, new Map(source.sizes)), config), json: articleJson(article, page.path) };
}
