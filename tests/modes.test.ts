/**
 * No lost output: the same site gives the same files, byte for byte, whether built cold or
 * warm (from the parse cache), with one worker or several.
 */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { writeCorpus } from "../bench/gen-corpus.js";
import { build } from "../src/build.js";
import { minimumForWorkers } from "../src/load/parse-pool.js";
import { listFiles } from "./helpers/site.js";

const now = Date.parse("2026-11-26T12:00:00Z");

function snapshot(out: string): Record<string, string> {
  return Object.fromEntries(listFiles(out).map((f) => [relative(out, f), readFileSync(f, "utf8")]));
}

describe("build modes", () => {
  it("writes the same files cold, warm, with one worker and with two (parsing and rendering)", async () => {
    const dir = await mkdtemp(join(tmpdir(), "galley-modes-"));
    writeCorpus({ out: dir, count: minimumForWorkers + 36, format: "mixed", seed: 7, words: 250 });
    const one = await build({ dir, out: join(dir, "one"), jobs: 1, cache: false, now });
    // two workers for parsing and for rendering, however few pages there are
    const two = await build({ dir, out: join(dir, "two"), jobs: 2, cache: true, now, renderWorkersFrom: 1 });
    const warm = await build({ dir, out: join(dir, "warm"), jobs: 2, cache: true, now });
    assert.equal(one.parsed, 100);
    assert.equal(two.parsed, 100, "the first cached build parses everything");
    assert.deepEqual([warm.parsed, warm.cached], [0, 100], "the second takes every article from the cache");
    const reference = snapshot(join(dir, "one"));
    assert.ok(Object.keys(reference).length > 200);
    assert.deepEqual(snapshot(join(dir, "two")), reference);
    assert.deepEqual(snapshot(join(dir, "warm")), reference);
  });

  it("rebuilds into the same folder reusing unchanged pages, and renders a changed article again", async () => {
    const dir = await mkdtemp(join(tmpdir(), "galley-rebuild-"));
    writeCorpus({ out: dir, count: 40, format: "md", seed: 3, words: 200 });
    await build({ dir, now });
    const first = snapshot(join(dir, "dist"));
    await build({ dir, now });
    assert.deepEqual(snapshot(join(dir, "dist")), first, "nothing changed: the same files");
    const changed = Object.keys(first).find((f) => f.endsWith("/article.json")) ?? "";
    const slug = changed.split("/")[0] ?? "";
    const source = listFiles(join(dir, "content")).find((f) => f.endsWith(`${slug}.md`)) ?? "";
    writeFileSync(source, readFileSync(source, "utf8").replace(/\n\n([^\n]+)\n*$/, "\n\nA closing paragraph, added.\n"));
    await build({ dir, now });
    const second = snapshot(join(dir, "dist"));
    assert.match(second[`${slug}/index.html`] ?? "", /A closing paragraph, added\./);
    // the search index's files are named by their content's hash: a changed article renames some of them
    const named = (files: Record<string, unknown>) => Object.keys(files).filter((f) => !f.startsWith("pagefind/")).sort();
    assert.deepEqual(named(second), named(first));
    assert.notDeepEqual(Object.keys(second).filter((f) => f.startsWith("pagefind/")).sort(), Object.keys(first).filter((f) => f.startsWith("pagefind/")).sort(), "the changed article is indexed again");
  });
});
