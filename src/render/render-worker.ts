/** A worker thread that renders pages: page data in, HTML (or a template error as plain data) out. */
import { parentPort, workerData } from "node:worker_threads";
import { GalleyError } from "../diagnostics.js";
import type { Page } from "../model/pages.js";
import { createRenderer } from "./render-page.js";

const renderer = createRenderer(workerData as { roots: string[]; base: string });

parentPort?.on("message", ({ id, page }: { id: number; page: Page }) => {
  try {
    parentPort?.postMessage({ id, html: renderer.renderSync(page) });
  } catch (error) {
    if (!(error instanceof GalleyError)) throw error;
    const m = error.messages[0];
    parentPort?.postMessage({ id, error: { file: m?.file, line: m?.line, column: m?.column, reason: m?.reason, ruleId: m?.ruleId } });
  }
});
