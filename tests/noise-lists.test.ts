/**
 * The page's furniture that other stories' lists and the page's own prompts bring along, read by
 * structure in any language (issue 13; texts written for these tests): a teaser list whose items
 * print a title, a date, a separator and a section is read column by column; the page's own
 * newsletter prompt in its voice is noise; a short story's last paragraph under a comments button
 * is no comments disclaimer; a markets or weather ticker, a cookie banner with its buttons and the
 * author's box (the name again and a bio) are the page's.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { teaserColumns, type LineVerdict } from "../src/parse/lines/read-lines.js";

const story = (...blocks: string[]) => blocks.join("\n\n");
/** The parser's verdict on every line: its text → what it became. */
function verdicts(text: string, language: string): Map<string, string> {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return new Map(trace.map((t) => [t.text.trim(), t.became]));
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");

const zh = [
  "市交通局星期四宣布，老城区的旧桥将从明年一月中旬起封闭三个月，进行全面维修。",
  "公交线路将改经新桥行驶，行人仍可使用桥上的一条通道。",
  "交通局局长王明说，维修工程已经推迟多年，不能再拖延了。",
  "工程预计耗资四千万元，计划在五月底前完工。",
];

describe("a teaser list read column by column", () => {
  // a list after the story: each item a title, its date, a separator and its section
  const items = [
    ["新桥通车一周年：车流量增加三成", "2025年11月2日", ",", "本地"],
    ["地铁二号线延伸段明年动工", "2025年10月20日", ",", "本地"],
    ["音频：专家谈城市交通拥堵收听04:12", "2025年9月30日", ",", "音频节目"],
    ["公交票价明年起调整", "2025年9月12日", ",", "本地"],
    ["旧城改造计划公布", "2025年8月28日", ",", "经济"],
  ];
  const lines = [...zh, ...items.flat()].map((text) => ({ text, afterBlank: true }));
  const isDate = (text: string) => /^\d{4}年\d{1,2}月\d{1,2}日$/u.test(text);
  /** The model's verdicts as they might come: the sections printed once kept, the title with a duration dropped. */
  const before = (): LineVerdict[] =>
    lines.map((l) => {
      const words = l.text.length > 12 ? 10 : 2;
      const noise = l.text === "," || l.text === "本地" || l.text.startsWith("音频：");
      return { noise, proven: l.text === ",", p: noise ? 0.8 : 0.2, why: [], words };
    });

  it("a section printed once is a label like the sections printed thrice; a title with a duration is a title like the others (zh)", () => {
    const verdicts = before();
    teaserColumns(lines, verdicts, zh.length - 1, isDate);
    const at = (text: string) => verdicts[lines.findIndex((l) => l.text === text)] as LineVerdict;
    assert.equal(at("音频节目").noise, true);
    assert.equal(at("音频：专家谈城市交通拥堵收听04:12").noise, false);
    for (const [title] of items) assert.equal(at(title as string).noise, false, title);
    for (const line of zh) assert.equal(at(line).noise, false, line);
  });

  it("reads no list where the dates do not come at one step three times (a story with dates in it is no list)", () => {
    const verdicts = before();
    const shortList = lines.slice(0, zh.length + 8);
    teaserColumns(shortList, verdicts, zh.length - 1, isDate);
    assert.equal((verdicts[lines.findIndex((l) => l.text === "音频：专家谈城市交通拥堵收听04:12")] as LineVerdict).noise, true);
  });
});

describe("the page's own newsletter prompt", () => {
  it("drops “our newsletter” in the page's voice and the sign-up's imperative, keeps a sentence about a newsletter (de, ar)", () => {
    const de = [
      "Die Stadt hat am Donnerstag angekündigt, dass die alte Rheinbrücke ab dem 15. Januar für Autos gesperrt wird.",
      "Busse werden über die neue Brücke umgeleitet, für Fußgänger bleibt eine Spur offen.",
      "Jetzt unseren Newsletter abonnieren und keine Nachricht aus der Region verpassen",
      "Die Stadtwerke informieren Pendler in einem eigenen Newsletter über die Sperrung, sagte eine Sprecherin.",
      "Die Arbeiten kosten rund 40 Millionen Euro und sollen im Mai abgeschlossen sein.",
    ];
    const v = verdicts(story("Alte Rheinbrücke wird drei Monate lang gesperrt", ...de), "de");
    assert.ok(isNoise(v, de[2] as string));
    assert.ok(!isNoise(v, de[3] as string));
    const ar = [
      "أعلنت البلدية يوم الخميس أن الجسر القديم سيغلق أمام السيارات اعتبارا من منتصف يناير لإجراء أعمال صيانة شاملة.",
      "وستحول الحافلات إلى الجسر الجديد، بينما يبقى ممر واحد مفتوحا للمشاة.",
      "اشترك في نشرتنا البريدية ليصلك أهم الأخبار كل صباح",
      "وتبلغ كلفة الأعمال نحو أربعين مليون درهم، بحسب البلدية.",
    ];
    const w = verdicts(story("إغلاق الجسر القديم في المدينة ثلاثة أشهر للصيانة", ...ar), "ar");
    assert.ok(isNoise(w, ar[2] as string));
    for (const line of [ar[0], ar[1], ar[3]]) assert.ok(!isNoise(w, line as string), line);
  });
});

describe("a comments button over the story's last paragraph", () => {
  it("keeps the last paragraph of a short story under a comments button: no disclaimer holds two fifths of a story (lo)", () => {
    const last = "ເຮືອຫາປາຈະຍ້າຍໄປຈອດຢູ່ທ່າເຮືອທາງທິດຕາເວັນອອກ ຈົນກວ່າວຽກຈະແລ້ວໃນລະດູໃບໄມ້ປົ່ງ.";
    const v = verdicts(story("ກຳແພງທ່າເຮືອທາງທິດເໜືອຈະປິດສ້ອມແປງສາມເດືອນ", "ອົງການທ່າເຮືອປະກາດໃນວັນຈັນວ່າ ກຳແພງທາງທິດເໜືອຈະປິດເປັນເວລາສິບສີ່ອາທິດ ເພື່ອສ້ອມແປງ.", "ແບ່ງປັນ", "ຄຳເຫັນ", last), "lo");
    assert.ok(isNoise(v, "ຄຳເຫັນ"));
    assert.ok(!isNoise(v, last));
  });
});

const it_ = [
  "Rete ferroviaria ha annunciato giovedì che la linea tra Milano e Genova resterà chiusa per tre settimane a partire dal 7 gennaio.",
  "I treni regionali saranno sostituiti da autobus tra Pavia e Arquata Scrivia, con partenze ogni mezz'ora.",
  "Il costo dell'intervento è di 60 milioni di euro, finanziati dal Piano nazionale di ripresa.",
  "I pendolari potranno usare l'abbonamento anche sui bus sostitutivi.",
];

describe("tickers, consent banners and the author's box", () => {
  it("drops a markets and weather ticker between paragraphs, keeps a subhead with a figure (it)", () => {
    const ticker = ["FTSE MIB 34.512 +0,8%", "Spread BTP-Bund 112", "Milano 8° Nuvoloso"];
    const v = verdicts(story("Linea Milano-Genova chiusa per lavori a gennaio", it_[0] as string, ticker.join("\n"), it_[1] as string, "Il voto del 2023", it_[2] as string, it_[3] as string), "it");
    for (const line of ticker) assert.ok(isNoise(v, line), line);
    assert.ok(!isNoise(v, "Il voto del 2023"));
    for (const line of it_) assert.ok(!isNoise(v, line), line);
  });

  it("drops a cookie banner and its Accept and Reject buttons, keeps a sentence about cookies (it)", () => {
    const banner = "Questo sito utilizza cookie tecnici e di profilazione. Cliccando su Accetta acconsenti all'uso dei cookie.";
    const told = "Il garante ha multato la società perché il sito utilizzava cookie senza consenso, ha detto il presidente.";
    const v = verdicts(story("Linea Milano-Genova chiusa per lavori a gennaio", it_[0] as string, it_[1] as string, told, banner + "\nAccetta\nRifiuta", it_[2] as string, it_[3] as string), "it");
    for (const line of [banner, "Accetta", "Rifiuta"]) assert.ok(isNoise(v, line), line);
    assert.ok(!isNoise(v, told));
  });

  it("drops the author's box, the byline's name again with a bio under it; keeps the name alone as a sign-off (it)", () => {
    const bio = "Giornalista, scrive di trasporti e infrastrutture per il nostro giornale dal 2012. Vive a Milano.";
    const v = verdicts(story("Linea Milano-Genova chiusa per lavori a gennaio", "Di Giulia Rinaldi", ...it_, "Giulia Rinaldi\n" + bio), "it");
    assert.ok(isNoise(v, "Giulia Rinaldi") && isNoise(v, bio));
    for (const line of it_) assert.ok(!isNoise(v, line), line);
    const w = verdicts(story("Linea Milano-Genova chiusa per lavori a gennaio", "Di Giulia Rinaldi", ...it_, "Giulia Rinaldi"), "it");
    assert.ok(!isNoise(w, "Giulia Rinaldi"));
  });

  it("reads a network's name that opens a compound in a prompt to follow the paper (uk)", () => {
    const uk = [
      "Міська рада в четвер оголосила, що старий міст через Дніпро закриють для автомобілів з 10 січня.",
      "Автобуси пустять в об'їзд новим мостом, а для пішоходів залишать одну смугу.",
      "Ремонт коштуватиме місту 900 мільйонів гривень, повідомили в раді.",
    ];
    const prompt = "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини міста";
    const v = verdicts(story("Старий міст через Дніпро закриють на ремонт до весни", uk[0] as string, uk[1] as string, prompt, uk[2] as string), "uk");
    assert.ok(isNoise(v, prompt));
    for (const line of uk) assert.ok(!isNoise(v, line), line);
  });
});
