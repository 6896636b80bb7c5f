/**
 * The line model (src/parse/lines): which lines are page noise, proven by a rule or by the
 * fitted model, in several languages and scripts; every word of a real sentence is kept.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { lineContext, lineFeatures, FEATURES, wordsOf } from "../src/parse/lines/features.js";
import { fitLogistic } from "../src/parse/lines/fit.js";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");
const texts = (a: ReturnType<typeof parse>) => [a.lede, ...a.blocks.map((b) => ("text" in b ? b.text : ""))].join("\n");
const prose = [
  "The town council approved a budget on Tuesday that cuts spending on roads and parks for the first time in a decade.",
  "The mayor said the town would review the cuts in the spring, after the first figures from the new road works come in.",
  "Opposition councillors voted against the plan, saying the parks budget had already been cut twice in three years.",
];

describe("line model: sentences with noise words stay content", () => {
  const sentences = [
    "Advertisement revenue at the Gazette fell 12 percent last year, the owners told the council.",
    "Residents who subscribe to the council newsletter will get the budget by email on Friday.",
    "Copyright lawyers said the photographs from the 1987 archive could not be reused.",
    "The new cookie policy of the council website was approved with one vote against.",
    "Follow the vote live on X from 9 am, the council said in a statement on Monday.",
  ];
  for (const sentence of sentences) {
    it(`keeps “${sentence.slice(0, 40)}…” in the body`, () => {
      const a = parse(story("Council approves budget", "", prose[0] as string, "", sentence, "", prose[1] as string, "", prose[2] as string));
      assert.ok(texts(a).includes(sentence));
      assert.ok(!a.messages.some((m) => m.includes("noise")), "nothing dropped, nothing to warn about");
    });
  }

  it("keeps a table row and an emoji line", () => {
    const a = parse(story("Election night", "", prose[0] as string, "", "Labour | 412 votes | 34 percent", "Greens | 288 votes | 24 percent", "", "🎉🎉🎉", "", prose[1] as string));
    assert.ok(texts(a).includes("Labour | 412 votes | 34 percent"));
    assert.ok(texts(a).includes("Greens | 288 votes | 24 percent"));
    assert.ok(texts(a).includes("🎉🎉🎉"));
  });
});

describe("line model: page noise is dropped", () => {
  it("drops whole noise lines and the prompts of the page's tail, and warns about the longer ones", () => {
    const a = parse(story("Council approves budget", "", ...prose.flatMap((p) => [p, ""]), "Share this article", "Advertisement", "We use cookies to give you the best experience on our website. You can change your cookie settings at any time.", "Comments"));
    const all = texts(a);
    for (const noise of ["Share this article", "Advertisement", "We use cookies", "Comments"]) assert.ok(!all.includes(noise), noise);
    assert.equal(a.blocks.length, 2, "the two paragraphs after the lede, nothing else");
    const warned = a.messages.filter((m) => m.includes("dropped as page noise"));
    assert.equal(warned.length, 1, "the cookie prompt has more than four words");
    assert.match(warned[0] as string, /^\d+:1 dropped as page noise .*We use cookies/);
  });

  it("drops a German share and ad label at the end, keeps German sentences about advertising", () => {
    const a = parse(
      story(
        "Stadtrat beschließt sparsamen Haushalt",
        "",
        "Der Stadtrat hat am Dienstag nach einer langen Sitzung einen Haushalt beschlossen, der bei Straßen und Parks spart.",
        "",
        "Werbung in der Lokalzeitung kostet die Stadt jedes Jahr mehr, sagte der Kämmerer am Mittwoch im Rathaus.",
        "",
        "Die Bürgermeisterin kündigte an, die Kürzungen im Frühjahr noch einmal gründlich zu überprüfen.",
        "",
        "Artikel teilen",
        "Anzeige",
      ),
      "a.txt",
      "de",
    );
    assert.ok(texts(a).includes("Werbung in der Lokalzeitung"));
    assert.ok(!texts(a).includes("Artikel teilen"));
    assert.ok(!texts(a).includes("Anzeige"));
  });

  it("never drops every line of a short article with no prose to compare with", () => {
    const a = parse(story("Storm warning", "", "The storm arrived overnight.", "", "Roads are closed"));
    assert.equal(a.lede, "The storm arrived overnight.");
    assert.deepEqual(blocksOf(a, "paragraph").map((b) => b.text), ["Roads are closed"]);
  });
});

describe("line model: features in any script", () => {
  it("counts words with Intl.Segmenter in text without spaces, right-to-left text and Devanagari", () => {
    assert.ok(wordsOf("東京都は新しい計画を発表した。").length >= 4, "Japanese has no spaces but several words");
    assert.equal(wordsOf("قال الوزير إن الخطة جاهزة").length, 5);
    assert.equal(wordsOf("पुलिस ने मामला दर्ज किया").length, 5);
  });

  it("gives every line one value per feature", () => {
    const lines = ["Headline", "A sentence that reads like prose and runs on for a good many words in total here.", "Share"].map((text) => ({ text, afterBlank: true }));
    const ctx = lineContext(lines, (t) => t === "Share");
    for (let i = 0; i < lines.length; i++) assert.equal(lineFeatures(ctx, i).length, FEATURES.length);
  });

  it("fits the same weights from the same examples (no randomness)", () => {
    const x = (short: number) => FEATURES.map((_, k) => (k === 0 ? 1 : k === 2 ? short : 0.1 * k));
    const examples = [{ x: x(1), y: 1 as const }, { x: x(0), y: 0 as const }, { x: x(1), y: 1 as const }];
    assert.deepEqual(fitLogistic(examples, { iterations: 200 }), fitLogistic(examples, { iterations: 200 }));
    assert.ok((fitLogistic(examples, { iterations: 200 })[2] as number) > 0, "a feature seen only on noise lines pushes towards noise");
  });
});
