/**
 * Relative times are page furniture, never dates (lines written for these tests): the words of
 * CLDR's relative-time shapes for any locale (Intl.RelativeTimeFormat), in CLDR's order or in
 * another style or order that papers print.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeLexicons } from "../src/parse/lexicon/index.js";
import { readDateLine } from "../src/parse/text/header.js";

const relative = (text: string, lang: string) => readDateLine(text, mergeLexicons([lang]))?.relative === true;

describe("relative times in any locale", () => {
  it("reads CLDR's shapes and their words in other orders, in nine languages and scripts", () => {
    const lines: [string, string][] = [
      ["2 ชั่วโมงที่แล้ว", "th"], ["2 ชม. ที่แล้ว", "th"], ["לפני 3 שעות", "he"], ["۳ ساعت پیش", "fa"], ["3 گھنٹے پہلے", "ur"],
      ["3 saat önce", "tr"], ["5 phút trước", "vi"], ["3 jam yang lalu", "id"], ["3小时前", "zh"], ["πριν 3 ώρες", "el"], ["vor 3 Stunden", "de"],
    ];
    for (const [text, lang] of lines) assert.ok(relative(text, lang), `${lang}: ${text}`);
  });

  it("a number and a single unit word, or a line of other words, is not a relative time", () => {
    assert.equal(relative("3 hours", "en"), false);
    assert.equal(relative("Arsenal 2 Chelsea 1", "en"), false);
    assert.equal(relative("3 days of talks end without a deal", "en"), false);
  });
});
