/**
 * Helpers for the hardening specification (tests/hardening-*.test.ts): a whole small site is
 * written inline, built through the `galley build` command line (in this process, through
 * `run`, so exit codes and printed lines are what a user sees), and its outcome compared
 * exactly: the error or warning lines, with the site's temp folder taken off their paths.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { run } from "../src/cli/run.js";
import { listFiles, siteAt, siteYaml, writeSiteFiles, type SiteFiles, type TestSite } from "./helpers/site.js";

export { siteYaml };

/** A dated Markdown article with front matter, so it raises no warning of its own. */
export const md = (title: string, body = "The lede of the story.\n\nA second paragraph.", extra = "") =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: 2026-11-12T09:00:00+01:00\n${extra}---\n\n${body}\n`;

/** A good site: what `dist/` holds before a bad build is tried. */
export const goodSite: SiteFiles = { "site.yaml": siteYaml, "content/local/good.md": md("A good story") };

export interface Outcome {
  code: number;
  /** Printed error and warning lines, paths relative to the site folder. */
  lines: string[];
  dir: string;
}

/**
 * CPU time of this process and its worker threads, in ms: a bound on work that a shared, loaded
 * machine cannot break the way it breaks a bound on wall time.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `galley ARGS` in this process; paths in its lines are made relative to `dir`. */
export async function galley(args: string[], dir: string): Promise<Outcome> {
  const lines: string[] = [];
  const code = await run(args, { out: () => undefined, err: (line) => lines.push(...line.split("\n")) });
  const prefix = `${relative(process.cwd(), dir)}/`;
  return { code, lines: lines.map((l) => l.split(prefix).join("")), dir };
}

/** `dist/` as path → bytes (hex), to compare before and after. */
export function snapshot(dir: string): Record<string, string> {
  const out = join(dir, "dist");
  return Object.fromEntries(listFiles(out).map((f) => [relative(out, f), readFileSync(f).toString("hex")]));
}

/**
 * Given a good site already built, and then `files` written over it (`null` deletes a file):
 * the build must exit 1 printing exactly `expected`, and leave the previous `dist/` byte for byte
 * and every file outside it as it was.
 */
export async function assertBuildFails(files: Record<string, string | Uint8Array | null>, expected: (string | RegExp)[], args: string[] = []): Promise<Outcome> {
  const dir = await writeSiteFiles(goodSite);
  const first = await galley(["build", dir, "--quiet"], dir);
  assert.equal(first.code, 0, first.lines.join("\n"));
  const before = snapshot(dir);
  await writeChanges(dir, files);
  const sources = siteSnapshot(dir);
  const outcome = await galley(["build", dir, "--quiet", ...args], dir);
  assertLines(outcome.lines, expected);
  assert.equal(outcome.code, 1);
  assert.deepEqual(snapshot(dir), before, "the previous dist/ is untouched");
  assert.deepEqual(siteSnapshot(dir), sources, "nothing outside dist/ changed");
  assert.deepEqual(listFiles(dir).filter((f) => /\.dist-(new|old)-/.test(f)), [], "no staging folder is left behind");
  return outcome;
}

/** Each line equals its expected string, or matches its expected pattern. */
export function assertLines(lines: string[], expected: (string | RegExp)[]): void {
  if (lines.length === expected.length && expected.every((e, i) => (typeof e === "string" ? e === lines[i] : e.test(lines[i] ?? "")))) return;
  assert.deepEqual(lines, expected.map(String));
}

export async function writeChanges(dir: string, files: Record<string, string | Uint8Array | null>): Promise<void> {
  for (const [path, contents] of Object.entries(files)) {
    if (contents === null) rmSync(join(dir, path), { force: true });
    else await writeSiteFiles({ [path]: contents }, dir);
  }
}

/** Builds `files` (with the test site.yaml unless given): exit 0, printing exactly `warnings`, changing nothing outside dist/. */
export async function assertBuilds(files: SiteFiles, warnings: string[] = [], args: string[] = []): Promise<TestSite> {
  const dir = await writeSiteFiles({ "site.yaml": siteYaml, ...files });
  const sources = siteSnapshot(dir);
  const outcome = await galley(["build", dir, "--quiet", ...args], dir);
  assert.deepEqual(outcome.lines, warnings);
  assert.equal(outcome.code, 0);
  assert.deepEqual(siteSnapshot(dir), sources, "nothing outside dist/ changed");
  assert.ok(existsSync(join(dir, "dist", "index.html")));
  return siteAt(dir, { outDir: join(dir, "dist"), articles: 0, pages: 0, files: 0, changed: 0, removed: 0, parsed: 0, cached: 0, skipped: { drafts: 0, future: 0 }, warnings: [], ms: 0 });
}

/** Every file of the site folder outside `dist/` (and the build's lock), as path → bytes (hex): what a build must never change. */
export function siteSnapshot(dir: string, out = "dist"): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir)
      .map((f) => relative(dir, f))
      .filter((f) => f !== out && !f.startsWith(`${out}/`) && !f.startsWith(".galley-cache/"))
      .map((f) => [f, readFileSync(join(dir, f)).toString("hex")]),
  );
}
