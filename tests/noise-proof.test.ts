/**
 * Noise must be proven (issue 12): a line with noise words (a cookie or newsletter prompt, an
 * ad label, "Follow … on X") is dropped only when it is a whole short line that matches, or a
 * prompt that speaks to the reader; a real sentence that merely contains a noise word stays,
 * in the body or in the page's tail, in any language.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { noiseWordsProof } from "../src/parse/text/noise-proof.js";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n\n");
const texts = (a: ReturnType<typeof parse>) => [a.lede, ...a.blocks.map((b) => ("text" in b ? b.text : ""))].join("\n");
/** What the parser's trace says of the line that starts with `start`. */
function becameOf(text: string, start: string, language = "en"): { became: string; why: string } {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  const t = trace.find((e) => e.text.startsWith(start));
  assert.ok(t, `no trace entry for “${start}”`);
  return { became: t.became, why: t.why ?? "" };
}

const en = [
  "The harbour board approved the new ferry timetable on Wednesday after two months of talks with the unions.",
  "Ferries will leave every forty minutes from the first of May, the board's chair told reporters after the vote.",
  "Islanders had asked for an earlier first crossing so that children could reach the mainland schools on time.",
];

describe("noise words are evidence: a sentence that contains them stays", () => {
  it("keeps a reported sentence with a noise word in the page's tail, just before a cookie prompt and a share label", () => {
    const sentence = "Advertisement income of the ferry company fell by a fifth last year, the harbour board's auditor said on Wednesday.";
    const text = story("Ferry timetable approved", en[0] as string, en[1] as string, sentence, "We use cookies to give you the best experience on our website. You can change your cookie settings at any time.", "Share this article");
    const a = parse(text);
    assert.ok(texts(a).includes(sentence));
    assert.ok(!texts(a).includes("We use cookies"));
    assert.ok(!a.messages.some((m) => m.includes("Advertisement income")), "no warning about the sentence: it is not dropped");
  });

  it("drops the cookie prompt by a rule (it speaks to the reader), not by a guess of the model", () => {
    const text = story("Ferry timetable approved", ...en, "We use cookies to give you the best experience on our website. You can change your cookie settings at any time.");
    assert.deepEqual(becameOf(text, "We use cookies").became, "noise");
    assert.match(becameOf(text, "We use cookies").why, /^rule: noise words, speaks to the reader/);
  });

  it("keeps sentences about a newsletter, a cookie policy and a social network, whatever their place", () => {
    const sentences = [
      "Residents who subscribe to the harbour newsletter will get the new timetable by email on Friday, the clerk said.",
      "The new cookie policy of the harbour board's website was approved at the same meeting, with one vote against.",
      "Follow the ferry debate live on X from 9 am, the board said in a statement on Tuesday evening.",
    ];
    for (const order of [sentences, [...sentences].reverse()]) {
      const a = parse(story("Ferry timetable approved", en[0] as string, ...order, en[1] as string));
      for (const s of sentences) assert.ok(texts(a).includes(s), s);
      const tail = parse(story("Ferry timetable approved", ...en, ...order, "Share this article"));
      for (const s of sentences) assert.ok(texts(tail).includes(s), `in the tail: ${s}`);
    }
  });

  it("drops a whole short prompt line and a newsletter prompt addressed to the reader", () => {
    const a = parse(story("Ferry timetable approved", ...en, "Sign up to our daily newsletter", "Get the best stories of the islands straight to your inbox every morning."));
    assert.ok(!texts(a).includes("Sign up"));
    assert.ok(!texts(a).includes("straight to your inbox"));
  });

  it("reads the prompt's voice in other languages: German Sie/Ihre (never sie/ihre), Swedish du/vi", () => {
    assert.equal(noiseWordsProof("Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten und Inhalte zu personalisieren.", 17), "speaks to the reader");
    assert.equal(noiseWordsProof("Wir verwenden Cookies war der Titel eines Vortrags, den sie und ihre Kollegen am Montag im Rathaus hielten.", 18), "speaks to the reader");
    assert.equal(noiseWordsProof("Die neue Cookie-Richtlinie der Stadt wurde von ihr und ihren Kollegen am Montag im Rathaus vorgestellt.", 16), null);
    assert.equal(noiseWordsProof("Vi använder cookies för att ge dig en bättre upplevelse på vår webbplats och för att visa annonser.", 18), "speaks to the reader");
    assert.equal(noiseWordsProof("Kommunens nya policy för kakor på webbplatsen antogs av fullmäktige med en röst emot på tisdagen.", 16), null);
  });

  it("never proves a line with quote marks (someone's words) by its noise words", () => {
    assert.equal(noiseWordsProof("“Sign up to our newsletter,” the mayor joked.", 7), null);
    assert.equal(noiseWordsProof("« Abonnez-vous à notre newsletter », a lancé le maire en riant devant le conseil municipal.", 14), null);
  });

  it("a whole short line with noise words is proof; the US (the country) is no “us”", () => {
    assert.equal(noiseWordsProof("Sign up to our daily newsletter", 6), "short line");
    assert.equal(noiseWordsProof("Advertisement revenue in the US fell by a fifth last year across all regional newspapers in the survey.", 18), null);
  });
});

describe("a list ends at proven page noise", () => {
  it("a list after a line ending in a colon stops at a tags label; the label and its tags are dropped, in Norwegian", () => {
    const a = parse(
      [
        "Fergeruten får nye avganger",
        "",
        "Havnestyret vedtok onsdag en ny rutetabell for fergene etter to måneder med forhandlinger med fagforeningene.",
        "",
        "Fergene skal gå hvert førtiende minutt fra første mai, sa styrelederen til pressen etter møtet i havnestyret.",
        "",
        "Øyboerne hadde bedt om tre endringer:",
        "tidligere første avgang",
        "lavere pris for barn",
        "Relaterte emner",
        "Ferje",
        "Havn",
      ].join("\n"),
      "story.txt",
      "no",
    );
    const list = a.blocks.find((b) => b.type === "list");
    assert.deepEqual(list && "items" in list ? list.items : null, ["tidligere første avgang", "lavere pris for barn"]);
    assert.ok(!texts(a).includes("Relaterte emner"));
    assert.ok(!JSON.stringify(a.blocks).includes("Havn\""));
  });
});

describe("copyright notices and player controls are page noise in any language", () => {
  it("drops a short copyright notice (Korean, Japanese, Italian) and an audio player's speed; keeps a sentence about rights", () => {
    const body = ["Ferry timetable approved", ...en];
    for (const notice of ["저작권자 © 항구신문 무단전재 및 재배포 금지", "無断転載を禁じます", "© RIPRODUZIONE RISERVATA", "1.0x", "1,5×"]) {
      const a = parse(story(...body, notice));
      assert.ok(!texts(a).includes(notice), notice);
    }
    const sentence = "The publisher said all rights reserved by the harbour board's old charter would pass to the island council next year.";
    assert.ok(texts(parse(story(...body.slice(0, 2), sentence, ...body.slice(2)))).includes(sentence));
  });
});
