#!/usr/bin/env node
/**
 * The `galley` command (package.json `bin`). `galley parse FILE` runs from the bundle
 * (bundle-loader.cts) without starting Node's ES module loader, which with the ES module
 * facades of the built-in modules cost ~30 ms of its start (bench/startup.ts); every other
 * command, and a parse without an up-to-date bundle, runs lib/cli/main.js.
 */
import { extname, join } from "node:path";

const args = process.argv.slice(2);
// its code cache is kept per kind of file (the extension of the first argument after `parse`)
const kind = () => extname(args.slice(1).find((arg) => !arg.startsWith("-")) ?? "").toLowerCase();
const bundled = (): import("./bundle-loader.cjs").BundledCli | null => {
  // (required here, so that the other commands load nothing more than lib/cli/main.js)
  const { loadBundle, resolveImport } = require("./bundle-loader.cjs") as typeof import("./bundle-loader.cjs");
  return loadBundle(kind(), __dirname, join(__dirname, "..", "..", "node_modules", ".cache", "galley"), (specifier) => resolveImport(specifier, __dirname));
};
const cli = args[0] === "parse" ? bundled() : null;
if (cli) {
  void cli
    .run(args, {
      out: (s) => process.stdout.write(`${s}\n`),
      err: (s) => process.stderr.write(`${s}\n`),
      command: cli.invocation(process.argv[1] ?? "galley", process.env, process.cwd()),
    })
    .then((code) => {
      process.exitCode = code;
    });
} else void import("./main.js");
