/**
 * Site search with Pagefind, through its Node API: the article pages are added to the index from
 * memory as they are rendered (an unchanged page taken from the last build is read from there),
 * and the index files (`pagefind/…`) are yielded as outputs of the build, so the writer stages
 * them with the rest of the site and the manifest knows them. Only article pages are indexed:
 * drafts and future articles never reach a build's pages, listings are never added. Each article
 * is indexed in its own language (Pagefind keeps an index per language; the search page merges them).
 *
 * The index is deterministic for the same pages in the same order (pages come in plan order with
 * or without render workers), and an unchanged set of articles (same versions, same templates,
 * same settings: the page cache's fingerprint) reuses the last build's index without starting Pagefind.
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
 * Passes every file of `files` through, adding article pages to a Pagefind index on the way;
 * then yields the index files under `pagefind/`. With `config.search` false, only passes them through.
 */
export async function* withSearchIndex(files: AsyncIterable<OutputFile>, input: SearchInput): AsyncGenerator<OutputFile> {
  if (!input.config.search) return yield* files;
  const langOf = new Map(input.articles.map((a) => [a.path, a.lang]));
  const reused = reusedIndex(input);
  if (reused) {
    yield* files;
    return yield* reused;
  }
  const index = await openIndex();
  try {
    const errors: string[] = [];
    // pages sent but not yet indexed: a few at a time, so a large site's pages never pile up in the pipe to Pagefind
    const inFlight = new Set<Promise<void>>();
    let count = 0;
    for await (const file of files) {
      yield file;
      const lang = langOf.get(file.path);
      if (lang === undefined) continue;
      const html = "contents" in file ? (typeof file.contents === "string" ? file.contents : Buffer.from(file.contents).toString("utf8")) : await readFile(file.reuse, "utf8");
      // the template marks the story it lets search read; a draft or scheduled article's page (--drafts, --future) has none
      const content = searchExtract(html, lang);
      if (content === null) continue;
      // sent in page order: Pagefind takes them in the order they are sent, whenever they are answered
      const path = file.path;
      count++;
      const sent: Promise<void> = index.addHTMLFile({ url: `/${path}`, content }).then(
        (result) => void (result.errors.length && errors.push(`${path}: ${result.errors.join("; ")}`)),
        (error: Error) => void errors.push(`${path}: ${error.message}`),
      );
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
      if (inFlight.size >= 32) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (errors.length) throw new Error(`search index: Pagefind could not index ${errors.length} of ${count} pages: ${errors.slice(0, 3).join("; ")}`);
    yield* await indexFiles(index);
  } finally {
    await closeIndex(index);
  }
}

/** The index files of `index` as outputs under `pagefind/`, sorted by path. */
export async function indexFiles(index: PagefindIndex): Promise<OutputFile[]> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`search index: Pagefind could not write the index: ${errors.join("; ")}`);
  return files
    .map((f) => ({ path: `${searchDir}${f.path.replaceAll("\\", "/")}`, contents: f.content }))
    .filter((f) => !unused.test(f.path.slice(searchDir.length)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The last build's index files, when the articles (and their versions), templates and settings
 * are what they were then; null when the index must be made again.
 */
function reusedIndex(input: SearchInput): OutputFile[] | null {
  const { cache, outDir } = input;
  if (!cache || !outDir) return null;
  const signature = JSON.stringify(input.articles.map((a) => [a.path, a.lang, cache.versions.get(a.slug) ?? ""]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
  const entry = `${searchDir}pagefind-entry.json`;
  cache.pages.record(entry, signature);
  if (!cache.pages.reusable(entry, signature)) return null;
  const previous = readManifest(outDir)?.files.filter((path) => path.startsWith(searchDir));
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
