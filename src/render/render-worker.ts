/** A worker thread that renders pages: page data in, HTML (or a template error as plain data) out. */
import { parentPort, workerData } from "node:worker_threads";
import { GalleyError } from "../diagnostics.js";
import type { Page } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { withBody, type BodySource } from "./article-body.js";
import { createRenderer } from "./render-page.js";

const { roots, base, config } = workerData as { roots: string[]; base: string; config: SiteConfig };
const renderer = createRenderer({ roots, base });

parentPort?.on("message", ({ id, job: { page, body } }: { id: number; job: { page: Page; body: BodySource | null } }) => {
  try {
    const whole = body ? withBody(page, body, config) : null;
    parentPort?.postMessage({ id, html: renderer.renderSync(whole?.page ?? page), json: whole?.json.contents });
  } catch (error) {
    if (!(error instanceof GalleyError)) throw error;
    const m = error.messages[0];
    parentPort?.postMessage({ id, error: { file: m?.file, line: m?.line, column: m?.column, reason: m?.reason, ruleId: m?.ruleId } });
  }
});
