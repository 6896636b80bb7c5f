/**
 * Issue 12's class of problem, not only its examples: front matter and Markdown a hostile or
 * careless user writes, generated (fast-check), built over a site that was built before.
 *
 * Front matter: known fields, unknown keys, keys that are names of Object's own properties,
 * non-Latin keys, duplicate keys; values of the wrong type, huge values, non-Latin text, dates in
 * odd forms, YAML anchors, aliases and tags; the block unclosed. Markdown: lists and block quotes
 * nested up to 300 deep, fences never closed, HTML blocks open or closed, directives, lines of up
 * to 100,000 characters.
 *
 * Whatever the input, the build (a) succeeds, or fails with a GalleyError whose every message
 * names the file, a line within it and a column (never another error: that is a crash with no
 * file named); (b) a failed build leaves the previous dist/ byte for byte, with no staging folder
 * (never half-written); (c) a successful one keeps a file the user put in dist/ and lists in its
 * manifest only files it wrote, all of them there; (d) no file outside dist/ changes (the
 * sources, a user's notes, the templates). Warnings name their place too.
 *
 * `npm test` runs a few builds with a fixed seed (a few seconds); `npm run fuzz` many, with a
 * random seed (FUZZ_RUNS, FUZZ_SEED to replay one that failed).
 */
import fc from "fast-check";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { build } from "../src/build.js";
import { applyChanges, openDevSite, pageAt } from "../src/dev/dev-site.js";
import { GalleyError, type VFileMessage } from "../src/diagnostics.js";
import { readManifest } from "../src/write/output-guard.js";
import { siteYaml, writeSiteFiles } from "./helpers/site.js";
import { md, siteSnapshot, snapshot } from "./hardening-helpers.js";

const fuzzing = process.env.FUZZ_RUNS !== undefined;
const runs = fuzzing ? Math.ceil(Number(process.env.FUZZ_RUNS) / 10) : 12;
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : fuzzing ? undefined : 12;
const settings = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };

// ---------------------------------------------------------------------------------------------
// Front matter

const knownKeys = ["title", "slug", "date", "updated", "author", "section", "tags", "lang", "description", "image", "draft", "featured", "correction", "kicker", "byline", "dateline", "dateText", "fix"];
const objectKeys = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "prototype", "isPrototypeOf", "propertyIsEnumerable", "__defineGetter__", "toLocaleString"];
const otherKeys = ["titel", "layout", "permalink", "Title", "TAGS", "x-custom", "标题", "عنوان", "заголовок", "見出し", "כותרת", "🗞", '"a key with spaces"', '"1"', '"?"', "'colon: inside'"];

const oddDates = [
  "2026-11-12", "2026-11-12T09:00:00+01:00", "2026-11-12 09:00", "2026-11-12T09:00:00.123456789Z", "12/11/2026", "11/12/2026", "12.11.2026",
  "Nov 12, 2026", "12 November 2026", "2026-13-01", "2026-02-30", "2026-11-12T25:00:00Z", "2026-11-12T09:00:00+25:00", "0000-00-00",
  "9999-12-31T23:59:59Z", "1969-12-31", "+002026-11-12", "2026-W46-4", "2026-316", "1731400000", "-1", "yesterday", '"2026-11-12"', "2026-11-12T09:00",
  "２０２６-１１-１２", "٢٠٢٦-١١-١٢", "2026年11月12日",
];
const oddValues = [
  "", "~", "null", "true", "false", "0", "-1", "1e309", ".nan", "0x1F", "[]", "{}", "[a, b]", "[[1, 2], [3]]", "{a: 1, b: [2]}", "{title: x}",
  "\n  - one\n  - two", "\n  nested:\n    deeper: 1", "|\n  a block\n  of two lines", ">-\n  folded\n  text", "'single ''quoted'''", '"escapes \\x01 \\u202e \\t"',
  '"<script>alert(1)</script>"', ".", "..", "../evil", "a/b", "archive", "index", "search", "pagefind", "经济", "עברית", "Москва", "東京の記者",
  "&anchor value", "*anchor", "*undefined", "!!binary aGVsbG8=", "!!js/function 'function () {}'", "!custom x", "!!str 2026-11-12", "!!int 12", "? complex key",
  "[unclosed", "{unclosed: 1", '"unclosed', "'unclosed", "`backtick`", "@at", "% percent", "- a list item", "key: value: more",
];

/** A value: one of the odd ones, a date in an odd form, or a huge one (repeated text, with or without spaces, in any script). */
const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...oddValues) },
  { weight: 3, arbitrary: fc.constantFrom(...oddDates) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("word ", "x", "经济", "مرحبا ", "é"), fc.integer({ min: 1000, max: 60_000 })).map(([unit, n]) => JSON.stringify(unit.repeat(n))) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => JSON.stringify(s)) },
);

const key: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...knownKeys) }, { weight: 2, arbitrary: fc.constantFrom(...objectKeys) }, { weight: 2, arbitrary: fc.constantFrom(...otherKeys) });

interface Front {
  entries: [string, string][];
  /** The first entry written again at the end (a duplicate key). */
  duplicate: boolean;
  /** How the block is framed: closed, never closed, closed by `...`, with CRLF line ends, after a BOM. */
  framing: "closed" | "unclosed" | "dots" | "crlf" | "bom";
}

const front: fc.Arbitrary<Front> = fc.record({
  entries: fc.array(fc.tuple(key, value), { maxLength: 6 }),
  duplicate: fc.nat({ max: 4 }).map((n) => n === 0),
  framing: fc.constantFrom("closed", "closed", "closed", "unclosed", "dots", "crlf", "bom"),
});

/** A key as YAML reads it (`"1"` is 1, `'a ''b'''` is a 'b'). */
const keyName = (k: string) => (k.startsWith('"') ? (JSON.parse(k) as string) : k.startsWith("'") ? k.slice(1, -1).replaceAll("''", "'") : k);

/** The front matter's text, and the line of each key that is not one of Galley's fields (each must get a warning there). */
function frontMatter({ entries, duplicate, framing }: Front): { text: string; unknown: { name: string; line: number }[] } {
  // a headline and a date unless generated (a duplicate key is made on purpose only)
  const seen = new Set<string>();
  const unique = entries.filter(([k]) => !seen.has(k) && seen.add(k));
  const fields: [string, string][] = [...(seen.has("title") ? [] : [["title", "A fuzzed story"] as [string, string]]), ...(seen.has("date") ? [] : [["date", "2026-11-12T09:00:00+01:00"] as [string, string]]), ...unique];
  if (duplicate && unique[0]) fields.push(unique[0]);
  const lines = fields.map(([k, v]) => `${k}: ${v}`);
  const unknown: { name: string; line: number }[] = [];
  let line = 2;
  for (const [k, v] of fields) {
    if (!knownKeys.includes(keyName(k))) unknown.push({ name: keyName(k), line });
    line += v.split("\n").length;
  }
  const block = `---\n${lines.join("\n")}\n${framing === "unclosed" ? "" : framing === "dots" ? "...\n" : "---\n"}\n`;
  return { text: framing === "crlf" ? block.replaceAll("\n", "\r\n") : framing === "bom" ? `\uFEFF${block}` : block, unknown };
}
const frontText = (f: Front) => frontMatter(f).text;

// ---------------------------------------------------------------------------------------------
// Markdown

const sentences = [
  "The council voted on the harbour budget on Tuesday.", "“We will rebuild the quay,” said Mayor Ingrid Solberg.", "Advertisement revenue at the Gazette fell 12 percent.",
  "议会周二对港口预算进行了投票。", "صوّت المجلس على ميزانية الميناء يوم الثلاثاء.", "Совет проголосовал за бюджет гавани во вторник.", "評議会は火曜日に港の予算を可決した。",
  "Labour | 412 votes | 34 percent", "🎉🎉🎉", "Read more:", "Photo: Jane Doe", "By Tom Haldane",
];

const nestings = ["> ", "- ", "1. ", "* ", "> - ", "- > ", "+ 1) "];
const htmlBlocks = ["<div>\n\n*inside a div*\n\n</div>", "<div>", "</div></div>", "<details><summary>More</summary>\n\ntext", "<!-- a comment never closed", "<script>alert(1)", "<table><tr><td>cell", "<?php echo 1; ?>", "<![CDATA[ raw", "<pre>\nunclosed pre", "<style>p{}"];
const fences = ["```", "```js", "~~~", "````", "```\u00A0"];

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 }).map((s) => s.join(" ")) },
  // a deep nesting on one line (`> > > text`, `- - - text`) or as an indented ladder
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...nestings), fc.integer({ min: 1, max: 300 }), fc.constantFrom(...sentences)).map(([m, n, s]) => `${m.repeat(n)}${s}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: 150 }), fc.constantFrom(...sentences)).map(([n, s]) => Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}- ${s}`).join("\n")) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: 150 }), fc.constantFrom(...sentences)).map(([n, s]) => Array.from({ length: n }, (_, i) => `${"> ".repeat(i + 1)}${s}`).join("\n")) },
  // a fence never closed: the rest of the article is code
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...fences), fc.constantFrom(...sentences)).map(([f, s]) => `${f}\n${s}`) },
  { weight: 2, arbitrary: fc.constantFrom(...htmlBlocks) },
  // very long lines: words, one unbroken token, text with no spaces, a long link or emphasis run
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("word ", "x", "经济", "*", "[", "`", "> "), fc.integer({ min: 1000, max: 100_000 })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length))) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 50_000 }).map((n) => `[a link](https://example.org/${"x".repeat(n)})`) },
  { weight: 1, arbitrary: fc.constantFrom("# A subhead", "###### Six", "####### Seven", "Setext\n===", "---", "***", "| a | b |\n|---|---|\n| 1 | 2 |", "[^1]\n\n[^1]: A note.", ":::note\ninside", ":::", "::x[y]{a=b}", "![x](.)", "![x](missing.png)", "![x](../../etc/passwd)", "\\", "&#0;", "\u0000", "\u2028") },
);

const body = fc.array(block, { minLength: 1, maxLength: 8 }).map((blocks) => blocks.join("\n\n"));

const article = fc.record({ front: fc.option(front, { nil: undefined }), body, ext: fc.constantFrom("md", "md", "md", "txt") });

// ---------------------------------------------------------------------------------------------

/** Problems with a message: it must name the file, and a line (within the file) and a column. */
function placeProblems(message: VFileMessage, lineCount: (file: string) => number): string[] {
  const where = `${message.file}:${message.line}:${message.column}: ${message.reason}`;
  const problems: string[] = [];
  if (!message.file) problems.push(`no file: ${where}`);
  if (!(Number.isInteger(message.line) && (message.line ?? 0) >= 1 && (message.line ?? 0) <= lineCount(message.file ?? "") + 1)) problems.push(`no line within the file: ${where}`);
  if (!(Number.isInteger(message.column) && (message.column ?? 0) >= 1)) problems.push(`no column: ${where}`);
  if (/\bundefined\b|\[object Object\]|\bNaN\b/.test(message.reason)) problems.push(`a reason that leaks a value: ${where}`);
  return problems;
}

/** A user's file in dist/ (Galley keeps what it did not write) and beside the site. */
const userFiles = { "dist-notes.txt": "the user's own notes in dist/\n", "notes.txt": "the user's notes beside the site\n" };

describe("hardening fuzz: generated front matter and Markdown over a built site", () => {
  it("the front matter generator makes the odd shapes it promises (keys of Object, non-Latin keys, duplicates, odd dates, unclosed blocks)", () => {
    const samples = fc.sample(front, { numRuns: 400, seed: 1 }).map(frontText);
    for (const want of [/^constructor: /m, /^__proto__: /m, /^标题: /m, /^---\n(?:(?!---)[^])*$/, /\r\n/, /^\w+: 2026-02-30$/m, /^\w+: \*\w+/m]) assert.ok(samples.some((s) => want.test(s)), String(want));
    assert.ok(samples.some((s) => { const keys = s.split("\n").map((l) => l.split(":")[0]); return keys.length !== new Set(keys).size; }), "a duplicate key");
  });

  it("never crashes without naming the file; never leaves a half-written dist/; never changes or deletes a file Galley did not write", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/local/good.md": md("A good story"), "notes.txt": userFiles["notes.txt"] });
    const out = join(dir, "dist");
    await build({ dir, jobs: 1 });
    writeFileSync(join(out, "notes.txt"), userFiles["dist-notes.txt"]);
    let tries = 0;
    let failures = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 2 }), async (articles) => {
          tries++;
          const paths = articles.map((a, i) => `content/fuzz/story-${i}.${a.ext}`);
          const texts = articles.map((a) => (a.front ? frontText(a.front) : "") + a.body);
          paths.forEach((path, i) => writeFileSync(join(dir, path.replace("/fuzz/", "/local/fuzz-")), texts[i] ?? ""));
          const written = paths.map((p) => p.replace("/fuzz/", "/local/fuzz-"));
          const lineCount = (file: string) => {
            const k = written.findIndex((p) => file.endsWith(p));
            return k < 0 ? 1e9 : (texts[k] as string).split(/\r\n|\r|\n/).length;
          };
          const before = snapshot(dir);
          const sources = siteSnapshot(dir);
          try {
            let result;
            try {
              result = await build({ dir, jobs: 1 });
            } catch (error) {
              // (a) a failure is the input's, said at its place: anything else is a crash with no file named
              if (!(error instanceof GalleyError)) throw new Error(`a crash with no file named: ${(error as Error).stack}\ninput: ${JSON.stringify(texts).slice(0, 2000)}`);
              failures++;
              assert.deepEqual(error.messages.flatMap((m) => placeProblems(m, lineCount)), []);
              // (Galley's own failure caught at the file is still a crash: the input is never to blame for it)
              assert.deepEqual(error.messages.filter((m) => m.ruleId === "internal-error").map(String), [], "no internal error");
              assert.ok(error.messages.some((m) => written.some((p) => (m.file ?? "").endsWith(p))), "an error names the fuzzed article");
              // (b) the previous dist/ as it was, no staging folder left
              assert.deepEqual(snapshot(dir), before, "a failed build leaves the previous dist/ byte for byte");
              assert.deepEqual(readdirSync(dir).filter((n) => /^\.dist-(new|old)-/.test(n)), [], "no staging folder is left");
              return;
            }
            assert.deepEqual(result.warnings.flatMap((m) => placeProblems(m, lineCount)), [], "warnings name their place");
            // (c) Galley's files only: the user's file in dist/ stays, the manifest lists what is there
            assert.equal(readFileSync(join(out, "notes.txt"), "utf8"), userFiles["dist-notes.txt"]);
            const manifest = readManifest(out);
            assert.ok(manifest && !manifest.files.includes("notes.txt"), "the manifest lists only what Galley wrote");
            assert.deepEqual(manifest.files.filter((f) => !existsSync(join(out, f))), [], "every file of the manifest is there");
            assert.ok(existsSync(join(out, "index.html")) && existsSync(join(out, "good", "index.html")));
            // every key that is not one of Galley's fields is named in a warning at its line: never taken for a property of Object
            articles.forEach((a, i) => {
              if (!a.front) return;
              for (const { name, line } of frontMatter(a.front).unknown) {
                const said = result.warnings.some((m) => (m.file ?? "").endsWith(written[i] ?? "?") && m.line === line && m.ruleId === "front-matter-unknown-field" && m.reason.includes(`\`${name}\``));
                assert.ok(said, `a warning at line ${line} for the unknown field \`${name}\`: ${JSON.stringify(texts[i]).slice(0, 400)}`);
              }
            });
          } finally {
            // (d) nothing outside dist/ changed
            assert.deepEqual(siteSnapshot(dir), sources, "no file outside dist/ changed");
            for (const p of written) rmSync(join(dir, p), { force: true });
          }
        }),
        settings,
      );
      assert.equal(readFileSync(join(dir, "notes.txt"), "utf8"), userFiles["notes.txt"]);
      assert.ok(tries === runs && failures < tries, `some generated articles build (${tries - failures} of ${tries})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("galley dev: a save of any of them never stops the preview — a problem names the file at a line and column (never Galley's own failure); the last good pages stay served; a good save afterwards shows", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/local/good.md": md("A good story") });
    const site = await openDevSite(dir);
    const path = join(dir, "content", "local", "live.md");
    try {
      await fc.assert(
        fc.asyncProperty(article, async (a) => {
          const text = (a.front ? frontText(a.front) : "") + a.body;
          const file = path.replace(/\.md$/, `.${a.ext}`);
          writeFileSync(file, text);
          try {
            const result = await applyChanges(site, [file]);
            const lines = text.split(/\r\n|\r|\n/).length;
            if (result.error) {
              assert.deepEqual(result.error.messages.flatMap((m) => placeProblems(m, () => lines)), []);
              assert.deepEqual(result.error.messages.filter((m) => m.ruleId === "internal-error" || m.ruleId === "dev-rebuild-failed").map(String), [], "Galley's own failure");
            }
            // every page the change made renders (pages are rendered when asked for)
            for (const output of result.written.filter((p) => p.endsWith(".html"))) await pageAt(site, output);
            assert.match((await pageAt(site, "good/index.html")) ?? "", /A good story/, "the last good pages stay served");
          } finally {
            rmSync(file, { force: true });
            await applyChanges(site, [file]);
          }
        }),
        { ...settings, numRuns: Math.max(4, Math.ceil(runs / 2)) },
      );
      writeFileSync(path, md("A live story", "The lede of the live story."));
      const good = await applyChanges(site, [path]);
      assert.equal(good.error, null, String(good.error));
      assert.match((await pageAt(site, "live/index.html")) ?? "", /The lede of the live story/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
