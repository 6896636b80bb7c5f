/**
 * A short line between the headline and the byline is the standfirst: with no picture's mark and
 * no credit, a line of one sentence there is never taken for a caption by its shape (over a story
 * that opens with its dateline as elsewhere). A short line right under a picture's control or
 * placeholder is that picture's caption. Articles written for these tests, in German, Arabic,
 * English, Japanese and Korean.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));

describe("a short line between the headline and the byline", () => {
  it("German and Arabic: over a byline and a story that opens with its dateline, a line of one sentence is the standfirst, not a caption", () => {
    const de = parse([
      "Großbrand in Lagerhalle: Feuerwehr stundenlang im Einsatz",
      "Feuerwehrleute löschen am Montagabend die Glutnester in der Halle.",
      "Von Anna Berger",
      "Bremen. Ein Großbrand in einer Lagerhalle im Bremer Industriehafen hat die Feuerwehr am Montag über acht Stunden lang beschäftigt, verletzt wurde nach ersten Angaben niemand.",
      "Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten.",
    ].join("\n\n"));
    assert.deepEqual(figures(de), []);
    assert.equal(de.lede, "Feuerwehrleute löschen am Montagabend die Glutnester in der Halle.");
    const ar = parse([
      "افتتاح معرض الكتاب في عمّان بمشاركة 400 دار نشر",
      "زوار يتصفحون الكتب في أحد أجنحة المعرض.",
      "بقلم: سارة الخطيب",
      "عمّان - افتتح وزير الثقافة مساء الأحد الدورة الجديدة من معرض عمّان الدولي للكتاب، بمشاركة أكثر من أربعمئة دار نشر عربية وأجنبية، وسط إقبال واسع من الزوار في اليوم الأول.",
      "ويستمر المعرض عشرة أيام.",
    ].join("\n\n"));
    assert.deepEqual(figures(ar), []);
    assert.equal(ar.lede, "زوار يتصفحون الكتب في أحد أجنحة المعرض.");
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

describe("a short line right under a picture's control ('Bild vergrössern', '拡大する', '사진 확대')", () => {
  it("is the picture's caption in German, Japanese and Korean, not a byline or a heading", () => {
    const de = parse([
      "Drusen fordern Mitsprache in der neuen Regierung",
      "Die Drusen im Süden Syriens verlangen eine feste Beteiligung an der Übergangsregierung in Damaskus. Das haben geistliche Führer am Sonntag erklärt.",
      "Die neue Führung in Damaskus hat bisher nur Gespräche angeboten.",
      "Bild vergrössern\nScheich Youssef Jarbou bei einer Versammlung im Februar.",
      "Die Gemeinschaft zählt in Syrien rund 700'000 Menschen.",
    ].join("\n\n"));
    assert.deepEqual(figures(de), [["Scheich Youssef Jarbou bei einer Versammlung im Februar.", null]]);
    const ja = parse([
      "フジテレビ、スポーツ中継の放映権を相次ぎ返上へ",
      "フジテレビが複数のスポーツ中継の放映権を来季から返上する方向で調整していることが分かった。広告収入の落ち込みが続いているためだ。",
      "関係者によると、対象はプロ野球の一部カードやゴルフの大会などだという。",
      "拡大する\n記者会見する社長",
      "スポーツ局の社員からは不安の声が上がっている。",
    ].join("\n\n"));
    assert.deepEqual(figures(ja), [["記者会見する社長", null]]);
    assert.equal(ja.byline, null);
    const ko = parse([
      "트럼프 비트코인 전략 비축 재확인",
      "도널드 트럼프 미국 대통령이 비트코인을 국가 전략 자산으로 비축하겠다는 계획을 다시 확인하면서 비트코인 가격이 10만 달러를 회복했다.",
      "22일 가상자산 거래소에 따르면 비트코인은 이날 오전 한때 10만 2000달러까지 올랐다.",
      "사진 확대\n비트코인 가격 추이",
      "시장에서는 규제 완화 기대감이 가격을 떠받치고 있다는 분석이 나온다.",
    ].join("\n\n"));
    assert.deepEqual(figures(ko), [["비트코인 가격 추이", null]]);
  });
  it("across a blank line, or under a gallery's label, the line is not taken", () => {
    const a = parse([
      "Drusen fordern Mitsprache in der neuen Regierung",
      "Die Drusen im Süden Syriens verlangen eine feste Beteiligung an der Übergangsregierung in Damaskus. Das haben geistliche Führer am Sonntag erklärt.",
      "Bild vergrössern",
      "Die neue Führung in Damaskus hat bisher nur Gespräche angeboten.",
      "Die Gemeinschaft zählt in Syrien rund 700'000 Menschen.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), []);
  });
});

describe("a picture's placeholder in brackets ('[Photo]', '【写真】', '<사진>')", () => {
  it("makes the line under it the picture's caption, and is never a credit of the paragraph above", () => {
    for (const placeholder of ["[Photo]", "(Foto)", "【写真】", "<사진>"]) {
      const a = parse([
        "Storm floods coastal towns",
        "Hundreds of homes were flooded across the south coast on Sunday as the storm brought a month's rain in a day.",
        "The Environment Agency issued twelve severe flood warnings.",
        `${placeholder}\nVolunteers fill sandbags outside the church hall in Porthaven`,
        "Forecasters expect the rain to ease by Tuesday.",
      ].join("\n\n"));
      assert.deepEqual(figures(a), [["Volunteers fill sandbags outside the church hall in Porthaven", null]], placeholder);
    }
  });
});
