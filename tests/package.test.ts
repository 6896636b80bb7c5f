/**
 * The package as a user gets it: `npm pack`, installed from the tarball in a fresh folder (from
 * npm's local cache where it can), then `galley init` and `galley build` from there, and the
 * programmatic `build()` with its types. (`--offline` cannot work: `npm ci` caches the tarballs
 * but not the registry's metadata a range needs, so the install prefers the cache.)
 */
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";

const root = join(import.meta.dirname, "..");
/** A user's shell: none of the npm_* variables `npm test` sets. */
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const sh = (command: string, args: string[], options: SpawnSyncOptions) => {
  const run = spawnSync(command, args, { encoding: "utf8", env: userEnv, timeout: 180_000, ...options });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
};

describe("package", () => {
  it("npm pack → install the tarball in a fresh folder → galley init, galley build, and build() with types", { timeout: 300_000 }, () => {
    const started = performance.now();
    const tmp = mkdtempSync(join(tmpdir(), "galley-pack-"));
    const packed = sh("npm", ["pack", "--pack-destination", tmp, "--silent"], { cwd: root });
    assert.equal(packed.code, 0, packed.stderr);
    const tarball = join(tmp, packed.stdout.trim().split("\n").at(-1) ?? "");
    assert.ok(existsSync(tarball), tarball);

    const app = join(tmp, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "my-news-app", private: true, type: "module" }));
    // from npm's cache where it can (npm ci filled it with the tarballs; only metadata may be fetched)
    const installed = sh("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: app });
    assert.equal(installed.code, 0, installed.stderr);
    const galley = join(app, "node_modules", ".bin", "galley");

    const init = sh(galley, ["init", "paper"], { cwd: app });
    assert.equal(init.code, 0, init.stderr);
    // the next steps, said the way the command was run
    assert.match(init.stdout, /^Next:\n {2}cd paper\n {2}galley dev +# preview/m);
    assert.match(init.stdout, /^ {2}galley build +#/m);
    // `galley parse` runs from the bundled script the package ships, and keeps its code cache beside Galley
    const article = readdirSync(join(app, "paper", "content"), { recursive: true, encoding: "utf8" }).find((name) => name.endsWith(".md")) ?? "";
    for (const time of ["first", "second"]) {
      const parsed = sh(galley, ["parse", join("content", article)], { cwd: join(app, "paper") });
      assert.equal(parsed.code, 0, `${time}: ${parsed.stderr}`);
      assert.equal((JSON.parse(parsed.stdout) as { headline: string }).headline, "Harbour festival draws record crowds");
    }
    assert.ok(existsSync(join(app, "node_modules", "galley", "lib", "cli", "parse-bundle.cjs")), "the package ships the bundle");
    const cache = join(app, "node_modules", "galley", "node_modules", ".cache", "galley");
    assert.ok(readdirSync(cache).some((name) => name.startsWith("cli-parse-")), "galley parse ran from the bundle");
    const built = sh(galley, ["build"], { cwd: join(app, "paper") });
    assert.equal(built.code, 0, built.stderr);
    assert.match(built.stdout, /^galley: built 1 article into \d+ pages/m);
    assert.match(readFileSync(join(app, "paper", "dist", "index.html"), "utf8"), /Harbour festival draws record crowds/);
    assert.ok(existsSync(join(app, "paper", "dist", "feed.xml")));

    // the programmatic build(), typed
    writeFileSync(join(app, "use.ts"), 'import { build, type BuildResult } from "galley";\nconst result: BuildResult = await build({ dir: "paper", out: "paper/public" });\nconsole.log(`${result.articles} ${result.pages > 0}`);\n');
    const types = sh(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "--types", "node", "--typeRoots", join(root, "node_modules", "@types"), "use.ts"], { cwd: app });
    assert.equal(types.code, 0, types.stdout + types.stderr);
    writeFileSync(join(app, "use.mjs"), 'import { build } from "galley";\nconst result = await build({ dir: "paper", out: "paper/public" });\nconsole.log(`${result.articles} ${result.pages > 0}`);\n');
    const used = sh(process.execPath, ["use.mjs"], { cwd: app });
    assert.equal(used.code, 0, used.stderr);
    assert.equal(used.stdout.trim(), "1 true");
    assert.ok(existsSync(join(app, "paper", "public", "index.html")));
    console.log(`# package: pack, install, init, build and build() in ${Math.round((performance.now() - started) / 1000)} s`);
  });
});
