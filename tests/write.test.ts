/**
 * Writing the output: given the previous output folder and the files of a new build, this
 * folder. Only changed files are written; nothing changes before the build is complete; a
 * change a killed build had committed is finished by the next build.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { build } from "../src/build.js";
import { writeSite, type OutputFile } from "../src/write/write-site.js";
import { listFiles, siteYaml, writeSiteFiles } from "./helpers/site.js";

async function* outputs(files: Record<string, string>): AsyncGenerator<OutputFile> {
  for (const [path, contents] of Object.entries(files)) yield { path, contents };
}

/** The output's files and their text, without the manifest of what Galley wrote (tested in hardening-build). */
const tree = (dir: string) => Object.fromEntries(listFiles(dir).filter((f) => !f.endsWith(".galley-manifest.json")).map((f) => [relative(dir, f), readFileSync(f, "utf8")]));

describe("writing the output", () => {
  it("writes only files whose bytes changed, and removes files the new build does not have", async () => {
    const parent = await mkdtemp(join(tmpdir(), "galley-write-"));
    const out = join(parent, "dist");
    await writeSite(out, outputs({ "index.html": "front", "a/index.html": "A", "b/index.html": "B" }), []);
    const before = statSync(join(out, "a/index.html"));
    const result = await writeSite(out, outputs({ "index.html": "front, new", "a/index.html": "A" }), []);
    assert.deepEqual(tree(out), { "index.html": "front, new", "a/index.html": "A" });
    assert.deepEqual([result.files, result.changed, result.removed], [2, 1, 1]);
    assert.equal(statSync(join(out, "a/index.html")).ino, before.ino, "an unchanged file is left in place");
    assert.equal(existsSync(join(out, "b")), false, "the emptied folder is removed");
  });

  it("leaves the previous output as it was when the build fails part-way", async () => {
    const parent = await mkdtemp(join(tmpdir(), "galley-write-"));
    const out = join(parent, "dist");
    await writeSite(out, outputs({ "index.html": "front", "a/index.html": "A" }), []);
    async function* failing(): AsyncGenerator<OutputFile> {
      yield { path: "index.html", contents: "new front" };
      throw new Error("template error");
    }
    await assert.rejects(writeSite(out, failing(), []), /template error/);
    assert.deepEqual(tree(out), { "index.html": "front", "a/index.html": "A" });
    assert.deepEqual(listFiles(parent).filter((f) => !f.startsWith(out)), [], "no staging folder is left");
  });

  it("finishes the change a killed build had committed, before writing its own", async () => {
    const parent = await mkdtemp(join(tmpdir(), "galley-write-"));
    const out = join(parent, "dist");
    await writeSite(out, outputs({ "index.html": "front", "a/index.html": "A", "old/index.html": "old" }), []);
    // what a build killed while applying its change leaves: a staging folder with its commit
    const dead = join(parent, ".dist-new-999999999-1");
    mkdirSync(join(dead, "a"), { recursive: true });
    writeFileSync(join(dead, "a/index.html"), "A, committed");
    writeFileSync(join(dead, ".galley-commit.json"), JSON.stringify({ written: ["a/index.html"], removed: ["old/index.html"] }));
    // and one killed before its commit: thrown away
    const early = join(parent, ".dist-new-999999998-1");
    mkdirSync(early);
    writeFileSync(join(early, "index.html"), "half-built");
    await writeSite(out, outputs({ "index.html": "front", "a/index.html": "A, committed", "c/index.html": "C" }), []);
    assert.deepEqual(tree(out), { "index.html": "front", "a/index.html": "A, committed", "c/index.html": "C" });
    assert.equal(existsSync(dead) || existsSync(early), false);
  });

  it("refuses two files of one build at one path, naming it", async () => {
    const parent = await mkdtemp(join(tmpdir(), "galley-write-"));
    async function* twice(): AsyncGenerator<OutputFile> {
      yield { path: "archive/index.html", contents: "1" };
      yield { path: "archive/index.html", contents: "2" };
    }
    await assert.rejects(writeSite(join(parent, "dist"), twice(), []), /archive\/index\.html/);
    assert.equal(existsSync(join(parent, "dist")), false);
  });

  it("rebuilds a site with nothing changed without touching a file of dist/", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/news/a.md": "---\ntitle: A\ndate: 2026-01-02\n---\n\nLede.\n", "content/news/b.md": "# B\n\nLede.\n" });
    await build({ dir });
    const stamps = () => Object.fromEntries(listFiles(join(dir, "dist")).map((f) => [f, statSync(f).mtimeMs]));
    const first = stamps();
    const again = await build({ dir });
    assert.equal(again.changed, 0);
    assert.deepEqual(stamps(), first);
  });
});
