/**
 * A whole small site written inline, built in a temp folder (after Hugo's integration tests):
 *
 *   const site = await buildSite({ "site.yaml": "title: T", "content/a.md": "# A\n\nText." });
 *   site.read("a/index.html")
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { build, type BuildResult } from "../../src/build.js";
import { GalleyError } from "../../src/diagnostics.js";

export type SiteFiles = Record<string, string | Uint8Array>;

export interface TestSite {
  dir: string;
  out: string;
  result: BuildResult;
  read: (path: string) => string;
  exists: (path: string) => boolean;
  /** Every file of the output, relative paths. */
  files: () => string[];
}

export async function writeSiteFiles(files: SiteFiles, dir?: string): Promise<string> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), "galley-test-")));
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  }
  return root;
}

/** Writes `files` to a temp folder and builds it; throws if the build fails. */
export async function buildSite(files: SiteFiles): Promise<TestSite> {
  const dir = await writeSiteFiles(files);
  const result = await build({ dir });
  return siteAt(dir, result);
}

export function siteAt(dir: string, result: BuildResult): TestSite {
  const out = join(dir, "dist");
  return {
    dir,
    out,
    result,
    read: (path) => readFileSync(join(out, path), "utf8"),
    exists: (path) => existsSync(join(out, path)),
    files: () => listFiles(out).map((f) => relative(out, f).split("\\").join("/")).sort(),
  };
}

/** Builds a site that must fail; returns the error's formatted lines. */
export async function buildSiteError(files: SiteFiles): Promise<{ dir: string; lines: string[]; error: GalleyError }> {
  const dir = await writeSiteFiles(files);
  try {
    await build({ dir });
  } catch (error) {
    if (error instanceof GalleyError) return { dir, lines: error.message.split("\n"), error };
    throw error;
  }
  throw new Error("expected the build to fail, but it succeeded");
}

export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** A minimal valid site.yaml. */
export const siteYaml = "title: The Test Times\nlanguage: en\nurl: https://news.example.org/\ndescription: Tests\n";
