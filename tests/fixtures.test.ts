/**
 * Annotated articles in tests/fixtures: each NAME.txt or NAME.md with NAME.expected.json (the
 * scorer's format). The seed must parse exactly as annotated and to its golden Article JSON.
 * Every fixture's field counts are held in scores.json as a ratchet: a change that makes any
 * field of any fixture worse fails. `UPDATE=1 npm test` rewrites the golden and scores.json
 * after a reviewed change (commit them with it).
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { fieldCounts, mismatches, regressions, type Annotation, type FieldCounts } from "./helpers/score.js";

const dir = join(import.meta.dirname, "fixtures");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""))
  .sort();

function parseFixture(name: string) {
  const source = [".txt", ".md"].map((ext) => name + ext).find((f) => existsSync(join(dir, f)));
  if (!source) throw new Error(`no .txt or .md for ${name}`);
  const text = readFileSync(join(dir, source), "utf8");
  const { article } = parseArticle(new VFile({ path: source, value: text }), { contentPath: source });
  return { article, text };
}

describe("annotated fixtures", () => {
  it("has the seed article", () => assert.ok(names.includes("00-russia-taliban-terror-list")));

  it("parses the seed exactly as annotated", () => {
    const want = JSON.parse(readFileSync(join(dir, "00-russia-taliban-terror-list.expected.json"), "utf8")) as Annotation;
    const { article, text } = parseFixture("00-russia-taliban-terror-list");
    assert.deepEqual(mismatches(article, want, text), []);
  });

  const scoresFile = join(dir, "scores.json");
  const current: Record<string, FieldCounts> = {};
  for (const name of names) {
    const want = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Annotation;
    const { article, text } = parseFixture(name);
    current[name] = fieldCounts(article, want, text);
  }
  if (process.env.UPDATE) {
    const lines = Object.entries(current).map(([name, counts]) => `  ${JSON.stringify(name)}: ${JSON.stringify(counts)}`);
    writeFileSync(scoresFile, `{\n${lines.join(",\n")}\n}\n`);
  }
  const baseline = JSON.parse(readFileSync(scoresFile, "utf8")) as Record<string, FieldCounts>;
  for (const name of names) {
    it(`parses ${name} no worse than before`, () => {
      const before = baseline[name];
      assert.ok(before, `${name} has no line in scores.json: run UPDATE=1 npm test and review it`);
      assert.deepEqual(regressions(current[name] as FieldCounts, before), []);
    });
  }

  it("reports a parse that differs from its annotation", () => {
    const want = JSON.parse(readFileSync(join(dir, "00-russia-taliban-terror-list.expected.json"), "utf8")) as Annotation;
    const { article, text } = parseFixture("00-russia-taliban-terror-list");
    const wrong = { ...want, quotes: want.quotes.map((q, i) => (i === 0 ? { ...q, speaker: "Lavrov", alt: [] } : q)), subheads: [] };
    assert.deepEqual(mismatches(article, wrong, text), [
      'subheads: got ["Rivals of the Islamic State","Putin: Will find the guilty"], want []',
      'speaker of “We have to deal with important”: got "Peskov", want "Lavrov"',
    ]);
  });

  it("parses the seed article to its golden Article JSON", () => {
    const golden = join(dir, "00-russia-taliban-terror-list.json");
    const { article } = parseFixture("00-russia-taliban-terror-list");
    if (process.env.UPDATE) writeFileSync(golden, `${JSON.stringify(article, null, 2)}\n`);
    assert.ok(existsSync(golden), "golden file missing: run UPDATE=1 npm test once and review it");
    assert.deepEqual(article, JSON.parse(readFileSync(golden, "utf8")));
  });
});
