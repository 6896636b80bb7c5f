/**
 * Hugo and Eleventy on the same Markdown corpus, for side-by-side timing. A peer that is not
 * installed is skipped, and the bench says so (`npm run bench:peers` installs both).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const here = import.meta.dirname;
const cache = join(here, "..", "node_modules", ".cache", "galley-bench", "peers");
const eleventyBin = join(cache, "eleventy", "node_modules", ".bin", "eleventy");

export interface Peer {
  name: string;
  version: string | null;
  /** Builds the corpus in `contentDir` once; returns wall milliseconds. */
  run: (contentDir: string) => number;
}

const timed = (command: string, args: string[], cwd: string) => {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return performance.now() - started;
};

export function peers(): Peer[] {
  const hugoVersion = spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout?.split(" ")[1] ?? null;
  const eleventyVersion = existsSync(eleventyBin) ? execFileSync(eleventyBin, ["--version"], { encoding: "utf8" }).trim() : null;
  return [
    {
      name: "Hugo",
      version: hugoVersion,
      run: (contentDir) => {
        const work = join(cache, "hugo-site");
        rmSync(work, { recursive: true, force: true });
        cpSync(join(here, "peers", "hugo"), work, { recursive: true });
        mkdirSync(join(work, "content"));
        symlinkSync(contentDir, join(work, "content", "posts"));
        return timed("hugo", ["--quiet"], work);
      },
    },
    {
      name: "Eleventy",
      version: eleventyVersion,
      run: (contentDir) => {
        const work = join(cache, "eleventy");
        rmSync(join(work, "content"), { recursive: true, force: true });
        rmSync(join(work, "_site"), { recursive: true, force: true });
        cpSync(join(here, "peers", "eleventy"), work, { recursive: true });
        mkdirSync(join(work, "content"));
        symlinkSync(contentDir, join(work, "content", "articles"));
        writeFileSync(join(work, "content", "index.liquid"), "---\nlayout: home.liquid\npermalink: /index.html\n---\n");
        return timed(eleventyBin, ["--quiet"], work);
      },
    },
  ];
}
