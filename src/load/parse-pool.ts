/**
 * Parsing spread over worker threads (one per core by default): the main thread reads and
 * decodes files, workers parse them, store the entry in the parse cache and send back what the
 * build keeps. Small builds parse on the main thread, where a worker's start-up would cost more
 * than it saves.
 */
import { availableParallelism } from "node:os";
import type { SiteConfig } from "../model/site.js";
import { startPool } from "../worker-thread.js";
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
  const pool = startPool<ParseJob, { entry: ParsedEntry }>(import.meta.url, "parse-worker", jobs, { language: config.language, words: config.words });
  return { parse: async (job) => (await pool.run(job)).entry, close: pool.close };
}
