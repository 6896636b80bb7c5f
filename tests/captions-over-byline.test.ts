/**
 * A lead picture's caption printed between the headline and the byline, where a standfirst also
 * stands (figure.ts isCaptionOverByline): a caption when the story under the byline opens with its
 * dateline and the line restates neither that paragraph nor the headline; a standfirst otherwise.
 * Articles written for these tests, in German, Arabic and English.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));

describe("a short line between the headline and the byline", () => {
  it("German and Arabic: over a byline and a story that opens with its dateline, a caption of one sentence is the lead picture's", () => {
    const de = parse([
      "Großbrand in Lagerhalle: Feuerwehr stundenlang im Einsatz",
      "Feuerwehrleute löschen am Montagabend die Glutnester in der Halle.",
      "Von Anna Berger",
      "Bremen. Ein Großbrand in einer Lagerhalle im Bremer Industriehafen hat die Feuerwehr am Montag über acht Stunden lang beschäftigt, verletzt wurde nach ersten Angaben niemand.",
      "Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten.",
    ].join("\n\n"));
    assert.deepEqual(figures(de), [["Feuerwehrleute löschen am Montagabend die Glutnester in der Halle.", null]]);
    assert.ok(de.lede.startsWith("Ein Großbrand in einer Lagerhalle"));
    const ar = parse([
      "افتتاح معرض الكتاب في عمّان بمشاركة 400 دار نشر",
      "زوار يتصفحون الكتب في أحد أجنحة المعرض.",
      "بقلم: سارة الخطيب",
      "عمّان - افتتح وزير الثقافة مساء الأحد الدورة الجديدة من معرض عمّان الدولي للكتاب، بمشاركة أكثر من أربعمئة دار نشر عربية وأجنبية، وسط إقبال واسع من الزوار في اليوم الأول.",
      "ويستمر المعرض عشرة أيام.",
    ].join("\n\n"));
    assert.deepEqual(figures(ar), [["زوار يتصفحون الكتب في أحد أجنحة المعرض.", null]]);
    assert.ok(ar.lede.startsWith("افتتح وزير الثقافة"));
  });
  it("a standfirst that sums up the story under it stays the lede", () => {
    const a = parse([
      "Storm Ellen floods coastal towns",
      "Hundreds of homes were flooded as rivers burst their banks.",
      "By Martin Hale",
      "PORTHAVEN (Reuters) - Hundreds of homes were flooded across the south coast on Sunday as rivers burst their banks after a month's rain fell in a day.",
      "The Environment Agency issued twelve severe flood warnings.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), []);
    assert.equal(a.lede, "Hundreds of homes were flooded as rivers burst their banks.");
  });
  it("over a story without a dateline, or with no stop at its end, the line is the standfirst", () => {
    const a = parse([
      "Feuerwehr stundenlang im Einsatz",
      "Feuerwehrleute löschen am Montagabend die Glutnester in der Halle.",
      "Von Anna Berger",
      "Ein Großbrand in einer Lagerhalle im Bremer Industriehafen hat die Feuerwehr am Montag über acht Stunden lang beschäftigt, verletzt wurde nach ersten Angaben niemand.",
      "Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), []);
    const b = parse([
      "Ferry crews walk out as island talks collapse",
      "Sailings to three islands cancelled until at least Friday",
      "By Tom Ashworth",
      "PORTHAVEN (Reuters) - Crews on the island ferries walked off the job on Monday night after talks with the operator broke down over shift lengths and pay.",
      "The operator said all sailings were cancelled.",
    ].join("\n\n"));
    assert.deepEqual(figures(b), []);
    assert.equal(b.lede, "Sailings to three islands cancelled until at least Friday");
  });
});
