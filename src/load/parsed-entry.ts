/**
 * A parsed article as the build keeps it: the Article, its messages as plain data, the local
 * media it names (with their place in the file) and a version that changes with any change to
 * the Article. Made where the article is parsed (a worker or the main thread), stored in the
 * parse cache as one JSON file, and kept in memory without its blocks on large builds.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { VFile } from "vfile";
import { fail } from "../diagnostics.js";
import type { Article } from "../model/article.js";
import type { SiteConfig } from "../model/site.js";

/** A message as plain data (vfile messages do not cross threads or files). */
export interface PlainMessage {
  reason: string;
  line: number | undefined;
  column: number | undefined;
  ruleId: string | undefined;
  fatal: boolean;
}

/** An image or video next to the article, as written in it, and where. */
export interface MediaRef {
  src: string;
  place: { line: number; column: number } | undefined;
}

export interface ParsedEntry {
  article: Article;
  messages: PlainMessage[];
  media: MediaRef[];
  /** A hash of the Article JSON. */
  version: string;
}

export const isLocalSource = (src: string): boolean => !/^[a-z][a-z0-9+.-]*:|^\/\/|^\/|^#/i.test(src);

export function plainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((m) => ({ reason: m.reason, line: m.line, column: m.column, ruleId: m.ruleId, fatal: m.fatal === true }));
}

/** The parser, loaded when first needed: a rebuild whose articles all come from the cache never loads it. */
let parser: typeof import("../parse/index.js") | null = null;

/** Loads the parser; `parseEntry` needs it loaded first. */
export async function loadParser(): Promise<void> {
  parser ??= await import("../parse/index.js");
}

/** Parses `file` (its value the decoded text) into an entry; the file keeps its messages too. Call `loadParser` first. */
export function parseEntry(file: VFile, contentPath: string, config: Pick<SiteConfig, "language" | "words">): ParsedEntry {
  if (!parser) throw new Error("the parser is not loaded: await loadParser() before parseEntry()");
  const { parseArticle } = parser;
  let article: Article;
  try {
    ({ article } = parseArticle(file, { language: config.language, words: config.words, contentPath }));
  } catch (error) {
    // a fault of Galley's, not of the file: still an error naming the file, and the build goes on to report the others
    fail(file, `Galley failed reading this file (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}): please report it with the file`, { line: 1, column: 1 }, "internal-error");
    article = { ...emptyArticle(), slug: `unparsed-${contentPath}` };
  }
  // relative to the site folder, whatever folder the build runs from: article.json is public
  article.source = { ...article.source, path: `content/${contentPath}` };
  const text = String(file.value);
  const sources = new Set(article.blocks.flatMap((b) => (b.type === "media" && b.src && isLocalSource(b.src) ? [b.src] : [])));
  if (article.image && isLocalSource(article.image)) sources.add(article.image);
  const json = JSON.stringify(article);
  const entry: ParsedEntry = {
    article,
    messages: plainMessages(file),
    media: [...sources].map((src) => ({ src, place: placeOfText(text, src) })),
    version: createHash("sha1").update(json).digest("hex"),
  };
  // the article is serialised once: its JSON makes the version and the cache entry
  stored.set(entry, json);
  return entry;
}

/** The article's JSON of an entry made by `parseEntry` (until it is stored). */
const stored = new WeakMap<ParsedEntry, string>();

/** The article of `entry` as JSON (made once, by `parseEntry`). */
export function articleText(entry: ParsedEntry): string {
  return stored.get(entry) ?? JSON.stringify(entry.article);
}

/** The cache file's text of `entry`: the same as `JSON.stringify(entry)`. */
function entryJson(entry: ParsedEntry): string {
  const article = stored.get(entry);
  if (article === undefined) return JSON.stringify(entry);
  return `{"article":${article},"messages":${JSON.stringify(entry.messages)},"media":${JSON.stringify(entry.media)},"version":${JSON.stringify(entry.version)}}`;
}

/** An article with nothing in it: stands in for a file that could not be parsed, so every other file's problems are still reported. */
export function emptyArticle(): Article {
  return {
    slug: "", headline: "", lede: "", byline: null, author: null, kicker: null, dateline: null, date: null, updated: null,
    dateText: null, section: null, tags: [], lang: "en", description: null, image: null, draft: false, featured: false, correction: null, blocks: [],
    source: { path: "", format: "text" },
  };
}

/** Cache folders made by this thread (256 at most). */
const madeDirs = new Set<string>();

/** Writes an entry where the parse cache reads it; returns the length of its JSON. */
export function storeEntry(path: string, entry: ParsedEntry): number {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const json = entryJson(entry);
  try {
    writeFileSync(path, json);
  } catch (error) {
    // the folder was removed since (a long dev session): made again
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, json);
  }
  return json.length;
}

/**
 * The entry with only what listings, feeds' item lists, sitemaps and the checks of a build need:
 * no blocks but the first image (a lead image when front matter names none), and none of the
 * fields only the article's own page shows (byline, dateline, date lines, correction; the lede
 * when a description stands in for it). The page reads the whole entry back from the cache.
 */
export function summaryOf(entry: ParsedEntry): ParsedEntry {
  const a = entry.article;
  const lead = a.blocks.find((b) => b.type === "media" && b.kind === "image" && b.src !== null);
  const article = { ...a, blocks: lead ? [lead] : [], lede: a.description === null ? a.lede : "", byline: null, dateline: null, dateText: null, correction: null };
  return { ...entry, article, media: entry.media.length === 0 ? noMedia : entry.media, messages: entry.messages.length === 0 ? noMessages : entry.messages };
}

const noMedia = Object.freeze([]) as unknown as MediaRef[];
const noMessages = Object.freeze([]) as unknown as PlainMessage[];

function placeOfText(text: string, needle: string): { line: number; column: number } | undefined {
  const index = text.indexOf(needle);
  if (index < 0) return undefined;
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
