/**
 * Issue 16's "output identical" rule for site search: a rebuild into the same dist/ after an
 * edit writes every file a fresh build of the same content writes, byte for byte, the Pagefind
 * index (pagefind/) and the manifest included. The rebuild reuses unchanged pages (and, in a
 * large site, whole shards of the index) from the last build; a fresh build in another folder
 * renders and indexes everything. Each edit of the sequence is checked against its own fresh build.
 */
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";
import { build, type BuildOptions } from "../src/build.js";
import { listFiles, siteYaml, writeSiteFiles, type SiteFiles } from "./helpers/site.js";

const story = (title: string, date: string, body: string, extra = "") => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\n${body}\n\nA second paragraph about the coast.\n`;

const site: SiteFiles = {
  "site.yaml": `${siteYaml}sections:\n  local:\n    title: Local news\n`,
  "content/storm.md": story("Storm closes the ferry", "2026-11-14T10:00:00Z", "The storm closed the ferry for a day.", "author: Ada Storm\n"),
  "content/harbour.md": story("Harbour wall repaired", "2026-11-12T10:00:00Z", "The north mole of the harbour is mended after the storm.", "section: local\nauthor: Tom Haldane\n"),
  "content/fiske.md": story("Fisket ökar i norr", "2026-11-11T10:00:00Z", "Fiskarna i Skärgården landar mer torsk än på tio år.", "lang: sv\n"),
  "content/ferry.md": story("Ferry timetable changes", "2026-11-10T10:00:00Z", "The winter ferry leaves an hour earlier from December.", "section: local\nauthor: Marit Ellison\n"),
};

/** Edits in the order they are made to one site; `null` removes a file. */
const edits: [string, Record<string, string | null>][] = [
  ["the newest article's words (it is rendered again after the pages reused before it)", { "content/storm.md": story("Storm closes the ferry", "2026-11-14T10:00:00Z", "The storm closed the ferry for two days and a night.", "author: Ada Storm\n") }],
  ["an article in the middle gets a new headline", { "content/harbour.md": story("Harbour wall finally repaired", "2026-11-12T10:00:00Z", "The north mole of the harbour is mended after the storm.", "section: local\nauthor: Tom Haldane\n") }],
  ["the oldest article's date moves it to the top", { "content/ferry.md": story("Ferry timetable changes", "2026-11-15T10:00:00Z", "The winter ferry leaves an hour earlier from December.", "section: local\nauthor: Marit Ellison\n") }],
  ["an article's language changes", { "content/fiske.md": story("Fisket ökar i norr", "2026-11-11T10:00:00Z", "Fiskarna i Skärgården landar mer torsk än på tio år.", "lang: nb\n") }],
  ["a new article comes", { "content/quay.md": story("New quay for the ferry", "2026-11-13T10:00:00Z", "A new quay is planned for the island ferry.", "section: local\n") }],
  ["an article is removed", { "content/harbour.md": null }],
];

/** Every file of the output folder, path → bytes (hex). */
function snapshot(out: string): Record<string, string> {
  return Object.fromEntries(listFiles(out).map((f) => [relative(out, f).split("\\").join("/"), readFileSync(f).toString("hex")]));
}

/** The paths whose bytes differ between two snapshots (present in one only, or different). */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((path) => a[path] !== b[path]).sort();
}

async function assertRebuildsAsFresh(options: Omit<BuildOptions, "dir">): Promise<void> {
  const dir = await writeSiteFiles(site);
  let current: SiteFiles = { ...site };
  const first = await build({ dir, ...options });
  assert.ok(snapshot(first.outDir)["pagefind/pagefind-entry.json"], "the site has a search index");
  for (const [what, edit] of edits) {
    for (const [path, text] of Object.entries(edit)) {
      if (text === null) {
        rmSync(join(dir, path));
        const { [path]: _gone, ...rest } = current;
        current = rest;
      } else {
        writeFileSync(join(dir, path), text);
        current = { ...current, [path]: text };
      }
    }
    const rebuilt = await build({ dir, ...options });
    assert.ok(rebuilt.changed > 0, `${what}: the rebuild wrote something`);
    const freshDir = await writeSiteFiles(current);
    const fresh = await build({ dir: freshDir, ...options });
    const incremental = snapshot(rebuilt.outDir);
    const expected = snapshot(fresh.outDir);
    assert.ok(Object.keys(expected).some((p) => p.startsWith("pagefind/fragment/")));
    assert.deepEqual(differences(incremental, expected), [], `${what}: the rebuild's files differ from a fresh build's`);
    rmSync(freshDir, { recursive: true, force: true });
  }
  rmSync(dir, { recursive: true, force: true });
}

describe("search index: a rebuild writes what a fresh build writes", () => {
  it("given one index: after each edit (words, headline, a date that reorders, language, an article added, one removed), every file of dist/ equals a fresh build's, pagefind/ included", async () => {
    await assertRebuildsAsFresh({ jobs: 1 });
  });

  it("given the index in shards (two articles to a shard) and pages rendered on worker threads: the same, shards taken from the last build included", async () => {
    await assertRebuildsAsFresh({ jobs: 2, renderWorkersFrom: 1, searchShardSize: 2 });
  });
});
