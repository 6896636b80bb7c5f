/**
 * `galley parse FILE` from lib/cli/parse-bundle.cjs when lib/cli/main.js runs it (`node
 * lib/cli/main.js parse FILE`); the `galley` command itself (galley.cts) loads the bundle without
 * this ES module. What is checked and cached: bundle-loader.cts.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { toolCacheDir } from "../tool-cache.js";
import { loadBundle } from "./bundle-loader.cjs";

type Cli = typeof import("./run.js");

const here = fileURLToPath(import.meta.url);

/**
 * The CLI of the bundle in `cliDir` (default: beside this file, in lib/cli/), or null when there
 * is none or a file it was made from is newer. `cacheDir` holds the code cache, one for each
 * `kind` of run (the file's extension: a Markdown parse uses other functions than a text one).
 */
export function loadParseBundle(kind = "", cliDir: string | null = here.endsWith(".js") ? dirname(here) : null, cacheDir = toolCacheDir): Cli | null {
  // (run from src/ by tsx, as in the tests: no bundle)
  if (cliDir === null) return null;
  return loadBundle(kind, cliDir, cacheDir, (specifier: string) => import.meta.resolve(specifier)) as Cli | null;
}
