/**
 * What a thread that renders pages does with one page: page data in, HTML out (or a template
 * error as plain data, since errors do not cross threads). Shared by the render workers and the
 * parse workers, which render the pages of the articles they parsed from memory.
 */
import { GalleyError } from "../diagnostics.js";
import type { Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { withBody, type BodySource } from "./article-body.js";
import { createRenderer } from "./render-page.js";

export interface RenderSetup {
  roots: string[];
  base: string;
  config: SiteConfig;
}

export interface RenderJob {
  page: Page;
  body: BodySource | null;
}

export interface RenderReply {
  html?: string;
  json?: string;
  error?: { file?: string; line?: number; column?: number; reason?: string; ruleId?: string };
}

/** A function rendering one job with the templates of `setup` (compiled on first use). */
export function pageRenderer({ roots, base, config }: RenderSetup): (job: RenderJob) => RenderReply {
  let renderer: ReturnType<typeof createRenderer> | null = null;
  // the site's settings come with a worker's first page, and again only when they change
  let site: Page["data"]["site"] | null = null;
  return ({ page: sent, body }) => {
    renderer ??= createRenderer({ roots, base });
    if (sent.data.site) site = sent.data.site;
    const page = sent.data.site ? sent : { ...sent, data: { ...sent.data, site: site as Page["data"]["site"] } };
    try {
      const whole = body ? withBody(page, body, config) : null;
      return { html: renderer.renderSync(whole?.page ?? page), json: whole?.json.contents };
    } catch (error) {
      if (!(error instanceof GalleyError)) throw error;
      const m = error.messages[0];
      return { error: { file: m?.file, line: m?.line, column: m?.column, reason: m?.reason, ruleId: m?.ruleId } };
    }
  };
}
