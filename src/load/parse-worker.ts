/**
 * A worker thread that parses articles: text in; the entry stored in the cache, and sent back
 * (plain data). In a build it also renders pages: an article it parsed is kept in memory (up to
 * a budget) so its page is rendered from it, without reading the cache back. It is kept as its
 * JSON, one string: the parse's objects die young instead of being copied out of the young
 * generation and marked by every full collection until the page is rendered.
 */
import { parentPort, workerData } from "node:worker_threads";
import { VFile } from "vfile";
import type { Article } from "../model/article.js";
import type { SiteConfig } from "../model/site.js";
import { pageRenderer, transferable, type RenderJob, type RenderReply, type RenderSetup } from "../render/render-job.js";
import { entryFile } from "./parse-cache.js";
import { articleText, loadParser, parseEntry, storeEntry, summaryOf } from "./parsed-entry.js";
import type { ParseJob } from "./parse-pool.js";

await loadParser();
const setup = workerData as Pick<SiteConfig, "language" | "words"> & { render?: RenderSetup; worker: number };
const render = setup.render ? pageRenderer(setup.render) : null;

/**
 * Articles kept for their pages as JSON, by cache file: at most `budget` characters of them. The
 * JSON is kept as UTF-8 bytes outside V8's heap, so the heap does not grow with it: fewer full
 * collections while the articles wait, and none of them copied when the heap is compacted.
 */
const held = new Map<string, Buffer>();
const budget = 24_000_000;
let heldSize = 0;

function parse(job: ParseJob): { entry: ReturnType<typeof summaryOf>; held: number | null } {
  const entry = parseEntry(new VFile({ path: job.path, value: job.text }), job.contentPath, setup);
  let kept = false;
  if (job.store) {
    storeEntry(job.store, entry);
    const json = render && job.summary && job.hold ? articleText(entry) : "";
    if (json !== "" && heldSize + json.length <= budget) {
      held.set(job.store, Buffer.from(json, "utf8"));
      heldSize += json.length;
      kept = true;
    }
  }
  return { entry: job.summary ? summaryOf(entry) : entry, held: kept ? setup.worker : null };
}

function renderPage(job: RenderJob): RenderReply {
  const body = job.body;
  const file = body && "key" in body ? entryFile(body.cache, body.key) : null;
  const bytes = file ? held.get(file) : undefined;
  if (bytes === undefined || !body || !file) return (render as NonNullable<typeof render>)(job);
  // each article page is rendered once: its article is let go
  held.delete(file);
  const mine = bytes.toString("utf8");
  heldSize -= mine.length;
  return (render as NonNullable<typeof render>)({ ...job, body: { article: JSON.parse(mine) as Article, sizes: body.sizes } });
}

parentPort?.on("message", ({ id, job }: { id: number; job: ParseJob | RenderJob }) => {
  try {
    if ("page" in job) {
      const { reply, transfer } = transferable(renderPage(job));
      parentPort?.postMessage({ id, ...reply }, transfer);
    }
    else parentPort?.postMessage({ id, ...parse(job) });
  } catch (error) {
    // the job fails with its cause (a cache that cannot be written, a parser bug); the worker lives on
    const { message, code, path } = error as NodeJS.ErrnoException;
    parentPort?.postMessage({ id, failed: { message: String(message), code, path } });
  }
});
