/** A worker thread that parses articles: text in, Article and messages out (plain data). */
import { parentPort } from "node:worker_threads";
import { VFile } from "vfile";
import type { WordLists } from "../model/site.js";
import { parseArticle } from "../parse/index.js";
import { plainMessages } from "./parse-pool.js";

export interface ParseJob {
  id: number;
  path: string;
  text: string;
  contentPath: string;
  language: string;
  words: WordLists;
}

parentPort?.on("message", (job: ParseJob) => {
  const file = new VFile({ path: job.path, value: job.text });
  const { article } = parseArticle(file, { language: job.language, words: job.words, contentPath: job.contentPath });
  parentPort?.postMessage({ id: job.id, entry: { article, messages: plainMessages(file) } });
});
