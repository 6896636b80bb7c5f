/** `galley build [DIR]`: builds a site and says what it wrote. */
import { relative } from "node:path";
import { build, type BuildProgress } from "../build.js";
import { formatMessage, sortMessages } from "../diagnostics.js";
import type { Io } from "./run.js";

export interface BuildCommandOptions {
  dir: string;
  out?: string;
  quiet: boolean;
  drafts: boolean;
  future: boolean;
  jobs?: number;
  cache: boolean;
  /** Warnings are errors. */
  strict?: boolean;
}

/** "1 article", "2 articles". */
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;

export async function buildCommand(options: BuildCommandOptions, io: Io): Promise<number> {
  const started = performance.now();
  const tty = process.stdout.isTTY === true && !options.quiet;
  let lastLine = "";
  const onProgress = options.quiet
    ? undefined
    : ({ phase, done, total }: BuildProgress) => {
        const what = phase === "parse" ? "articles read" : "pages written";
        if (tty) {
          // one line that updates: articles read, then pages written, share, time left at this pace
          const elapsed = performance.now() - started;
          const eta = done > 0 ? Math.round(((total - done) * elapsed) / done / 1000) : 0;
          const width = 24;
          const bar = "█".repeat(Math.round((done / Math.max(1, total)) * width)).padEnd(width, "░");
          lastLine = `galley: ${bar} ${done}/${total} ${what}${done < total && phase === "pages" ? `, about ${eta} s left` : ""}`;
          process.stdout.write(`\r${lastLine}\x1b[K`);
          return;
        }
        // plain lines: a quarter at a time, and the end
        const step = Math.max(100, Math.ceil(total / 4 / 100) * 100);
        const key = `${phase}:${done === total ? "end" : Math.floor(done / step)}`;
        if (key !== lastLine && (done === total || done >= step)) {
          lastLine = key;
          io.out(`galley: ${done} of ${total} ${what}`);
        }
      };
  const result = await build({ dir: options.dir, out: options.out, drafts: options.drafts, future: options.future, jobs: options.jobs, cache: options.cache, strict: options.strict, onProgress });
  if (tty && lastLine) process.stdout.write("\r\x1b[K");
  for (const warning of sortMessages(result.warnings)) io.err(formatMessage(warning));
  if (!options.quiet) {
    const where = relative(process.cwd(), result.outDir) || ".";
    io.out(`galley: built ${count(result.articles, "article")} into ${count(result.pages, "page")} (${count(result.files, "file")}) in ${where}/ in ${Math.round(result.ms)} ms`);
    if (result.cached > 0) io.out(`galley: ${count(result.cached, "article")} unchanged (from .galley-cache/), ${result.parsed} parsed`);
    if (result.changed < result.files || result.removed > 0) io.out(`galley: ${count(result.changed, "file")} written, ${result.removed} removed, ${result.files - result.changed} unchanged in ${where}/`);
    const { drafts, future } = result.skipped;
    if (drafts + future > 0) {
      const parts = [drafts ? `${drafts} draft${drafts > 1 ? "s" : ""} (--drafts to include)` : "", future ? `${future} scheduled for later (--future to include)` : ""];
      io.out(`galley: left out ${parts.filter(Boolean).join(" and ")}`);
    }
  }
  return 0;
}
