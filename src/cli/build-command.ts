/** `galley build [DIR]`: builds a site and says what it wrote. */
import { relative } from "node:path";
import { build } from "../build.js";
import { formatMessage } from "../diagnostics.js";
import type { Io } from "./run.js";

export interface BuildCommandOptions {
  dir: string;
  out?: string;
  quiet: boolean;
}

export async function buildCommand(options: BuildCommandOptions, io: Io): Promise<number> {
  const result = await build({ dir: options.dir, out: options.out });
  for (const warning of result.warnings) io.err(formatMessage(warning));
  if (!options.quiet) {
    const where = relative(process.cwd(), result.outDir) || ".";
    io.out(`galley: built ${result.articles} articles into ${result.pages} pages (${result.files} files) in ${where}/ in ${Math.round(result.ms)} ms`);
  }
  return 0;
}
