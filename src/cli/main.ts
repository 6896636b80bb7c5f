#!/usr/bin/env node
/** The `galley` command. */
import { tuneHeap } from "../heap.js";
import { invocation, run } from "./run.js";

tuneHeap();

process.exitCode = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  command: invocation(process.argv[1] ?? "galley", process.env, process.cwd()),
});
