/**
 * Reads and parses the articles of content/. A file that cannot be read still yields an entry
 * (with its messages), so every other file's problems are reported too.
 */
import { join } from "node:path";
import type { VFile } from "vfile";
import type { Article } from "../model/article.js";
import type { SiteConfig } from "../model/site.js";
import { parseArticle } from "../parse/index.js";
import type { ParseCache, ParsedEntry } from "./parse-cache.js";
import { defaultJobs, parseAll } from "./parse-pool.js";
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
  const file = await readSource(absolute, show(absolute), contentDir);
  if (file.messages.some((m) => m.fatal)) return { article: placeholderArticle(contentPath, file), file, contentPath };
  const { article } = parseArticle(file, { language: config.language, words: config.words, contentPath });
  return { article, file, contentPath };
}

export interface LoadOptions {
  /** Worker threads for parsing. Default: one per core. */
  jobs?: number;
  /** Parsed articles from earlier builds, or null to parse everything. */
  cache?: ParseCache | null;
}

export interface LoadResult {
  articles: LoadedArticle[];
  /** How many articles were parsed, and how many came from the cache. */
  parsed: number;
  cached: number;
}

/** Reads every article of content/; parses those the cache does not have, spread over workers. */
export async function loadArticles(contentDir: string, config: SiteConfig, show: (p: string) => string, options: LoadOptions = {}): Promise<LoadResult> {
  const files: { file: VFile; contentPath: string; key: string | null }[] = [];
  const paths = await listSources(contentDir);
  // read a few files at a time: waiting on the disk one file after another is most of a warm build
  for (let start = 0; start < paths.length; start += 32) {
    const batch = paths.slice(start, start + 32);
    const read = await Promise.all(batch.map((contentPath) => readSource(join(contentDir, contentPath), show(join(contentDir, contentPath)), contentDir)));
    read.forEach((file, i) => {
      const contentPath = batch[i] as string;
      const key = options.cache && !file.messages.some((m) => m.fatal) ? options.cache.keyOf(contentPath, String(file.value)) : null;
      files.push({ file, contentPath, key });
    });
  }
  const entries: (ParsedEntry | null)[] = files.map(({ key }) => (key && options.cache ? options.cache.get(key) : null));
  const cached = entries.filter(Boolean).length;
  const missing = files.flatMap((f, i) => (entries[i] === null && !f.file.messages.some((m) => m.fatal) ? [i] : []));
  const parsed = await parseAll(
    missing.map((i) => ({ file: files[i]?.file as VFile, contentPath: files[i]?.contentPath ?? "" })),
    config,
    options.jobs ?? defaultJobs(),
  );
  missing.forEach((i, n) => {
    const entry = parsed[n] as ParsedEntry;
    const { key, file } = files[i] as (typeof files)[number];
    entries[i] = entry;
    file.messages.length = 0;
    if (key && options.cache) options.cache.set(key, entry);
  });
  const articles = files.map(({ file, contentPath }, i) => {
    const entry = entries[i];
    if (!entry) return { article: placeholderArticle(contentPath, file), file, contentPath };
    for (const m of entry.messages) {
      const message = file.message(m.reason, { place: m.line ? { line: m.line, column: m.column ?? 1 } : undefined, ruleId: m.ruleId, source: "galley" });
      message.fatal = m.fatal;
    }
    return { article: entry.article, file, contentPath };
  });
  return { articles, parsed: missing.length, cached };
}

/** Stands in for an unreadable file so every other file's problems are still reported. */
function placeholderArticle(contentPath: string, file: VFile): Article {
  return {
    slug: `unreadable-${contentPath}`, headline: "", lede: "", byline: null, author: null, kicker: null, dateline: null, date: null, updated: null,
    dateText: null, section: null, tags: [], lang: "en", description: null, image: null, draft: false, featured: false, correction: null, blocks: [],
    source: { path: file.path, format: "text" },
  };
}

