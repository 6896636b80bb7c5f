/**
 * Captions that carry no credit, found by their shape and by what stands next to them, in several
 * languages and scripts (articles written for these tests), and the body lines that look like them
 * (one-sentence paragraphs, short ledes, quotes, gallery teasers), which stay what they are.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { isDatedCaption, isGalleryTeaser, readCaption } from "../src/parse/text/caption.js";
import { isGalleryCounter } from "../src/parse/text/figure.js";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));
const paragraphs = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));

describe("a caption needs its picture's mark or its credit, never a sentence's shape alone", () => {
  it("Japanese: the day and place after '＝' take a credit's slot, and make a caption", () => {
    assert.ok(isDatedCaption("式典であいさつする市長（右）＝12日、札幌市"));
    assert.ok(isDatedCaption("減便が決まった路線を走るバス＝4日、静岡市葵区"));
    assert.equal(isDatedCaption("近本（中）が先制の適時打を放ち、阪神が3連勝した。"), false, "a line-up's position in a story");
    assert.equal(isDatedCaption("1ドル＝150円前後で推移した。"), false, "an exchange rate");
  });
  it("a person's place in a sentence ('…, left, …', '(links)', '(Mitte)') is no caption: the line stays the story's", () => {
    const en = parse([
      "Ferry company adds a winter crossing",
      "The ferry company will run a second crossing each morning from January, after complaints about queues on the quay that lasted for hours.",
      "It was the second change this year.",
      "Captain Ola Dahl, left, shows the new timetable to passengers on the quay on Thursday",
      "The extra crossing will cost the county about two million kroner a year.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), []);
    assert.ok(paragraphs(en).includes("Captain Ola Dahl, left, shows the new timetable to passengers on the quay on Thursday"));
    const de = parse([
      "Kita-Streik: Eltern müssen improvisieren",
      "Die Gewerkschaft hat die Erzieherinnen der städtischen Kitas ab Montag zu einem unbefristeten Streik aufgerufen, betroffen sind rund 35.000 Kinder.",
      "Die Eltern sind wütend.",
      "In einer Kita in Berlin (Mitte) stehen am Freitagmorgen Eltern mit Kinderwagen vor verschlossenen Türen.",
      "Der Senat hält die Forderungen für überzogen.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(de), []);
    assert.ok(paragraphs(de).some((p) => p.startsWith("In einer Kita in Berlin (Mitte)")));
  });
  it("with its credit under it, the same line is the picture's caption (Spanish)", () => {
    const es = parse([
      "El ayuntamiento amplía el horario del ferri",
      "La naviera añadirá una segunda salida cada mañana a partir de enero, tras las quejas por las colas en el muelle.",
      "La capitana, a la izquierda, muestra el nuevo horario a los pasajeros en el muelle este jueves\nFoto: Ana Gil / EFE",
      "Fue el segundo cambio este año.",
    ].join("\n\n"), "story.txt", "es");
    assert.deepEqual(figures(es), [["La capitana, a la izquierda, muestra el nuevo horario a los pasajeros en el muelle este jueves", "Ana Gil / EFE"]]);
    assert.ok(paragraphs(es).includes("Fue el segundo cambio este año."));
  });
});

describe("a short line over the story's dateline paragraph", () => {
  it("English and Arabic: under the byline or date line, with no picture's mark, a short line is the story's, not a caption", () => {
    const en = parse([
      "Wildfire forces 3,000 from homes near Redding",
      "By Sam Ortiz",
      "Crews are fighting the blaze on three fronts as winds pick up.",
      "REDDING, Calif. (AP) — A fast-moving wildfire forced about 3,000 people from their homes in Northern California on Thursday, officials said.",
      "The fire has burned 4,200 acres.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), []);
    assert.match(en.lede, /^Crews are fighting the blaze/u);
    const ar = parse([
      "الشركة تضيف رحلة شتوية للعبارة",
      "الثلاثاء 4 مارس 2026",
      "ركاب ينتظرون على الرصيف قبل الرحلة الأولى",
      "الإسكندرية - قررت شركة العبارات تشغيل رحلة ثانية كل صباح اعتبارا من يناير بعد شكاوى من الطوابير الطويلة على الرصيف.",
      "وستكلف الرحلة الإضافية نحو مليوني دولار سنويا.",
    ].join("\n\n"), "story.txt", "ar");
    assert.deepEqual(figures(ar), []);
    // (without a full stop under the date line it is no standfirst: a paragraph of the story, the lede its first sentence)
    assert.ok(ar.blocks.some((b) => b.type === "paragraph" && b.text === "ركاب ينتظرون على الرصيف قبل الرحلة الأولى"));
    assert.match(ar.lede, /^قررت شركة العبارات/u);
  });
  it("German: a standfirst after the date line that says again what the dpa paragraph says stays the lede", () => {
    const de = parse([
      "Bahn streicht Nachtzüge nach Paris",
      "05.03.2026, 14:12 Uhr",
      "Die Deutsche Bahn stellt ihre Nachtverbindung nach Frankreich ein.",
      "Berlin (dpa) - Die Deutsche Bahn stellt die Nachtzugverbindung zwischen Berlin und Paris zum Dezember ein, weil die Zahl der Fahrgäste seit dem Sommer deutlich gesunken ist.",
      "Ein Sprecher nannte die Kosten als Grund.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(de), []);
    assert.equal(de.lede, "Die Deutsche Bahn stellt ihre Nachtverbindung nach Frankreich ein.");
  });
  it("English: a standfirst right under the headline, over the dateline paragraph, stays the lede", () => {
    const en = parse([
      "Rail strike halts ferries and trains",
      "Thousands of commuters were stranded as the crews walked out over pay",
      "BERGEN (Reuters) - A strike by ferry crews halted crossings along much of the coast on Tuesday, the union said.",
      "Talks are due to resume on Friday.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), []);
    assert.match(en.lede, /^Thousands of commuters/u);
  });
  it("a short lede over a second paragraph without a dateline stays the lede", () => {
    const en = parse([
      "Ferry company adds a winter crossing",
      "The ferry will sail twice each morning from January.",
      "The company said the extra crossing would cost the county about two million kroner a year.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), []);
    assert.equal(en.lede, "The ferry will sail twice each morning from January.");
  });
});

describe("captions without a credit: under a picture's slot, file name or gallery counter", () => {
  it("a gallery's counter is read by its shape", () => {
    assert.ok(isGalleryCounter("1 / 12"));
    assert.ok(isGalleryCounter("3/5"));
    assert.equal(isGalleryCounter("5 / 3"), false, "a score, not a counter");
    assert.equal(isGalleryCounter("24/7"), false);
  });
  it("Japanese and English: the line under a counter is its picture's caption", () => {
    const ja = parse([
      "港に新しいフェリー　冬の増便を決定",
      "フェリー会社は来年1月から朝の便を1便増やすと発表した。岸壁で長い列ができているとの苦情を受けたもので、運航は毎日となる。",
      "2/6",
      "岸壁で乗船を待つ人たち",
      "増便の費用は年間約2千万円になるという。",
    ].join("\n\n"), "story.txt", "ja");
    assert.deepEqual(figures(ja), [["岸壁で乗船を待つ人たち", null]]);
    const en = parse([
      "Ferry company adds a winter crossing",
      "The ferry company will run a second crossing each morning from January, after complaints about queues on the quay that lasted for hours.",
      "1 / 4",
      "Passengers queue on the quay in the rain",
      "The extra crossing will cost the county about two million kroner a year.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), [["Passengers queue on the quay in the rain", null]]);
  });
  it("Korean and English: a caption over its counter, or with the counter glued before it; the paragraph after the counter stays the story's", () => {
    const ko = parse([
      "항구에 새 여객선 투입…겨울 아침 증편",
      "여객선 회사는 내년 1월부터 아침 배편을 하나 더 늘리기로 했다. 부두에 긴 줄이 생긴다는 민원이 이어졌기 때문이다.",
      "승객들이 부두에서 배를 기다리고 있다.\n3 / 8",
      "증편 비용은 연간 약 2억원이다.",
    ].join("\n\n"), "story.txt", "ko");
    assert.deepEqual(figures(ko), [["승객들이 부두에서 배를 기다리고 있다.", null]]);
    assert.ok(paragraphs(ko).includes("증편 비용은 연간 약 2억원이다."));
    const en = parse([
      "Ferry company adds a winter crossing",
      "The ferry company will run a second crossing each morning from January, after complaints about queues on the quay that lasted for hours.",
      "3 / 8 Passengers queue on the quay in the rain",
      "The extra crossing will cost the county about two million kroner a year.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), [["Passengers queue on the quay in the rain", null]]);
  });
  it("English and German: a slot's label with its counter ('Image 3 of 8', 'Bild 2 von 5') over a caption and its credit, all lines the line model may call furniture", () => {
    const en = parse([
      "Ferry company adds a winter crossing",
      "The ferry company will run a second crossing each morning from January, after complaints about queues on the quay that lasted for hours.",
      "Image 3 of 8\nPassengers queue on the quay in the rain\nLena Holm/AP",
      "The extra crossing will cost the county about two million kroner a year.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), [["Passengers queue on the quay in the rain", "Lena Holm/AP"]]);
    const de = parse([
      "Fähre fährt im Winter zweimal täglich",
      "Die Reederei setzt ab Januar jeden Morgen eine zweite Fähre ein, nachdem sich Fahrgäste über lange Schlangen am Kai beschwert hatten.",
      "Bild 2 von 5\nFahrgäste warten am Kai auf die erste Fähre\nFoto: dpa",
      "Die zusätzliche Fahrt kostet den Landkreis rund zwei Millionen Euro im Jahr.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(de), [["Fahrgäste warten am Kai auf die erste Fähre", "dpa"]]);
    assert.ok(isGalleryCounter("2 of 8"));
  });
  it("German: across a blank line under a file name, a short line is the caption; a long paragraph there is the story's", () => {
    const a = parse([
      "Fähre fährt im Winter zweimal täglich",
      "Die Reederei setzt ab Januar jeden Morgen eine zweite Fähre ein, nachdem sich Fahrgäste über lange Schlangen am Kai beschwert hatten.",
      "faehre-kai.jpg",
      "Fahrgäste warten am Kai auf die erste Fähre",
      "Die zusätzliche Fahrt kostet den Landkreis rund zwei Millionen Euro im Jahr.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(a), [["Fahrgäste warten am Kai auf die erste Fähre", null]]);
    const long = parse([
      "Fähre fährt im Winter zweimal täglich",
      "Die Reederei setzt ab Januar jeden Morgen eine zweite Fähre ein, nachdem sich Fahrgäste über lange Schlangen am Kai beschwert hatten.",
      "faehre-kai.jpg",
      "Die zusätzliche Fahrt kostet den Landkreis rund zwei Millionen Euro im Jahr. Der Kreistag hat das Geld bereits bewilligt, sagte der Landrat.",
      "Die Fähre fährt zum ersten Mal am 2. Januar.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(long), []);
  });
  it("Thai: a slot's label, then its caption under it", () => {
    const a = parse([
      "เรือข้ามฟากเพิ่มเที่ยวเช้าในฤดูหนาว",
      "บริษัทเรือข้ามฟากจะเพิ่มเที่ยวเรือเช้าอีกหนึ่งเที่ยวตั้งแต่เดือนมกราคม หลังจากผู้โดยสารร้องเรียนเรื่องการต่อคิวยาวที่ท่าเรือ",
      "ภาพ\nผู้โดยสารรอขึ้นเรือที่ท่าเรือ",
      "ค่าใช้จ่ายเพิ่มเติมอยู่ที่ประมาณ 20 ล้านบาทต่อปี",
    ].join("\n\n"), "story.txt", "th");
    assert.deepEqual(figures(a), [["ผู้โดยสารรอขึ้นเรือที่ท่าเรือ", null]]);
  });
});

describe("gallery teasers and agencies of other scripts", () => {
  it("a plural label over words that describe is a gallery's teaser, neither a caption nor a credit", () => {
    const lex = mergeLexicons(["en", "es"]);
    assert.ok(isGalleryTeaser("Photos: The storms that battered the coast this winter"));
    assert.equal(readCaption("Photos: The storms that battered the coast this winter", lex), null);
    assert.equal(readCaption("Fotos: Así quedó el paseo marítimo tras el temporal", lex), null);
    assert.deepEqual(readCaption("Photos: Jane Doe/AP", lex), { caption: null, credit: "Jane Doe/AP" });
    assert.deepEqual(readCaption("Fotos: Ana Souza e Pedro Lima", lex), { caption: null, credit: "Ana Souza e Pedro Lima" });
  });
  it("an Arabic or Hebrew agency in brackets after the caption is its credit", () => {
    assert.deepEqual(readCaption("ركاب ينتظرون على الرصيف (رويترز)", mergeLexicons(["ar"])), { caption: "ركاب ينتظرون على الرصيف", credit: "رويترز" });
    assert.deepEqual(readCaption("נוסעים ממתינים ברציף (רויטרס)", mergeLexicons(["he"])), { caption: "נוסעים ממתינים ברציף", credit: "רויטרס" });
  });
});

describe("credits glued on or without a label, in several scripts", () => {
  const read = (text: string, lang: string) => {
    const r = readCaption(text, mergeLexicons([lang, "en"]));
    return r && [r.caption, r.credit];
  };
  it("an agency and a photographer glued to the caption's last word", () => {
    assert.deepEqual(read("Firefighters work at the scene on MondayREUTERS/Jane Doe", "en"), ["Firefighters work at the scene on Monday", "REUTERS/Jane Doe"]);
  });
  it("a photographer for another outlet, a credit that needs no name, a courtesy in brackets, after the caption", () => {
    assert.deepEqual(read("Firefighters at the scene on Monday. Jane Doe for The Courier", "en"), ["Firefighters at the scene on Monday.", "Jane Doe for The Courier"]);
    assert.deepEqual(read("Firefighters at the scene on Monday. (Jane Doe for The Courier)", "en"), ["Firefighters at the scene on Monday.", "Jane Doe for The Courier"]);
    assert.deepEqual(read("Firefighters at the scene on Monday. Supplied", "en"), ["Firefighters at the scene on Monday.", "Supplied"]);
    assert.deepEqual(read("Die Familie vor dem neuen Haus. Privat", "de"), ["Die Familie vor dem neuen Haus.", "Privat"]);
    assert.deepEqual(read("Bomberos en el lugar del incendio (Cortesía de Protección Civil)", "es"), ["Bomberos en el lugar del incendio", "Protección Civil"]);
  });
  it("Chinese and Turkish: a photographer marked 摄 after the last sentence, an agency in brackets", () => {
    assert.deepEqual(read("消防员在现场作业。新华社记者 王明 摄", "zh"), ["消防员在现场作业。", "新华社记者 王明 摄"]);
    assert.deepEqual(read("消防員在現場作業。（中央社）", "zh"), ["消防員在現場作業。", "中央社"]);
    assert.deepEqual(read("Itfaiye ekipleri olay yerinde (AA)", "tr"), ["Itfaiye ekipleri olay yerinde", "AA"]);
    assert.deepEqual(read("사진 제공 = 해안군", "ko"), [null, "해안군"]);
    assert.deepEqual(read("写真提供：東京都", "ja"), [null, "東京都"]);
  });
  it("sentences of the story that end like credits are not captions", () => {
    assert.equal(read("The mayor thanked the volunteers. Courtesy of the council, the hall was free.", "en"), null);
    assert.equal(read("The company said it would appeal. It was supplied.", "en"), null);
    assert.equal(read("记者在现场拍摄。", "zh"), null);
    assert.equal(read("The new treatment is available to members of AA", "en"), null);
  });
});
