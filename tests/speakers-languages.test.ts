/**
 * Quotes and speakers in languages and scripts the public corpus lacks: given this article
 * text, these quote blocks and speakers. The speaker comes before the verb where the verb comes
 * last (Turkish, Japanese, Korean), names are read without capital letters (Hebrew, Thai,
 * Chinese), and other quote marks hold speech (״…״, 「…」, «…»). All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...paragraphs: string[]) => paragraphs.join("\n\n");
const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(story(...paragraphs), "a.txt", lang), "quote");
const speakers = (lang: string, ...paragraphs: string[]) => quotes(lang, ...paragraphs).map((q) => q.speaker);

describe("the verb last: Turkish", () => {
  it("\"…\" diyen X, …: the person after the participle of saying", () => {
    const [q] = quotes("tr", "Liman planı ertelendi", "Belediye meclisi pazartesi günü toplandı ve planı görüştü.", "\"Gelecek ay yeniden oylama yapacağız\" diyen Belediye Başkanı Ayşe Demir, kararın doğru olduğunu savundu.");
    assert.equal(q?.text, "Gelecek ay yeniden oylama yapacağız");
    assert.equal(q?.speaker, "Ayşe Demir");
  });

  it("X açıklamada \"…\" dedi.: a lead-in without a comma, the quote, then the verb alone", () => {
    assert.deepEqual(speakers("tr", "Liman planı ertelendi", "Belediye meclisi pazartesi günü toplandı.", "Ayşe Demir gazetecilere yaptığı açıklamada \"Gelecek ay yeniden oylama yapacağız\" dedi."), ["Ayşe Demir"]);
  });

  it("\"…\" dedi. / \"…\" ifadelerini kullandı.: no subject, the person just named", () => {
    assert.deepEqual(
      speakers("tr", "Liman planı ertelendi", "Belediye Başkanı Ayşe Demir meclisi topladı.", "Demir, \"Gelecek ay yeniden oylama yapacağız\" diye konuştu.", "\"Bu karar herkesi ilgilendiriyor ve hepimiz birlikte karar vereceğiz\" ifadelerini kullandı."),
      ["Ayşe Demir", "Ayşe Demir"],
    );
  });

  it("narrative that quotes a phrase and then says who, in a language that puts the verb first, stays a paragraph", () => {
    assert.equal(quotes("en", "Port", "The council met on Monday.", "The mayor called the plan \"a good start for the harbour\" on Monday, she said.").length, 0);
  });
});

describe("the verb last: Japanese and Korean", () => {
  it("Japanese: 「…」と山田市長は述べた → the speaker after the quotative, without its particle", () => {
    assert.deepEqual(speakers("ja", "港の計画が遅れる", "市議会は月曜日に開かれた。", "「来月にもう一度投票を行います」と山田太郎市長は述べた。"), ["山田太郎市長"]);
  });

  it("Japanese: 「…」と述べた。 after a sentence about X → X", () => {
    assert.deepEqual(speakers("ja", "港の計画が遅れる", "山田太郎市長は月曜日に記者会見を開いた。", "「来月にもう一度投票を行います。市民の声を聞きたい」と述べた。"), ["山田太郎市長"]);
  });

  it("Korean: \"…\"라고 김 시장은 말했다 / \"…\"고 강조했다 → the subject marked by its particle", () => {
    assert.deepEqual(speakers("ko", "항구 계획 연기", "시의회는 월요일에 열렸다.", "\"다음 달에 다시 투표하겠다\"라고 김민수 시장은 말했다."), ["김민수 시장"]);
    assert.deepEqual(speakers("ko", "항구 계획 연기", "김민수 시장은 월요일 기자회견을 열었다.", "\"다음 달에 다시 투표하겠다. 시민의 목소리를 듣겠다\"고 강조했다."), ["김민수 시장"]);
  });
});

describe("scripts without case and other quote marks", () => {
  it("Hebrew: ״…״, אמר X → the surname, which the full name contains", () => {
    const [q] = quotes("he", "התקציב אושר", "ראש העירייה דוד כהן כינס את המועצה ביום שני.", "״נצביע שוב בחודש הבא על התוכנית החדשה״, אמר כהן.");
    assert.equal(q?.text, "נצביע שוב בחודש הבא על התוכנית החדשה");
    assert.equal(q?.speaker, "כהן");
  });

  it("Thai: X กล่าวว่า “…” (the verb and its quotative end the lead-in) and “…” X กล่าว", () => {
    const head = ["งบประมาณปี 2569 ผ่านสภาแล้ว", "สภาผู้แทนราษฎรอนุมัติร่างพระราชบัญญัติงบประมาณรายจ่ายประจำปีเมื่อวันจันทร์ที่ผ่านมา หลังจากการอภิปรายยาวนานสามวัน", "ฝ่ายค้านยังคัดค้านงบประมาณด้านกลาโหมอย่างต่อเนื่อง"];
    assert.deepEqual(speakers("th", ...head, "นายสมชาย ใจดี กล่าวว่า “เราจะลงคะแนนอีกครั้งในเดือนหน้า”"), ["นายสมชาย ใจดี"]);
    assert.deepEqual(speakers("th", ...head, "“เราจะลงคะแนนอีกครั้งในเดือนหน้า” นายสมชาย ใจดี กล่าว"), ["นายสมชาย ใจดี"]);
  });

  it("Chinese: “…”王建国说。 and 王建国表示：「…」", () => {
    assert.deepEqual(speakers("zh", "港口计划推迟", "市议会周一开会。", "“我们下个月会再次投票。”王建国说。"), ["王建国"]);
    assert.deepEqual(speakers("zh", "港口计划推迟", "市议会周一开会。", "王建国表示：「我们下个月会再次投票。」"), ["王建国"]);
  });

  it("Persian: X گفت: «…»", () => {
    assert.deepEqual(speakers("fa", "بودجه تصویب شد", "دولت روز دوشنبه بودجه جدید را تصویب کرد.", "وزیر اقتصاد گفت: «این بودجه‌ای است که به آینده نگاه می‌کند»"), ["وزیر اقتصاد"]);
  });
});
