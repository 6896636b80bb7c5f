/**
 * Failures that must be clear: a parse that fails ends in a `galley` message with its cause,
 * never a raw stack trace; a worker that crashes is replaced; the pool never hangs.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { startPool } from "../src/worker-thread.js";
import { galley, md } from "./hardening-helpers.js";
import { siteYaml, writeSiteFiles } from "./helpers/site.js";

const root = join(import.meta.dirname, "..");
const tsx = import.meta.resolve("tsx");

/** `.galley-cache/parse` made into a file. */
async function siteWithBrokenCache(articles: number): Promise<string> {
  const files: Record<string, string> = { "site.yaml": siteYaml };
  for (let i = 0; i < articles; i++) files[`content/a${i}.md`] = md(`Story ${i}`);
  const dir = await writeSiteFiles(files);
  mkdirSync(join(dir, ".galley-cache"), { recursive: true });
  writeFileSync(join(dir, ".galley-cache", "parse"), "not a folder");
  return dir;
}

/** A cache that cannot be used is only a cache: the site is built without it, with one warning (issue 12). */
const cacheMessage = /^\.galley-cache:1:1: warning: cannot use the cache \(EEXIST on \.galley-cache\/parse\): building without it, every article parsed again; remove what is in the way \[galley:cache-unusable\]$/m;

describe("failures: a parse cache that cannot be written", () => {
  it("parsed on the main thread → one warning naming the cache and its cause; the site is built", async () => {
    const dir = await siteWithBrokenCache(2);
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.equal(outcome.code, 0);
    assert.equal(outcome.lines.length, 1, outcome.lines.join("\n"));
    assert.match(outcome.lines[0] ?? "", cacheMessage);
  });

  it("parsed on worker threads → the same warning, no stack trace, and no hang", { timeout: 60_000 }, async () => {
    const dir = await siteWithBrokenCache(70);
    const run = spawnSync(process.execPath, ["--import", tsx, join(root, "src/cli/main.ts"), "build", ".", "--jobs", "2", "--quiet"], { cwd: dir, encoding: "utf8", timeout: 50_000 });
    assert.equal(run.signal, null, "the build ended by itself");
    assert.equal(run.status, 0);
    assert.match(run.stderr.trim(), cacheMessage);
    assert.doesNotMatch(run.stderr, /^\s+at /m, "no stack trace");
  });

  it("with --no-cache the same site builds", async () => {
    const dir = await siteWithBrokenCache(2);
    assert.equal((await galley(["build", dir, "--quiet", "--no-cache"], dir)).code, 0);
  });
});

describe("failures: the worker pool", () => {
  const pool = (size: number) => startPool<string, { answer: string }>(new URL("./helpers/flaky-worker.ts", import.meta.url).href, "flaky-worker", size, null);

  it("a job that fails rejects with its cause; the worker goes on", { timeout: 30_000 }, async () => {
    const p = pool(1);
    try {
      await assert.rejects(p.run("fail"), (error: NodeJS.ErrnoException) => error.code === "ENOTDIR" && /not a directory/.test(error.message));
      assert.deepEqual(await p.run("a"), { answer: "done a" });
    } finally {
      await p.close();
    }
  });

  it("a worker that crashes or exits fails its job and is replaced: later jobs are answered", { timeout: 30_000 }, async () => {
    const p = pool(1);
    try {
      await assert.rejects(p.run("crash"), /the worker crashed/);
      assert.deepEqual(await p.run("b"), { answer: "done b" });
      await assert.rejects(p.run("exit"), /stopped \(exit code 3\)/);
      assert.deepEqual(await p.run("c"), { answer: "done c" });
    } finally {
      await p.close();
    }
  });

  it("workers that keep crashing fail every job instead of hanging", { timeout: 30_000 }, async () => {
    const p = pool(1);
    try {
      // one job at a time: each crash costs a replacement, and there are two per worker
      for (let i = 0; i < 3; i++) await assert.rejects(p.run("crash"), /crashed|kept stopping/);
      await assert.rejects(p.run("d"), /kept stopping|no flaky-worker thread/);
    } finally {
      await p.close();
    }
  });
});
