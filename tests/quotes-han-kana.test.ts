/**
 * Chinese and Japanese quotes, text without spaces between words: given this paragraph, this
 * quote and speaker. Chinese puts the speaker, where and the verb after the quote (“…”市长王建国在会上说。)
 * or before it with a colon (X告诉记者：“…”); Japanese papers write the verb in the present
 * (」と指摘する。」と嘆く。). All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(paragraphs.join("\n\n"), "a.txt", lang), "quote");

describe("Chinese", () => {
  const head = ["城市地铁新线开通", "本市地铁五号线于周一正式开通运营，全长二十公里。"];
  it("“…”职务姓名在某处说。: the title and name that open the clause after the quote", () => {
    const [q] = quotes("zh", ...head, "“新线路将缩短市民的通勤时间。”市交通局局长王建国在开通仪式上说。");
    assert.equal(q?.text, "新线路将缩短市民的通勤时间。");
    assert.ok(q?.speaker?.includes("王建国"), String(q?.speaker));
  });

  it("X告诉记者：“…” then “…，”她补充道，“…”: the pronoun is the person just quoted", () => {
    const qs = quotes("zh", ...head, "市民李女士告诉记者：“以前坐公交要一个小时，现在只要二十分钟。”", "“票价也很合理，”她补充道，“我每天都会坐。”");
    assert.equal(qs.length, 2);
    assert.ok(qs.every((q) => q.speaker?.includes("李女士")), JSON.stringify(qs.map((q) => q.speaker)));
  });
});

describe("Japanese", () => {
  const head = ["テレビ局のスポーツ中継に異変", "民放各局がスポーツ中継の放映権料の高騰に悩んでいる。"];
  it("「…」と別の局のプロデューサーは嘆く。: a present-tense verb, the speaker marked by は", () => {
    const [q] = quotes("ja", ...head, "「視聴率は取れても、広告収入で元が取れないんです」と別の局のプロデューサーは嘆く。");
    assert.equal(q?.speaker, "別の局のプロデューサー");
  });

  it("X氏は「…」と指摘する。: a lead-in, the quote, then the verb", () => {
    const [q] = quotes("ja", ...head, "スポーツジャーナリストの山田太郎氏は「今後は共同で権利を買う動きが広がるでしょう」と指摘する。");
    assert.equal(q?.text, "今後は共同で権利を買う動きが広がるでしょう");
    assert.ok(q?.speaker?.includes("山田太郎"), String(q?.speaker));
  });
});
