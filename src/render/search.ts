/**
 * Site search with Pagefind, through its Node API: the article pages are added to the index from
 * memory as they are rendered (an unchanged page taken from the last build is read from there),
 * and the index files (`pagefind/…`) are yielded as outputs of the build, so the writer stages
 * them with the rest of the site and the manifest knows them. Only article pages are indexed:
 * drafts and future articles never reach a build's pages, listings are never added. Each article
 * is indexed in its own language (Pagefind keeps an index per language; the search page merges them).
 *
 * A large site's index is made in shards of about a hundred articles (`shardCount`), each an index
 * of its own that the search page merges into the first: a rebuild indexes again only the shards
 * whose articles changed (same versions, same templates, same settings: the page cache's
 * fingerprint), and takes the others from the last build's output without starting Pagefind.
 * The index is deterministic for the same pages in the same order (pages come in plan order with
 * or without render workers).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { SiteConfig } from "../model/site.js";
import type { ArticleSummary } from "../model/views.js";
import { readManifest } from "../write/output-guard.js";
import type { OutputFile } from "../write/write-site.js";
import type { PageCache } from "./page-cache.js";

/** Where the index goes in the output. */
export const searchDir = "pagefind/";

/**
 * The files of Pagefind's bundle a Galley site uses: the search library, its worker and WASM,
 * the index itself and the default UI. Pagefind's other UIs (component, modular) and its
 * highlighting script are left out: the search page does not load them.
 */
const unused = /^(pagefind-component-ui\.|pagefind-modular-ui\.|pagefind-highlight\.js$|playground\/)/;

export interface SearchInput {
  config: SiteConfig;
  /** The published articles: their pages are the ones indexed. */
  articles: readonly ArticleSummary[];
  /** The output folder (where a reused page, and a reused index, are read from). */
  outDir?: string;
  /** The page cache of the build, when it has one: an unchanged site reuses the last index. */
  cache?: { pages: PageCache; versions: ReadonlyMap<string, string> };
  /** Articles per shard before the index is split (`shardSize`; tests make small sites in shards). */
  shardSize?: number;
}

/**
 * The part of an article page Pagefind reads: the element marked `data-pagefind-body` (with its
 * filter and meta attributes) alone, in a page of the article's language; null when the page has
 * none (a draft's or a scheduled article's). Pagefind indexes only that element anyway, so the
 * header, rail, teasers and footer (most of a page's bytes) are not sent to it.
 */
export function searchExtract(html: string, lang: string): string | null {
  const marker = html.indexOf(" data-pagefind-body");
  if (marker < 0) return null;
  // the marked element (the built-in template marks <article class="story">; a site's own may mark another)
  const start = html.lastIndexOf("<", marker);
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, marker))?.[1];
  if (start < 0 || !name) return null;
  // its closing tag: elements of the same name nested in it (an embedded post's article) are counted
  const tag = new RegExp(`<(/?)${name}\\b`, "gi");
  tag.lastIndex = start + 1;
  let depth = 1;
  let end = -1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = html.indexOf(">", m.index) + 1;
      break;
    }
  }
  if (end <= 0) return null;
  return `<!doctype html><html lang="${lang.replaceAll('"', "")}"><head><meta charset="utf-8"></head><body>${html.slice(start, end)}</body></html>`;
}

/**
 * A large site's index is made in shards, so that a rebuild after one article changed indexes
 * only that article's shard again (Pagefind cannot update an index: each shard is indexed whole).
 * Up to `shardSize` articles make one index, as Pagefind makes it; beyond that the articles are
 * dealt by a hash of their path into a power of two of shards (at most `maxShards`), which the
 * search page searches together. A shard's place never depends on the other articles: a new or
 * changed article changes its own shard only, until the count of shards doubles. The search page
 * searches the first shard and merges the others into it, so the first must hold pages: with a
 * hundred articles to a shard on average, a hash leaving it empty is out of reach.
 * 125 to a shard: one changed article of 4000 re-indexes 125 articles, not 500 (Pagefind indexes
 * about 400 articles a second here), while a cold build's per-shard cost stays small (bench/RESULTS.md).
 */
export const shardSize = 125;
const maxShards = 64;

/** How many shards the index of `articles` articles has. */
export function shardCount(articles: number, size = shardSize): number {
  let count = 1;
  while (count < maxShards && articles > count * size) count *= 2;
  return count;
}

/** The shard of the page at `path` among `count` shards (FNV-1a of the path). */
export function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** Where shard `shard` goes: the first is Pagefind's bundle (its scripts, WASM and UI with it), the others its index files alone. */
export const shardDir = (shard: number): string => (shard === 0 ? searchDir : `${searchDir}shard-${shard}/`);

/** The list of the other shards and their languages, for the search page (assets/search.js). */
export const shardsFile = `${searchDir}galley-shards.json`;

/** The files a shard other than the first keeps: its entry, metadata, word index, filters and fragments (the first shard's scripts and WASM serve them all). */
const shardIndexFile = /^(pagefind-entry\.json|[^/]*\.pf_meta|(index|filter|fragment)\/.*)$/;

/**
 * Passes every file of `files` through, adding article pages to the Pagefind index of their
 * shard on the way; then yields the index files under `pagefind/`, a shard unchanged since the
 * last build taken from its output. With `config.search` false, only passes them through.
 */
export async function* withSearchIndex(files: AsyncIterable<OutputFile>, input: SearchInput): AsyncGenerator<OutputFile> {
  if (!input.config.search) return yield* files;
  const langOf = new Map(input.articles.map((a) => [a.path, a.lang]));
  const shards = shardCount(input.articles.length, input.shardSize);
  const reused = Array.from({ length: shards }, (_, shard) => reusedShard(input, shards, shard));
  if (reused.every((files) => files !== null)) {
    yield* files;
    return yield* await withShardList(reused.flatMap((files) => files ?? []));
  }
  // the shards made again, opened when their first page comes (the first always: it carries Pagefind's scripts)
  const indexes = new Map<number, Promise<PagefindIndex>>();
  const indexOf = (shard: number) => {
    let index = indexes.get(shard);
    if (!index) indexes.set(shard, (index = openIndex()));
    return index;
  };
  try {
    if (!reused[0]) await indexOf(0);
    const errors: string[] = [];
    // pages sent but not yet indexed: a few at a time, so a large site's pages never pile up in the pipe to Pagefind
    const inFlight = new Set<Promise<void>>();
    let count = 0;
    // Pagefind numbers pages in the order they are sent, so they are sent in the articles' order,
    // whatever order they come in (a rebuild passes the pages it reuses before those it renders
    // again): a page that comes early waits here for the ones before it
    const position = new Map(input.articles.map((a, k) => [a.path, k]));
    const early = new Map<number, { path: string; shard: number; content: string | null }>();
    let next = 0;
    const send = async (path: string, shard: number, content: string) => {
      count++;
      const sent: Promise<void> = indexOf(shard)
        .then((index) => index.addHTMLFile({ url: `/${path}`, content }))
        .then(
          (result) => void (result.errors.length && errors.push(`${path}: ${result.errors.join("; ")}`)),
          (error: Error) => void errors.push(`${path}: ${error.message}`),
        );
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
      if (inFlight.size >= 32) await Promise.race(inFlight);
    };
    const sendReady = async () => {
      for (let item = early.get(next); item !== undefined; item = early.get(next)) {
        early.delete(next++);
        if (item.content !== null) await send(item.path, item.shard, item.content);
      }
    };
    for await (const file of files) {
      yield file;
      const lang = langOf.get(file.path);
      const at = position.get(file.path);
      if (lang === undefined || at === undefined) continue;
      const shard = shards === 1 ? 0 : shardOf(file.path, shards);
      // (a page of a shard taken from the last build is not read, but holds its place in the order)
      let content: string | null = null;
      if (!reused[shard]) {
        const html = "contents" in file ? (typeof file.contents === "string" ? file.contents : Buffer.from(file.contents).toString("utf8")) : await readFile(file.reuse, "utf8");
        // the template marks the story it lets search read; a draft or scheduled article's page (--drafts, --future) has none
        content = searchExtract(html, lang);
      }
      early.set(at, { path: file.path, shard, content });
      await sendReady();
    }
    // (articles whose page never came: the rest in order)
    for (const at of [...early.keys()].sort((a, b) => a - b)) {
      const item = early.get(at);
      if (item?.content != null) await send(item.path, item.shard, item.content);
    }
    await Promise.all(inFlight);
    if (errors.length) throw new Error(`search index: Pagefind could not index ${errors.length} of ${count} pages: ${errors.slice(0, 3).join("; ")}`);
    const out: OutputFile[] = [];
    for (let shard = 0; shard < shards; shard++) {
      const index = indexes.get(shard);
      if (index) out.push(...(await indexFiles(await index, shard)));
      else out.push(...(reused[shard] ?? []));
    }
    yield* await withShardList(out);
  } finally {
    for (const index of indexes.values()) await index.then(closeIndex, () => undefined);
  }
}

/** The index files of `index` as outputs under the folder of its shard, sorted by path. */
export async function indexFiles(index: PagefindIndex, shard = 0): Promise<OutputFile[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`search index: Pagefind could not write the index: ${errors.join("; ")}`);
  const keep = shard === 0 ? (path: string) => !unused.test(path) : (path: string) => shardIndexFile.test(path);
  return files
    .map((f) => ({ path: f.path.replaceAll("\\", "/"), contents: f.content }))
    .filter((f) => keep(f.path))
    .map((f) => ({ path: `${shardDir(shard)}${f.path}`, contents: f.contents }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `files` and the list of the shards after the first with their languages, read from each one's entry (empty with one shard: the search page asks for it whatever the site's size). */
async function withShardList(files: OutputFile[]): Promise<OutputFile[]> {
  const list: { path: string; languages: string[] }[] = [];
  for (const file of files) {
    const shard = /^pagefind\/shard-(\d+)\/pagefind-entry\.json$/.exec(file.path);
    if (!shard) continue;
    const text = "contents" in file ? Buffer.from(file.contents).toString("utf8") : await readFile(file.reuse, "utf8");
    const entry = JSON.parse(text) as { languages?: Record<string, unknown> };
    list.push({ path: `shard-${shard[1]}/`, languages: Object.keys(entry.languages ?? {}).sort() });
  }
  list.sort((a, b) => Number(a.path.slice(6, -1)) - Number(b.path.slice(6, -1)));
  return [...files, { path: shardsFile, contents: `${JSON.stringify({ shards: list })}\n` }];
}

/**
 * The last build's files of shard `shard`, when its articles (and their versions), templates and
 * settings are what they were then; null when the shard must be indexed again.
 */
function reusedShard(input: SearchInput, shards: number, shard: number): OutputFile[] | null {
  const { cache, outDir } = input;
  if (!cache || !outDir) return null;
  const mine = input.articles.filter((a) => shards === 1 || shardOf(a.path, shards) === shard);
  const signature = JSON.stringify([shards, ...mine.map((a) => [a.path, a.lang, cache.versions.get(a.slug) ?? ""]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))]);
  const dir = shardDir(shard);
  const entry = `${dir}pagefind-entry.json`;
  cache.pages.record(entry, signature);
  if (!cache.pages.reusable(entry, signature)) return null;
  const previous = readManifest(outDir)?.files.filter((path) => path.startsWith(dir) && (shard !== 0 || !/^pagefind\/shard-\d+\//.test(path)) && path !== shardsFile);
  if (!previous?.length) return null;
  return previous.sort().map((path) => ({ path, reuse: join(outDir, path) }));
}

type Pagefind = typeof import("pagefind");
export type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind["createIndex"]>>["index"]>;

/** Pagefind runs as one service process per Node process: closed when the last index using it is done. */
let open = 0;

/** A new, empty Pagefind index. Pagefind is loaded only when a site is indexed. */
export async function openIndex(): Promise<PagefindIndex> {
  const pagefind: Pagefind = await import("pagefind");
  open++;
  try {
    // the URLs given are kept as they are (`/slug/index.html`, like the site's own links)
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
    if (!index) throw new Error(`search index: Pagefind did not start (${errors.join("; ") || "no reason given"}); set \`search: false\` in site.yaml to build without search`);
    return index;
  } catch (error) {
    open--;
    if (open === 0) await pagefind.close().catch(() => undefined);
    // e.g. no Pagefind binary for this platform (npm installs it as an optional dependency)
    if (error instanceof Error && !error.message.startsWith("search index:")) throw new Error(`search index: Pagefind did not start (${error.message}); set \`search: false\` in site.yaml to build without search`, { cause: error });
    throw error;
  }
}

/** Frees `index`, and stops Pagefind's process when no other index is open. */
export async function closeIndex(index: PagefindIndex): Promise<void> {
  const pagefind: Pagefind = await import("pagefind");
  await index.deleteIndex().catch(() => undefined);
  open--;
  if (open === 0) await pagefind.close().catch(() => undefined);
}
