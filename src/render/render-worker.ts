/** A worker thread that renders pages: page data in, HTML (or a template error as plain data) out. */
import { parentPort, workerData } from "node:worker_threads";
import { pageRenderer, type RenderJob, type RenderSetup } from "./render-job.js";

const render = pageRenderer(workerData as RenderSetup);

parentPort?.on("message", ({ id, job }: { id: number; job: RenderJob }) => {
  parentPort?.postMessage({ id, ...render(job) });
});
