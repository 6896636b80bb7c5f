/**
 * Captions with their credits inline, in several languages and scripts (lines written for these
 * tests), and a paragraph followed by a copy of it cut short, which is not a figure.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { readCaption } from "../src/parse/text/caption.js";
import { readRepeatedFigure, readSlotFigure } from "../src/parse/text/figure.js";
import type { Unit } from "../src/parse/text/units.js";
import { parse } from "./helpers/parse.js";

const credit = (text: string, lang: string) => {
  const read = readCaption(text, mergeLexicons([lang]));
  return read && { caption: read.caption, credit: read.credit };
};

describe("captions: a credit inline", () => {
  it("a label and a colon after the caption, in any script (Latin, Thai, Hebrew, Persian, Greek, Han)", () => {
    assert.deepEqual(credit("Xe buýt điện tại bến xe Mỹ Đình, Hà Nội. Ảnh: Minh Anh/TTXVN", "vi"), { caption: "Xe buýt điện tại bến xe Mỹ Đình, Hà Nội.", credit: "Minh Anh/TTXVN" });
    assert.deepEqual(credit("ראש הממשלה בישיבת הממשלה. צילום: דני לוי/פלאש90", "he"), { caption: "ראש הממשלה בישיבת הממשלה.", credit: "דני לוי/פלאש90" });
    assert.deepEqual(credit("نمایی از ساختمان‌های مسکونی در تهران. عکس: علی رضایی/ایرنا", "fa"), { caption: "نمایی از ساختمان‌های مسکونی در تهران.", credit: "علی رضایی/ایرنا" });
    assert.deepEqual(credit("北京地铁新线路施工现场。图：新华社记者 王小明 摄", "zh"), { caption: "北京地铁新线路施工现场。", credit: "新华社记者 王小明 摄" });
  });

  it("a credit without a label after the caption's stop, by its shape alone (a photographer over an agency, 'via' an agency)", () => {
    assert.deepEqual(credit("Firefighters battle the Ridge Fire near Redding on Thursday. Josh Edelson/AFP via Getty Images", "en"), { caption: "Firefighters battle the Ridge Fire near Redding on Thursday.", credit: "Josh Edelson/AFP via Getty Images" });
    assert.deepEqual(credit("Los bomberos trabajan en la zona del incendio. Ana Gil/EFE", "es"), { caption: "Los bomberos trabajan en la zona del incendio.", credit: "Ana Gil/EFE" });
    // (a sentence after the stop is no credit: its words are not a name's)
    assert.equal(credit("The deal closed on Friday. Shares were sold via the exchange at a loss", "en"), null);
  });

  it("a label in brackets, with a full-width or plain colon, in scripts \\b does not know", () => {
    assert.deepEqual(credit("นายกรัฐมนตรีลงพื้นที่ตรวจน้ำท่วม (ภาพ: ทำเนียบรัฐบาล)", "th"), { caption: "นายกรัฐมนตรีลงพื้นที่ตรวจน้ำท่วม", credit: "ทำเนียบรัฐบาล" });
    assert.deepEqual(credit("北京地铁新线路施工现场。（摄影：王小明）", "zh"), { caption: "北京地铁新线路施工现场。", credit: "王小明" });
    assert.deepEqual(credit("Pedagang beras di Pasar Induk Cipinang, Jakarta. (Foto: Antara/Andi Wijaya)", "id"), { caption: "Pedagang beras di Pasar Induk Cipinang, Jakarta.", credit: "Antara/Andi Wijaya" });
  });

  it("an agency in square brackets or alone after the caption; a photographer marked 摄; a wire's credit with the editor's initials", () => {
    assert.deepEqual(credit("The bridge at dawn [File: Reuters]", "en"), { caption: "The bridge at dawn", credit: "Reuters" });
    assert.deepEqual(credit("The bridge at dawn. Getty Images", "en"), { caption: "The bridge at dawn.", credit: "Getty Images" });
    assert.deepEqual(credit("清晨的大桥。（新华社记者 王小明 摄）", "zh"), { caption: "清晨的大桥。", credit: "新华社记者 王小明 摄" });
    assert.deepEqual(credit("Jembatan di pagi hari. ANTARA FOTO/Andi Wijaya/foc.", "id"), { caption: "Jembatan di pagi hari.", credit: "ANTARA FOTO/Andi Wijaya/foc." });
    assert.deepEqual(credit("پل صبح کے وقت (فوٹو: اے پی پی)", "ur"), { caption: "پل صبح کے وقت", credit: "اے پی پی" });
    assert.deepEqual(credit("El puente al amanecer – Foto: EFE", "es"), { caption: "El puente al amanecer", credit: "EFE" });
    assert.deepEqual(credit("The bridge at dawn (Photo by Jane Doe/Getty Images)", "en"), { caption: "The bridge at dawn", credit: "Jane Doe/Getty Images" });
  });

  it("Korean and Japanese: a source and its agency joined by an equals sign in brackets; a photographer marked 撮影", () => {
    assert.deepEqual(credit("도널드 트럼프 미국 대통령 [로이터 = 연합뉴스]", "ko"), { caption: "도널드 트럼프 미국 대통령", credit: "로이터 = 연합뉴스" });
    assert.deepEqual(credit("도널드 트럼프 미국 대통령 <사진=연합뉴스>", "ko"), { caption: "도널드 트럼프 미국 대통령", credit: "연합뉴스" });
    assert.deepEqual(credit("비트코인 가격 추이 [사진 출처 = 블룸버그]", "ko"), { caption: "비트코인 가격 추이", credit: "블룸버그" });
    assert.equal(credit("원화 가치가 크게 떨어졌다 (1달러=1400원)", "ko"), null, "a conversion is not a credit");
    assert.deepEqual(credit("記者会見する首相（撮影・山田太郎）", "ja"), { caption: "記者会見する首相", credit: "山田太郎" });
    assert.deepEqual(credit("記者会見する首相＝東京都千代田区で、山田太郎撮影", "ja"), { caption: "記者会見する首相", credit: "東京都千代田区で、山田太郎撮影" });
  });

  it("a paragraph of the story signed by its agency is not a caption", () => {
    assert.equal(credit("The minister said the talks would resume next week, after both sides had consulted their members and the unions had voted on the offer. AFP", "en"), null);
  });

  it("a label, a short word and a name; a copyright sign", () => {
    assert.deepEqual(credit("The bridge at dawn. Photograph by Jane Doe", "en"), { caption: "The bridge at dawn.", credit: "Jane Doe" });
    assert.deepEqual(credit("Ο πρωθυπουργός στη Βουλή. © Eurokinissi", "el"), { caption: "Ο πρωθυπουργός στη Βουλή.", credit: "Eurokinissi" });
  });
});

describe("captions: credits without a label, or with one in front of an equals sign", () => {
  it("a name and an organisation in brackets after the caption, by their shape (English, Spanish)", () => {
    assert.deepEqual(credit("A sold sign stands on a lawn in north Regina on Monday. (Kirk Fraser/CBC)", "en"), { caption: "A sold sign stands on a lawn in north Regina on Monday.", credit: "Kirk Fraser/CBC" });
    assert.deepEqual(credit("Bomberos trabajan en la extinción del incendio (Carlos Barba / EFE)", "es"), { caption: "Bomberos trabajan en la extinción del incendio", credit: "Carlos Barba / EFE" });
    assert.equal(credit("The council met on Monday (the second time this year).", "en"), null, "an aside in brackets is not a credit");
  });
  it("an agency, a second agency and a photographer joined by slashes stay one credit", () => {
    assert.deepEqual(credit("Demonstranten in Sweida im März. Keystone/EPA/Ahmad Fallaha", "de"), { caption: "Demonstranten in Sweida im März.", credit: "Keystone/EPA/Ahmad Fallaha" });
  });
  it("a credit label and an equals sign, alone or after the caption (Korean, Japanese); a sum is not a credit", () => {
    assert.deepEqual(credit("사진=연합뉴스", "ko"), { caption: null, credit: "연합뉴스" });
    assert.deepEqual(credit("트럼프 당선인이 연설하고 있다. 사진=연합뉴스", "ko"), { caption: "트럼프 당선인이 연설하고 있다.", credit: "연합뉴스" });
    assert.deepEqual(credit("[사진 = 연합뉴스]", "ko"), { caption: null, credit: "연합뉴스" });
    assert.deepEqual(credit("写真＝山田太郎", "ja"), { caption: null, credit: "山田太郎" });
    assert.equal(credit("사진=3천만원", "ko"), null);
  });
  it("a copyright sign typed as (C), and the word Copyright, are not part of the credit", () => {
    assert.deepEqual(credit("会見するテレビ局の社長（Ｃ）日刊スポーツ", "ja"), { caption: "会見するテレビ局の社長", credit: "日刊スポーツ" });
    assert.deepEqual(credit("Fishermen unload hake in the port - Copyright AP Photo/Lalo Ruiz", "en"), { caption: "Fishermen unload hake in the port", credit: "AP Photo/Lalo Ruiz" });
  });
});

describe("figures: a caption printed twice", () => {
  const units = (...texts: string[]): Unit[] => texts.map((text, k) => ({ text, line: k + 1, column: 1, afterBlank: true, bullet: null }));
  const lex = mergeLexicons(["en"]);
  it("a caption and its copy cut before the credit is a figure", () => {
    const f = readRepeatedFigure(units("Firefighters at the scene on Monday morning Jane Doe/AP hide caption", "Firefighters at the scene on Monday morning", "Next paragraph of the story goes on here."), 0, lex, () => false);
    assert.equal(f?.caption, "Firefighters at the scene on Monday morning");
  });
  it("a paragraph followed by its copy cut short is not a figure", () => {
    assert.equal(readRepeatedFigure(units("The council approved the plan on Monday after a long debate in which residents spoke", "The council approved the plan on Monday", "More text."), 0, lex, () => false), null);
    assert.equal(readRepeatedFigure(units("The council approved the plan on Monday. Residents who spoke were divided.", "The council approved the plan on Monday.", "More text."), 0, lex, () => false), null);
  });
});

describe("figures: a slot's label over its caption", () => {
  const units = (...texts: string[]): Unit[] => texts.map((text, k) => ({ text, line: k + 1, column: 1, afterBlank: k === 0, bullet: null }));
  const slot = (lang: string, ...texts: string[]) => readSlotFigure(units(...texts), 0, mergeLexicons([lang]), (t) => t === "Video", () => false);
  it("an image slot over a caption and its credit line (English, Japanese): the label is printed with the figure", () => {
    const en = slot("en", "Image", "Crews frame a new duplex in the north end. Builders say starts have slowed.", "Trevor Brine / CBC", "Next paragraph.");
    assert.deepEqual(en && { caption: en.caption, credit: en.credit, next: en.next, video: en.video }, { caption: "Crews frame a new duplex in the north end. Builders say starts have slowed.", credit: "Trevor Brine / CBC", next: 3, video: false });
    const ja = slot("ja", "写真", "建設予定地となっている旧工場跡地", "写真＝山田太郎");
    assert.deepEqual(ja && { caption: ja.caption, credit: ja.credit }, { caption: "建設予定地となっている旧工場跡地", credit: "山田太郎" });
  });
  it("a play sign and a video label over the video's title and running time", () => {
    const v = slot("en", "▶ Video", "Why first-time buyers are waiting", "2:41", "Next paragraph.");
    assert.deepEqual(v && { caption: v.caption, video: v.video, next: v.next }, { caption: "Why first-time buyers are waiting", video: true, next: 3 });
  });
  it("a credit label over a name is a credit line, not a slot", () => {
    assert.equal(slot("en", "Credit", "Ilona Virtanen"), null);
  });
});

describe("articles: captions and credits on lines of their own", () => {
  it("Norwegian: a caption over a labelled credit line near the end is a figure, not a paragraph and noise", () => {
    const a = parse([
      "Fergen sto i tre timer – passasjerer måtte vente på kaia",
      "Ferjesambandet over fjorden var stengt store deler av tirsdagen etter en motorfeil, og hundrevis av reisende ble stående på kaia i kulden.",
      "Rederiet opplyser at feilen oppsto like etter avgang, og at fergen måtte snu midt på fjorden.",
      "Ordføreren i kommunen mener sambandet er for sårbart og krever at staten stiller med en fast reserve.",
      "Flere bilister valgte å kjøre omveien på over to timer.\nFOTO: Nils Ek",
      "Fylkeskommunen skal behandle saken i neste møte.",
    ].join("\n\n"));
    const media = a.blocks.filter((b) => b.type === "media");
    assert.deepEqual(media.map((m) => m.type === "media" && [m.caption, m.credit]), [["Flere bilister valgte å kjøre omveien på over to timer.", "Nils Ek"]]);
  });
  it("English and Korean: a lead photo's caption over the lede, its credit in brackets or after an equals sign", () => {
    const en = parse("Home sales slow across the Prairies\n\nA sold sign stands on a lawn in north Regina on Monday. (Kirk Fraser/CBC)\n\nHome sales in Saskatchewan fell for the fourth straight month in January, as higher borrowing costs kept many buyers away.\n\nThe number of homes changing hands dropped 14 per cent from a year earlier.");
    assert.match(en.lede, /^Home sales in Saskatchewan/u);
    assert.ok(en.blocks.some((b) => b.type === "media" && b.credit === "Kirk Fraser/CBC"));
    const ko = parse("금값 사상 최고치 경신\n\n국제 금값이 20일 사상 최고치를 다시 갈아치웠다. 달러 약세가 겹치면서 안전자산으로 자금이 몰렸다.\n\n시장에서는 상승세가 당분간 이어질 것이라는 전망이 우세하다.\n\n금 가격 추이 그래픽\n사진=매일경제\n\n개인 투자자들의 금 통장 가입도 크게 늘었다.");
    assert.ok(ko.blocks.some((b) => b.type === "media" && b.caption === "금 가격 추이 그래픽" && b.credit === "매일경제"));
  });
});

describe("figures: a credit that describes does not take the paragraph above it", () => {
  it("Persian: a body paragraph over a descriptive credit line stays a paragraph; the credit is a figure of its own", () => {
    const a = parse([
      "افتتاح خط جدید مترو در تهران به تعویق افتاد",
      "مسافران این هفته باز هم از مسیرهای جایگزین استفاده کردند.",
      "شرکت بهره‌برداری مترو اعلام کرد افتتاح خط جدید که قرار بود این هفته انجام شود، به دلیل مشکلات فنی در سامانه علائم تا ماه آینده به تعویق افتاده است و مسافران باید همچنان از مسیرهای جایگزین استفاده کنند.\nعکس: نمایی از ایستگاه تازه‌ساز در شمال شهر",
      "ساکنان منطقه از تأخیر دوباره ابراز نارضایتی کرده‌اند.",
    ].join("\n\n"));
    assert.ok(a.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("شرکت بهره‌برداری مترو")), "the paragraph stays the story's");
    assert.ok(a.blocks.some((b) => b.type === "media" && b.caption === null));
  });
});

describe("captions: credits that end the line without a colon", () => {
  it("a chain of names and agencies before the photographer stays one credit (German, capitals)", () => {
    assert.deepEqual(credit("Legende: Drusische Kämpfer an einem Kontrollpunkt in Suwaida. KEYSTONE/EPA/Karim Haddad", "de"), { caption: "Legende: Drusische Kämpfer an einem Kontrollpunkt in Suwaida.", credit: "KEYSTONE/EPA/Karim Haddad" });
  });
  it("a credit glued to the caption's last word by the copy", () => {
    assert.deepEqual(credit("Frauen auf dem Markt von Suwaida am SamstagFoto: Keystone", "de"), { caption: "Frauen auf dem Markt von Suwaida am Samstag", credit: "Keystone" });
  });
  it("a label after a spaced dash, and a credit after a bar (English, Spanish)", () => {
    assert.deepEqual(credit("Fishermen unload hake at the port of Burela - Copyright Canva", "en"), { caption: "Fishermen unload hake at the port of Burela", credit: "Canva" });
    assert.deepEqual(credit("Varios bomberos trabajan en la extinción del incendio, este lunes | Europa Press", "es"), { caption: "Varios bomberos trabajan en la extinción del incendio, este lunes", credit: "Europa Press" });
    assert.equal(credit("Lucía Navarro | Almería", "es"), null, "a byline's name and place are not a caption and its credit");
    assert.equal(credit("Prices rose again in the third quarter | 3 charts", "en"), null);
    assert.equal(credit("Jane Porter and Luis Ortega | The Courier", "en"), null, "names and their outlet: a byline");
    assert.equal(credit("Jean Dupont avec AFP", "fr"), null, "a byline with its agency");
  });
  it("an agency and the agency that sent it, in angle or full-width brackets (Korean, Japanese)", () => {
    assert.deepEqual(credit("도널드 트럼프 미국 대통령 <로이터 연합뉴스>", "ko"), { caption: "도널드 트럼프 미국 대통령", credit: "로이터 연합뉴스" });
    assert.deepEqual(credit("記者会見する首相（AFP時事）", "ja"), { caption: "記者会見する首相", credit: "AFP時事" });
  });
  it("a credit line alone: an agency of two words, a label with 'by', the word Copyright; not one agency's word nor a label over a heading", () => {
    assert.deepEqual(credit("Getty Images", "en"), { caption: null, credit: "Getty Images" });
    assert.deepEqual(credit("Photo by Elena Marsh on Unsplash", "en"), { caption: null, credit: "Elena Marsh on Unsplash" });
    assert.deepEqual(credit("Foto di Mario Rossi", "it"), { caption: null, credit: "Mario Rossi" });
    assert.deepEqual(credit("Copyright Canva", "en"), { caption: null, credit: "Canva" });
    assert.equal(credit("AFP", "fr"), null, "one agency's word alone is as often a sign-off");
    assert.equal(credit("Photo Finish", "en"), null, "a heading");
  });
  it("an agency in capitals after a caption without a sentence's end, alone, after a dash, or after a photographer in capitals (English, French)", () => {
    assert.deepEqual(credit("Waves break over the harbour wall at Porthleven EPA", "en"), { caption: "Waves break over the harbour wall at Porthleven", credit: "EPA" });
    assert.deepEqual(credit("Firefighters at the scene in Kyiv – AFP", "en"), { caption: "Firefighters at the scene in Kyiv", credit: "AFP" });
    assert.deepEqual(credit("Des pompiers à Dnipro, le 3 mars JULIEN MORVAN / AFP", "fr"), { caption: "Des pompiers à Dnipro, le 3 mars", credit: "JULIEN MORVAN / AFP" });
    assert.equal(credit("The minister gave an interview to AP", "en"), null, "an agency named as the sentence's object");
    assert.equal(credit("The talks were hosted by the UN and NATO", "en"), null);
  });
  it("'file photo' where the credit goes, alone or after the caption (Hindi, English, German)", () => {
    assert.deepEqual(credit("फाइल फोटो", "hi"), { caption: null, credit: "फाइल फोटो" });
    assert.deepEqual(credit("घटनास्थल पर जांच करती पुलिस टीम। (फाइल फोटो)", "hi"), { caption: "घटनास्थल पर जांच करती पुलिस टीम।", credit: "फाइल फोटो" });
    assert.deepEqual(credit("Der Hafen von Kiel. Archivbild", "de"), { caption: "Der Hafen von Kiel.", credit: "Archivbild" });
    assert.equal(credit("He showed the council a file photo of the bridge.", "en"), null);
  });
});

describe("figures: a picture's alt text over its caption", () => {
  const units = (...texts: string[]): Unit[] => texts.map((text, k) => ({ text, line: k + 1, column: 1, afterBlank: k === 0, bullet: null }));
  it("the alt text, the caption that opens with it, and a credit line (English); the caption glued to its credit (Spanish)", () => {
    const en = readRepeatedFigure(units("Dock workers on the picket line", "Dock workers on the picket line outside the terminal gates on Monday evening", "Getty Images", "Crews walked off the job on Monday night."), 0, mergeLexicons(["en"]), () => false);
    assert.deepEqual(en && { caption: en.caption, credit: en.credit, next: en.next }, { caption: "Dock workers on the picket line outside the terminal gates on Monday evening", credit: "Getty Images", next: 3 });
    const es = readRepeatedFigure(units("Vista aérea de la zona quemada", "Vista aérea de la zona quemada junto a la aldea, este lunes. EFE", "El fuego sigue activo."), 0, mergeLexicons(["es"]), () => false);
    assert.deepEqual(es && { caption: es.caption, credit: es.credit, next: es.next }, { caption: "Vista aérea de la zona quemada junto a la aldea, este lunes.", credit: "EFE", next: 2 });
  });
  it("a short heading over a paragraph that opens with its words, or a paragraph longer than a caption, is not a figure", () => {
    assert.equal(readRepeatedFigure(units("What happens next", "What happens next is up to the council, which meets on Thursday.", "More text."), 0, mergeLexicons(["en"]), () => false), null);
    const long = "The harbour wall was breached twice this winter, and the council has now set aside four million pounds to rebuild it before the autumn storms, after engineers said the old wall could not be repaired because its foundations had been washed away by the February storms and the tides since then.";
    assert.equal(readRepeatedFigure(units("The harbour wall was breached", long, "More text."), 0, mergeLexicons(["en"]), () => false), null, "a paragraph longer than a caption");
  });
});

describe("figures: a picture's alt text printed as its caption, and a file name over a caption", () => {
  it("a short line printed twice, one under the other, is one figure (English, Japanese)", () => {
    const units = (...texts: string[]): Unit[] => texts.map((text, k) => ({ text, line: k + 1, column: 1, afterBlank: k === 0, bullet: null }));
    const en = readRepeatedFigure(units("Friedrich Hall", "Friedrich Hall", "The finance officer said the change would save money."), 0, mergeLexicons(["en"]), () => false);
    assert.deepEqual(en && { caption: en.caption, next: en.next }, { caption: "Friedrich Hall", next: 2 });
    const ja = readRepeatedFigure(units("記者会見する社長", "記者会見する社長", "社長は会見で述べた。"), 0, mergeLexicons(["ja"]), () => false);
    assert.deepEqual(ja && { caption: ja.caption, next: ja.next }, { caption: "記者会見する社長", next: 2 });
    assert.equal(readRepeatedFigure(units("Ende", "Ende", "Text."), 0, mergeLexicons(["de"]), () => false), null, "one word twice is not a picture's text");
  });
  it("Dutch: a picture's file name left in the copy, then its caption: a figure, not a heading", () => {
    const a = parse([
      "Salesforce en AWS breiden samenwerking uit met AI-agents",
      "Salesforce en Amazon Web Services breiden hun strategische samenwerking uit. Klanten kunnen de AI-agents voortaan via de AWS Marketplace afnemen.",
      "Volgens beide bedrijven moet dat de inkoop voor grote organisaties eenvoudiger maken.",
      "salesforce-aws-partnerschap.png\nMarc Benioff op het podium tijdens Dreamforce 2026",
      "Partners in Nederland verwachten dat vooral bestaande AWS-klanten de stap zullen zetten.",
    ].join("\n\n"), "story.txt", "nl");
    assert.deepEqual(a.blocks.filter((b) => b.type === "media").map((b) => b.type === "media" && b.caption), ["Marc Benioff op het podium tijdens Dreamforce 2026"]);
    assert.ok(!a.blocks.some((b) => b.type === "subhead"));
  });
});

describe("figures: a credit that needs no name", () => {
  it("Norwegian: 'Privat' alone over the headline is the lead picture's credit, not a kicker; German 'Foto: privat' keeps its label's reading", () => {
    const a = parse([
      "Privat",
      "Fetterne padler Norge rundt i seilkajakk – og har ett år til å klare det",
      "Søskenbarna setter av ett år for å reise kysten rundt, fra Snåsa til Rjukan og tilbake.",
      "De går, seiler og padler 6000 kilometer, og har med seg både gevær og fiskestang for å skaffe mat.",
    ].join("\n\n"), "story.txt", "no");
    assert.equal(a.kicker, null);
    assert.deepEqual(a.blocks.filter((b) => b.type === "media").map((b) => b.type === "media" && [b.caption, b.credit]), [[null, "Privat"]]);
    assert.deepEqual(credit("Handout", "en"), { caption: null, credit: "Handout" });
    assert.deepEqual(credit("Die Familie im Garten. Foto: privat", "de"), { caption: "Die Familie im Garten.", credit: "privat" });
  });
});
