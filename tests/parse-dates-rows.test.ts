/**
 * The page's date rows (issue 13; lines and pages written for these tests): the published and the
 * updated date in two labelled parts between bars, in any language ("PUBLISHED: … | UPDATED: …",
 * "نشر في: … | آخر تحديث: …", "Publicat: … | Actualizat: …" where no word list knows the labels),
 * an update's label with a joiner before its date ("Aktualisiert am …"), and an update's month and
 * day without a year in brackets ("（最終更新 6月2日 19時40分）"), in the year of the date above.
 * None of them is copy; a time in a quote or a date in the lede's first sentence stays copy.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDateLine } from "../src/parse/text/header.js";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { parse } from "./helpers/parse.js";

const line = (text: string, lang: string) => readDateLine(text, mergeLexicons([lang, "en"]));
const pick = (d: ReturnType<typeof line>) => (d ? [d.date, d.updated] : null);
const copyOf = (a: ReturnType<typeof parse>) => [a.lede, ...a.blocks.map((b) => ("text" in b ? b.text : ""))].join("\n");

describe("date rows of two labelled dates between bars", () => {
  it("reads the published and the updated date, however long the row", () => {
    assert.deepEqual(pick(line("POSTED: June 3, 2026 at 9:10 AM EDT | UPDATED: June 4, 2026 at 7:45 AM EDT", "en")), ["2026-06-03T09:10:00-04:00", "2026-06-04T07:45:00-04:00"]);
    assert.deepEqual(pick(line("نشر في: الأربعاء 3 يونيو 2026 - 9:10 ص | آخر تحديث: الأربعاء 3 يونيو 2026 - 2:40 م", "ar")), ["2026-06-03T09:10:00", "2026-06-03T14:40:00"]);
    assert.deepEqual(pick(line("Publicado em 3 de junho de 2026 às 09h10 | Atualizado em 4 de junho de 2026 às 07h45", "pt")), ["2026-06-03T09:10:00", "2026-06-04T07:45:00"]);
  });

  it("tells the update past the joiner between its label and its date", () => {
    assert.deepEqual(pick(line("Erstellt am 03.06.2026 um 09:10 Uhr | Aktualisiert am 04.06.2026 um 07:45 Uhr", "de")), ["2026-06-03T09:10:00", "2026-06-04T07:45:00"]);
    assert.equal(line("Aktualisiert am 04.06.2026 um 07:45 Uhr", "de")?.updatedOnly, true);
  });

  it("takes the later of two dates with labels no list knows as the update", () => {
    const ro = line("Publicat: 3 iunie 2026, 09:10 | Actualizat: 4 iunie 2026, 07:45", "ro");
    assert.deepEqual(pick(ro), ["2026-06-03T09:10:00", "2026-06-04T07:45:00"]);
    assert.equal(ro?.rest, "");
    assert.deepEqual(pick(line("Objavljeno: 3. lipnja 2026. u 09:10 | Ažurirano: 4. lipnja 2026. u 07:45", "hr")), ["2026-06-03T09:10:00", "2026-06-04T07:45:00"]);
    // (two dates without labels are a span, no update; a name beside a date is a byline's part)
    assert.deepEqual(pick(line("3 June 2026 | 9 June 2026", "en")), ["2026-06-03", null]);
    assert.equal(line("Jane Porter | June 3, 2026", "en")?.rest, "Jane Porter");
  });
});

describe("long date rows and the commas and weekdays of other scripts", () => {
  it("reads a row of dates written with separate counters, however many words", () => {
    assert.deepEqual(pick(line("입력 : 2026년 06월 03일 09:10 수정 : 2026년 06월 03일 11:45", "ko")), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
  });

  it("reads a month's name before the comma of Arabic script, and an update past a weekday and that comma", () => {
    assert.deepEqual(pick(line("3 جون، 2026", "ur")), ["2026-06-03", null]);
    const ar = line("آخر تحديث الأربعاء، 3 يونيو 2026 02:40 م", "ar");
    assert.equal(ar?.date, "2026-06-03T14:40:00");
    assert.equal(ar?.updatedOnly, true);
  });

  it("tells an update by its label after the date, closing its part of the line", () => {
    const ko = line("이수진 기자 | 2026-06-03 09:10 송고 | 2026-06-03 11:45 최종수정", "ko");
    assert.deepEqual(pick(ko), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
    assert.equal(ko?.rest, "이수진 기자");
    assert.deepEqual(pick(line("2026年6月1日 8時00分 公開 | 2026年6月2日 19時40分 更新", "ja")), ["2026-06-01T08:00:00", "2026-06-02T19:40:00"]);
    // (a label before the next date is that date's: "입력 … 수정 …")
    assert.deepEqual(pick(line("입력 2026.06.03 09:10 수정 2026.06.03 11:45", "ko")), ["2026-06-03T09:10:00", "2026-06-03T11:45:00"]);
  });

  it("reads a short date with a right-to-left mark before each separator, as Intl prints it in Arabic", () => {
    assert.deepEqual(pick(line("3\u200f/06\u200f/2026، 2:40 م", "ar")), ["2026-06-03T14:40:00", null]);
  });

  it("reads CLDR's long date of the year, its joiner, the day without a stop and the month (Kazakh)", () => {
    assert.deepEqual(pick(line("2026 ж. 3 маусым, 09:10", "kk")), ["2026-06-03T09:10:00", null]);
    // (a word that is no joiner between the year and the day is no date)
    assert.equal(line("2026 at 3 noon", "en"), null);
  });

  it("reads a month's name that holds its number, and the update's label past the word for a day (Vietnamese)", () => {
    assert.deepEqual(pick(line("Thứ tư, 3 tháng 6, 2026", "vi")), ["2026-06-03", null]);
    const vi = line("Cập nhật ngày 3 tháng 6 năm 2026, 11:45", "vi");
    assert.equal(vi?.date, "2026-06-03T11:45:00");
    assert.equal(vi?.updatedOnly, true);
  });

  it("leaves nothing of a weekday of two words (Vietnamese)", () => {
    assert.equal(line("Thứ tư, 3/6/2026, 09:10 (GMT+7)", "vi")?.rest, "");
  });
});

describe("an update's month and day without a year", () => {
  it("reads the month and day counted with 月 and 日 (월, 일), a time and a label", () => {
    const ja = line("（最終更新 6月2日 19時40分）", "ja");
    assert.equal(ja?.updatedOnly, true);
    assert.equal(ja?.day, "06-02");
    assert.equal(ja?.time, "19:40");
    assert.equal(line("(수정 6월 2일 19시 40분)", "ko")?.day, "06-02");
  });

  it("leaves a month and day without a label, or in a sentence, alone", () => {
    assert.equal(line("6月2日", "ja"), null);
    assert.equal(line("6月2日から9月末まで", "ja"), null);
  });
});

describe("date rows on whole pages", () => {
  it("takes a row of two labelled dates under the byline, and the dateline of the lede below", () => {
    const a = parse([
      "Skip to content", "Subscribe", "Local News", "",
      "Library board approves longer summer hours at all five branches", "",
      "By Nora Castellanos", "Staff Writer", "",
      "POSTED: June 3, 2026 at 9:10 AM CDT | UPDATED: June 4, 2026 at 7:45 AM CDT", "",
      "Share on Facebook", "Email", "",
      "MILLBROOK, Texas — The library board voted on Tuesday to keep all five branches open until 9 p.m. from June through August.",
      "",
      "“Kids were waiting outside at 8:30 in the morning last year,” said branch manager Lee Ortiz.",
      "",
      "The longer hours will cost about $60,000, paid from the county's library fund.",
    ].join("\n"));
    assert.equal(a.date, "2026-06-03T09:10:00-05:00");
    assert.equal(a.updated, "2026-06-04T07:45:00-05:00");
    assert.equal(a.dateline, "MILLBROOK, Texas");
    assert.ok(!copyOf(a).includes("POSTED"));
    assert.ok(copyOf(a).includes("Kids were waiting outside at 8:30"));
  });

  it("takes a Japanese update row without a year in the year of the date above it", () => {
    const a = parse([
      "ホーム", "地域", "",
      "市営プール 夏の営業時間を延長 午後8時まで", "",
      "2026年6月1日 8時00分",
      "（最終更新 6月2日 19時40分）", "",
      "市は、市営プールの夏の営業時間を午後8時まで延長すると発表しました。",
      "",
      "期間は7月から8月末までで、仕事帰りの利用を見込んでいます。",
    ].join("\n"), "story.txt", "ja");
    assert.equal(a.date, "2026-06-01T08:00:00");
    assert.equal(a.updated, "2026-06-02T19:40:00");
    assert.ok(!copyOf(a).includes("最終更新"));
  });

  it("takes a row of dates with labels no list knows, in a language of its own (Romanian)", () => {
    const a = parse([
      "Acasă", "Știri", "",
      "Primăria extinde programul bibliotecilor pe timpul verii", "",
      "Publicat: 3 iunie 2026, 09:10 | Actualizat: 4 iunie 2026, 07:45", "",
      "Andrei Popescu", "",
      "Bibliotecile municipale vor rămâne deschise până la ora 21:00 în fiecare zi lucrătoare, până la sfârșitul lunii august.",
      "",
      "Măsura se aplică în toate cele cinci filiale ale orașului.",
    ].join("\n"), "story.txt", "ro");
    assert.equal(a.date, "2026-06-03T09:10:00");
    assert.equal(a.updated, "2026-06-04T07:45:00");
    assert.ok(!copyOf(a).includes("Publicat"));
  });

  it("keeps a date in the lede's first sentence and a row of a bar in the body as copy", () => {
    const a = parse([
      "Ferry operator blames software fault for cancelled crossings", "",
      "By Owen Prichard", "",
      "June 3, 2026", "",
      "The first sailing on June 3, 2026, was cancelled at 5:40 a.m. when the booking system stopped taking boarding cards.",
      "",
      "“At 6:02 PM we were told the whole day was gone,” said one passenger, Mary Colquhoun.",
      "",
      "Refunds: the company will refund every ticket for the day | Claims can be made online until June 30.",
    ].join("\n"));
    assert.equal(a.date, "2026-06-03");
    assert.ok(a.lede.startsWith("The first sailing on June 3, 2026"));
    assert.ok(copyOf(a).includes("At 6:02 PM we were told"));
    assert.ok(copyOf(a).includes("Refunds: the company will refund"));
  });
});
