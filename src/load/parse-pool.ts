/**
 * Parsing spread over worker threads (one per core by default): the main thread reads and
 * decodes files, workers parse them, store the entry in the parse cache and send back what the
 * build keeps. Small builds parse on the main thread, where a worker's start-up would cost more
 * than it saves.
 */
import { availableParallelism } from "node:os";
import type { SiteConfig } from "../model/site.js";
import { startPool } from "../worker-thread.js";
import type { RenderJob, RenderReply, RenderSetup } from "../render/render-job.js";
import { renderPoolOver, type RenderPool } from "../render/render-pool.js";
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
  /** Keep the article in the worker for its page (a build's workers render too). */
  hold?: boolean;
}

/**
 * Up to this many articles in a build, each parse worker keeps the articles it parsed for their
 * pages; a larger archive's pages read their articles back from the cache, so its workers'
 * memory stays flat (100,000 articles within 1 GiB).
 */
export const holdUpTo = 20_000;

export interface ParsePool {
  /** The entry, and the number of the worker that keeps its article for its page (or null). */
  parse: (job: ParseJob) => Promise<{ entry: ParsedEntry; held: number | null }>;
  /** The same threads rendering pages, when the pool was started with `render`. */
  pages: RenderPool | null;
  close: () => Promise<void>;
}

/**
 * `jobs` parse workers; each takes the next job when it is done with one. With `render` (a build),
 * the workers also render pages, each article's page from the article it parsed, kept in memory.
 */
export function startParsePool(jobs: number, config: Pick<SiteConfig, "language" | "words">, render?: RenderSetup): ParsePool {
  const pool = startPool<ParseJob | RenderJob, { entry: ParsedEntry; held: number | null } & RenderReply>(import.meta.url, "parse-worker", jobs, { language: config.language, words: config.words, render });
  return {
    parse: async (job) => {
      const { entry, held } = await pool.run(job);
      return { entry, held: held ?? null };
    },
    pages: render ? renderPoolOver(pool) : null,
    close: pool.close,
  };
}
