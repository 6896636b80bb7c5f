/**
 * Endnotes (spec: "Sign-off lines (`Reporting by …; Editing by …`, `X contributed to this
 * report`) are `endnote` blocks shown small at the end, not body paragraphs"): the desk's credit
 * lines after the story's last paragraph, in several languages and scripts (articles written for
 * these tests). A sentence about editing inside the story stays a paragraph.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n\n");
const body = [
  "The council approved the new bus routes on Friday after a long debate about their cost.",
  "The first routes open in January and run from the station to the new housing estates in the west.",
  "Fares stay the same as on the city's other buses, the transport office said in a statement.",
  "Residents had asked for the routes for years, and several councillors thanked them for their patience.",
];
const endnotes = (a: ReturnType<typeof parse>) => a.blocks.filter((b) => b.type === "endnote").map((b) => b.text);

describe("endnotes: the desk's credit lines after the last paragraph", () => {
  it("English: 'Reporting by …; Editing by …' and 'X contributed to this report' are endnotes, in order", () => {
    const a = parse(story("Council backs new bus routes", ...body, "Reporting by Jane Doe; Editing by John Smith", "Dana Roe in Leeds contributed to this report."));
    assert.deepEqual(endnotes(a), ["Reporting by Jane Doe; Editing by John Smith", "Dana Roe in Leeds contributed to this report."]);
    assert.ok(!a.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("Reporting by")));
  });

  it("Chinese, Japanese, Korean: an editor's label and a name after a colon", () => {
    const zh = parse(story(
      "台北市扩大免费公车路线",
      "台北市政府今天宣布，明年一月起将免费公车路线从十二条增加到三十条。",
      "新增路线主要集中在山区和新开发的住宅区，预计每天服务十万名乘客。",
      "部分议员质疑经费来源，认为市府应先公布完整的财务规划。",
      "责任编辑：王小华",
    ));
    assert.deepEqual(endnotes(zh), ["责任编辑：王小华"]);
    const ja = parse(story(
      "京都市、手ぶらバスを来春から運行",
      "京都市は四日、観光客の荷物を宿泊先まで届けるバスの運行を来年四月から始めると発表した。",
      "新しいバスは京都駅と主な観光地を結び、一日に二十便を運行する予定だ。",
      "市は混雑を和らげ、地元の人が路線バスに乗りやすくなることを期待している。",
      "編集：山田花子",
    ));
    assert.deepEqual(endnotes(ja), ["編集：山田花子"]);
  });

  it("a line about editing inside the story, or a label without a name, stays the story's", () => {
    const a = parse(story("Council backs new bus routes", body[0] as string, "Editing by hand took the clerks three weeks, the council said.", ...body.slice(1), "Edited by"));
    assert.deepEqual(endnotes(a), []);
    assert.ok(a.blocks.some((b) => b.type === "paragraph" && b.text.startsWith("Editing by hand")));
  });

  it("'Reporting by Jane Doe' alone after the story is its byline, read as before (sign-off.ts)", () => {
    const a = parse(story("Council backs new bus routes", ...body, "Reporting by Jane Doe"));
    assert.deepEqual(endnotes(a), []);
    assert.match(a.byline ?? "", /Jane Doe/u);
  });
});
