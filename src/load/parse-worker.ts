/** A worker thread that parses articles: text in; the entry stored in the cache, and sent back (plain data). */
import { parentPort, workerData } from "node:worker_threads";
import { VFile } from "vfile";
import type { SiteConfig } from "../model/site.js";
import { parseEntry, storeEntry, summaryOf } from "./parsed-entry.js";
import type { ParseJob } from "./parse-pool.js";

const config = workerData as Pick<SiteConfig, "language" | "words">;

parentPort?.on("message", ({ id, job }: { id: number; job: ParseJob }) => {
  try {
    const entry = parseEntry(new VFile({ path: job.path, value: job.text }), job.contentPath, config);
    if (job.store) storeEntry(job.store, entry);
    parentPort?.postMessage({ id, entry: job.summary ? summaryOf(entry) : entry });
  } catch (error) {
    // the job fails with its cause (a cache that cannot be written, a parser bug); the worker lives on
    const { message, code, path } = error as NodeJS.ErrnoException;
    parentPort?.postMessage({ id, failed: { message: String(message), code, path } });
  }
});
