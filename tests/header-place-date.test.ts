/**
 * Datelines that give the place and the whole day it was filed, then maybe the agency, then a
 * dash (ledes written for these tests, several languages and scripts): the date part is read by
 * the date modules (CLDR through Intl), never by a list of English month names. And the first
 * paragraph over a credit line keeps its dateline: it is the lede, not the photo's caption.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutDateline } from "../src/parse/text/header.js";
import { isDateAlone } from "../src/parse/text/caseless-dateline.js";
import { blocksOf, parse } from "./helpers/parse.js";

describe("datelines: a place, a comma, the whole date", () => {
  it("cuts a place and a date with its year, with or without an agency, in any language", () => {
    assert.equal(cutDateline("Lille, 4 mars 2025 (AFP) - Le conseil municipal a décidé mardi d'élargir la route.", "fr").dateline, "Lille, 4 mars 2025 (AFP)");
    assert.equal(cutDateline("Lyon, France, March 4, 2025 — The council voted on Tuesday to widen the road after debate.", "en").dateline, "Lyon, France, March 4, 2025");
    assert.equal(cutDateline("Granada, 4 de marzo (Efe).- El ayuntamiento aprobó el martes ampliar la carretera tras un largo debate.", "es").dateline, "Granada, 4 de marzo (Efe)");
    assert.equal(cutDateline("Казань, 4 марта 2025 — Городской совет во вторник решил расширить дорогу после споров.", "ru").dateline, "Казань, 4 марта 2025");
    assert.equal(cutDateline("पटना, 4 मार्च 2025 - नगर परिषद ने मंगलवार को सड़क चौड़ी करने का फैसला किया।", "hi").dateline, "पटना, 4 मार्च 2025");
  });

  it("leaves sentences alone: lower-case words before the comma, or no date after it", () => {
    assert.equal(cutDateline("In the end, 4 of the 9 members voted — and the road was widened after all that.", "en").dateline, null);
    assert.equal(cutDateline("Lyon, the old silk town, voted — to widen the road after a long debate about costs.", "en").dateline, null);
  });

  it("knows a date alone from a phrase with a number", () => {
    assert.equal(isDateAlone("4 de marzo", "es"), true);
    assert.equal(isDateAlone("4. März 2025", "de"), true);
    assert.equal(isDateAlone("4 मार्च", "hi"), true);
    assert.equal(isDateAlone("4 of the 9 members", "en"), false);
    assert.equal(isDateAlone("marzo", "es"), false);
  });
});

describe("the first paragraph over a credit line", () => {
  it("is the lede with its dateline; the credit is a photo without caption", () => {
    const a = parse([
      "Council widens the ring road",
      "",
      "LYON (AFP) — The city council voted on Tuesday to widen the ring road after a long debate about costs.",
      "Photo: Marie Curtet/AFP",
      "",
      "The work starts in spring and should take two years, the mayor said at a press conference.",
    ].join("\n"));
    assert.equal(a.dateline, "LYON (AFP)");
    assert.match(a.lede, /^The city council voted/u);
    const media = blocksOf(a, "media");
    assert.equal(media.length, 1);
    assert.equal(media[0]?.caption, null);
  });
});

describe("a label in capitals in the header", () => {
  it("is not a byline, in any cased script", () => {
    const body = "\n\nThe city council voted on Tuesday to widen the ring road after a long debate about costs.\n\nThe work starts in spring, the mayor said.";
    assert.equal(parse(`Council widens the ring road\n\nGRÖSSE ÄNDERN\n4. März 2025${body}`).byline, null);
    assert.equal(parse(`Council widens the ring road\n\nРАЗМЕР ШРИФТА\n4. März 2025${body}`).byline, null);
    assert.equal(parse(`Council widens the ring road\n\nJane Doe\nMarch 4, 2025 10:12${body}`).byline, "Jane Doe");
  });
});
