/**
 * Line fixes in the front matter of a plain-text article: given this text and these fixes, this
 * structure. A fix names a line by its number (as `galley parse --explain` prints it) or by its
 * text, and the rest of the article is read around it.
 */
import fc from "fast-check";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { convertArticle } from "../src/convert/convert.js";
import { fixKinds } from "../src/parse/text/fixes.js";
import { parseArticle } from "../src/parse/index.js";
import { blocksOf, parse } from "./helpers/parse.js";

const copy = [
  "Harbour wall to be rebuilt", //           line 4 (after three lines of front matter)
  "",
  "The North Mole will close for 14 weeks while divers survey the wall, the council said on Monday.",
  "",
  "Work starts in March", //                 8: a short line read as a subhead
  "",
  "The council approved the budget on Monday after a long debate about the cost of the repairs.",
  "",
  "Read the full report", //                 12
  "",
  "– We cannot wait another winter, said the harbourmaster.", // 14
  "",
  "Reporting by Tom Haldane", //             16
].join("\n");

const withFixes = (fix: string, text = copy) => parse(`---\nfix: ${fix}\n---\n${text}\n`);

describe("fixes: plain text with front matter `fix:`", () => {
  it("reads the copy as usual without fixes", () => {
    const a = parse(copy);
    assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["Work starts in March", "Read the full report"]);
  });

  it("by line number: a subhead becomes a paragraph, a paragraph a subhead", () => {
    const a = withFixes("{ 8: paragraph, 10: subhead }");
    assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["The council approved the budget on Monday after a long debate about the cost of the repairs.", "Read the full report"]);
    assert.ok(blocksOf(a, "paragraph").some((b) => b.text === "Work starts in March"));
  });

  it("by the line's text: noise is dropped", () => {
    const a = withFixes('{ "Read the full report": noise }');
    assert.ok(!JSON.stringify(a.blocks).includes("Read the full report"));
  });

  it("a quote with the speaker the article does not name, and an endnote", () => {
    const a = withFixes('{ 14: "quote: Harald Munro", 16: endnote }');
    const [quote] = blocksOf(a, "quote");
    assert.equal(quote?.speaker, "Harald Munro");
    assert.equal(quote?.printed, "– We cannot wait another winter, said the harbourmaster.");
    assert.equal(quote?.text, "We cannot wait another winter");
    assert.deepEqual(blocksOf(a, "endnote").map((b) => b.text), ["Reporting by Tom Haldane"]);
  });

  it("a related box, a caption with its credit, the lede", () => {
    const a = withFixes("{ 8: related, 10: related, 12: caption, 14: credit, 16: lede }");
    const [box] = blocksOf(a, "related");
    assert.equal(box?.title, "Work starts in March");
    assert.deepEqual(box?.links.map((l) => l.text), ["The council approved the budget on Monday after a long debate about the cost of the repairs."]);
    const [media] = blocksOf(a, "media");
    assert.equal(media?.caption, "Read the full report");
    assert.equal(media?.credit, "– We cannot wait another winter, said the harbourmaster.");
    assert.equal(a.lede, "Reporting by Tom Haldane");
    assert.ok(blocksOf(a, "paragraph").some((b) => b.text.startsWith("The North Mole")));
  });

  it("header lines: kicker, headline, byline and dateline", () => {
    const a = withFixes("{ 4: kicker, 6: headline, 8: byline, 12: dateline }");
    assert.equal(a.kicker, "Harbour wall to be rebuilt");
    assert.equal(a.headline, "The North Mole will close for 14 weeks while divers survey the wall, the council said on Monday.");
    assert.match(a.byline ?? "", /^Work starts in March/);
    assert.equal(a.dateline, "Read the full report");
    assert.equal(a.lede, "The council approved the budget on Monday after a long debate about the cost of the repairs.");
  });

  it("warns at the fix when it names no line, or a kind it does not know", () => {
    const a = withFixes('{\n  99: noise,\n  "No such line": subhead,\n  8: sidebar\n}');
    assert.ok(a.messages.includes("3:3 fix `99` names no line of the article"), a.messages.join("\n"));
    assert.ok(a.messages.some((m) => m.startsWith("4:3 fix `No such line` names no line")), a.messages.join("\n"));
    assert.ok(a.messages.some((m) => m.startsWith("5:3 fix `8`: `sidebar` is not one of")), a.messages.join("\n"));
    assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["Work starts in March", "Read the full report"]);
  });

  it("the fixed article converts to Markdown that reads back the same", () => {
    const source = `---\nfix: { 8: paragraph, 10: subhead, 14: "quote: Harald Munro", 16: endnote }\n---\n${copy}\n`;
    const { article } = parseArticle(new VFile({ path: "a.txt", value: source }), { contentPath: "a.txt" });
    const { markdown, differences } = convertArticle(article, { contentPath: "a.txt" });
    assert.deepEqual(differences, []);
    assert.ok(!markdown.includes("fix:"));
    assert.match(markdown, /:::quote\{speaker="Harald Munro"\}/);
    assert.match(markdown, /\n:::endnote\nReporting by Tom Haldane\n:::/);
  });

  it("is for text only: a Markdown article is told to write its structure", () => {
    const a = parse("---\ntitle: A\nfix: { 5: noise }\n---\n\nText.\n", "a.md");
    assert.ok(a.messages.some((m) => m.includes("`fix` is for plain-text articles")));
  });
});

describe("fixes: any fixes on any copy", () => {
  const fixtures = join(import.meta.dirname, "fixtures");
  const lines = readdirSync(fixtures)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(join(fixtures, f), "utf8").split(/\r?\n/u))
    .filter((l) => l.trim() !== "");
  const copy = fc.array(fc.constantFrom(...lines), { minLength: 2, maxLength: 25 });
  const kind = fc.oneof(fc.constantFrom(...fixKinds), fc.constant("quote: Jane Doe"));
  const runs = Number(process.env.FUZZ_RUNS ?? 150);
  it(`never throw, and the fixed article converts to Markdown that reads back the same (${runs} runs)`, () => {
    fc.assert(
      fc.property(copy, fc.array(fc.tuple(fc.nat(60), kind), { maxLength: 8 }), (body, picks) => {
        const fix = Object.fromEntries(picks.map(([line, k]) => [line, k]));
        const source = `---\nfix: ${JSON.stringify(fix)}\n---\n${body.join("\n\n")}\n`;
        const file = new VFile({ path: "a.txt", value: source });
        const { article } = parseArticle(file, { contentPath: "world/a.txt" });
        if (file.messages.some((m) => m.fatal)) return;
        const { markdown } = convertArticle(article, { contentPath: "world/a.txt" });
        const back = parseArticle(new VFile({ path: "a.md", value: markdown }), { contentPath: "world/a.md" }).article;
        assert.deepEqual({ ...back, source: null }, { ...article, source: null });
      }),
      { numRuns: runs },
    );
  });
});
