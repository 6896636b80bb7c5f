/** An article's `lang`: front matter, else the language its text is written in, else the site's. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { langSamples } from "../bench/lang-samples.js";
import { articleLanguage, detectLanguage } from "../src/parse/lang/detect.js";
import { languageSample } from "../src/parse/lang/sample.js";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");

describe("language: detected from the text", () => {
  it("tells the language of a paragraph in many languages and scripts", () => {
    // Indonesian and Malay are one for the detector's 60 languages
    for (const s of langSamples.filter((x) => x.lang !== "id")) {
      assert.equal(detectLanguage(`${s.headline}\n\n${s.paragraph}`), s.lang, s.paragraph);
    }
  });

  it("gives a Norwegian article `no`, a Japanese one `ja`, a Hebrew one `he` without front matter", () => {
    const no = langSamples.find((s) => s.lang === "no")!;
    const ja = langSamples.find((s) => s.lang === "ja")!;
    const he = langSamples.find((s) => s.lang === "he")!;
    assert.equal(parse(story(no.headline, "", no.paragraph)).lang, "no");
    assert.equal(parse(story(ja.headline, "", ja.paragraph)).lang, "ja");
    assert.equal(parse(story(he.headline, "", he.paragraph)).lang, "he");
  });

  it("keeps front matter's `lang` over the text's", () => {
    const a = parse(story("---", "lang: sv", "---", "Council approves harbour wall", "", "The town council voted on Tuesday to rebuild the harbour wall, the mayor said."), "a.md");
    assert.equal(a.lang, "sv");
  });

  it("keeps the site's fuller tag when the text is in the site's language", () => {
    assert.equal(articleLanguage(null, "en", "en-GB"), "en-GB");
    assert.equal(articleLanguage(null, "no", "nb-NO"), "nb-NO", "Bokmål, Nynorsk and Norwegian are one");
    assert.equal(articleLanguage(null, "de", "en-GB"), "de");
    assert.equal(articleLanguage("fr", "de", "en"), "fr");
  });

  it("falls back to the site's language when the text is too short to tell", () => {
    assert.equal(detectLanguage("12.03.2025"), null);
    assert.equal(parse(story("Hei", "", "OK"), "a.txt", "da").lang, "da");
  });

  it("reads a bounded sample of prose lines, skipping short furniture lines", () => {
    const prose = "The town council voted on Tuesday to rebuild the harbour wall, the mayor said.";
    const text = ["Home", "News", "Share", prose, ...Array.from({ length: 100_000 }, () => prose)].join("\n");
    const sample = languageSample(text);
    assert.ok(sample.startsWith(prose), "menu lines are left out");
    assert.ok(sample.length <= 1200, "the sample is bounded whatever the article's length");
  });
});
