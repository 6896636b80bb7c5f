/**
 * Pages rendered on worker threads (one per core). Each worker has its own Eta renderer over
 * the same templates; pages go over as plain data (teasers are summaries; a listing does not
 * carry its whole article list), and an article page's article is read on the worker.
 */
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";
import type { Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { startPool, type WorkerPool } from "../worker-thread.js";
import type { RenderJob, RenderReply, RenderSetup } from "./render-job.js";
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
  return renderPoolOver(startPool<RenderJob, RenderReply>(import.meta.url, "render-worker", jobs, { roots, base, config } satisfies RenderSetup));
}

/**
 * Pages rendered by the threads of `pool` (render workers, or the parse workers of this build):
 * an article page goes to the worker that parsed its article and still holds it, when there is one.
 */
export function renderPoolOver(pool: WorkerPool<RenderJob, RenderReply>): RenderPool {
  return {
    render: async (page, body) => {
      const { html, json, error } = await pool.run({ page: portable(page), body: body ?? null }, body && "held" in body ? body.held : undefined);
      if (html !== undefined) return { html, json };
      // a template error, as plain data: a message with the template's file, line and column
      const file = new VFile({ path: error?.file ?? "templates" });
      fail(file, error?.reason ?? "template error", { line: error?.line ?? 1, column: error?.column ?? 1 }, error?.ruleId ?? "template-error");
      throw new GalleyError(file.messages);
    },
    close: pool.close,
  };
}
