/**
 * Hardening, part 3: nothing is lost. A build killed half-way, two builds at once, a full disk
 * or a folder that cannot be written leave the previous dist/ complete; every error is reported
 * at once, sorted by file; `--strict` makes warnings errors.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { build } from "../src/build.js";
import { run } from "../src/cli/run.js";
import { CommandError, GalleyError } from "../src/diagnostics.js";
import { lockPathOf } from "../src/write/lock.js";
import { writeSite, type OutputFile } from "../src/write/write-site.js";
import { writeSiteFiles } from "./helpers/site.js";
import { assertBuildFails, assertLines, galley, goodSite, md, siteSnapshot, snapshot } from "./hardening-helpers.js";

const root = join(import.meta.dirname, "..");
const compiledCli = join(root, "lib", "cli", "main.js");

/** A process id that is surely not running: a process that has just exited. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

/** A site of `count` articles: big enough that building it takes a few seconds. */
function bigSite(count: number): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { ...goodSite };
  for (let i = 0; i < count; i++) {
    files[`content/s${i % 5}/story-${i}.md`] = md(`Story ${i}`, `The lede of story ${i}.\n\nA second paragraph.`, `tags: [t${i % 40}, u${i % 13}]\nauthor: Author ${i % 17}\n`);
  }
  return files;
}

/** Leftover staging and old-output folders next to dist/. */
const leftovers = (dir: string) => readdirSync(dir).filter((name) => /^\.dist-(new|old)-/.test(name));

describe("hardening: a build that dies or meets another", () => {
  it("a build killed with SIGKILL half-way through writing leaves the previous dist/ complete and identical; the next build takes over its lock and cleans up", { skip: existsSync(compiledCli) ? false : "lib/ is not compiled: run npm run prepare" }, async () => {
    const dir = await writeSiteFiles(goodSite);
    assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
    const before = snapshot(dir);
    await writeSiteFiles(bigSite(150), dir);
    const child = spawn(process.execPath, [compiledCli, "build", dir, "--no-cache"], { stdio: ["ignore", "pipe", "pipe"] });
    // kill it as soon as it says it is writing pages, before it says it is done
    const said = await new Promise<string>((done, fail) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const progress = /galley: (\d+) of (\d+) pages written/.exec(out);
        if (progress && progress[1] !== progress[2]) {
          child.kill("SIGKILL");
          done(progress[0]);
        }
      });
      child.on("exit", () => fail(new Error(`the build ended before it could be killed:\n${out}`)));
    });
    await new Promise((done) => child.once("exit", done));
    assert.match(said, /^galley: \d+ of \d+ pages written$/);
    assert.deepEqual(snapshot(dir), before, "dist/ is the previous build, byte for byte");
    assert.ok(existsSync(lockPathOf(join(dir, "dist"))), "the killed build left its lock");
    assert.ok(leftovers(dir).length > 0, "and its half-written staging folder");
    const next = await galley(["build", dir, "--quiet"], dir);
    assert.equal(next.code, 0, next.lines.join("\n"));
    assert.deepEqual(leftovers(dir), [], "the staging folder of the dead build is removed");
    assert.ok(!existsSync(lockPathOf(join(dir, "dist"))), "the lock is released");
    assert.ok(existsSync(join(dir, "dist", "story-149", "index.html")));
  });

  it("two builds at once into one dist/: one builds, the other fails at once naming the lock and the pid holding it", async () => {
    const dir = await writeSiteFiles(bigSite(20));
    const results = await Promise.allSettled([build({ dir }), build({ dir })]);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    assert.equal(failed.length, 1);
    assert.ok(failed[0]?.reason instanceof GalleyError);
    assert.match(
      (failed[0]?.reason as Error).message,
      new RegExp(`^\\S*\\.dist\\.lock:1:1: error: another build is writing \\S*dist/ \\(pid ${process.pid}, started [0-9T:.-]+Z\\): wait for it to finish, or delete \\S*\\.dist\\.lock if no build is running \\[galley:build-locked\\]$`),
    );
    assert.ok(existsSync(join(dir, "dist", "story-19", "index.html")), "the other build's dist/ is complete");
    assert.ok(!existsSync(lockPathOf(join(dir, "dist"))));
  });

  it("a lock held by a running process → exit 1 naming the lock file and the pid; dist/ untouched", async () => {
    await assertBuildFails({ ".dist.lock": JSON.stringify({ pid: process.pid, host: hostname(), started: "2026-11-26T10:00:00.000Z" }) }, [
      `.dist.lock:1:1: error: another build is writing dist/ (pid ${process.pid}, started 2026-11-26T10:00:00.000Z): wait for it to finish, or delete .dist.lock if no build is running [galley:build-locked]`,
    ]);
  });

  it("a stale lock left by a process that is gone → taken over; the build succeeds", async () => {
    const dir = await writeSiteFiles({ ...goodSite, ".dist.lock": JSON.stringify({ pid: deadPid(), host: hostname(), started: "2026-11-26T10:00:00.000Z" }) });
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.deepEqual(outcome.lines, []);
    assert.equal(outcome.code, 0);
    assert.ok(!existsSync(join(dir, ".dist.lock")));
  });

  it("a build that died between moving dist/ aside and moving the new one in → the next build puts the previous dist/ back, even when it fails", async () => {
    const dir = await writeSiteFiles(goodSite);
    await build({ dir });
    const before = snapshot(dir);
    const pid = deadPid();
    const { renameSync } = await import("node:fs");
    renameSync(join(dir, "dist"), join(dir, `.dist-old-${pid}-1`));
    mkdirSync(join(dir, `.dist-new-${pid}-1`));
    writeFileSync(join(dir, ".dist.lock"), JSON.stringify({ pid, host: hostname(), started: "x" }));
    await writeSiteFiles({ "content/bad.md": "" }, dir);
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.deepEqual(outcome.lines, ["content/bad.md:1:1: error: empty file: an article needs at least a headline and a paragraph [galley:source-empty]"]);
    assert.equal(outcome.code, 1);
    assert.deepEqual(snapshot(dir), before);
    assert.deepEqual(leftovers(dir), []);
  });
});

describe("hardening: an output folder that cannot be written", () => {
  const root = process.getuid?.() === 0;
  it(
    root
      ? "running as root (chmod does not stop root): an output path whose parent is a regular file → exit 1 naming the output, nothing written"
      : "an output folder whose parent is read-only (chmod 555) → exit 1 naming the output; the previous dist/ is untouched",
    async () => {
      const dir = await writeSiteFiles({ ...goodSite, "file.txt": "not a folder" });
      if (root) {
        const outcome = await galley(["build", dir, "--quiet", "--out", join(dir, "file.txt", "dist")], dir);
        assert.deepEqual(outcome.lines, ["file.txt/dist:1:1: error: cannot write the site here: a file is in the way (EEXIST on file.txt); the previous output, if any, is untouched [galley:output-unwritable]"]);
        assert.equal(outcome.code, 1);
      } else {
        const { chmodSync } = await import("node:fs");
        const out = join(dir, "public", "dist");
        assert.equal((await galley(["build", dir, "--quiet", "--out", out], dir)).code, 0);
        const before = snapshot(join(dir, "public"));
        chmodSync(join(dir, "public"), 0o555);
        try {
          const outcome = await galley(["build", dir, "--quiet", "--out", out], dir);
          assert.equal(outcome.code, 1);
          assert.match(outcome.lines[0] ?? "", /^public\/dist:1:1: error: cannot write the site here: no permission to write there \(EACCES on public\/\.dist\.lock\)/);
        } finally {
          chmodSync(join(dir, "public"), 0o755);
        }
        assert.deepEqual(snapshot(join(dir, "public")), before);
      }
    },
  );

  it("a disk that fills up while writing (simulated: a staging path taken by a file) → exit 1, the previous dist/ untouched", async () => {
    // The staging folder's name holds the pid and the time; a folder in the way of one of its
    // files is the same failure as ENOSPC half-way: a write that fails after others succeeded.
    const dir = await writeSiteFiles(goodSite);
    await build({ dir });
    const before = snapshot(dir);
    await writeSiteFiles({ "templates/assets/style.css/x": "a folder where a file should be written" }, dir);
    await assert.rejects(build({ dir }), (error: Error) => {
      assert.ok(error instanceof GalleyError, String(error));
      assert.match(error.message, /^\S*dist:1:1: error: cannot write the site here: (EISDIR|a part of the path is a file, not a folder|EEXIST|a file is in the way) \(\w+ on \S+\); the previous output, if any, is untouched \[galley:output-unwritable\]$/);
      return true;
    });
    assert.deepEqual(snapshot(dir), before);
    assert.deepEqual(leftovers(dir), []);
  });
  it("a page that cannot be written (a folder name of 300 bytes: ENAMETOOLONG) → the write fails and dist/ is untouched; never a build said to succeed with the page missing", async () => {
    // it was an unhandled rejection: the failed write was dropped, the build reported success (and the CLI died on the rejection)
    const dir = await writeSiteFiles(goodSite);
    const out = join(dir, "dist");
    await build({ dir });
    const before = snapshot(dir);
    const pages = async function* (): AsyncGenerator<OutputFile> {
      yield { path: "index.html", contents: "front" };
      yield { path: `authors/${"经济".repeat(50)}/index.html`, contents: "a page whose folder name is 300 bytes long" };
      yield { path: "good/index.html", contents: "good" };
    };
    await assert.rejects(writeSite(out, pages(), []), (error: NodeJS.ErrnoException) => error.code === "ENAMETOOLONG");
    assert.deepEqual(snapshot(dir), before);
    assert.deepEqual(leftovers(dir), []);
  });
});

describe("hardening: every error at once, and --strict", () => {
  it("several bad files → every problem reported, sorted by file then line, exit 1", async () => {
    await assertBuildFails(
      {
        "content/z.md": "---\ntitle: [unclosed\n---\n\nLede.\n",
        "content/b/two.md": md("Two", "Lede.\n\n![Map](missing.svg \"Map. Graphic: X\")", "date: 2026-11-13\n"),
        "content/a.txt": "\n \n",
        "content/m.md": md("M", "Lede.", "tags: 5\nslug: good\n"),
        "content/c.txt": Buffer.from([0x48, 0x69, 0x0a, 0xff, 0xfe, 0x0a]),
      },
      [
        "content/a.txt:1:1: error: empty file: an article needs at least a headline and a paragraph [galley:source-empty]",
        "content/b/two.md:4:1: error: invalid YAML in front matter: Map keys must be unique [galley:yaml-syntax]",
        "content/b/two.md:9:8: error: image `missing.svg` not found (looked for content/b/missing.svg) [galley:media-missing]",
        "content/c.txt:2:1: error: not UTF-8 text: save the file as UTF-8 (is it a binary file or in another encoding?) [galley:source-encoding]",
        "content/m.md:1:1: error: slug `good` is also used by content/local/good.md: set a different `slug` in front matter or rename one file [galley:slug-clash]",
        "content/m.md:4:7: error: front matter `tags` must be a list of words, such as `[climate, energy]` [galley:front-matter-type]",
        "content/z.md:2:17: error: invalid YAML in front matter: Flow sequence in block collection must be sufficiently indented and end with a ] [galley:yaml-syntax]",
      ],
    );
  });

  it("`--strict` with a warning → exit 1, the warning printed as an error, dist/ untouched", async () => {
    await assertBuildFails({ "content/a.md": md("A", "Lede.", "titel: Typo\n") }, [
      "content/a.md:4:1: error: unknown front matter field `titel` (known: title, slug, date, updated, author, section, tags, lang, description, image, draft, featured, correction, kicker, byline, dateline, dateText, fix) [galley:front-matter-unknown-field]",
    ], ["--strict"]);
  });

  it("`--strict` without warnings → exit 0", async () => {
    const dir = await writeSiteFiles(goodSite);
    const outcome = await galley(["build", dir, "--quiet", "--strict"], dir);
    assert.deepEqual(outcome.lines, []);
    assert.equal(outcome.code, 0);
  });

  it("`galley build --help` documents --strict", async () => {
    const out: string[] = [];
    const { run } = await import("../src/cli/run.js");
    assert.equal(await run(["build", "--help"], { out: (s) => out.push(s), err: () => undefined }), 0);
    const help = out.join("\n");
    assert.match(help, /^Usage: galley build \[DIR\] .*\[--strict\]/);
    assert.match(help, /^ {2}--strict +treat warnings as errors: fail \(exit 1\) on any, leaving the output as it was$/m);
  });

  it("`--strict=yes` (a boolean given a value) → exit 2, a wrong command line", async () => {
    const dir = await writeSiteFiles(goodSite);
    const outcome = await galley(["build", dir, "--strict=yes"], dir);
    assert.equal(outcome.code, 2);
    assert.equal(outcome.lines[0], "galley: `--strict` takes no value");
  });
});

describe("hardening: the output folder is Galley's alone (a build never deletes what Galley did not write)", () => {
  const replaced = "a build replaces everything in its output folder: choose a folder of its own, such as `--out dist`";
  /** Given the good site with a user's own files in it, `galley build --out OUT` fails with `expected` and changes nothing. */
  async function refused(out: (dir: string) => string, expected: (dir: string) => RegExp | string, setup?: (dir: string) => void) {
    // the site is a folder inside a temp folder of its own, so that even a build that did delete
    // its output's parent (as Galley once did) would delete only this test's files
    const outer = await writeSiteFiles({ "other-project/notes.txt": "a neighbour's file" });
    const dir = join(outer, "site");
    await writeSiteFiles({ ...goodSite, ".git/HEAD": "ref: refs/heads/main\n", "notes.txt": "mine", "templates/base.liquid": "{{ content | raw }}" }, dir);
    setup?.(dir);
    const before = siteSnapshot(outer);
    const outcome = await galley(["build", dir, "--quiet", "--out", out(dir)], dir);
    assertLines(outcome.lines, [expected(dir)]);
    assert.equal(outcome.code, 1);
    assert.deepEqual(siteSnapshot(outer), before, "nothing of the site, or next to it, changed");
    assert.deepEqual(leftovers(dir), []);
    return dir;
  }
  const at = (message: string) => new RegExp(`^\\S*:1:1: error: ${message.replace(/[.*+?^${}()|[\]\\`]/g, "\\$&")} \\[galley:output-unsafe\\]$`);

  it("`--out .` (the site folder) → exit 1, nothing deleted (it used to delete .git/ and content/)", async () => {
    await refused((dir) => dir, () => at(`the output is the site folder itself: ${replaced}`));
  });

  it("`--out` a parent of the site folder → exit 1, nothing deleted", async () => {
    await refused((dir) => join(dir, ".."), () => new RegExp(`^\\S*:1:1: error: the output holds the site folder \\S*: ${replaced.replace(/[`()]/g, ".")} \\[galley:output-unsafe\\]$`));
  });

  for (const name of ["content", "templates", "static", "pages"]) {
    it(`\`--out ${name}\` (a folder of the site's sources) → exit 1, nothing deleted`, async () => {
      await refused((dir) => join(dir, name), () => `${name}:1:1: error: the output is the site's ${name}/ folder: ${replaced} [galley:output-unsafe]`);
    });
  }

  it("`--out content/public` (inside the sources) → exit 1", async () => {
    await refused((dir) => join(dir, "content", "public"), () => `content/public:1:1: error: the output is the site's content/ folder or inside it: ${replaced} [galley:output-unsafe]`);
  });

  it("`dist` a symlink to content/ → exit 1 naming the link's target, content/ untouched", async () => {
    await refused(
      (dir) => join(dir, "dist"),
      (dir) => `dist:1:1: error: the output (a link to ${realpathSync(join(dir, "content"))}) is the site's content/ folder: ${replaced} [galley:output-unsafe]`,
      (dir) => symlinkSync(join(dir, "content"), join(dir, "dist")),
    );
  });

  it("`--out` a non-empty folder Galley did not write → exit 1 saying what to do; its files are untouched", async () => {
    const dir = await refused(
      (dir) => join(dir, "public"),
      () => "public:1:1: error: public/ already holds files Galley did not write (.git, index.html, notes.txt, … (4 entries)) and a build replaces what is in its output folder: empty or remove that folder, or choose another with `--out` [galley:output-not-galley]",
      (dir) => {
        for (const name of [".git/HEAD", "index.html", "notes.txt", "photo.jpg"]) {
          mkdirSync(dirname(join(dir, "public", name)), { recursive: true });
          writeFileSync(join(dir, "public", name), "the user's");
        }
      },
    );
    assert.equal(readFileSync(join(dir, "public", "index.html"), "utf8"), "the user's");
  });

  it("`--out` an empty folder → built, with a manifest of what was written", async () => {
    const dir = await writeSiteFiles(goodSite);
    mkdirSync(join(dir, "public"));
    const outcome = await galley(["build", dir, "--quiet", "--out", join(dir, "public")], dir);
    assert.deepEqual(outcome.lines, []);
    assert.equal(outcome.code, 0);
    const manifest = JSON.parse(readFileSync(join(dir, "public", ".galley-manifest.json"), "utf8")) as { generator: string; files: string[] };
    assert.equal(manifest.generator, "galley");
    assert.ok(manifest.files.includes("good/index.html") && manifest.files.includes("index.html"));
  });

  it("a rebuild removes the files Galley wrote and no longer writes, and keeps a file the user put in dist/", async () => {
    const dir = await writeSiteFiles({ ...goodSite, "content/local/gone.md": md("Gone soon") });
    assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
    assert.ok(existsSync(join(dir, "dist", "gone-soon", "index.html")) || existsSync(join(dir, "dist", "gone", "index.html")));
    writeFileSync(join(dir, "dist", "CNAME"), "news.example.org\n");
    mkdirSync(join(dir, "dist", "gone", "extra"), { recursive: true });
    writeFileSync(join(dir, "dist", "gone", "extra", "keep.txt"), "mine");
    rmSync(join(dir, "content", "local", "gone.md"));
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.equal(outcome.code, 0, outcome.lines.join("\n"));
    assert.ok(!existsSync(join(dir, "dist", "gone", "index.html")), "Galley's page of the deleted article is removed");
    assert.equal(readFileSync(join(dir, "dist", "CNAME"), "utf8"), "news.example.org\n", "the user's file stays");
    assert.equal(readFileSync(join(dir, "dist", "gone", "extra", "keep.txt"), "utf8"), "mine");
  });

  it("a manifest edited to name a file outside the output → that file is not deleted", async () => {
    const dir = await writeSiteFiles(goodSite);
    assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
    const path = join(dir, "dist", ".galley-manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8")) as { files: string[] };
    writeFileSync(path, JSON.stringify({ ...manifest, files: [...manifest.files, "../site.yaml", "../content/local/good.md"] }));
    assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
    assert.ok(existsSync(join(dir, "site.yaml")) && existsSync(join(dir, "content", "local", "good.md")));
  });
});

describe("hardening: the machine fails, not the input: one `galley:` line with its cause", () => {
  it("a symbolic link loop in templates/ → exit 1, `galley:` naming the link and ELOOP; dist/ untouched", async () => {
    const dir = await writeSiteFiles(goodSite);
    assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
    const before = snapshot(dir);
    mkdirSync(join(dir, "templates"), { recursive: true });
    symlinkSync(join(dir, "templates", "loop"), join(dir, "templates", "loop"));
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assertLines(outcome.lines, [/^galley: a symbolic link points back at itself \(a link loop\) \(ELOOP, \w+ templates\/loop\)$/]);
    assert.equal(outcome.code, 1);
    assert.deepEqual(snapshot(dir), before);
  });

  it("`.galley-cache` that cannot be written (a file in the way; EACCES goes the same way) → built without the cache, with a warning", async () => {
    const dir = await writeSiteFiles({ ...goodSite, ".galley-cache": "a file, not a folder" });
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.deepEqual(outcome.lines, [".galley-cache:1:1: warning: cannot use the cache (ENOTDIR on .galley-cache/parse): building without it, every article parsed again; remove what is in the way [galley:cache-unusable]"]);
    assert.equal(outcome.code, 0);
    assert.ok(existsSync(join(dir, "dist", "good", "index.html")));
    assert.equal(readFileSync(join(dir, ".galley-cache"), "utf8"), "a file, not a folder", "left as it was");
  });

  it("a disk full for the cache (ENOSPC: a write to /dev/full) → built without the cache, with a warning saying so", { skip: existsSync("/dev/full") ? false : "no /dev/full here" }, async () => {
    const dir = await writeSiteFiles(goodSite);
    mkdirSync(join(dir, ".galley-cache", "parse"), { recursive: true });
    // the cache is tried by writing one file into it: that write meets a full disk
    symlinkSync("/dev/full", join(dir, ".galley-cache", "parse", `.probe-${process.pid}`));
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.deepEqual(outcome.lines, [`.galley-cache:1:1: warning: cannot use the cache (ENOSPC on .galley-cache): building without it, every article parsed again; the disk is full [galley:cache-unusable]`]);
    assert.equal(outcome.code, 0);
  });

  it("the cache deleted during a build → exit 1, `galley:` saying so (it was a stack trace); dist/ untouched", async () => {
    const dir = await writeSiteFiles(goodSite);
    assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
    const before = snapshot(dir);
    await writeSiteFiles({ "content/local/good.md": md("A good story, edited") }, dir);
    // once every article is read, the cache goes (what `galley build` prints for this error: `galley: ` and its message)
    const gone = ({ phase, done, total }: { phase: string; done: number; total: number }) => void (phase === "parse" && done === total && rmSync(join(dir, ".galley-cache"), { recursive: true, force: true }));
    await assert.rejects(build({ dir, onProgress: gone }), (error: Error) => {
      assert.ok(error instanceof CommandError, String(error));
      assert.match(error.message, /^the parse cache lost \S*\.galley-cache\/parse\/\w\w\/\w+\.json during the build \(was \.galley-cache\/ deleted\?\): build again$/);
      return true;
    });
    assert.deepEqual(snapshot(dir), before);
  });

  it("`galley new` with a 400-character headline → an article whose file name is cut to 100 characters, the headline whole", async () => {
    const dir = await writeSiteFiles(goodSite);
    const headline = `Council ${"approves ".repeat(49)}budget`.slice(0, 400);
    const out: string[] = [];
    const cwd = process.cwd();
    process.chdir(dir);
    let code: number;
    try {
      code = await run(["new", headline], { out: (line) => out.push(line), err: (line) => out.push(line) });
    } finally {
      process.chdir(cwd);
    }
    assert.equal(code, 0, out.join("\n"));
    assert.match(out[0] ?? "", /^content\/council-approves-[a-z-]+\.md$/);
    assert.ok((out[0] ?? "").length <= "content/".length + 100 + ".md".length);
    assert.ok(readFileSync(join(dir, out[0] ?? ""), "utf8").includes(`title: ${JSON.stringify(headline)}`));
  });
});

describe("hardening: folders without permission", () => {
  const root = process.getuid?.() === 0;
  /** Runs the compiled `galley` as a user that chmod stops: this one, or (as root, whom chmod does not stop) nobody. */
  const asUser = (args: string[], cwd: string) => {
    const result = spawnSync(process.execPath, [compiledCli, ...args], { cwd, encoding: "utf8", ...(root ? { uid: 65534, gid: 65534 } : {}) });
    return { code: result.status, err: result.stderr.trim().split("\n").filter(Boolean) };
  };
  const open = (dir: string) => spawnSync("chmod", ["-R", "a+rwX", dir]);
  // as root the build runs as nobody, who must be able to read the checkout (a clone in a 0700 temporary folder is not)
  const runnable = !existsSync(compiledCli)
    ? "lib/ is not compiled: run npm run prepare"
    : root && spawnSync(process.execPath, ["-e", `require("fs").accessSync(${JSON.stringify(compiledCli)})`], { uid: 65534, gid: 65534 }).status !== 0
      ? "the user nobody cannot read this checkout (tests run as root from a private folder)"
      : false;

  it("EACCES on a folder in content/ → exit 1, `galley: no permission` naming the folder; nothing written", { skip: runnable }, async () => {
    const outer = await writeSiteFiles({ "site/site.yaml": goodSite["site.yaml"] as string, "site/content/local/good.md": md("Good"), "site/content/locked/b.md": md("B") });
    open(outer);
    chmodSync(join(outer, "site", "content", "locked"), 0o000);
    try {
      const outcome = asUser(["build", "site", "--quiet"], outer);
      assert.deepEqual(outcome.err, ["galley: no permission (EACCES, scandir site/content/locked)"]);
      assert.equal(outcome.code, 1);
      assert.ok(!existsSync(join(outer, "site", "dist")));
    } finally {
      chmodSync(join(outer, "site", "content", "locked"), 0o755);
    }
  });

  it("EACCES on .galley-cache → built without the cache, with a warning", { skip: runnable }, async () => {
    const outer = await writeSiteFiles({ "site/site.yaml": goodSite["site.yaml"] as string, "site/content/local/good.md": md("Good") });
    open(outer);
    mkdirSync(join(outer, "site", ".galley-cache"));
    chmodSync(join(outer, "site", ".galley-cache"), 0o555);
    try {
      const outcome = asUser(["build", "site", "--quiet"], outer);
      assert.deepEqual(outcome.err, ["site/.galley-cache:1:1: warning: cannot use the cache (EACCES on site/.galley-cache/parse): building without it, every article parsed again; give yourself write permission on it [galley:cache-unusable]"]);
      assert.equal(outcome.code, 0);
      assert.ok(existsSync(join(outer, "site", "dist", "good", "index.html")));
    } finally {
      chmodSync(join(outer, "site", ".galley-cache"), 0o755);
    }
  });
});
