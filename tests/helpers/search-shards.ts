/**
 * A built site's search index made again in shards of `shardSize` articles (a test site is far
 * smaller than a shard): the article pages of `out` go through `withSearchIndex` as a build sends
 * them, and the index it yields replaces `out/pagefind/`, with the manifest updated to match.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { SiteConfig } from "../../src/model/site.js";
import type { ArticleSummary } from "../../src/model/views.js";
import type { PageCache } from "../../src/render/page-cache.js";
import { searchDir, withSearchIndex } from "../../src/render/search.js";
import { manifestBytes, readManifest } from "../../src/write/output-guard.js";
import type { OutputFile } from "../../src/write/write-site.js";

export interface IndexedArticle {
  path: string;
  lang: string;
  slug: string;
  /** What the page cache knows it by (a changed article has another). */
  version?: string;
}

/** A page cache in memory, as one output folder's across builds: signatures recorded in a build are the next one's. */
export function memoryPageCache(out: string): PageCache & { next: () => void } {
  let previous = new Map<string, string>();
  let current = new Map<string, string>();
  return {
    reusable: (path, signature) => (previous.get(path) === signature ? join(out, path) : null),
    record: (path, signature) => void current.set(path, signature),
    save: () => undefined,
    next: () => {
      previous = current;
      current = new Map();
    },
  };
}

/** Indexes the article pages of `out` in shards; returns the index's outputs (a reused file is `{ path, reuse }`). */
export async function indexInShards(out: string, articles: IndexedArticle[], options: { shardSize: number; cache?: PageCache }): Promise<OutputFile[]> {
  async function* pages(): AsyncGenerator<OutputFile> {
    for (const article of articles) yield { path: article.path, contents: readFileSync(join(out, article.path)) };
  }
  const versions = new Map(articles.map((a) => [a.slug, a.version ?? "1"]));
  const input = {
    config: { search: true } as SiteConfig,
    articles: articles as unknown as ArticleSummary[],
    outDir: out,
    shardSize: options.shardSize,
    ...(options.cache ? { cache: { pages: options.cache, versions } } : {}),
  };
  const outputs: OutputFile[] = [];
  for await (const file of withSearchIndex(pages(), input)) if (file.path.startsWith(searchDir)) outputs.push(file);
  // the index's files are read (a reused one from where it is) before the old index is removed
  const bytes = outputs.map((file) => ("contents" in file ? file.contents : readFileSync(file.reuse)));
  rmSync(join(out, searchDir), { recursive: true, force: true });
  outputs.forEach((file, i) => {
    mkdirSync(dirname(join(out, file.path)), { recursive: true });
    writeFileSync(join(out, file.path), bytes[i] ?? "");
  });
  const others = (readManifest(out)?.files ?? []).filter((path) => !path.startsWith(searchDir));
  writeFileSync(join(out, ".galley-manifest.json"), manifestBytes([...others, ...outputs.map((f) => f.path)]));
  return outputs;
}
