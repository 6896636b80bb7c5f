import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { notOptimized } from "../src/heap.js";

test("the function the build keeps from V8's optimizing compiler is mdast-util-from-markdown's per-parse compiler", () => {
  // V8's --turbo-filter matches by name: after an update of the dependency the name must still be its function's
  const entry = createRequire(import.meta.url).resolve("mdast-util-from-markdown");
  const source = readFileSync(join(dirname(entry), "lib", "index.js"), "utf8");
  assert.match(source, new RegExp(`\\nfunction ${notOptimized}\\(options\\) \\{`));
  // called by every fromMarkdown, it makes the extensions' handlers as closures: that is what makes it costly to optimize
  assert.match(source, new RegExp(`${notOptimized}\\(options\\)\\(`));
});
