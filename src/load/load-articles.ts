/**
 * Reads and parses the articles of content/. A file that cannot be read still yields an entry
 * (with its messages), so every other file's problems are reported too.
 */
import { join } from "node:path";
import type { VFile } from "vfile";
import type { Article } from "../model/article.js";
import type { SiteConfig } from "../model/site.js";
import { parseArticle } from "../parse/index.js";
import { listSources, readSource } from "./read-sources.js";

export interface LoadedArticle {
  article: Article;
  file: VFile;
  /** Path under content/, with `/` separators. */
  contentPath: string;
}

/** Reads and parses one article of content/. `show` turns a path into what messages print. */
export async function loadArticle(contentDir: string, contentPath: string, config: SiteConfig, show: (p: string) => string): Promise<LoadedArticle> {
  const absolute = join(contentDir, contentPath);
  const file = await readSource(absolute, show(absolute));
  if (file.messages.some((m) => m.fatal)) return { article: placeholderArticle(contentPath, file), file, contentPath };
  const { article } = parseArticle(file, { language: config.language, words: config.words, contentPath });
  return { article, file, contentPath };
}

export async function loadArticles(contentDir: string, config: SiteConfig, show: (p: string) => string): Promise<LoadedArticle[]> {
  const results: LoadedArticle[] = [];
  for (const contentPath of await listSources(contentDir)) results.push(await loadArticle(contentDir, contentPath, config, show));
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

