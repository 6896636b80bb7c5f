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
import type { ArticleSummary } from "../model/views.js";
import { withRefs } from "./teaser-refs.js";

/** Below this many pages to render, the main thread renders alone. */
export const minimumPagesForWorkers = 400;

/** The page with only the data its templates read: a listing's page carries its own articles, not the whole listing's. */
export function portable(page: Page): Page {
  const listing = page.data.listing as object | undefined;
  return listing ? { ...page, data: { ...page.data, listing: { ...listing, articles: [] } } } : page;
}

/**
 * The page as sent to a worker: `portable`, without the site when the worker has it (`siteKnown`),
 * and an article page rendered from its body without what it is planned again from (its own
 * fields and summary): only the stories shown under it.
 */
function sendable(page: Page, withBody: boolean, siteKnown: boolean): Page {
  const site = siteKnown ? null : page.data.site;
  if (withBody && page.template === "article") return { ...page, data: { site, more: page.data.more } as unknown as Page["data"] };
  const whole = portable(page);
  return { ...whole, data: { ...whole.data, site } as Page["data"] };
}

export interface Rendered {
  /** The page, as UTF-8 bytes when a worker rendered it. */
  html: string | Uint8Array;
  /** The article's JSON, when the page was rendered with its body read from the parse cache. */
  json?: string | Uint8Array;
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
  // the site's settings and menus (the same for every page) go to each worker once, and so does each teaser (teaser-refs.ts)
  const sent = new Map<number, object>();
  const teasers = new Map<number, Set<string>>();
  const job = (page: Page, body: BodySource | null) => (worker: number): RenderJob => {
    const site = page.data.site;
    const known = sent.get(worker) === site;
    sent.set(worker, site);
    const whole = sendable(page, body !== null, known);
    let slugs = teasers.get(worker);
    if (!slugs) teasers.set(worker, (slugs = new Set()));
    const fresh: ArticleSummary[] = [];
    const { site: own, ...rest } = whole.data;
    const data = { site: own, ...withRefs(rest, slugs, fresh) } as Page["data"];
    return { page: { ...whole, data }, body, ...(fresh.length > 0 ? { teasers: fresh } : {}) };
  };
  return {
    render: async (page, body) => {
      const { html, json, error } = await pool.run(job(page, body ?? null), body && "held" in body ? body.held : undefined);
      if (html !== undefined) return { html, json };
      // a template error, as plain data: a message with the template's file, line and column
      const file = new VFile({ path: error?.file ?? "templates" });
      fail(file, error?.reason ?? "template error", { line: error?.line ?? 1, column: error?.column ?? 1 }, error?.ruleId ?? "template-error");
      throw new GalleyError(file.messages);
    },
    close: pool.close,
  };
}
