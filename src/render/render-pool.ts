/**
 * Pages rendered on worker threads (one per core). Each worker has its own LiquidJS engine over
 * the same templates; pages go over as plain data (teasers are summaries; a listing does not
 * carry its whole article list), and an article page's article is read on the worker.
 */
import type { Worker } from "node:worker_threads";
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";
import type { Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { startWorker } from "../worker-thread.js";
import type { BodySource } from "./article-body.js";

/** Below this many pages to render, the main thread renders alone. */
export const minimumPagesForWorkers = 400;

/** The page with only the data its templates read: a listing's page carries its own articles, not the whole listing's. */
export function portable(page: Page): Page {
  const listing = page.data.listing as object | undefined;
  return listing ? { ...page, data: { ...page.data, listing: { ...listing, articles: [] } } } : page;
}

export interface Rendered {
  html: string;
  /** The article's JSON, when the page was rendered with its body read from the parse cache. */
  json?: string;
}

export interface RenderPool {
  render: (page: Page, body?: BodySource | null) => Promise<Rendered>;
  close: () => Promise<void>;
}

export function startRenderPool(jobs: number, roots: string[], base: string, config: SiteConfig): RenderPool {
  const workers = Array.from({ length: jobs }, () => startWorker(import.meta.url, "render-worker", { roots, base, config }));
  const waiting = new Map<number, { done: (rendered: Rendered) => void; fail: (error: Error) => void; path: string }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const worker of workers) {
    worker.on("message", ({ id, html, json, error }: { id: number; html?: string; json?: string; error?: { file?: string; line?: number; column?: number; reason?: string; ruleId?: string } }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const job = waiting.get(id);
      waiting.delete(id);
      if (!job) return;
      if (html !== undefined) return job.done({ html, json });
      const file = new VFile({ path: error?.file ?? "templates" });
      fail(file, error?.reason ?? "template error", { line: error?.line ?? 1, column: error?.column ?? 1 }, error?.ruleId ?? "template-error");
      job.fail(new GalleyError(file.messages));
    });
    worker.on("error", (error) => {
      for (const job of waiting.values()) job.fail(error);
      waiting.clear();
    });
  }
  return {
    render: (page, body) =>
      new Promise((done, failed) => {
        const id = next++;
        waiting.set(id, { done, fail: failed, path: page.path });
        // the least busy worker takes the page
        const worker = [...load].sort((a, b) => a[1] - b[1])[0]?.[0] as Worker;
        load.set(worker, (load.get(worker) ?? 0) + 1);
        worker.postMessage({ id, page: portable(page), body: body ?? null });
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
