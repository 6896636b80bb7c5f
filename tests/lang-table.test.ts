/** ELD's n-gram data read from Galley's table (fast start-up) detects exactly what ELD's own module does. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { eld } from "eld/extrasmall";
import { langSamples } from "../bench/lang-samples.js";
import { eldDetector, fromText, toText } from "../src/parse/lang/eld-table.js";

const fixtures = join(import.meta.dirname, "fixtures");

describe("language table: ELD's data, read lazily", () => {
  it("gives ELD's language and reliability for every sample and fixture text, and their pieces", () => {
    const texts = [
      ...langSamples.flatMap((s) => [s.paragraph, s.headline, `${s.headline}\n\n${s.paragraph}`]),
      ...readdirSync(fixtures).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(fixtures, f), "utf8")),
    ];
    const pieces = texts.flatMap((t) => [t, t.slice(0, 40), t.slice(t.length >> 1, (t.length >> 1) + 300)]);
    for (const text of [...pieces, "", "12345", "a b c", "日本語"]) {
      const ours = eldDetector().detect(text);
      const theirs = eld.detect(text);
      assert.equal(ours.language, theirs.language, text.slice(0, 80));
      assert.equal(ours.isReliable(), theirs.isReliable(), text.slice(0, 80));
    }
  });

  it("writes and reads back every n-gram with its scores", async () => {
    const { ngramsData } = (await import(new URL("../ngrams/extrasmall.js", import.meta.resolve("eld/extrasmall")).href)) as { ngramsData: { type: string; languages: Record<number, string>; ngrams: Record<string, Record<number, number>> } };
    const table = fromText(toText(ngramsData));
    assert.ok(table);
    assert.equal(table.type, ngramsData.type);
    assert.deepEqual(table.languages, ngramsData.languages);
    for (const [ngram, scores] of Object.entries(ngramsData.ngrams)) assert.deepEqual(table.ngrams[ngram], scores, ngram);
    assert.equal(table.ngrams["no such n-gram"], undefined);
  });

  it("refuses a damaged table (then ELD's module is read instead)", () => {
    assert.equal(fromText(""), null);
    assert.equal(fromText('{"type":"XS60","languages":{},"count":3}\na\t1:2\n'), null);
    assert.equal(fromText("not json\n"), null);
    // a table cut short (its lines' byte length no longer the header's)
    const whole = toText({ type: "XS60", languages: { 0: "en" }, ngrams: { ab: { 0: 1 }, cd: { 0: 2 } } });
    assert.ok(fromText(whole));
    assert.equal(fromText(whole.slice(0, -3)), null);
  });
});
