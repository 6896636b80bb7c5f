/**
 * A rebuild finds an unchanged article's parse by its file's stamp, without reading the text;
 * a changed file is always read again, even one whose size and modification time were kept.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync, type Stats } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { writeCorpus } from "../bench/gen-corpus.js";
import { build } from "../src/build.js";
import type { ParsedEntry } from "../src/load/parsed-entry.js";
import { sourceStamps } from "../src/load/source-stamps.js";
import { listFiles } from "./helpers/site.js";

const now = Date.parse("2026-11-26T12:00:00Z");
const old = Date.now() - 60_000;
const stats = (fields: Partial<Stats>) => ({ size: 100, ino: 7, mtimeMs: old, ctimeMs: old, ...fields }) as Stats;
const snapshot = (out: string) => Object.fromEntries(listFiles(out).map((f) => [relative(out, f), readFileSync(f, "utf8")]));

describe("source stamps", () => {
  it("name the key of a file whose size, inode and times are all unchanged, and only then", () => {
    const dir = mkdtempSync(join(tmpdir(), "galley-stamps-"));
    const stamps = sourceStamps(dir, "settings");
    stamps.set("a.md", stats({}), "key-a");
    stamps.save();
    const again = sourceStamps(dir, "settings");
    assert.equal(again.find("a.md", stats({})), "key-a");
    assert.equal(again.find("a.md", stats({ size: 101 })), null);
    assert.equal(again.find("a.md", stats({ mtimeMs: old + 1 })), null);
    assert.equal(again.find("a.md", stats({ ctimeMs: old + 1 })), null, "a write that kept the date still moves the change time");
    assert.equal(again.find("a.md", stats({ ino: 8 })), null, "a file replaced by another");
    assert.equal(again.find("b.md", stats({})), null);
    assert.equal(sourceStamps(dir, "other settings").find("a.md", stats({})), null, "keys made with other settings are not named");
  });

  it("do not stamp a file written in the last two seconds (an edit in the same clock tick would look unchanged)", () => {
    const dir = mkdtempSync(join(tmpdir(), "galley-stamps-"));
    const stamps = sourceStamps(dir, "settings");
    stamps.set("new.md", stats({ mtimeMs: Date.now(), ctimeMs: Date.now() }), "key");
    stamps.save();
    assert.equal(sourceStamps(dir, "settings").find("new.md", stats({ mtimeMs: Date.now(), ctimeMs: Date.now() })), null);
  });

  it("keep only the files of the last build", () => {
    const dir = mkdtempSync(join(tmpdir(), "galley-stamps-"));
    const first = sourceStamps(dir, "s");
    first.set("a.md", stats({}), "ka");
    first.set("b.md", stats({}), "kb");
    first.save();
    const second = sourceStamps(dir, "s");
    assert.equal(second.find("a.md", stats({})), "ka");
    second.save();
    assert.equal(sourceStamps(dir, "s").find("b.md", stats({})), null, "b.md was not seen: deleted");
  });

  it("keep a summary with the key it was made from, and drop it when the key changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "galley-stamps-"));
    const summary = { article: { slug: "a" }, messages: [], media: [], version: "v1" } as unknown as ParsedEntry;
    const first = sourceStamps(dir, "s");
    first.set("a.md", stats({}), "ka");
    first.keep("a.md", summary);
    first.keep("b.md", summary); // not stamped: nothing to keep it with
    first.save();
    const second = sourceStamps(dir, "s");
    assert.equal(second.find("a.md", stats({})), "ka");
    assert.deepEqual(second.summary("a.md"), summary);
    assert.equal(second.summary("b.md"), null);
    second.set("a.md", stats({ size: 101 }), "ka2");
    assert.equal(second.summary("a.md"), null, "a new key has no summary until one is kept");
    second.save();
    assert.equal(sourceStamps(dir, "s").find("a.md", stats({ size: 101 })), "ka2");
  });

  it("a rebuild gives the same site, and sees an edit that kept the file's size and date", async () => {
    const dir = mkdtempSync(join(tmpdir(), "galley-stamps-site-"));
    writeCorpus({ out: dir, count: 12, format: "md", seed: 3, words: 120 });
    await sleep(2100); // older than the two seconds a stamp waits for
    await build({ dir, out: join(dir, "cold"), jobs: 1, cache: true, now });
    const stamped = JSON.parse(readFileSync(join(dir, ".galley-cache", "parse", "sources.json"), "utf8")) as { stamps: Record<string, unknown> };
    assert.equal(Object.keys(stamped.stamps).length, 12);
    const warm = await build({ dir, out: join(dir, "warm"), jobs: 1, cache: true, now });
    assert.deepEqual([warm.parsed, warm.cached], [0, 12]);
    assert.deepEqual(snapshot(join(dir, "warm")), snapshot(join(dir, "cold")));

    const section = readdirSync(join(dir, "content")).sort()[0] as string;
    const file = join(dir, "content", section, readdirSync(join(dir, "content", section)).sort()[0] as string);
    const before = statSync(file);
    const text = readFileSync(file, "utf8");
    const word = /\b[a-z]{5,}\b/.exec(text.slice(text.lastIndexOf("\n\n")))?.[0] as string;
    const edited = `${text.slice(0, text.lastIndexOf(word))}${"Q".repeat(word.length)}${text.slice(text.lastIndexOf(word) + word.length)}`;
    assert.equal(Buffer.byteLength(edited), before.size);
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    const rebuilt = await build({ dir, out: join(dir, "warm"), jobs: 1, cache: true, now });
    assert.deepEqual([rebuilt.parsed, rebuilt.cached], [1, 11], "the edited file is read and parsed again");
    await build({ dir, out: join(dir, "fresh"), jobs: 1, cache: false, now });
    // the pages and feeds (the search index of a rebuild is Pagefind's own incremental work: not compared here)
    const pages = (out: string) => Object.fromEntries(Object.entries(snapshot(out)).filter(([path]) => !path.startsWith("pagefind/") && path !== ".galley-manifest.json"));
    assert.deepEqual(pages(join(dir, "warm")), pages(join(dir, "fresh")));
    assert.ok(Object.values(snapshot(join(dir, "warm"))).some((html) => html.includes("Q".repeat(word.length))));
  });
});
