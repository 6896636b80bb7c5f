/**
 * Reads and parses the articles of content/. A file that cannot be read still yields an entry
 * (with its messages), so every other file's problems are reported too. Files are read a batch
 * at a time and handed to the parse workers as they come, so no more than a window of texts is
 * held at once; with `summaries`, articles are kept without their blocks (the parse cache has them).
 */
import { lstatSync, type Stats } from "node:fs";
import { join } from "node:path";
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";
import type { Article } from "../model/article.js";
import type { SiteConfig } from "../model/site.js";
import type { ParseCache } from "./parse-cache.js";
import type { SourceStamps } from "./source-stamps.js";
import { emptyArticle, loadParser, parseEntry, summaryOf, type MediaRef, type ParsedEntry } from "./parsed-entry.js";
import { defaultJobs, holdUpTo, minimumForWorkers, startParsePool, type ParsePool } from "./parse-pool.js";
import { listSources, readSource } from "./read-sources.js";

export interface LoadedArticle {
  /** The article; without its blocks when loaded with `summaries` (see `key`). */
  article: Article;
  file: VFile;
  /** Path under content/, with `/` separators. */
  contentPath: string;
  /** Local images and videos the article names. */
  media: MediaRef[];
  /** Changes with any change to the Article. */
  version: string;
  /** The key of the whole entry in the parse cache, or null. */
  key: string | null;
  /** The number of the parse worker keeping the whole article for its page, or null. */
  held?: number | null;
}

/** Reads and parses one article of content/. `show` turns a path into what messages print. */
export async function loadArticle(contentDir: string, contentPath: string, config: SiteConfig, show: (p: string) => string): Promise<LoadedArticle> {
  const absolute = join(contentDir, contentPath);
  const file = await readSource(absolute, show(absolute), contentDir);
  if (file.messages.some((m) => m.fatal)) return unreadable(contentPath, file);
  await loadParser();
  const entry = parseEntry(file, contentPath, config);
  return { article: entry.article, file, contentPath, media: entry.media, version: entry.version, key: null };
}

export interface LoadOptions {
  /** Worker threads for parsing. Default: one per core. */
  jobs?: number;
  /** Parsed articles from earlier builds, or null to parse everything. */
  cache?: ParseCache | null;
  /** Keep articles without their blocks (needs `cache`, which holds them). Default false. */
  summaries?: boolean;
  /** Told after each batch of files: how many of `total` are read and parsed. */
  onProgress?: (done: number, total: number) => void;
  /** Told of each article as soon as it is read from the cache or parsed, while the workers parse the others (what a build can do with one article early). */
  onArticle?: (article: LoadedArticle) => void;
  /** Starts the parse workers when there are enough articles to parse; the caller then owns (and closes) them. Default: a pool of this load's own. */
  startPool?: (jobs: number) => ParsePool;
}

export interface LoadResult {
  articles: LoadedArticle[];
  /** How many articles were parsed, and how many came from the cache. */
  parsed: number;
  cached: number;
}

/** Files read at once; articles in the parse workers' hands at once. */
const batchSize = 32;
const window = 128;

/** Reads every article of content/; parses those the cache does not have, spread over workers. */
export async function loadArticles(contentDir: string, config: SiteConfig, show: (p: string) => string, options: LoadOptions = {}): Promise<LoadResult> {
  const paths = await listSources(contentDir);
  const { cache = null } = options;
  const summaries = options.summaries === true && cache !== null;
  const jobs = options.jobs ?? defaultJobs();
  const articles: LoadedArticle[] = new Array(paths.length);
  let pool: ParsePool | null = null;
  let cached = 0;
  let parsed = 0;
  let done = 0;
  const waiting: { i: number; file: VFile; key: string | null }[] = [];
  const inFlight = new Set<Promise<void>>();
  // an unchanged file's entry is found by its stamp, its text not read (nothing after loading reads it)
  const stamps = cache ? cache.stamps() : null;

  /** `entry` is already a summary when a worker made it one. */
  const settle = (i: number, file: VFile, entry: ParsedEntry, key: string | null, summarized = false, held: number | null = null) => {
    // the entry's messages are the file's (a worker parsed its own copy): put them on this one
    file.messages.length = 0;
    for (const m of entry.messages) {
      const message = file.message(m.reason, { place: m.line ? { line: m.line, column: m.column ?? 1 } : undefined, ruleId: m.ruleId, source: "galley" });
      message.fatal = m.fatal;
    }
    if (summaries) file.value = "";
    const kept = summaries && !summarized ? summaryOf(entry) : entry;
    if (summaries && stamps) stamps.keep(paths[i] as string, kept);
    const loaded: LoadedArticle = { article: kept.article, file, contentPath: paths[i] as string, media: kept.media, version: entry.version, key: cache ? key : null, held };
    articles[i] = loaded;
    done++;
    options.onArticle?.(loaded);
  };
  const parseInline = ({ i, file, key }: (typeof waiting)[number]) => {
    let entry: ParsedEntry;
    try {
      entry = parseEntry(file, paths[i] as string, config);
      if (key && cache) cache.set(key, entry);
    } catch (error) {
      throw parseFailure(error, file, cache, show);
    }
    settle(i, file, entry, key);
  };
  const dispatch = (p: ParsePool, { i, file, key }: (typeof waiting)[number]) => {
    const store = key && cache ? cache.fileOf(key) : null;
    const job = p.parse({ path: file.path, text: String(file.value), contentPath: paths[i] as string, store, summary: summaries, hold: paths.length <= holdUpTo }).then(
      ({ entry, held }) => settle(i, file, entry, key, summaries, held),
      (error: unknown) => {
        throw parseFailure(error, file, cache, show);
      },
    );
    const tracked: Promise<void> = job.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  try {
    for (let start = 0; start < paths.length; start += batchSize) {
      const batch = paths.slice(start, start + batchSize);
      // a rebuild's unchanged file: its stamp names its entry, and its text is not read (source-stamps.ts)
      const infos = batch.map((contentPath) => (stamps ? stampOf(join(contentDir, contentPath)) : null));
      const known = batch.map((contentPath, n) => {
        const info = infos[n];
        const key = info && stamps ? stamps.find(contentPath, info) : null;
        // a build keeps summaries: the one kept with the stamp, else the entry read from the cache
        const kept = key && summaries && stamps ? stamps.summary(contentPath) : null;
        const hit = kept ?? (key && cache ? cache.get(key) : null);
        return key && hit ? { key, hit, summarized: kept !== null } : null;
      });
      const read = await Promise.all(batch.map((contentPath, n) => (known[n] ? new VFile({ path: show(join(contentDir, contentPath)), value: "" }) : readSource(join(contentDir, contentPath), show(join(contentDir, contentPath)), contentDir))));
      read.forEach((file, n) => {
        const i = start + n;
        const stamped = known[n];
        if (stamped) {
          cached++;
          settle(i, file, stamped.hit, stamped.key, stamped.summarized);
          return;
        }
        if (file.messages.some((m) => m.fatal)) {
          articles[i] = unreadable(paths[i] as string, file);
          done++;
          return;
        }
        const key = cache ? cache.keyOf(paths[i] as string, String(file.value)) : null;
        const info = infos[n];
        if (stamps && key && info && file.messages.length === 0) stamps.set(paths[i] as string, info, key);
        const hit = key && cache ? cache.get(key) : null;
        if (hit) {
          cached++;
          settle(i, file, hit, key);
        } else {
          parsed++;
          waiting.push({ i, file, key });
        }
      });
      if (!pool && jobs > 1 && waiting.length >= minimumForWorkers) pool = options.startPool ? options.startPool(jobs) : startParsePool(jobs, config);
      if (pool) for (const item of waiting.splice(0)) dispatch(pool, item);
      while (inFlight.size > window) await Promise.race(inFlight);
      options.onProgress?.(done, paths.length);
    }
    // the parser is loaded only when this thread parses (a rebuild of unchanged articles never does)
    if (waiting.length > 0) await loadParser();
    for (const item of waiting.splice(0)) parseInline(item);
    await Promise.all(inFlight);
    saveStamps(stamps);
  } finally {
    if (!options.startPool) await pool?.close();
  }
  options.onProgress?.(done, paths.length);
  return { articles, parsed, cached };
}

/** The stamp of a plain file (a link is always read: its target may change), or null. */
function stampOf(path: string): Stats | null {
  try {
    const info = lstatSync(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/** Saves the stamps of this load: a failure costs only the next build's shortcut. */
function saveStamps(stamps: SourceStamps | null): void {
  try {
    stamps?.save();
  } catch {
    // the cache folder cannot be written: the build reports that when it writes entries
  }
}

/**
 * A parse that failed, as a message with its cause: the cache folder when it cannot be written
 * (a file where a folder should be, no permission, a full disk), else the article's file.
 */
function parseFailure(error: unknown, file: VFile, cache: ParseCache | null, show: (p: string) => string): GalleyError {
  if (error instanceof GalleyError) return error;
  const { message, code } = error as NodeJS.ErrnoException;
  if (code && cache) {
    const where = new VFile({ path: show(cache.dir) });
    fail(where, `cannot write the parse cache (${message}): delete ${show(join(cache.dir, ".."))}/ (it is only a cache) or build with --no-cache`, undefined, "cache-unwritable");
    return new GalleyError(where.messages);
  }
  const copy = new VFile({ path: file.path });
  fail(copy, `the parser failed on this file (${message}); please report it to Galley with the file`, undefined, "parse-crash");
  return new GalleyError(copy.messages);
}

/** Stands in for an unreadable file so every other file's problems are still reported. */
function unreadable(contentPath: string, file: VFile): LoadedArticle {
  const article: Article = { ...emptyArticle(), slug: `unreadable-${contentPath}`, source: { path: `content/${contentPath}`, format: "text" } };
  return { article, file, contentPath, media: [], version: "", key: null };
}
