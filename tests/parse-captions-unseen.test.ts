/**
 * Captions in the shapes that unseen pages print them (issue 13): Korean credits after a slash or
 * in brackets with an equals sign, a Swiss caption label alone over its caption, a label's caption
 * with a short credit after its stop, an Italian caption closed by "RIPRODUZIONE RISERVATA", a
 * Japanese caption closed by its day and agency in brackets, an English "/FILE"; and a credit line
 * between two lines, whose caption is the line of one sentence. Lines written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { readCaption } from "../src/parse/text/caption.js";
import { parse } from "./helpers/parse.js";

const credit = (text: string, lang: string) => {
  const read = readCaption(text, mergeLexicons([lang]));
  return read && { caption: read.caption, credit: read.credit };
};
const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));
const paragraphs = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));

describe("captions of unseen pages: one line", () => {
  it("Korean: a label and an equals sign after a slash, the agency's name holding a figure ('/사진=뉴스1')", () => {
    assert.deepEqual(credit("서울 지하철 2호선 강남역 승강장이 출근하는 시민들로 붐비고 있다. /사진=뉴스1", "ko"), { caption: "서울 지하철 2호선 강남역 승강장이 출근하는 시민들로 붐비고 있다.", credit: "뉴스1" });
    // (a sum is still no credit)
    assert.equal(credit("환율은 한때 1달러=1400원까지 올랐다", "ko"), null);
  });
  it("Korean: after the caption's stop, a slash and the photographer ('/김지호 기자') or the agency ('/연합뉴스')", () => {
    assert.deepEqual(credit("서울 종로구 광화문광장의 모습. /김지호 기자", "ko"), { caption: "서울 종로구 광화문광장의 모습.", credit: "김지호 기자" });
    assert.deepEqual(credit("시민들이 우산을 쓰고 광장을 지나고 있다. /연합뉴스", "ko"), { caption: "시민들이 우산을 쓰고 광장을 지나고 있다.", credit: "연합뉴스" });
  });
  it("Korean: the photographer or the paper's archive in brackets after the caption's stop ('[이충우 기자]', '[매경DB]')", () => {
    assert.deepEqual(credit("시민들이 우산을 쓰고 광장을 지나고 있다. [이충우 기자]", "ko"), { caption: "시민들이 우산을 쓰고 광장을 지나고 있다.", credit: "이충우 기자" });
    assert.deepEqual(credit("서울 시내 한 은행 창구의 모습. [매경DB]", "ko"), { caption: "서울 시내 한 은행 창구의 모습.", credit: "매경DB" });
    assert.deepEqual(credit("5일 오전 서울 광화문 네거리에서 시민들이 출근하고 있다. [연합뉴스 자료사진]", "ko"), { caption: "5일 오전 서울 광화문 네거리에서 시민들이 출근하고 있다.", credit: "연합뉴스 자료사진" });
    // (without brackets or a slash, a name and "기자" after the stop is not read on the caption's line)
    assert.equal(credit("시민들이 우산을 쓰고 광장을 지나고 있다. 이충우 기자", "ko"), null);
  });
  it("a file note in brackets is the credit, not a label and its words ('(Photo d'illustration)', '(Foto de archivo)'); labels every language shares", () => {
    assert.deepEqual(credit("Un village savoyard sous la neige. (Photo d'illustration)", "fr"), { caption: "Un village savoyard sous la neige.", credit: "Photo d'illustration" });
    assert.deepEqual(credit("Vista del puerto de Vigo (Foto de archivo)", "es"), { caption: "Vista del puerto de Vigo", credit: "Foto de archivo" });
    assert.deepEqual(credit("Vista del puerto de Vigo (Foto: Juan Gil)", "es"), { caption: "Vista del puerto de Vigo", credit: "Juan Gil" });
    assert.deepEqual(credit("Des pêcheurs déchargent du merlu à Burela, en Espagne. - Droits d'auteur AP Photo/Lalo R. Villar", "fr"), { caption: "Des pêcheurs déchargent du merlu à Burela, en Espagne.", credit: "AP Photo/Lalo R. Villar" });
    assert.deepEqual(credit("Commuters wait at the station on Monday. File photo: Reuters", "en"), { caption: "Commuters wait at the station on Monday.", credit: "Reuters" });
    assert.deepEqual(credit("मेले में खरीदारी करते लोग। साभार: सोशल मीडिया", "hi"), { caption: "मेले में खरीदारी करते लोग।", credit: "सोशल मीडिया" });
    assert.deepEqual(credit("Un bombero durante la extinción del incendio en la sierra EUROPA PRESS", "es"), { caption: "Un bombero durante la extinción del incendio en la sierra", credit: "EUROPA PRESS" });
  });
  it("a label before the name is not the credit's ('Fot. PAP/…'); a label in small letters and an agency in brackets ('(foto Ansa)')", () => {
    assert.deepEqual(credit("Prezydent miasta podczas sesji rady we wtorek. Fot. PAP/Jan Kowalski", "pl"), { caption: "Prezydent miasta podczas sesji rady we wtorek.", credit: "PAP/Jan Kowalski" });
    assert.deepEqual(credit("Il sindaco durante la seduta del consiglio comunale (foto Ansa)", "it"), { caption: "Il sindaco durante la seduta del consiglio comunale", credit: "Ansa" });
    assert.equal(credit("The mayor spoke at the meeting (see photo above)", "en"), null);
  });
  it("Japanese: the picture's day, its time of day and the agency in brackets at the end ('（5日午後、共同）'); a day and a time of day after '＝'", () => {
    assert.deepEqual(credit("大雪の中、札幌市中心部を歩く人たち（５日午後、共同）", "ja"), { caption: "大雪の中、札幌市中心部を歩く人たち", credit: "共同" });
    assert.deepEqual(credit("会見する知事（12日、県庁、時事）", "ja"), { caption: "会見する知事", credit: "時事" });
    // (a sentence of the story closed by its stop, then its source in brackets, is not a caption with its day)
    assert.equal(credit("市は除雪車を出動させた。（５日、共同）", "ja"), null);
  });
  it("English: a file note after a slash ('… in Pretoria. /FILE')", () => {
    assert.deepEqual(credit("Transport minister Sipho Ndlovu speaks to reporters in Pretoria. /FILE", "en"), { caption: "Transport minister Sipho Ndlovu speaks to reporters in Pretoria.", credit: "FILE" });
  });
  it("Italian, Spanish: a caption closed by 'all rights reserved' after a spaced dash, and its file note before it", () => {
    assert.deepEqual(credit("Il porto di Genova visto dall'alto (foto d'archivio) - RIPRODUZIONE RISERVATA", "it"), { caption: "Il porto di Genova visto dall'alto", credit: "foto d'archivio" });
    assert.deepEqual(credit("El alcalde durante el pleno municipal EFE/Juan Pérez - Todos los derechos reservados", "es"), { caption: "El alcalde durante el pleno municipal", credit: "EFE/Juan Pérez" });
  });
  it("German: after a caption label, a short credit after the caption's stop ('Legende: … bei Stalden. SRF'); without the label, none", () => {
    assert.deepEqual(credit("Legende: Gesperrte Kantonsstrasse bei Stalden. SRF", "de"), { caption: "Gesperrte Kantonsstrasse bei Stalden.", credit: "SRF" });
    assert.equal(credit("Die Strasse bleibt bis Sonntag gesperrt. SRF", "de"), null);
    // (words of a sentence after the stop are no credit)
    assert.equal(credit("Legende: Gesperrte Kantonsstrasse bei Stalden. Die Räumung dauert", "de"), null);
  });
});

describe("captions of unseen pages: in the article", () => {
  it("Swiss German: a caption label alone over its caption and the credit line under it (a page pasted without blank lines)", () => {
    const de = parse([
      "Lawinengefahr im Wallis: Dörfer abgeschnitten",
      "Im Saastal ist innert 48 Stunden über ein Meter Neuschnee gefallen. Die Kantonsstrasse bleibt mindestens bis Sonntag gesperrt.",
      "Rund 4000 Gäste und Einheimische sitzen in den Dörfern fest.",
      "Legende:\nHelikopter fliegen seit dem Morgen Lebensmittel ins Tal.\nKEYSTONE/EPA/Valentin Flauraud",
      "Das Lawineninstitut hat die höchste Gefahrenstufe ausgerufen.",
    ].join("\n"), "story.txt", "de");
    assert.deepEqual(figures(de), [["Helikopter fliegen seit dem Morgen Lebensmittel ins Tal.", "KEYSTONE/EPA/Valentin Flauraud"]]);
  });
  it("Korean, German: a credit line between a paragraph of several sentences and a line of one sentence takes the line of one sentence", () => {
    const ko = parse([
      "시내버스 파업 사흘째",
      "시내버스 노조의 파업이 사흘째 이어지면서 출근길 시민들의 불편이 계속되고 있다.",
      "교통 전문가들은 이번 파업이 준공영제의 구조적 문제를 드러냈다고 지적했다. 재정 지원 방식부터 다시 설계해야 한다는 목소리가 나온다.\n사진=서울시 제공\n서울시가 투입한 전세버스가 시청 앞을 지나고 있다.",
      "노조는 5일 다시 교섭에 나설 예정이다.",
    ].join("\n\n"), "story.txt", "ko");
    assert.deepEqual(figures(ko), [["서울시가 투입한 전세버스가 시청 앞을 지나고 있다.", "서울시 제공"]]);
    assert.ok(paragraphs(ko).some((p) => p.startsWith("교통 전문가들은")));
    const de = parse([
      "Lawinengefahr im Wallis",
      "Im Saastal ist innert 48 Stunden über ein Meter Neuschnee gefallen.",
      "Auf einer schwachen Altschneedecke liegt viel Neuschnee, den der Wind verfrachtet hat. Spontane Lawinen bis ins Tal sind möglich.\nBild: SLF\nDie Karte zeigt die Gefahrenstufen am Freitagmorgen.",
      "Die Bahnen in Zermatt haben den Betrieb eingestellt.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(de), [["Die Karte zeigt die Gefahrenstufen am Freitagmorgen.", "SLF"]]);
  });
  it("Korean, German, every line set apart: under a credit whose line above is a paragraph of several sentences, the line of one sentence below; under a caption of one sentence, the line above", () => {
    const ko = parse([
      "시내버스 파업 사흘째",
      "시내버스 노조의 파업이 사흘째 이어지면서 출근길 시민들의 불편이 계속되고 있다.",
      "교통 전문가들은 이번 파업이 준공영제의 구조적 문제를 드러냈다고 지적했다. 재정 지원 방식부터 다시 설계해야 한다는 목소리가 나온다.",
      "사진=서울시 제공",
      "서울시가 투입한 전세버스가 시청 앞을 지나고 있다.",
      "노조는 5일 다시 교섭에 나설 예정이다.",
    ].join("\n\n"), "story.txt", "ko");
    assert.deepEqual(figures(ko), [["서울시가 투입한 전세버스가 시청 앞을 지나고 있다.", "서울시 제공"]]);
    const de = parse([
      "Kantonalbank streicht 300 Stellen",
      "Die Zürcher Kantonalbank baut in den nächsten drei Jahren rund 300 Stellen ab. Entlassungen sollen möglichst vermieden werden.",
      "Der Hauptsitz der Bank an der Bahnhofstrasse in Zürich.",
      "Bild: Keystone/Ennio Leanza",
      "Die Bank begründet den Schritt mit dem veränderten Kundenverhalten.",
      "Der Personalverband zeigte sich enttäuscht.",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(de), [["Der Hauptsitz der Bank an der Bahnhofstrasse in Zürich.", "Keystone/Ennio Leanza"]]);
  });
  it("Korean: a credit line under the story's first paragraph takes the line under it", () => {
    const ko = parse([
      "겨울 빛축제 개막",
      "서울 청계천 일대에서 겨울 빛축제가 5일 개막해 다음 달 4일까지 이어진다. 올해는 등불 작품 240여 점이 전시된다.\n[사진 = 서울관광재단]\n5일 저녁 청계천 모전교 일대에 대형 등불 작품이 불을 밝히고 있다.",
      "재단은 올해 처음으로 참여형 작품을 마련했다.",
    ].join("\n\n"), "story.txt", "ko");
    assert.deepEqual(figures(ko), [["5일 저녁 청계천 모전교 일대에 대형 등불 작품이 불을 밝히고 있다.", "서울관광재단"]]);
  });
  it("a credit line under a line of one sentence still takes the line above (the caption over its credit)", () => {
    const en = parse([
      "Port strike halts exports",
      "Dock workers at the three largest ports walked out on Thursday after wage talks broke down.",
      "Cranes stand idle at the container terminal in Durban.\nPhoto: Rogan Ward\nExporters warned that citrus growers could lose tens of millions a week.",
      "The company called the strike unprotected.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), [["Cranes stand idle at the container terminal in Durban.", "Rogan Ward"]]);
  });
  it("Korean: the photographer's name and '기자' alone under a caption of one sentence, with story after it; the reporter's sign-off at the end is no credit", () => {
    const ko = parse([
      "시내버스 파업 사흘째",
      "시내버스 노조의 파업이 사흘째 이어지면서 출근길 시민들의 불편이 계속되고 있다.",
      "시는 파업이 길어질 경우 추가 대책을 내놓을 방침이다.",
      "승객이 거의 없는 버스 차고지 모습.\n이충우 기자",
      "노조는 5일 다시 교섭에 나설 예정이다.",
      "경기도도 비상 수송 대책을 가동했다.\n김서연 기자",
    ].join("\n\n"), "story.txt", "ko");
    assert.deepEqual(figures(ko), [["승객이 거의 없는 버스 차고지 모습.", "이충우 기자"]]);
  });
  it("German, English: a credit set apart under the story's first paragraph takes the phrase under it, across the blank line; a sentence there is no caption", () => {
    const story = (credit: string, below: string, lang: string, lede: string) => parse(["Headline of the story", lede, credit, below, "More of the story follows here, in a paragraph of its own."].join("\n\n"), "story.txt", lang);
    const de = story("Foto: dpa", "Radfahrer auf der Friedrichstraße in Berlin", "de", "Der Stadtrat hat am Dienstag beschlossen, in der Innenstadt zwölf Kilometer neue Radwege zu bauen.");
    assert.deepEqual(figures(de), [["Radfahrer auf der Friedrichstraße in Berlin", "dpa"]]);
    const en = story("Getty Images", "Waves break over the harbour wall at Porthleven in February", "en", "The harbour wall at Porthleven will be rebuilt at a cost of £4 million after it was breached twice this winter, the council said.");
    assert.deepEqual(figures(en), [["Waves break over the harbour wall at Porthleven in February", "Getty Images"]]);
    const sentence = story("Getty Images", "Engineers said the old wall could not be repaired.", "en", "The harbour wall at Porthleven will be rebuilt at a cost of £4 million after it was breached twice this winter, the council said.");
    assert.ok(!figures(sentence).some(([caption]) => caption === "Engineers said the old wall could not be repaired."));
  });
  it("Italian: a caption closed by 'RIPRODUZIONE RISERVATA' is a figure; the page's own note at the end is not", () => {
    const it_ = parse([
      "Porto, via libera al nuovo terminal",
      "Il comitato di gestione dell'Autorità portuale ha approvato oggi il progetto definitivo del nuovo terminal crociere.",
      "Una nave da crociera attraccata a Ponte dei Mille - RIPRODUZIONE RISERVATA",
      "I lavori partiranno nella primavera del 2027.",
      "Il presidente ha parlato di una giornata storica per la città. - RIPRODUZIONE RISERVATA",
      "RIPRODUZIONE RISERVATA © Copyright ANSA",
    ].join("\n\n"), "story.txt", "it");
    assert.deepEqual(figures(it_), [["Una nave da crociera attraccata a Ponte dei Mille", null]]);
  });
});
