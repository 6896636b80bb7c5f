/**
 * Parsing spread over worker threads (one per core by default): the main thread reads and
 * decodes files, workers parse them. Small batches are parsed on the main thread, where a
 * worker's start-up would cost more than it saves.
 */
import { availableParallelism } from "node:os";
import type { VFile } from "vfile";
import type { SiteConfig } from "../model/site.js";
import { parseArticle } from "../parse/index.js";
import { startWorker } from "../worker-thread.js";
import type { ParsedEntry, PlainMessage } from "./parse-cache.js";

export interface ParseTask {
  file: VFile;
  contentPath: string;
}

/** Below this many articles the main thread parses alone. */
export const minimumForWorkers = 64;

export const defaultJobs = (): number => Math.max(1, availableParallelism());

export function plainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((m) => ({ reason: m.reason, line: m.line, column: m.column, ruleId: m.ruleId, fatal: m.fatal === true }));
}

/** Parses every task, in order of `tasks`, with up to `jobs` workers. */
export async function parseAll(tasks: ParseTask[], config: SiteConfig, jobs: number): Promise<ParsedEntry[]> {
  const inline = (task: ParseTask): ParsedEntry => {
    const { article } = parseArticle(task.file, { language: config.language, words: config.words, contentPath: task.contentPath });
    return { article, messages: plainMessages(task.file) };
  };
  if (jobs <= 1 || tasks.length < minimumForWorkers) return tasks.map(inline);
  const workers = Array.from({ length: Math.min(jobs, Math.ceil(tasks.length / minimumForWorkers)) }, () => startWorker(import.meta.url, "parse-worker"));
  const results: ParsedEntry[] = new Array(tasks.length);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            const send = () => {
              if (next >= tasks.length) return done();
              const id = next++;
              const task = tasks[id] as ParseTask;
              worker.postMessage({ id, path: task.file.path, text: String(task.file.value), contentPath: task.contentPath, language: config.language, words: config.words });
            };
            worker.on("message", ({ id, entry }: { id: number; entry: ParsedEntry }) => {
              results[id] = entry;
              send();
            });
            worker.on("error", fail);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
