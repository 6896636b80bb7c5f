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
import type { ArticleSummary } from "../model/views.js";
import { resolveRefs } from "./teaser-refs.js";

export interface RenderSetup {
  roots: string[];
  base: string;
  config: SiteConfig;
}

export interface RenderJob {
  /** The page, its teasers as references to summaries the thread was sent before (teaser-refs.ts). */
  page: Page;
  body: BodySource | null;
  /** Summaries sent with this page for the first time. */
  teasers?: ArticleSummary[];
}

export interface RenderReply {
  /** UTF-8 bytes once `transferable` made them so (a worker's reply), else text. */
  html?: string | Uint8Array;
  json?: string | Uint8Array;
  error?: { file?: string; line?: number; column?: number; reason?: string; ruleId?: string };
}

/** A function rendering one job with the templates of `setup` (compiled on first use). */
export function pageRenderer({ roots, base, config }: RenderSetup): (job: RenderJob) => RenderReply {
  let renderer: ReturnType<typeof createRenderer> | null = null;
  // the site's settings come with a worker's first page, and again only when they change
  let site: Page["data"]["site"] | null = null;
  const table = new Map<string, ArticleSummary>();
  return ({ page: posted, body, teasers }) => {
    renderer ??= createRenderer({ roots, base });
    const { site: own, ...rest } = posted.data;
    if (own) site = own;
    const page = { ...posted, data: { site: site as Page["data"]["site"], ...resolveRefs(rest, table, teasers ?? []) } as Page["data"] };
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

const utf8 = new TextEncoder();

/**
 * The reply as a worker posts it: the HTML and JSON as UTF-8 bytes whose buffers are handed to
 * the main thread, not copied (a string is copied on both sides of the message, and encoded
 * again by the main thread when it writes the file).
 */
export function transferable(reply: RenderReply): { reply: RenderReply; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const bytes = (text: string | Uint8Array | undefined) => {
    if (typeof text !== "string") return text;
    const encoded = utf8.encode(text);
    transfer.push(encoded.buffer as ArrayBuffer);
    return encoded;
  };
  const html = bytes(reply.html);
  const json = bytes(reply.json);
  return { reply: { ...reply, ...(html !== undefined ? { html } : {}), ...(json !== undefined ? { json } : {}) }, transfer };
}
