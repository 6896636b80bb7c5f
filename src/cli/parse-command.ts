/** `galley parse FILE`: prints the Article JSON of one file; `--explain` shows what each line became. */
import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { formatMessage, GalleyError } from "../diagnostics.js";
import { readConfig } from "../load/read-config.js";
import { readSource } from "../load/read-sources.js";
import type { WordLists } from "../model/site.js";
import type { VFile } from "vfile";
import { parseArticle } from "../parse/index.js";

export interface ParseCommandOptions {
  file: string;
  explain: boolean;
  /** Site folder whose site.yaml gives the language; default: found above the file. */
  site?: string;
}

/** Finds the site folder (holding site.yaml) at or above `dir`, or null. */
export function findSite(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(join(current, "site.yaml"))) return current;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * One article file read outside a build, with its site's language settings (the site found at
 * or above it, or `site`) and its path under the site's content/. Throws when it cannot be read.
 */
export async function readLoneArticle(path: string, site = findSite(dirname(path))): Promise<{ file: VFile; language?: string; words: WordLists; contentPath: string }> {
  let language: string | undefined;
  let words: WordLists = {};
  if (site) {
    const { config, file } = await readConfig(site);
    if (!file.messages.some((m) => m.fatal)) ({ language, words } = config);
  }
  const file = await readSource(path, path);
  if (file.messages.some((m) => m.fatal)) throw new GalleyError(file.messages.filter((m) => m.fatal));
  const absolute = resolve(path);
  const contentDir = site ? join(site, "content") + sep : null;
  const contentPath = contentDir && absolute.startsWith(contentDir) ? relative(contentDir, absolute).split(sep).join("/") : basename(absolute);
  return { file, language, words, contentPath };
}

export async function parseCommand(options: ParseCommandOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { file, language, words, contentPath } = await readLoneArticle(options.file, options.site);
  const { article, trace } = parseArticle(file, { language, words, contentPath });
  const fatal = file.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new GalleyError(fatal);
  for (const message of file.messages) err(formatMessage(message));
  if (options.explain) {
    for (const entry of trace) out(`${String(entry.line).padStart(4)}  ${entry.became.padEnd(28)} ${entry.text.slice(0, 90)}${entry.why ? `\n${" ".repeat(36)}↳ ${entry.why}` : ""}`);
    return 0;
  }
  out(JSON.stringify(article, null, 2));
  return 0;
}
