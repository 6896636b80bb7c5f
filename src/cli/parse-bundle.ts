/**
 * `galley parse FILE` from lib/cli/parse-bundle.cjs (scripts/bundle-cli.mjs, made by `npm run
 * prepare`): one script instead of some 200 modules, compiled with V8's code cache, which keeps
 * the bytecode of every function the last run compiled. Start-up is mostly compiling JavaScript
 * and the parser's first pass (bench/startup.ts).
 *
 * Never stale: the bundle is used only when it exists and, in a clone (src/ beside lib/), none of
 * the files of lib/ it was made from is newer (a `tsc` alone rewrites them: then this returns null
 * and lib/ is used; an installed package has no src/ and no tsc, and npm dates files as it unpacks them); the
 * cache's name is a hash of the bundle's text (taken when it was made, parse-bundle.json), Node's version and the platform, and V8 itself
 * refuses a cache made under other flags (then it is made again). The cache lives with Galley's
 * other tool caches (src/tool-cache.ts); a cache that cannot be read or written only costs time.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
import { hashOf, toolCacheDir } from "../tool-cache.js";

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
  const bundle = join(cliDir, "parse-bundle.cjs");
  let source: string;
  let version: string;
  try {
    const { mtimeMs: made, size } = statSync(bundle);
    const { inputs, hash } = JSON.parse(readFileSync(join(cliDir, "parse-bundle.json"), "utf8")) as { inputs: string[]; hash?: string };
    // the bundle's own hash, from when it was made (hashing 1.4 MB on every start cost ~20 ms)
    version = hash ?? `${size}:${made}`;
    const lib = dirname(cliDir);
    // in a clone (src/ beside lib/) a bare tsc may have written lib/ since; an installed package
    // (no src/) has the bundle and lib/ from one `npm run prepare`, whatever dates npm gave the files
    const clone = existsSync(join(dirname(lib), "src"));
    if (inputs.some((input) => !existsSync(join(lib, input)) || (clone && statSync(join(lib, input)).mtimeMs > made))) return null;
    source = readFileSync(bundle, "utf8");
  } catch {
    return null;
  }
  const cacheFile = join(cacheDir, `cli-parse-${hashOf(version, process.version, process.arch, process.platform)}${/^\.\w{1,8}$/.test(kind) ? kind : ""}.v8`);
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __galleyResolve) {${source}\n})`, { filename: bundle, cachedData: cached });
  // (written after a run that parsed an article, so it holds the parser's functions, not a usage error's few)
  if (cached === undefined || script.cachedDataRejected) process.once("exit", (code) => code === 0 && storeCache(cacheFile, script));
  const module = { exports: {} as Cli };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundle), module, bundle, cliDir, (specifier: string) => import.meta.resolve(specifier));
  return module.exports;
}

/** Writes the code cache after the run, so it holds every function the command compiled. */
function storeCache(file: string, script: Script): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
  } catch {
    // a read-only install: compiled again next time
  }
}
