/**
 * Copy in scripts the public corpus lacks (right-to-left Hebrew and Persian, Thai without spaces,
 * Greek, Ukrainian, Vietnamese): the words reach the article exactly as printed, joiners included,
 * and the language is the text's. The texts are written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");

/** Every character of the article's text fields, in order. */
function printed(a: ReturnType<typeof parse>): string {
  const parts = [a.headline, a.dateline ?? "", a.lede];
  for (const b of a.blocks) parts.push("printed" in b && typeof b.printed === "string" ? b.printed : "text" in b && typeof b.text === "string" ? b.text : "");
  return parts.join("\n");
}

describe("copy in any script is kept as printed", () => {
  it("keeps Persian's zero-width non-joiner inside words (سه‌شنبه, می‌گویند)", () => {
    const a = parse(
      story(
        "دولت بودجه سال آینده را تصویب کرد",
        "",
        "هیئت دولت روز سه‌شنبه لایحه بودجه سال آینده را پس از چند جلسه بررسی تصویب کرد و آن را به مجلس فرستاد.",
        "",
        "کارشناسان اقتصادی می‌گویند کسری بودجه همچنان یکی از چالش‌های اصلی اقتصاد کشور است.",
      ),
      "fa.txt",
    );
    assert.equal(a.lang, "fa");
    const text = printed(a);
    for (const word of ["سه‌شنبه", "می‌گویند", "چالش‌های"]) assert.ok(text.includes(word), `${word} kept with its joiner`);
  });

  it("keeps the zero-width joiner of emoji sequences and Devanagari", () => {
    const a = parse(story("परिवार 👩‍👩‍👧 के साथ मेला", "", "शहर में मेले का आयोजन किया गया और हज़ारों परिवार 👩‍👩‍👧 वहाँ पहुँचे, जिनमें बच्चे भी थे।", "", "आयोजकों ने कहा कि अगले साल मेला और बड़ा होगा।"), "hi.txt");
    assert.ok(printed(a).includes("👩‍👩‍👧"));
  });

  it("reads Hebrew, Thai, Greek, Ukrainian and Vietnamese as their languages, words intact", () => {
    const cases: [string, string, string][] = [
      ["he", "הממשלה אישרה את תקציב המדינה לשנה הבאה", "הממשלה אישרה הלילה את תקציב המדינה לשנת 2027 לאחר דיון ארוך שנמשך יותר מעשר שעות."],
      ["th", "นายกรัฐมนตรีประกาศแผนฟื้นฟูเศรษฐกิจใหม่", "รัฐบาลไทยประกาศแผนฟื้นฟูเศรษฐกิจมูลค่าห้าแสนล้านบาทเมื่อวันอังคาร โดยมุ่งเน้นการลงทุนในโครงสร้างพื้นฐานและการท่องเที่ยว"],
      ["el", "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση", "Η κυβέρνηση ανακοίνωσε την Τρίτη νέο πακέτο μέτρων για τη στέγαση των νέων, με επιδοτήσεις ενοικίου."],
      ["uk", "Уряд схвалив план відновлення енергетики", "Кабінет міністрів у вівторок схвалив план відновлення енергетичної інфраструктури, пошкодженої під час атак."],
      ["vi", "Chính phủ công bố kế hoạch phát triển giao thông", "Chính phủ hôm thứ Ba đã công bố kế hoạch đầu tư vào hệ thống đường sắt tốc độ cao nối Hà Nội với Thành phố Hồ Chí Minh."],
    ];
    for (const [lang, headline, lede] of cases) {
      const a = parse(story(headline, "", lede), `${lang}.txt`);
      assert.equal(a.lang, lang, headline);
      assert.equal(a.headline, headline);
      assert.equal(a.lede, lede);
    }
  });
});

describe("quote marks of other languages", () => {
  const quoteOf = (lines: string[], path: string) => parse(story(...lines), path).blocks.find((b) => b.type === "quote");

  it("reads „…” followed by a speech dash as a quote (Polish, and Russian or Ukrainian «…» —)", () => {
    const pl = quoteOf(["Rada miasta przyjęła budżet", "", "Rada miasta przyjęła we wtorek budżet na przyszły rok po wielogodzinnej debacie.", "", "„Ten budżet to inwestycja w przyszłość” – powiedział prezydent miasta Rafał Nowak.", "", "Opozycja krytykuje wysokie zadłużenie."], "pl.txt");
    assert.equal(pl?.type, "quote");
    assert.equal(pl?.type === "quote" && pl.speaker, "Rafał Nowak");
    const uk = quoteOf(["Уряд схвалив план", "", "Кабінет міністрів у вівторок схвалив план відновлення енергетичної інфраструктури.", "", "«Ми маємо пройти цю зиму» — сказав міністр енергетики Олег Коваль.", "", "Експерти зазначають, що фінансування залежить від партнерів."], "uk.txt");
    assert.equal(uk?.type, "quote");
  });

  it("reads »…« (Danish) and ”…” (Finnish) quotes with their speakers", () => {
    const da = quoteOf(["Byrådet vedtog budgettet", "", "Byrådet vedtog tirsdag budgettet for næste år efter en lang debat.", "", "»Det er et budget for fremtiden,« siger borgmester Lars Hansen.", "", "Oppositionen kritiserer gælden."], "da.txt");
    assert.equal(da?.type === "quote" && da.speaker, "Lars Hansen");
    const fi = quoteOf(["Hallitus hyväksyi budjetin", "", "Hallitus hyväksyi tiistaina ensi vuoden budjetin pitkän keskustelun jälkeen.", "", "”Tämä on tulevaisuuden budjetti”, sanoi valtiovarainministeri Anna Virtanen.", "", "Oppositio arvosteli velkaa."], "fi.txt");
    assert.equal(fi?.type === "quote" && fi.speaker, "Anna Virtanen");
  });

  it("keeps a quoted one-word title before a dash a paragraph („Lalka” – powieść …)", () => {
    const a = parse(story("Nowe wydanie", "", "Wydawnictwo przygotowało nowe wydanie klasyki polskiej literatury na jesień.", "", "„Lalka” – powieść Bolesława Prusa – ukaże się w listopadzie w nowym przekładzie.", "", "Cena nie jest jeszcze znana."), "pl.txt");
    assert.deepEqual(a.blocks.map((b) => b.type), ["paragraph", "paragraph"]);
  });
});

describe("datelines in scripts without capitals", () => {
  it("reads a short Thai headline as the headline, not as a kicker over the lede (Thai parts sentences with a space, not a stop)", () => {
    const a = parse(story("รัฐบาลประกาศแผนเศรษฐกิจ", "", "รัฐบาลไทยประกาศแผนฟื้นฟูเศรษฐกิจมูลค่าห้าแสนล้านบาทเมื่อวันอังคาร โดยมุ่งเน้นการลงทุนในโครงสร้างพื้นฐานและการท่องเที่ยว", "", "นักเศรษฐศาสตร์หลายคนเห็นด้วยกับแผนนี้"), "th.txt");
    assert.equal(a.kicker, null);
    assert.equal(a.headline, "รัฐบาลประกาศแผนเศรษฐกิจ");
  });

  it("cuts a short place before a spaced dash, a Chinese double dash or in lenticular brackets", () => {
    const cases: [string, string, string, string, string, string][] = [
      ["he.txt", "הממשלה אישרה את התקציב", "ירושלים – הממשלה אישרה הלילה את תקציב המדינה לשנת 2027 לאחר דיון ארוך.", "באופוזיציה מתחו ביקורת.", "ירושלים", "הממשלה אישרה"],
      ["fa.txt", "دولت بودجه را تصویب کرد", "تهران – هیئت دولت روز سه‌شنبه لایحه بودجه سال آینده را تصویب کرد.", "کارشناسان نگران کسری بودجه هستند.", "تهران", "هیئت دولت"],
      ["th.txt", "รัฐบาลประกาศแผนเศรษฐกิจ", "กรุงเทพฯ – รัฐบาลไทยประกาศแผนฟื้นฟูเศรษฐกิจมูลค่าห้าแสนล้านบาทเมื่อวันอังคาร โดยมุ่งเน้นการลงทุนในโครงสร้างพื้นฐานและการท่องเที่ยว", "นักเศรษฐศาสตร์หลายคนเห็นด้วยกับแผนนี้", "กรุงเทพฯ", "รัฐบาลไทย"],
      ["zh.txt", "市议会通过明年预算", "北京——市议会周二在长时间辩论后通过了明年的预算。", "反对派批评债务过高。", "北京", "市议会"],
      ["ja.txt", "市議会が予算を可決", "【東京】市議会は火曜日、長時間の議論の末に来年度予算を可決した。", "野党は債務の多さを批判した。", "【東京】", "市議会は"],
    ];
    for (const [path, headline, first, second, dateline, rest] of cases) {
      const a = parse(story(headline, "", first, "", second), path);
      assert.equal(a.dateline, dateline, first);
      assert.ok(a.lede.startsWith(rest), a.lede);
    }
  });

  it("leaves a sentence with a dash aside alone (three words or more before it)", () => {
    const text = "הממשלה אישרה הלילה – לאחר דיון ארוך שנמשך שעות – את תקציב המדינה.";
    const a = parse(story("הממשלה אישרה את התקציב", "", text, "", "באופוזיציה מתחו ביקורת."), "he.txt");
    assert.equal(a.dateline, null);
    assert.equal(a.lede, text);
  });
});

describe("dates in other digits and calendars", () => {
  const cases: [string, string, string][] = [
    ["th", "4 ธันวาคม 2569 10:30 น.", "2026-12-04T10:30:00"], // the Thai Buddhist era counts 543 years ahead
    ["th", "๔ ธ.ค. ๒๕๖๙", "2026-12-04"], // Thai digits, the month abbreviated with inner stops
    ["fa", "سه‌شنبه ۱۳ آذر ۱۴۰۵ - ۱۰:۳۰", "2026-12-04T10:30:00"], // the Solar Hijri calendar, Persian digits
    ["fa", "۴ دسامبر ۲۰۲۶", "2026-12-04"], // Gregorian month names in Persian
    ["hi", "४ दिसंबर २०२६", "2026-12-04"], // Devanagari digits
    ["ar", "٤ ديسمبر ٢٠٢٦", "2026-12-04"], // Arabic-Indic digits
  ];
  for (const [lang, line, iso] of cases) {
    it(`reads “${line}” (${lang}) as ${iso}`, () => {
      const headline: Record<string, string> = { th: "รัฐบาลประกาศแผนเศรษฐกิจใหม่สำหรับปีหน้า", fa: "دولت بودجه سال آینده را تصویب کرد", hi: "शहर में मेले का आयोजन किया गया", ar: "الحكومة تقر ميزانية العام المقبل" };
      const lede: Record<string, string> = {
        th: "รัฐบาลไทยประกาศแผนฟื้นฟูเศรษฐกิจมูลค่าห้าแสนล้านบาทเมื่อวันอังคาร โดยมุ่งเน้นการลงทุนในโครงสร้างพื้นฐานและการท่องเที่ยว",
        fa: "هیئت دولت روز سه‌شنبه لایحه بودجه سال آینده را پس از چند جلسه بررسی تصویب کرد و آن را به مجلس فرستاد.",
        hi: "शहर में मेले का आयोजन किया गया और हज़ारों परिवार वहाँ पहुँचे, जिनमें बच्चे भी थे।",
        ar: "أقرت الحكومة يوم الثلاثاء ميزانية العام المقبل بعد نقاش طويل استمر عدة ساعات في مجلس الوزراء.",
      };
      const a = parse(story(headline[lang] as string, line, "", lede[lang] as string, "", lede[lang] as string), `${lang}.txt`);
      assert.equal(a.lang, lang);
      assert.equal(a.dateText, line);
      assert.equal(a.date, iso);
    });
  }
});
