/**
 * Parsing spread over worker threads (one per core by default): the main thread reads and
 * decodes files, workers parse them, store the entry in the parse cache and send back what the
 * build keeps. Small builds parse on the main thread, where a worker's start-up would cost more
 * than it saves.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { SiteConfig } from "../model/site.js";
import { startWorker } from "../worker-thread.js";
import type { ParsedEntry } from "./parsed-entry.js";

/** Below this many articles to parse, the main thread parses alone. */
export const minimumForWorkers = 64;

export const defaultJobs = (): number => Math.max(1, availableParallelism());

export interface ParseJob {
  path: string;
  text: string;
  contentPath: string;
  /** Cache file to store the whole entry in, or null. */
  store: string | null;
  /** Send back the entry without the article's blocks (they are in `store`). */
  summary: boolean;
}

export interface ParsePool {
  parse: (job: ParseJob) => Promise<ParsedEntry>;
  close: () => Promise<void>;
}

/** `jobs` parse workers; each takes the next job when it is done with one. */
export function startParsePool(jobs: number, config: Pick<SiteConfig, "language" | "words">): ParsePool {
  const workers = Array.from({ length: jobs }, () => startWorker(import.meta.url, "parse-worker", { language: config.language, words: config.words }));
  const waiting = new Map<number, { done: (entry: ParsedEntry) => void; fail: (error: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const worker of workers) {
    worker.on("message", ({ id, entry }: { id: number; entry: ParsedEntry }) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      waiting.get(id)?.done(entry);
      waiting.delete(id);
    });
    worker.on("error", (error) => {
      for (const job of waiting.values()) job.fail(error);
      waiting.clear();
    });
  }
  return {
    parse: (job) =>
      new Promise((done, fail) => {
        const id = next++;
        waiting.set(id, { done, fail });
        const worker = [...load].sort((a, b) => a[1] - b[1])[0]?.[0] as Worker;
        load.set(worker, (load.get(worker) ?? 0) + 1);
        worker.postMessage({ id, job });
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
