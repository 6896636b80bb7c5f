/** `galley build [DIR]`: builds a site and says what it wrote. */
import { relative } from "node:path";
import { build } from "../build.js";
import { formatMessage } from "../diagnostics.js";
import type { Io } from "./run.js";

export interface BuildCommandOptions {
  dir: string;
  out?: string;
  quiet: boolean;
  drafts: boolean;
  future: boolean;
  jobs?: number;
  cache: boolean;
}

export async function buildCommand(options: BuildCommandOptions, io: Io): Promise<number> {
  const result = await build({ dir: options.dir, out: options.out, drafts: options.drafts, future: options.future, jobs: options.jobs, cache: options.cache });
  for (const warning of result.warnings) io.err(formatMessage(warning));
  if (!options.quiet) {
    const where = relative(process.cwd(), result.outDir) || ".";
    io.out(`galley: built ${result.articles} articles into ${result.pages} pages (${result.files} files) in ${where}/ in ${Math.round(result.ms)} ms`);
    if (result.cached > 0) io.out(`galley: ${result.cached} articles unchanged (from .galley-cache/), ${result.parsed} parsed`);
    const { drafts, future } = result.skipped;
    if (drafts + future > 0) {
      const parts = [drafts ? `${drafts} draft${drafts > 1 ? "s" : ""} (--drafts to include)` : "", future ? `${future} scheduled for later (--future to include)` : ""];
      io.out(`galley: left out ${parts.filter(Boolean).join(" and ")}`);
    }
  }
  return 0;
}
