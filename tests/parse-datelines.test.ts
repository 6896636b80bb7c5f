/**
 * Datelines other than the wire's (articles and ledes written for these tests): a place and the
 * day it was filed before a dash, the month by CLDR's names or abbreviations in the article's
 * language, in scripts with and without case; a place in title case before a dash; a place
 * glued to the date line in the header.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cutDateline } from "../src/parse/text/header.js";
import { parse } from "./helpers/parse.js";

describe("datelines: a place, the day and a dash", () => {
  it("cuts the place and an abbreviated date in any script (CLDR month names)", () => {
    assert.deepEqual(cutDateline("กรุงเทพฯ 22 ธ.ค.- นายกรัฐมนตรีสั่งการให้หน่วยงานที่เกี่ยวข้องเร่งช่วยเหลือ", "th"), { dateline: "กรุงเทพฯ 22 ธ.ค.", rest: "นายกรัฐมนตรีสั่งการให้หน่วยงานที่เกี่ยวข้องเร่งช่วยเหลือ" });
    assert.equal(cutDateline("Jakarta, 22 Des - Harga beras di sejumlah pasar tradisional naik.", "id").dateline, "Jakarta, 22 Des");
    assert.equal(cutDateline("ANKARA, 22 Aralık (AA) - Ulaştırma Bakanı yeni hattı bugün açıkladı.", "tr").dateline, "ANKARA, 22 Aralık (AA)");
    assert.equal(cutDateline("Αθήνα, 22 Δεκ. – Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την ακρίβεια.", "el").dateline, "Αθήνα, 22 Δεκ.");
    assert.equal(cutDateline("Hà Nội, 22/12 – Hà Nội sẽ mở thêm ba tuyến xe buýt điện trong tháng tới.", "vi").dateline, "Hà Nội, 22/12");
  });

  it("Urdu and Persian: a place and a colon before a long sentence, not before a quotation", () => {
    assert.equal(cutDateline("اسلام آباد: وزیراعظم نے آج ملک بھر میں نئے ترقیاتی منصوبوں کا اعلان کیا جن پر اربوں روپے لاگت آئے گی۔", "ur").dateline, "اسلام آباد");
    assert.equal(cutDateline("تهران: دولت امروز طرح جدیدی را برای کاهش قیمت مسکن در شهرهای بزرگ تصویب کرد.", "fa").dateline, "تهران");
    assert.equal(cutDateline("وزیر گفت: «این طرح از ماه آینده در همه شهرهای بزرگ کشور اجرا می‌شود.»", "fa").dateline, null);
  });

  it("a place in title case before a spaced dash", () => {
    assert.equal(cutDateline("Jakarta - Harga beras di sejumlah pasar tradisional naik dalam sepekan terakhir, kata pedagang.", "id").dateline, "Jakarta");
    assert.equal(cutDateline("Jakarta, CNN Indonesia -- Harga beras di sejumlah pasar tradisional naik dalam sepekan terakhir.", "id").dateline, "Jakarta, CNN Indonesia");
    assert.equal(cutDateline("İstanbul - İstanbul'da sabah saatlerinde meydana gelen arıza nedeniyle metro seferleri aksadı.", "tr").dateline, "İstanbul");
  });

  it("not a sentence that opens with a day, nor a word that is not a month", () => {
    assert.equal(cutDateline("On 22 March - the day after the vote - the party met again to choose a leader.", "en").dateline, null);
    assert.equal(cutDateline("Tesla, 22 cars - all of them electric - were sold in the town last year alone.", "en").dateline, null);
  });

  it("in an article: the Thai dateline is cut off the lede, which keeps the rest", () => {
    const a = parse([
      "นายกฯ สั่งเร่งช่วยเหลือผู้ประสบภัยน้ำท่วมภาคใต้",
      "",
      "กรุงเทพฯ 22 ธ.ค.- นายกรัฐมนตรีสั่งการให้หน่วยงานที่เกี่ยวข้องเร่งช่วยเหลือผู้ประสบภัยน้ำท่วมในภาคใต้โดยเร็วที่สุด เพื่อบรรเทาความเดือดร้อนของประชาชน",
      "",
      "ทั้งนี้ กรมอุตุนิยมวิทยาคาดว่าฝนจะตกหนักต่อเนื่องไปอีกสามวัน",
    ].join("\n"));
    assert.equal(a.dateline, "กรุงเทพฯ 22 ธ.ค.");
    assert.ok(a.lede.startsWith("นายกรัฐมนตรีสั่งการ"));
  });

  it("a known place glued to the header's date line is the dateline", () => {
    const a = parse([
      "Governo anuncia novo plano para habitação popular",
      "São Paulo | 21.12.2018 às 12h55",
      "",
      "O governo anunciou nesta sexta-feira um novo plano para a construção de moradias populares.",
    ].join("\n"), "story.txt", "pt");
    assert.equal(a.dateline, "São Paulo");
  });
});
