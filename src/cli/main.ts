#!/usr/bin/env node
/** The `galley` command. */
import { extname } from "node:path";
import { tuneHeap } from "../heap.js";

const args = process.argv.slice(2);
// (a heap tuned for a build's thousands of articles only adds collections to one file's parse)
if (args[0] !== "parse") tuneHeap();
// `galley parse` from the bundle when it is there and up to date (parse-bundle.ts), else from lib/;
// its code cache is kept per kind of file (the extension of the first argument after `parse`)
const kind = () => extname(args.slice(1).find((arg) => !arg.startsWith("-")) ?? "").toLowerCase();
const { invocation, run } = (args[0] === "parse" ? (await import("./parse-bundle.js")).loadParseBundle(kind()) : null) ?? (await import("./run.js"));

process.exitCode = await run(args, {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  command: invocation(process.argv[1] ?? "galley", process.env, process.cwd()),
});
