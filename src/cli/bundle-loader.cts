/**
 * Loads `galley parse`'s bundle, lib/cli/parse-bundle.cjs (scripts/bundle-cli.mjs, made by `npm
 * run prepare`): one script instead of some 200 modules, compiled with V8's code cache, which keeps
 * the bytecode of every function the last run compiled. A CommonJS module, so that the `galley`
 * command (`galley.cts`) reaches it without starting Node's ES module loader: that and the ES
 * module facades of the built-in modules cost ~30 ms of a parse's start (bench/startup.ts).
 * `parse-bundle.ts` gives the same to lib/cli/main.js.
 *
 * Never stale: the bundle is used only when it exists and, in a clone (src/ beside lib/), none of
 * the files of lib/ it was made from is newer (a `tsc` alone rewrites them: then this returns null
 * and lib/ is used; an installed package has no src/ and no tsc, and npm dates files as it unpacks
 * them). The code cache is named by the bundle's hash (taken when it was made, parse-bundle.json),
 * Node's version and the platform, and V8 itself refuses a cache made under other flags (then it
 * is made again). A cache that holds less than three quarters of the bundle (made by a run that
 * used few of its functions) is made again after the next run that adds a tenth to it. A cache
 * that cannot be read or written only costs time.
 */
import { isAscii } from "node:buffer";
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";

/**
 * V8 runs a regular expression's first exec in its interpreter (bytecode compiled for it) and
 * compiles it again to machine code at the second (regexp tier-up): a parse runs some 330
 * expressions, nearly all more than once, so most were compiled twice. Compiled once, to machine
 * code, the first parse takes ~35 % less CPU (bench/RESULTS.md, issue 16). Matches are the same.
 * An expression made after this starts where one run once stands (tier-up at its next exec, the
 * first): `--no-regexp-tier-up` set at run time instead crashed Node (SIGSEGV) on copy in Korean,
 * Chinese or Persian, the expressions Node had made before it being in a state V8 no longer expected.
 */
const v8Flags = "--regexp-tier-up-ticks=0";
const flagsTag = "rt0";

/** The function the bundle's code is the body of (scripts/bundle-cli.mjs writes it in the file). */
export const wrapperHead = "(function (exports, require, module, __filename, __dirname, __galleyResolve) {";

/** What the bundle exports: lib/cli/run.js's `run` and `invocation`. */
export interface BundledCli {
  run: (args: string[], io: { out: (s: string) => void; err: (s: string) => void; command?: string }) => Promise<number>;
  invocation: (script: string, env: Record<string, string | undefined>, cwd: string) => string;
}

/**
 * The CLI of the bundle in `cliDir`, or null when there is none or a file it was made from is
 * newer. `cacheDir` holds the code cache, one for each `kind` of run (the file's extension: a
 * Markdown parse uses other functions than a text one); `resolve` is `import.meta.resolve` for
 * the bundle's modules.
 */
export function loadBundle(kind: string, cliDir: string, cacheDir: string, resolve: (specifier: string) => string): BundledCli | null {
  const bundle = join(cliDir, "parse-bundle.cjs");
  let source: string;
  let version: string;
  try {
    const { mtimeMs: made, size } = statSync(bundle);
    const { inputs, hash } = JSON.parse(readFileSync(join(cliDir, "parse-bundle.json"), "utf8")) as { inputs: string[]; hash?: string };
    const lib = dirname(cliDir);
    // in a clone (src/ beside lib/) a bare tsc may have written lib/ since; an installed package
    // (no src/) has the bundle and lib/ from one `npm run prepare`, whatever dates npm gave the files
    const clone = existsSync(join(dirname(lib), "src"));
    for (const input of inputs) {
      const stat = statSync(join(lib, input), { throwIfNoEntry: false });
      if (stat === undefined || (clone && stat.mtimeMs > made)) return null;
    }
    const bytes = readFileSync(bundle);
    // ASCII alone (scripts/ascii-source.mjs) is read as Latin-1, the same text without decoding UTF-8
    const text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
    // (written with its wrapper by scripts/bundle-cli.mjs: one string, not the body joined to a wrapper, copied again whole when V8 compiles it)
    source = text.startsWith(wrapperHead) ? text : `${wrapperHead}${text}\n})`;
    // (no hash in an older list: its size and date)
    version = /^\w{1,64}$/.test(hash ?? "") ? (hash as string) : `${size}-${Math.round(made)}`;
  } catch {
    return null;
  }
  // (named by V8's flags too: a cache made under other flags is refused, so two checkouts' loaders would remake each other's)
  const cacheFile = join(cacheDir, `cli-parse-${version}-${process.version}-${process.arch}-${process.platform}-${flagsTag}${/^\.\w{1,8}$/.test(kind) ? kind : ""}.v8`);
  let cached: Buffer | undefined;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  // (set before the script is compiled: the code cache is made and checked under these flags)
  setFlagsFromString(v8Flags);
  const script = new Script(source, { filename: bundle, cachedData: cached });
  // (written after a run that parsed an article, so it holds the parser's functions, not a usage
  // error's few; made again, and kept when it holds a tenth more, after a run over a cache of less
  // than three quarters of the bundle's size: the first run after a build may be a test's, whose
  // thin cache (a fifth of the bundle) left every later parse compiling most functions again, ~100 ms of CPU)
  const thin = cached !== undefined && !script.cachedDataRejected && cached.length < source.length * 0.75;
  if (cached === undefined || script.cachedDataRejected || thin) process.once("exit", (code) => code === 0 && storeCache(cacheFile, script, thin ? (cached?.length ?? 0) * 1.1 : 0));
  const module = { exports: {} as BundledCli };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundle), module, bundle, cliDir, resolve);
  return module.exports;
}

/** Writes the code cache after the run, so it holds every function the command compiled (when it has more than `atLeast` bytes). */
function storeCache(file: string, script: Script, atLeast: number): void {
  try {
    const data = script.createCachedData();
    if (data.length <= atLeast) return;
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // a read-only install: compiled again next time
  }
}

/**
 * What `import.meta.resolve(specifier)` gives in lib/cli/ for a bare `package/subpath` (the
 * bundle asks it for ELD's data, `eld/extrasmall`): the package found as Node finds it from
 * `from`, its `exports` entry for the subpath under the `import` condition (else `default`), with
 * links resolved as the ES module loader resolves them.
 */
export function resolveImport(specifier: string, from: string): string {
  const match = /^((?:@[^/]+\/)?[^/.@][^/]*)(\/.+)?$/.exec(specifier);
  const name = match?.[1];
  if (name !== undefined) {
    for (const dir of createRequire(join(from, "noop.js")).resolve.paths(name) ?? []) {
      let manifest: { exports?: unknown };
      try {
        manifest = JSON.parse(readFileSync(join(dir, name, "package.json"), "utf8")) as { exports?: unknown };
      } catch {
        continue;
      }
      const subpath = `.${match?.[2] ?? ""}`;
      const { exports } = manifest;
      const bySubpath = typeof exports === "object" && exports !== null && Object.keys(exports).some((key) => key.startsWith("."));
      let target: unknown = bySubpath ? (exports as Record<string, unknown>)[subpath] : subpath === "." ? exports : undefined;
      while (typeof target === "object" && target !== null) {
        const conditions = target as Record<string, unknown>;
        target = conditions.import ?? conditions.node ?? conditions.default;
      }
      if (typeof target === "string" && target.startsWith("./")) return pathToFileURL(realpathSync(join(dir, name, target))).href;
      break;
    }
  }
  throw new Error(`galley: cannot resolve ${specifier} from ${from}`);
}
