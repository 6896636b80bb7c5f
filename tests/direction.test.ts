/**
 * Right-to-left copy: the direction comes from the language (CLDR through Intl.Locale), set on
 * the article where it differs from the page's, and on the whole page in a right-to-left site.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildSite } from "./helpers/site.js";

const arabic = "---\ntitle: الحكومة تقر ميزانية العام المقبل\ndate: 2026-12-01\nsection: world\n---\n\nأقرت الحكومة يوم الثلاثاء ميزانية العام المقبل بعد نقاش طويل استمر عدة ساعات.\n";
const hebrewText = "הממשלה אישרה את התקציב\n\nהממשלה אישרה הלילה את תקציב המדינה לשנת 2027 לאחר דיון ארוך שנמשך יותר מעשר שעות.\n\nבאופוזיציה מתחו ביקורת חריפה על הקיצוצים בתחבורה הציבורית.\n";
const english = "---\ntitle: Harbour wall to close\ndate: 2026-12-02\nsection: world\n---\n\nThe North Mole will close for fourteen weeks from January.\n";

describe("text direction", () => {
  it("given an English site with an Arabic and a Hebrew article, those articles and their teasers are right to left; the page stays left to right", async () => {
    const site = await buildSite({
      "site.yaml": "title: The Gazette\nlanguage: en\nurl: https://example.org/\n",
      "content/world/budget.md": arabic,
      "content/world/taktziv.txt": hebrewText,
      "content/world/harbour.md": english,
    });
    const page = site.read("budget/index.html");
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<article class="story" lang="ar" dir="rtl"[ >]/);
    assert.match(site.read("taktziv/index.html"), /<article class="story" lang="he" dir="rtl"[ >]/);
    assert.match(site.read("harbour/index.html"), /<article class="story"[ >]/);
    const front = site.read("index.html");
    assert.match(front, /<article class="teaser-body" lang="ar" dir="rtl">/);
    assert.match(front, /<article class="teaser-body" lang="he" dir="rtl">/);
  });

  it("given a Persian site, every page is right to left and an English article in it left to right", async () => {
    const site = await buildSite({
      "site.yaml": "title: روزنامه\nlanguage: fa\nurl: https://example.org/\n",
      "content/world/harbour.md": english,
      "content/world/budget.md": "---\ntitle: دولت بودجه را تصویب کرد\ndate: 2026-12-01\nsection: world\n---\n\nهیئت دولت روز سه‌شنبه لایحه بودجه سال آینده را تصویب کرد.\n",
    });
    for (const path of ["index.html", "budget/index.html", "harbour/index.html", "404.html"]) assert.match(site.read(path), /<html lang="fa" dir="rtl">/, path);
    assert.match(site.read("harbour/index.html"), /<article class="story" lang="en" dir="ltr"[ >]/);
    assert.doesNotMatch(site.read("budget/index.html"), /<article class="story"[^>]*dir=/);
  });
});
