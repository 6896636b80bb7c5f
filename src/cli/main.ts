#!/usr/bin/env node
/** The `galley` command. */
import { tuneHeap } from "../heap.js";

tuneHeap();

const args = process.argv.slice(2);
// `galley parse` from the bundle when it is there and up to date (parse-bundle.ts), else from lib/
const { invocation, run } = (args[0] === "parse" ? (await import("./parse-bundle.js")).loadParseBundle() : null) ?? (await import("./run.js"));

process.exitCode = await run(args, {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  command: invocation(process.argv[1] ?? "galley", process.env, process.cwd()),
});
