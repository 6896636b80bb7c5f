/** A worker thread that renders pages: page data in, HTML (or a template error as plain data) out. */
import { parentPort, workerData } from "node:worker_threads";
import { pageRenderer, transferable, type RenderJob, type RenderSetup } from "./render-job.js";

const render = pageRenderer(workerData as RenderSetup);

parentPort?.on("message", ({ id, job }: { id: number; job: RenderJob }) => {
  const { reply, transfer } = transferable(render(job));
  parentPort?.postMessage({ id, ...reply }, transfer);
});
