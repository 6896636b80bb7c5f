/**
 * The article's body in plain text, in any language and script: related boxes (titled, untitled,
 * one line between paragraphs), the page's furniture after the story, subheads and page noise.
 * Every text here was written for this test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");
const prose = (subject: string) => `${subject} was discussed at length by the council on Tuesday evening, and members agreed to return to it after the summer.`;

describe("related boxes: in the story, or the page's furniture after it", () => {
  it("reads a title over headlines printed together inside the story as a related box, kickers or not", () => {
    const a = parse(story(
      "Harbour wall to close",
      "",
      prose("The harbour wall"),
      "",
      "More from the coast",
      "Ferry timetable: New winter sailings",
      "Lifeboat crew rescue two walkers cut off by the tide near the point",
      "Fishing fleet: Quota talks stall",
      "School roof repairs to finish before the new term begins",
      "",
      prose("The cost of the repairs"),
    ));
    const [box] = blocksOf(a, "related");
    assert.equal(box?.title, "More from the coast");
    assert.equal(box?.links.length, 4);
  });

  it("leaves a run of unrelated headlines after the story's last sentence to the page (not a box of the story)", () => {
    const a = parse(story(
      "Harbour wall to close",
      "",
      prose("The harbour wall"),
      "",
      prose("The cost of the harbour repairs"),
      "",
      "On the radar",
      "Singer reveals secret wedding in the mountains",
      "Famous chef opens a restaurant on the moon",
      "Film star buys a castle for his dogs",
      "Reality show contestant quits after row",
    ));
    assert.equal(blocksOf(a, "related").length, 0);
  });

  it("keeps a box after the story when its headlines are about the story", () => {
    const a = parse(story(
      "Harbour wall to close",
      "",
      prose("The harbour wall"),
      "",
      prose("The cost of the harbour repairs"),
      "",
      "On this story",
      "Harbour wall cracks found by divers last winter",
      "Council delays harbour repairs vote again",
      "Fishermen fear months without the harbour wall",
    ));
    assert.equal(blocksOf(a, "related")[0]?.links.length, 3);
  });
});

describe("related links printed between paragraphs", () => {
  const around = (...middle: string[]) =>
    story("Prison guards charged", "", prose("The prison guards' case"), "", ...middle, "", prose("The union's complaint"), "", prose("The minister's answer"));

  it("reads a teaser headline with a topic before a colon, longer than a heading, as a one-link box", () => {
    const a = parse(around("Staffers under strain: Suicides in the county's jails were quietly rising for years before the inspection began"));
    assert.deepEqual(blocksOf(a, "related").map((b) => b.links[0]?.text), ["Staffers under strain: Suicides in the county's jails were quietly rising for years before the inspection began"]);
    assert.equal(blocksOf(a, "subhead").length, 0);
  });

  it("reads a teaser headline right over a subhead as a link, and the subhead as a subhead", () => {
    const a = parse(around("Internal memo: Guards falsified records of cell checks", "", "Investigators focus on the night shift"));
    assert.equal(blocksOf(a, "related")[0]?.links[0]?.kicker, "Internal memo");
    assert.deepEqual(blocksOf(a, "subhead").map((b) => b.text), ["Investigators focus on the night shift"]);
  });

  it("reads long lines of capitals as links where the page prints two or more, a short one as a crosshead", () => {
    const a = parse(around("SINGER ELIMINATED FROM THE DANCE SHOW AFTER A TIGHT VOTE", "", prose("The judges' scores"), "", "JUDGE OPENS UP ABOUT HER HEALTH BEFORE THE FINAL SHOW"));
    assert.equal(blocksOf(a, "related").length, 2);
    // (one alone is a sentence set in capitals or a crosshead: no link)
    assert.equal(blocksOf(parse(around("SINGER ELIMINATED FROM THE DANCE SHOW AFTER A TIGHT VOTE")), "related").length, 0);
    const b = parse(around("A DIFFICULT NIGHT"));
    assert.deepEqual(blocksOf(b, "subhead").map((s) => s.text), ["A DIFFICULT NIGHT"]);
  });

  it("keeps a short plain heading a subhead", () => {
    const a = parse(around("Investigators focus on the night shift"));
    assert.deepEqual(blocksOf(a, "subhead").map((s) => s.text), ["Investigators focus on the night shift"]);
    assert.equal(blocksOf(a, "related").length, 0);
  });
});

describe("subheads in any script", () => {
  // (the paragraph printed three times, the 2nd and 3rd a little different: a repeated line is a signal of its own)
  const body = (heading: string, para: string, lang: string) =>
    parse(story("Headline", "", para, "", heading, "", `${para} ${para.slice(0, 12)}`, "", `${para.slice(0, 20)} ${para}`), "a.txt", lang);

  it("never takes a sentence as a heading, whatever the script's full stop (। 。 ۔ ؟ ። ။), before closing marks or not", () => {
    const cases: [string, string, string][] = [
      ["hi", "पुलिस ने चोरी का मामला दर्ज किया।", "समस्तीपुर में बुधवार की रात एक दुकान से लाखों रुपये के गहने चोरी हो गए और पुलिस जांच कर रही है।"],
      ["zh", "警方已经开始调查。", "警方表示，周三晚上一家商店被盗，损失了价值数十万元的珠宝，目前正在调查之中。"],
      ["ur", "پولیس نے مقدمہ درج کر لیا۔", "بدھ کی رات ایک دکان سے لاکھوں روپے کے زیورات چوری ہو گئے اور پولیس تحقیقات کر رہی ہے۔"],
      ["am", "ፖሊስ ምርመራ ጀመረ።", "ረቡዕ ምሽት ከአንድ ሱቅ በመቶ ሺዎች የሚቆጠር ጌጣጌጥ ተሰርቋል እና ፖሊስ ምርመራ እያደረገ ነው።"],
      ["en", "He said it was “over.”", "The shop on Mill Street was broken into on Wednesday night, and jewellery worth thousands was taken, police said."],
    ];
    for (const [lang, line, para] of cases) assert.equal(blocksOf(body(line, para, lang), "subhead").length, 0, `${lang}: ${line}`);
  });

  it("reads a short line without a sentence's end as a heading in Thai, Hebrew, Persian and Chinese", () => {
    const cases: [string, string, string][] = [
      ["th", "ตำรวจเร่งสอบสวน", "เมื่อคืนวันพุธ มีคนร้ายบุกเข้าไปในร้านทองแห่งหนึ่งและขโมยเครื่องประดับมูลค่าหลายแสนบาท ตำรวจกำลังสอบสวน"],
      ["he", "המשטרה פותחת בחקירה", "בליל רביעי פרצו גנבים לחנות תכשיטים ברחוב הראשי ונטלו תכשיטים בשווי מאות אלפי שקלים, כך מסרה המשטרה."],
      ["fa", "پلیس تحقیقات را آغاز کرد", "شامگاه چهارشنبه سارقان وارد یک جواهرفروشی در خیابان اصلی شدند و جواهراتی به ارزش صدها میلیون تومان بردند."],
      ["zh", "警方展开调查", "警方表示，周三晚上一家商店被盗，损失了价值数十万元的珠宝，目前正在调查之中。"],
    ];
    for (const [lang, line, para] of cases) assert.deepEqual(blocksOf(body(line, para, lang), "subhead").map((s) => s.text), [line], lang);
  });

  it("reads a short line that is one quotation, over prose, as a heading (« … », “ … ”)", () => {
    const no = body("«Mastergrad i rosinfingre»", "Brødrene har padlet langs kysten i flere måneder, og de sier at turen har vært både hard og fin.", "no");
    assert.deepEqual(blocksOf(no, "subhead").map((s) => s.text), ["«Mastergrad i rosinfingre»"]);
    const zh = body("“郑重道歉”", "梁振英周三表示，他对大宅的违建问题负责，并向公众道歉，同时承诺尽快完成整改工作。", "zh");
    assert.deepEqual(blocksOf(zh, "subhead").map((s) => s.text), ["“郑重道歉”"]);
  });

  it("reads a heading as long as a headline when a table of contents above lists it", () => {
    const heading = "The council's budget talks stall again as ministers and unions trade blame over the shortfall in funding";
    const a = parse(story("Live: the budget", "", "Contents", "Ministers meet the unions", heading, "Talks to resume next week", "", prose("The budget"), "", heading, "", prose("The shortfall")));
    assert.ok(blocksOf(a, "subhead").some((s) => s.text === heading));
  });
});

describe("page noise: share menus", () => {
  it("drops a line of share buttons and a run of short share lines, in any language", () => {
    const a = parse(story(
      "Storm warning for the coast",
      "",
      prose("The storm warning"),
      "",
      prose("The ferry company's plan"),
      "",
      "per E-Mail teilen",
      "auf Facebook teilen",
      "auf Mastodon teilen",
      "Facebook X Pinterest Reddit Messenger",
    ), "a.txt", "de");
    assert.deepEqual(a.blocks.map((b) => b.type), ["paragraph"]);
  });

  it("keeps a short line that names a network between paragraphs (a subhead, not a menu)", () => {
    const a = parse(story("Platforms fined", "", prose("The fine"), "", "Facebook under pressure", "", prose("The appeal"), "", prose("The next hearing")));
    assert.deepEqual(blocksOf(a, "subhead").map((s) => s.text), ["Facebook under pressure"]);
  });

  it("keeps a list of dashed items (a list, not a menu)", () => {
    const a = parse(story("Water advice", "", prose("The water advice"), "", "Bottled water should be used for:", "- drinking", "- cooking", "- brushing teeth", "", prose("The next test")));
    assert.equal(blocksOf(a, "list")[0]?.items.length, 3);
  });
});

describe("page noise: copyright lines", () => {
  it("drops a copyright line after the story's last sentence, and keeps a © credit under a photo in the story", () => {
    const a = parse(story("Storm warning", "", prose("The storm warning"), "", prose("The ferry company's plan"), "", "© RIPRODUZIONE RISERVATA"), "a.txt", "it");
    assert.ok(!JSON.stringify(a.blocks).includes("RIPRODUZIONE"));
    const b = parse(story("Storm warning", "", prose("The storm warning"), "", "Waves hit the harbour wall on Tuesday", "© Skerry Press", "", prose("The ferry company's plan")));
    assert.ok(JSON.stringify(b.blocks).includes("Skerry Press"));
  });
});
