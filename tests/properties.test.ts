/**
 * Properties of the parser over generated copy (fast-check): it never throws, and no word of a
 * line that is not page noise is lost — every one appears in some field of the Article.
 */
import fc from "fast-check";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { words } from "./helpers/score.js";

const fixtures = join(import.meta.dirname, "fixtures");
const fixtureLines = readdirSync(fixtures)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(fixtures, f), "utf8").split(/\r?\n/))
  .filter((l) => l.trim() !== "");

const runs = Number(process.env.FUZZ_RUNS ?? 150);

/** Lines as copy has them: real lines, cut or glued, with artifacts, and random text. */
const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...fixtureLines) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...fixtureLines), fc.nat()).map(([l, n]) => l.slice(0, (n % l.length) + 1)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("• ", "- ", "– ", "    ", "* ", "1. ", "“", "»", "\t", "\u00A0"), fc.constantFrom(...fixtureLines)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom("", "", "   ", "\u00A0", "---", "Photo:", "By", "Read more", "– ", "“", "Related") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
);
const copy = fc.array(line, { minLength: 1, maxLength: 40 }).map((lines) => lines.join("\n"));

function parsed(text: string, path = "story.txt") {
  return parseArticle(new VFile({ path, value: text }), { contentPath: path });
}

/** Every string anywhere in the article. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** Words of non-noise lines that no field of the article holds. */
function lostWords(article: object, trace: { text: string; became: string }[]): string[] {
  const bag = new Map<string, number>();
  for (const w of words(strings({ ...article, source: null }).join("\n"))) bag.set(w, (bag.get(w) ?? 0) + 1);
  const lost: string[] = [];
  for (const entry of trace.filter((t) => t.became !== "noise")) {
    for (const w of words(entry.text)) {
      const n = bag.get(w) ?? 0;
      if (n > 0) bag.set(w, n - 1);
      else lost.push(w);
    }
  }
  return lost;
}

describe("parser properties", () => {
  it("the word check finds a lost word", () => {
    const { article, trace } = parsed("Headline here\n\nThe lede has words.\n\nMore text.");
    assert.deepEqual(lostWords({ ...article, lede: "The lede has." }, trace), ["words"]);
  });

  it("never throws on generated plain text", () => {
    fc.assert(fc.property(copy, (text) => void parsed(text)), { numRuns: runs });
  });

  it("never throws on generated Markdown", () => {
    fc.assert(fc.property(copy, (text) => void parsed(text, "story.md")), { numRuns: runs });
  });

  it("keeps every word of every line that is not page noise", () => {
    fc.assert(
      fc.property(copy, (text) => {
        const { article, trace } = parsed(text);
        if (text.startsWith("---")) return;
        assert.deepEqual(lostWords(article, trace), [], `lost from: ${JSON.stringify(text)}`);
      }),
      { numRuns: runs },
    );
  });
});
