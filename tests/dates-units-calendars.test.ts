/**
 * Dates printed with their units glued to the numbers (CLDR's names of a day, month, year and
 * hour, through Intl.DisplayNames: Khmer ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៥, Burmese ၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာ ၄ ရက်),
 * and dates of the other calendar a region prints (Amharic ኅዳር 25 ቀን 2018 ዓ.ም, the Ethiopian
 * calendar, through Intl.Locale's calendars): read to their Gregorian day. Lines written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readDates } from "../src/parse/dates/read-dates.js";
import { parse } from "./helpers/parse.js";

const isoOf = (line: string, lang: string) => readDates(line, lang).dates.map((d) => d.iso);

describe("dates: units glued to the numbers, in scripts without case", () => {
  it("Khmer: day, month, year and hour words glued to the figures", () => {
    assert.deepEqual(isoOf("ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៥ ម៉ោង ១០:៣០", "km"), ["2025-12-04T10:30:00"]);
    assert.deepEqual(isoOf("ថ្ងៃទី១៧ ខែមីនា ឆ្នាំ២០២៦", "km"), ["2026-03-17"]);
  });

  it("Burmese: the year's word and a comma, the day's word after the day", () => {
    assert.deepEqual(isoOf("၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာ ၄ ရက်", "my"), ["2025-12-04"]);
    assert.deepEqual(isoOf("၂၀၂၆ ခုနှစ်၊ မတ် ၁၇ ရက်", "my"), ["2026-03-17"]);
  });

  it("the date is found where it is printed, and a relative time stays relative", () => {
    const line = "ចុះផ្សាយ ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៥";
    const [found] = readDates(line, "km").dates;
    assert.equal(line.slice(found?.index, found?.end).startsWith("៤"), true);
    assert.equal(readDates("២ ម៉ោងមុន", "km").relative, true);
  });
});

describe("dates: the region's other calendar (Intl.Locale calendars)", () => {
  it("Amharic: a day of the Ethiopian calendar, with the day's word and the era", () => {
    assert.deepEqual(isoOf("ኅዳር 25 ቀን 2018 ዓ.ም", "am"), ["2025-12-04"]);
    assert.deepEqual(isoOf("ሐሙስ፣ 25 ኅዳር 2018", "am"), ["2025-12-04"]);
    assert.deepEqual(isoOf("መስከረም 1 ቀን 2018 ዓ.ም", "am"), ["2025-09-11"]);
  });

  it("Amharic: a Gregorian date is still read as one", () => {
    assert.deepEqual(isoOf("4 ዲሴምበር 2025", "am"), ["2025-12-04"]);
  });

  it("in an article: the Amharic date line is the date, the agency's dateline is cut off the lede", () => {
    const a = parse([
      "በባሕር ዳር አዲስ ድልድይ ተመረቀ",
      "",
      "ኅዳር 26 ቀን 2018 ዓ.ም",
      "",
      "ባሕር ዳር፣ ኅዳር 26፣ 2018 (ኢዜአ)፦ በጣና ሐይቅ አቅራቢያ የተገነባው አዲሱ ድልድይ ዛሬ በይፋ ለአገልግሎት ክፍት ሆነ።",
      "",
      "ድልድዩ የከተማዋን የትራፊክ መጨናነቅ እንደሚቀንስ ተገልጿል።",
    ].join("\n"), "story.txt", "am");
    assert.equal(a.date, "2025-12-05");
    assert.equal(a.dateline, "ባሕር ዳር፣ ኅዳር 26፣ 2018 (ኢዜአ)");
    assert.ok(a.lede.startsWith("በጣና ሐይቅ"));
  });
});

describe("dates: the other calendars a language's copy prints (Intl's calendars, never a month table)", () => {
  it("Arabic and Urdu: a day of the Islamic calendar (Umm al-Qura), its month of two words, in any digits, with its era", () => {
    // (25 Jumada II 1448 is 5 December 2026: the day Intl prints for it in 'islamic-umalqura')
    assert.deepEqual(isoOf("٢٥ جمادى الآخرة ١٤٤٨ هـ", "ar"), ["2026-12-05"]);
    assert.deepEqual(isoOf("الجمعة 15 جمادى الآخرة 1448 هـ", "ar"), ["2026-11-25"]);
    assert.deepEqual(isoOf("25 جمادی الثانی 1448ھ", "ur"), ["2026-12-05"]);
    // both calendars on one line, each read to its own day
    assert.deepEqual(isoOf("25 جمادى الآخرة 1448 هـ الموافق 5 ديسمبر 2026", "ar"), ["2026-12-05", "2026-12-05"]);
  });

  it("Persian: the Solar Hijri calendar, and the Islamic one beside it", () => {
    assert.deepEqual(isoOf("۱۴ آذر ۱۴۰۵", "fa"), ["2026-12-05"]);
    assert.deepEqual(isoOf("۲۵ جمادی‌الثانی ۱۴۴۸ ه‍.ق.", "fa"), ["2026-12-05"]);
  });

  it("Hebrew: the Hebrew calendar, its day and year in figures or in letters, the marks typed as quotes or not", () => {
    assert.deepEqual(isoOf("25 בכסלו 5787", "he"), ["2026-12-05"]);
    assert.deepEqual(isoOf("כ״ה בכסלו תשפ״ז", "he"), ["2026-12-05"]);
    assert.deepEqual(isoOf('יום שישי, כ"ה בכסלו תשפ"ז', "he"), ["2026-12-05"]);
    assert.deepEqual(isoOf("5 בדצמבר 2026", "he"), ["2026-12-05"]);
  });

  it("Thai: the Buddhist era's year with the Gregorian months", () => {
    assert.deepEqual(isoOf("5 ธ.ค. 2569", "th"), ["2026-12-05"]);
    assert.deepEqual(isoOf("5 ธันวาคม 2569 10:30 น.", "th"), ["2026-12-05T10:30:00"]);
  });

  it("Japanese and Taiwanese eras: the era's year over the Gregorian month and day, the first year as 元", () => {
    assert.deepEqual(isoOf("令和8年12月5日", "ja"), ["2026-12-05"]);
    assert.deepEqual(isoOf("令和8年12月5日 10時30分", "ja"), ["2026-12-05T10:30:00"]);
    assert.deepEqual(isoOf("令和元年5月1日", "ja"), ["2019-05-01"]);
    assert.deepEqual(isoOf("平成31年4月30日", "ja"), ["2019-04-30"]);
    assert.deepEqual(isoOf("民國114年12月5日", "zh-Hant"), ["2025-12-05"]);
  });

  it("look-alikes: a month's name that is also a word, a Gregorian year beside an Islamic month, an era's name in a sentence", () => {
    assert.deepEqual(isoOf("قال رجب إن 15 رجلا وصلوا في 2025", "ar"), []);
    assert.deepEqual(isoOf("15 رجب 2025", "ar"), []);
    assert.deepEqual(isoOf("אב ובנו הגיעו ב-5 לחודש", "he"), []);
    assert.deepEqual(isoOf("令和の時代に8年目を迎えた", "ja"), []);
    assert.deepEqual(isoOf("民國初年的故事", "zh-Hant"), []);
  });
});

describe("in an article: the date line in the other calendar is the article's date", () => {
  const story = (lang: string, ...lines: string[]) => parse(lines.join("\n\n"), "story.txt", lang);

  it("Hebrew, its day and year in letters", () => {
    const a = story("he", "הממשלה אישרה תוכנית דיור חדשה לזוגות צעירים", 'יום שישי, כ"ה בכסלו תשפ"ז', "הממשלה אישרה ביום שישי תוכנית דיור חדשה לזוגות צעירים בערים הגדולות, כך נמסר מלשכת השר.", "התוכנית תעניק הלוואות בריבית נמוכה לזוגות עד גיל שלושים וחמש, אמר השר בישיבת הממשלה.");
    assert.equal(a.date, "2026-12-05");
    assert.ok(a.lede.startsWith("הממשלה אישרה ביום שישי"));
  });

  it("Japanese, an era's year and a time", () => {
    const a = story("ja", "若い家族向けの新たな住宅計画を発表", "令和8年12月5日 10時30分", "政府は5日、若い家族向けの新たな住宅計画を発表した。大都市で低金利の融資を行う。", "計画は来年四月から始まる予定で、対象は三十五歳以下の夫婦となる。");
    assert.equal(a.date, "2026-12-05T10:30:00");
  });

  it("Arabic, the Hijri date before the Gregorian one", () => {
    const a = story("ar", "الحكومة تعلن خطة جديدة للإسكان للأسر الشابة", "الجمعة 25 جمادى الآخرة 1448 هـ - 5 ديسمبر 2026", "أعلنت الحكومة يوم الجمعة عن خطة جديدة للإسكان للأسر الشابة في المدن الكبرى، وفق بيان رسمي.", "وتشمل الخطة قروضا ميسرة للأزواج دون سن الخامسة والثلاثين، بحسب الوزير.");
    assert.equal(a.date, "2026-12-05");
  });
});
