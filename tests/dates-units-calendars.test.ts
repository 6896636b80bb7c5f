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
