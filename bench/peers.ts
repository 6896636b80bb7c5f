/**
 * Hugo and Eleventy on the same Markdown corpus, for side-by-side timing. Their configurations
 * (bench/peers/hugo, bench/peers/eleventy) write what Galley writes for such a corpus: article
 * pages with head metadata and JSON-LD, a front page, section, tag and author listings paginated
 * by 10, a month archive, RSS with full content for the site and each section, a sitemap. A peer
 * that is not installed is skipped, and the bench says so (`npm run bench:peers` installs both).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { timed, type Timed } from "./process-time.js";

const here = import.meta.dirname;
const defaultCache = join(here, "..", "node_modules", ".cache", "galley-bench", "peers");

export interface Peer {
  name: string;
  version: string | null;
  /** Builds the corpus in `contentDir` once, from nothing. */
  run: (contentDir: string) => Timed;
  /** Where the last run wrote its site. */
  output: string;
}

/** The peers installed in `cache` (Eleventy in `cache/eleventy/`, as bench/peers/setup.sh installs it; Hugo on the PATH). */
export function peers(cache = defaultCache): Peer[] {
  const eleventyBin = join(cache, "eleventy", "node_modules", ".bin", "eleventy");
  const hugoVersion = spawnSync("hugo", ["version"], { encoding: "utf8" }).stdout?.split(" ")[1] ?? null;
  const eleventyVersion = existsSync(eleventyBin) ? execFileSync(eleventyBin, ["--version"], { encoding: "utf8" }).trim() : null;
  const hugoSite = join(cache, "hugo-site");
  const eleventySite = join(cache, "eleventy");
  return [
    {
      name: "Hugo",
      version: hugoVersion,
      output: join(hugoSite, "public"),
      run: (contentDir) => {
        rmSync(hugoSite, { recursive: true, force: true });
        cpSync(join(here, "peers", "hugo"), hugoSite, { recursive: true });
        // one stylesheet for both peers, as Galley's pages have one
        mkdirSync(join(hugoSite, "static"), { recursive: true });
        cpSync(join(here, "peers", "style.css"), join(hugoSite, "static", "style.css"));
        mkdirSync(join(hugoSite, "content"));
        symlinkSync(contentDir, join(hugoSite, "content", "posts"));
        return timed("hugo", ["--quiet"], { cwd: hugoSite });
      },
    },
    {
      name: "Eleventy",
      version: eleventyVersion,
      output: join(eleventySite, "_site"),
      run: (contentDir) => {
        for (const old of ["content", "_includes", "_site"]) rmSync(join(eleventySite, old), { recursive: true, force: true });
        cpSync(join(here, "peers", "eleventy"), eleventySite, { recursive: true });
        cpSync(join(here, "peers", "style.css"), join(eleventySite, "style.css"));
        symlinkSync(contentDir, join(eleventySite, "content", "articles"));
        return timed(eleventyBin, ["--quiet"], { cwd: eleventySite });
      },
    },
  ];
}
