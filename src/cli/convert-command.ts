/**
 * `galley convert FILE.txt [-o FILE.md]`: a plain-text article as Markdown whose structure is
 * explicit (see README “Markdown for structure”). Prints to stdout without `-o`; never
 * overwrites a file unless `--force`; never touches the source.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { formatMessage, GalleyError } from "../diagnostics.js";
import { convertText } from "../convert/convert.js";
import { readLoneArticle } from "./parse-command.js";
import type { Io } from "./run.js";

export interface ConvertCommandOptions {
  file: string;
  out?: string;
  force: boolean;
  site?: string;
}

export async function convertCommand(options: ConvertCommandOptions, io: Io): Promise<number> {
  if (/\.(md|markdown)$/iu.test(options.file)) {
    io.err(`galley convert: ${options.file} is Markdown already; convert reads plain-text (.txt) articles`);
    return 2;
  }
  const out = options.out === undefined ? null : resolve(options.out);
  if (out !== null && out === resolve(options.file)) {
    io.err(`galley convert: -o names the source file ${options.file}; convert never writes over its source`);
    return 2;
  }
  if (out !== null && existsSync(out) && !options.force) {
    io.err(`galley convert: ${options.out} exists; pass --force to replace it`);
    return 1;
  }
  const { file, language, words, contentPath } = await readLoneArticle(options.file, options.site);
  const conversion = convertText(file, { language, words, contentPath });
  const fatal = file.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new GalleyError(fatal);
  for (const message of file.messages) io.err(formatMessage(message));
  if (conversion.differences.length > 0) {
    io.err(`galley convert: warning: ${conversion.differences.join(", ")} of ${options.file} read back differently from the Markdown; check them`);
  }
  if (out === null) {
    io.out(conversion.markdown.replace(/\n$/u, ""));
    return 0;
  }
  await mkdir(dirname(out), { recursive: true });
  try {
    await writeFile(out, conversion.markdown, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      io.err(`galley convert: ${options.out} exists; pass --force to replace it`);
      return 1;
    }
    throw error;
  }
  io.err(`galley convert: wrote ${options.out}`);
  return 0;
}
