/**
 * Page noise against the story's own short lines (issue 13): given an article with a fact box, a
 * timetable, an election's results or a box of links among the page's furniture, the rows are the
 * story's and the furniture is noise. Articles written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";

/** The parser's verdict on every line: its text → what it became. */
function verdicts(text: string, language: string): Map<string, string> {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return new Map(trace.map((t) => [t.text.trim(), t.became]));
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");
const page = (...lines: string[]) => lines.join("\n");

describe("rows with figures inside the story are copy", () => {
  it("keeps a fact box between the story's sentences (ru) and drops the page's furniture", () => {
    const box = ["Справка", "Население: 214 тыс. человек", "Основан: 1784 год", "Площадь: 96 км²"];
    const v = verdicts(page(
      "Главная / Регионы / Политика",
      "В Северогорске подвели итоги выборов в городской совет",
      "Время чтения: 3 минуты",
      "",
      "Избирательная комиссия Северогорска в среду объявила окончательные итоги выборов в городской совет, на которых явка оказалась самой высокой за последние десять лет.",
      "",
      "Председатель комиссии сообщила, что жалоб на нарушения поступило меньше, чем на прошлых выборах.",
      "",
      ...box,
      "",
      "Новый совет соберётся на первое заседание 1 декабря.",
      "",
      "Подписывайтесь на наш канал в Telegram",
      "Теги: выборы, Северогорск, городской совет",
    ), "ru");
    for (const row of box) assert.ok(!isNoise(v, row), row);
    assert.ok(!isNoise(v, "Новый совет соберётся на первое заседание 1 декабря."));
    for (const noise of ["Время чтения: 3 минуты", "Подписывайтесь на наш канал в Telegram", "Теги: выборы, Северогорск, городской совет"]) assert.ok(isNoise(v, noise), noise);
  });

  it("keeps a timetable of times and a programme of days under the story (he, hi), with the short sentence under it", () => {
    const rows = ["לוח זמנים", "05:30 – רכבת ראשונה", "10:00 – מעבר לתדירות של רבע שעה", "23:45 – רכבת אחרונה"];
    const v = verdicts(page(
      "הרכבת הקלה בעיר הנמל תיפתח לנוסעים בינואר",
      "מאת: נועה לוי",
      "",
      "חברת הרכבת הקלה הודיעה היום כי הקו הראשון בעיר הנמל ייפתח לנוסעים בתחילת ינואר, לאחר ארבע שנות עבודה.",
      "",
      "לפי החברה, הרכבת תפעל כל עשר דקות בשעות העומס.",
      "",
      ...rows,
      "",
      "הנסיעה תעלה כמו נסיעה באוטובוס.",
      "",
      "פרסומת",
    ), "he");
    for (const row of rows) assert.ok(!isNoise(v, row), row);
    assert.ok(isNoise(v, "פרסומת"));
    const programme = ["कार्यक्रम", "गुरुवार 11 बजे – कवि सम्मेलन", "शुक्रवार 3 बजे – बाल साहित्य पर चर्चा", "शनिवार 6 बजे – लोक संगीत संध्या"];
    const w = verdicts(page(
      "नर्मदा तट पर पांच दिन का पुस्तक मेला शुरू",
      "",
      "जबलपुर में नर्मदा तट पर बुधवार को पांच दिन का पुस्तक मेला शुरू हुआ, जिसमें देश भर के 140 प्रकाशक भाग ले रहे हैं।",
      "",
      "आयोजकों ने बताया कि मेले में प्रवेश निःशुल्क है।",
      "",
      ...programme,
      "",
      "मेला रविवार शाम तक चलेगा।",
      "",
      "विज्ञापन",
    ), "hi");
    for (const row of programme) assert.ok(!isNoise(w, row), row);
  });

  it("still drops a markets ticker: short lines with figures and no sentence of the story under them", () => {
    const ticker = ["FTSE 100 8.214 +0,4%", "Spread BTP-Bund 112", "Milano 8° Nuvoloso"];
    const v = verdicts(page(
      "Island ferry returns after six-month refit",
      "",
      "The island's only car ferry sailed again on Wednesday after a six-month refit that replaced both engines and the passenger lounge.",
      "",
      "The operator said the new engines would cut fuel use by about a fifth, and that fares would not change this winter.",
      "",
      ...ticker,
      "",
      "Share this article",
    ), "en");
    for (const line of ticker) assert.ok(isNoise(v, line), line);
  });
});

describe("the page's records and counters", () => {
  it("drops a news item's serial number over the story (ar) and a view counter (zh, th); keeps a fact box's number", () => {
    const v = verdicts(page(
      "افتتاح أكبر محطة لتحلية المياه على ساحل المدينة",
      "خبر: 48213",
      "",
      "افتتحت الحكومة صباح الأربعاء أكبر محطة لتحلية مياه البحر على ساحل المدينة، بطاقة إنتاجية تكفي نحو نصف مليون نسمة من السكان.",
      "",
      "وقال وزير المياه إن المحطة ستخفف الضغط على الآبار الجوفية التي تراجع منسوبها خلال السنوات الأخيرة.",
    ), "ar");
    assert.ok(isNoise(v, "خبر: 48213"));
    const zh = verdicts(page(
      "青山水库扩建工程完工 可供百万人用水",
      "阅读量：3251",
      "分享到：",
      "",
      "江城市水务局2日宣布，历时三年的青山水库扩建工程正式完工，库容增加近一倍。",
      "",
      "水务局局长表示，扩建后的水库可满足全市约一百万人的日常用水。",
      "",
      "工程概况",
      "总投资：18.6亿元",
      "新增库容：4200万立方米",
      "邮政编码：43100",
      "",
      "工程于今年春季通过验收。",
    ), "zh");
    assert.ok(isNoise(zh, "阅读量：3251") && isNoise(zh, "分享到："));
    for (const row of ["工程概况", "总投资：18.6亿元", "新增库容：4200万立方米", "邮政编码：43100"]) assert.ok(!isNoise(zh, row), row);
    const th = verdicts(page(
      "ตลาดน้ำเก่าเปิดอีกครั้งหลังปรับปรุงนานสองปี",
      "อ่าน 2,104 ครั้ง",
      "",
      "เทศบาลเปิดตลาดน้ำเก่าอีกครั้งเมื่อวันพุธ หลังปิดปรับปรุงท่าเรือและทางเดินริมคลองนานเกือบสองปี",
    ), "th");
    assert.ok(isNoise(th, "อ่าน 2,104 ครั้ง"));
  });
});

describe("a box of links titled as links", () => {
  it("keeps the box and its links after a tags list (zh); the tag and the box's disclaimer are noise", () => {
    const v = verdicts(page(
      "老城区旧桥将封闭三个月进行维修",
      "",
      "市交通局星期四宣布，老城区的旧桥将从明年一月中旬起封闭三个月，进行全面维修。",
      "",
      "公交线路将改经新桥行驶，行人仍可使用桥上的一条通道。",
      "",
      "工程预计耗资四千万元，计划在五月底前完工。",
      "",
      "相关新闻话题",
      "本地",
      "本报以外链接",
      "市交通局",
      "市规划局",
      "",
      "非本网站内容本报概不负责",
    ), "zh");
    for (const line of ["本报以外链接", "市交通局", "市规划局"]) assert.ok(!isNoise(v, line), line);
    for (const line of ["相关新闻话题", "本地", "非本网站内容本报概不负责"]) assert.ok(isNoise(v, line), line);
  });
});

describe("the story's sign-off", () => {
  it("keeps the reporter's name alone under the story's last short sentence (es)", () => {
    const v = verdicts(page(
      "El puerto de Valdemar amplía su muelle",
      "Por Marta Ruiz",
      "",
      "La autoridad portuaria de Valdemar inauguró el martes la ampliación del muelle de contenedores, una obra que duplica la superficie de carga.",
      "",
      "La obra costó 212 millones.",
      "",
      "Marta Ruiz",
      "",
      "Compartir",
    ), "es");
    assert.ok(!isNoise(v, "Marta Ruiz"));
    assert.ok(isNoise(v, "Compartir"));
  });
});
