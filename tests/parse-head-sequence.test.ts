/**
 * The head read as a sequence (articles written for these tests, in several languages and
 * scripts): page lines above the headline — a site's name, a masthead's "Label: Name", an
 * overline ending in a colon, a promo, a teaser — are not the headline; the headline is the line
 * the body follows.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");

describe("head: the headline is the line the body follows", () => {
  it("Turkish: section label, an editor's credit and an overline ending in a colon (the kicker)", () => {
    const a = parse(story(
      "Gündem Haberleri",
      "Editör: Ahmet Yılmaz",
      "Son dakika:",
      "İstanbul'da metro hattında arıza nedeniyle seferler aksadı",
      "22.12.2025 10:30",
      "",
      "İstanbul'da sabah saatlerinde meydana gelen arıza nedeniyle metro seferlerinde aksamalar yaşandı, yolcular uzun süre beklemek zorunda kaldı.",
    ));
    assert.equal(a.headline, "İstanbul'da metro hattında arıza nedeniyle seferler aksadı");
    assert.equal(a.kicker, "Son dakika:");
  });

  it("Greek, Hebrew and Persian: masthead lines 'Label : value' above the headline", () => {
    const cases: [string[], string][] = [
      [["Η Καθημερινή", "Ενότητα : Πολιτική", "Επιμέλεια : Γιώργος Παπαδόπουλος", "Νέα μέτρα για την ακρίβεια ανακοίνωσε η κυβέρνηση", "22.12.2025 • 10:30", "", "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την αντιμετώπιση της ακρίβειας στα τρόφιμα και την ενέργεια."], "Νέα μέτρα για την ακρίβεια ανακοίνωσε η κυβέρνηση"],
      [["חדשות היום", "מדור: כלכלה", "עורך: דני לוי", "הממשלה אישרה תוכנית חדשה להורדת מחירי הדיור", "22.12.2025 10:30", "", "הממשלה אישרה היום תוכנית חדשה שנועדה להוריד את מחירי הדיור בערים הגדולות, כך נמסר מלשכת ראש הממשלה."], "הממשלה אישרה תוכנית חדשה להורדת מחירי הדיור"],
      [["خبرگزاری نمونه", "سرویس: اقتصادی", "دبیر: علی رضایی", "دولت طرح جدیدی برای کاهش قیمت مسکن تصویب کرد", "۱ دی ۱۴۰۴ ساعت ۱۰:۳۰", "", "دولت امروز طرح جدیدی را برای کاهش قیمت مسکن در شهرهای بزرگ تصویب کرد که از ماه آینده اجرا می‌شود."], "دولت طرح جدیدی برای کاهش قیمت مسکن تصویب کرد"],
    ];
    for (const [lines, headline] of cases) {
      const a = parse(story(...lines));
      assert.equal(a.headline, headline);
      assert.ok(!/[:：]/u.test(a.kicker ?? ""), `a masthead line is not the kicker: ${a.kicker}`);
    }
  });

  it("Vietnamese: a site's name of five words over masthead lines", () => {
    const a = parse(story(
      "Báo Điện tử Tin Nhanh",
      "Chuyên mục: Thời sự",
      "Tổng biên tập: Nguyễn Văn An",
      "Hà Nội mở thêm ba tuyến xe buýt điện từ tháng tới",
      "Thứ hai, 22/12/2025 10:30 (GMT+7)",
      "",
      "Hà Nội sẽ mở thêm ba tuyến xe buýt điện trong tháng tới, theo Sở Giao thông vận tải thành phố.",
    ));
    assert.equal(a.headline, "Hà Nội mở thêm ba tuyến xe buýt điện từ tháng tới");
  });

  it("Vietnamese: a site's name over the date line, the headline under it", () => {
    const a = parse(story(
      "Báo Tin Nhanh Việt Nam Online",
      "22/12/2025 10:30",
      "Hà Nội mở thêm ba tuyến xe buýt điện từ tháng tới",
      "",
      "Hà Nội sẽ mở thêm ba tuyến xe buýt điện trong tháng tới, theo Sở Giao thông vận tải thành phố.",
    ));
    assert.equal(a.headline, "Hà Nội mở thêm ba tuyến xe buýt điện từ tháng tới");
    assert.equal(a.date, "2025-12-22T10:30:00");
  });

  it("Thai: a site's name, an overline and a promo line above the headline", () => {
    const a = parse(story(
      "ไทยรัฐออนไลน์",
      "ข่าวการเมือง:",
      "สมัครสมาชิกวันนี้ รับส่วนลดพิเศษ 50%",
      "นายกฯ สั่งเร่งช่วยเหลือผู้ประสบภัยน้ำท่วมภาคใต้",
      "22 ธ.ค. 2568 10:30 น.",
      "",
      "นายกรัฐมนตรีสั่งการให้หน่วยงานที่เกี่ยวข้องเร่งช่วยเหลือผู้ประสบภัยน้ำท่วมในภาคใต้โดยเร็วที่สุด เพื่อบรรเทาความเดือดร้อนของประชาชน",
      "",
      "ทั้งนี้ กรมอุตุนิยมวิทยาคาดว่าฝนจะตกหนักต่อเนื่องไปอีกสามวัน",
    ));
    assert.equal(a.headline, "นายกฯ สั่งเร่งช่วยเหลือผู้ประสบภัยน้ำท่วมภาคใต้");
  });

  it("Indonesian and Chinese: a teaser of another story ('Baca juga: …', '推荐阅读：…') above the headline", () => {
    const id = parse(story(
      "Kabar Nusantara",
      "Rubrik : Ekonomi",
      "Baca juga: Harga cabai melonjak jelang Natal di pasar tradisional",
      "Harga Beras Naik di Sejumlah Pasar Tradisional Jakarta",
      "Senin, 22 Desember 2025 10:30 WIB",
      "Oleh: Andi Wijaya",
      "",
      "Harga beras di sejumlah pasar tradisional naik dalam sepekan terakhir, kata pedagang kepada wartawan.",
    ));
    assert.equal(id.headline, "Harga Beras Naik di Sejumlah Pasar Tradisional Jakarta");
    assert.equal(id.byline, "Oleh: Andi Wijaya");
    const zh = parse(story(
      "新闻中心",
      "责任编辑：王小明",
      "推荐阅读：北京冬季供暖提前启动",
      "北京地铁新线路年底开通运营",
      "2025年12月22日 10:30",
      "",
      "北京市交通委员会周二表示，地铁新线路将于今年年底开通运营，全长约三十公里，设站二十座。",
    ));
    assert.equal(zh.headline, "北京地铁新线路年底开通运营");
  });

  it("a headline with a standfirst that has no end stop stays the headline; so does 'Name: quote'", () => {
    const a = parse(story(
      "Council approves new bridge after six-hour debate",
      "Construction will start in spring, with the crossing due to open in 2027",
      "12 March 2025",
      "",
      "The city council approved the new bridge on Monday after a debate that lasted six hours.",
    ));
    assert.equal(a.headline, "Council approves new bridge after six-hour debate");
    const b = parse(story(
      "Jim McKelvey: Why we started again from scratch",
      "The founder talks about failure, luck and the next company",
      "12 March 2025",
      "",
      "Jim McKelvey has started several companies, and he says the hardest part was starting again.",
    ));
    assert.equal(b.headline, "Jim McKelvey: Why we started again from scratch");
    const c = parse(story(
      "Tides, tolls and stubborn neighbours",
      "How a small town fought over its bridge for thirty years",
      "12 March 2025",
      "",
      "The bridge was built in 1990 and people have argued about it ever since.",
      "",
      "The tolls were the first fight, and the longest.",
    ));
    assert.equal(c.headline, "Tides, tolls and stubborn neighbours", "a headline that shares a word with the story further down is not a promo");
  });
});

describe("head: a name and an outlet or agency under the headline", () => {
  const article = (headline: string, byline: string, lede: string) => parse(story(headline, byline, "22.12.2025 10:30", "", lede, "", "Another paragraph of the story follows here, with more detail."));
  it("after a dash or a slash, in Indonesian, Turkish and Hebrew", () => {
    assert.equal(article("Harga Beras Naik di Sejumlah Pasar Tradisional Jakarta", "Andi Wijaya - detikNews", "Harga beras di sejumlah pasar tradisional naik dalam sepekan terakhir, kata pedagang kepada wartawan.").byline, "Andi Wijaya - detikNews");
    const tr = article("İstanbul'da metro hattında arıza nedeniyle seferler aksadı", "Ahmet Yılmaz / AA", "İstanbul'da sabah saatlerinde meydana gelen arıza nedeniyle metro seferlerinde aksamalar yaşandı.");
    assert.equal(tr.byline, "Ahmet Yılmaz / AA", "over a date line, a credit's shape is the byline");
    assert.ok(!tr.blocks.some((b) => b.type === "media"));
    assert.equal(article("הממשלה אישרה תוכנית חדשה להורדת מחירי הדיור", "דנה כהן / וואלה", "הממשלה אישרה היום תוכנית חדשה שנועדה להוריד את מחירי הדיור בערים הגדולות, כך נמסר.").byline, "דנה כהן / וואלה");
  });
});

describe("head: several authors, their outlet, their places", () => {
  const article = (byline: string) => parse(story("Council approves new bridge after six-hour debate", byline, "12 March 2025", "", "The city council approved the new bridge on Monday after a debate that lasted six hours.", "", "More text follows here in a second paragraph of the story."));
  it("names, then the outlet after a dot; names with a place in brackets; names with particles", () => {
    assert.equal(article("Pete Evans, Jane Doe · CBC News").author, "Pete Evans, Jane Doe");
    assert.equal(article("Jane Doe (Madrid), John Roe (Paris)").byline, "Jane Doe (Madrid), John Roe (Paris)");
    assert.equal(article("Ana de la Fuente y Juan Pérez").byline, "Ana de la Fuente y Juan Pérez");
    assert.equal(article("Ludwig van Dijk and Anna Berg").byline, "Ludwig van Dijk and Anna Berg");
  });
});
