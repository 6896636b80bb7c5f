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
    for (const s of langSamples) {
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

  it("takes the language a script tells before the detector: Hangul, Thai, Hebrew, kana, Persian letters", () => {
    const menus = "Facebook\nTwitter\nShare this\nPrint\n";
    assert.equal(detectLanguage(`${menus}港特首就违建事件道歉\n市长同时遭到议员质问。`), "zh", "a short Chinese text among Latin share buttons");
    assert.equal(detectLanguage(`${menus}東京都は新しい路線を発表した。`), "ja", "kana make Han text Japanese");
    assert.equal(detectLanguage(`${menus}서울시는 새 노선을 발표했다.`), "ko");
    assert.equal(detectLanguage(`${menus}รัฐบาลประกาศแผนสร้างรถไฟสายใหม่`), "th");
    assert.equal(detectLanguage(`${menus}הממשלה הודיעה על תוכנית חדשה`), "he");
    assert.equal(detectLanguage("وزیر راه گفت این پروژه تا سه سال دیگر تمام می‌شود و کار آن آغاز شده است."), "fa", "پ گ ک ی: Persian, not Arabic");
    assert.equal(detectLanguage("وزیر نے کہا کہ یہ منصوبہ تین سال میں مکمل ہوگا اور کام شروع ہو گیا ہے۔"), "ur", "ے ں: Urdu, not Persian");
    assert.equal(detectLanguage("وقال الوزير إن المشروع سينتهي خلال ثلاث سنوات في صعيد مصر."), "ar");
    assert.equal(detectLanguage("The mayor of Kyoto (京都市長) said the plan would go ahead next spring despite the protests."), "en", "a few Han letters in English prose");
  });

  it("names languages the detector does not know by their function words: Indonesian, not Malay; Swahili", () => {
    assert.equal(detectLanguage("Polisi menangkap dua orang tersangka pencurian sepeda motor di Bandung pada Senin malam, kata juru bicara kepolisian."), "id");
    assert.equal(detectLanguage("Kerajaan Malaysia akan membina lebuh raya baharu di Sabah tahun hadapan, kata menteri yang berkata projek itu siap dalam tiga tahun."), "ms");
    assert.equal(detectLanguage("Serikali ya Kenya imetangaza mpango mpya wa kujenga barabara katika mkoa wa pwani. Waziri alisema mradi huo utakamilika ndani ya miaka mitatu."), "sw");
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
