#!/usr/bin/env node
/** The `galley` command. */
import { setFlagsFromString } from "node:v8";
import { tuneHeap } from "../heap.js";
import { invocation, run } from "./run.js";

tuneHeap();
// V8 first runs a regular expression in its interpreter, then compiles it again to machine code
// when it runs a second time: Galley's patterns (large Unicode classes) nearly all run many times,
// so compiling each once, to machine code, saves the first compile (some 15 % of `galley parse`'s
// CPU, bench/startup.ts). Matching is the same either way.
setFlagsFromString("--no-regexp-tier-up");

process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  command: invocation(process.argv[1] ?? "galley", process.env, process.cwd()),
});
