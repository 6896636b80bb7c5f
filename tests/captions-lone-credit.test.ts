/**
 * Credits whose shape alone does not prove them (src/parse/text/lone-credit.ts), read beside a
 * caption: a credit label of a language without a lexicon and a colon of its script ("ছবি:",
 * "ფოტო:", "Լուսանկարը՝", "រូបថត៖", "படம்:"), an agency's one word alone on the next line
 * ("REUTERS", "رويترز"), a short source alone in brackets ("（视觉中国）"). Articles written for
 * these tests; the look-alikes (a source line in a language with a lexicon, a sign-off, a credit
 * under the lede, a label over a list) stay what they are.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readBracketedSource, readForeignLabelCredit } from "../src/parse/text/lone-credit.js";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));
const paragraphs = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));
const printed = (a: ReturnType<typeof parse>) => a.blocks.map((b) => ("text" in b && typeof b.text === "string" ? b.text : "")).join("\n");

describe("a credit label no lexicon knows: a short word, a colon of its script, a name", () => {
  it("alone, or after the caption's one sentence, in five scripts", () => {
    assert.deepEqual(readForeignLabelCredit("ছবি: রয়টার্স"), { caption: null, credit: "রয়টার্স" });
    assert.deepEqual(readForeignLabelCredit("Լուսանկարը՝ Photolure"), { caption: null, credit: "Photolure" });
    assert.deepEqual(readForeignLabelCredit("ფოტო: გიორგი ლომიძე"), { caption: null, credit: "გიორგი ლომიძე" }, "Georgian letters are small only");
    assert.deepEqual(readForeignLabelCredit("កុមារលេងទឹកនៅមុខផ្ទះ។ រូបថត៖ សុខ ចាន់ថា"), { caption: "កុមារលេងទឹកនៅមុខផ្ទះ។", credit: "សុខ ចាន់ថា" });
    assert.deepEqual(readForeignLabelCredit("மோட்டார் பம்புகள் மூலம் தண்ணீர் வெளியேற்றப்படுகிறது. படம்: பி. ஜோதி"), { caption: "மோட்டார் பம்புகள் மூலம் தண்ணீர் வெளியேற்றப்படுகிறது.", credit: "பி. ஜோதி" });
  });
  it("a list, a clause, a figure or words in small letters after the colon are not a name", () => {
    assert.equal(readForeignLabelCredit("Tags: floods, rain, rescue"), null);
    assert.equal(readForeignLabelCredit("Result: chaos on the roads"), null);
    assert.equal(readForeignLabelCredit("Score: 3"), null);
    assert.equal(readForeignLabelCredit("He said one thing. Then: nothing"), null);
  });
  it("a short source alone in brackets, not a counter or a sentence", () => {
    assert.equal(readBracketedSource("（视觉中国）"), "视觉中国");
    assert.equal(readBracketedSource("(AFP)"), "AFP");
    assert.equal(readBracketedSource("(2/5)"), null);
    assert.equal(readBracketedSource("(the council declined to comment)"), null);
  });
});

describe("beside a caption of one sentence, in the story's body", () => {
  it("Bengali: a credit line under the caption and a credit after it, and the quote and one-sentence paragraph around them stay", () => {
    const a = parse([
      "উত্তরাঞ্চলে বন্যায় পানিবন্দি লাখো মানুষ",
      "নিজস্ব প্রতিবেদক, রংপুর",
      "প্রকাশ: ১২ আগস্ট ২০২৬, ০৯:৩০",
      "টানা বৃষ্টি ও উজানের ঢলে তিস্তার পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে, ফলে রংপুর ও লালমনিরহাটের অন্তত ত্রিশটি ইউনিয়নের মানুষ পানিবন্দি হয়ে পড়েছেন।",
      "নৌকায় করে আশ্রয়কেন্দ্রে যাচ্ছেন গঙ্গাচড়ার বাসিন্দারা।\nছবি: রয়টার্স",
      "জেলা প্রশাসন জানিয়েছে, সোমবার রাত পর্যন্ত প্রায় এক লাখ বিশ হাজার মানুষ ক্ষতিগ্রস্ত হয়েছেন।",
      "পরিস্থিতি আরও খারাপ হতে পারে।",
      "\"আমাদের ঘরে কোমর পর্যন্ত পানি, রান্না করার কোনো উপায় নেই,\" বললেন স্থানীয় কৃষক আবদুল করিম।",
      "বাঁধের ওপর ত্রাণের জন্য অপেক্ষা করছেন নারী ও শিশুরা। ছবি: প্রথম আলো",
      "ত্রাণ মন্ত্রণালয় জরুরি ভিত্তিতে শুকনা খাবার ও বিশুদ্ধ পানি পাঠানোর নির্দেশ দিয়েছে।",
    ].join("\n\n"));
    assert.deepEqual(figures(a), [
      ["নৌকায় করে আশ্রয়কেন্দ্রে যাচ্ছেন গঙ্গাচড়ার বাসিন্দারা।", "রয়টার্স"],
      ["বাঁধের ওপর ত্রাণের জন্য অপেক্ষা করছেন নারী ও শিশুরা।", "প্রথম আলো"],
    ]);
    assert.ok(paragraphs(a).includes("পরিস্থিতি আরও খারাপ হতে পারে।"));
    assert.ok(printed(a).includes("ছবি: রয়টার্স"), "the credit line is printed with its figure");
  });
  it("Armenian and Khmer: the colons of their scripts", () => {
    const hy = parse([
      "Երևանում բացվել է նոր այգի",
      "Երևանի քաղաքապետարանը կիրակի օրը բացեց Արաբկիր վարչական շրջանի նոր այգին, որտեղ տնկվել է ավելի քան երկու հազար ծառ։",
      "Երեխաները խաղում են այգու նոր խաղահրապարակում։ Լուսանկարը՝ Photolure",
      "Այգու կառուցումը տևել է մեկուկես տարի։",
    ].join("\n\n"));
    assert.deepEqual(figures(hy), [["Երեխաները խաղում են այգու նոր խաղահրապարակում։", "Photolure"]]);
    const km = parse([
      "ទន្លេមេគង្គឡើងខ្ពស់ បង្កទឹកជំនន់នៅភ្នំពេញ",
      "ទឹកទន្លេមេគង្គបានឡើងខ្ពស់ជាងកម្រិតប្រុងប្រយ័ត្នកាលពីថ្ងៃច័ន្ទ ដែលធ្វើឲ្យផ្ទះប្រជាពលរដ្ឋរាប់រយខ្នងនៅតាមមាត់ទន្លេត្រូវលិចទឹក។",
      "ក្រសួងធនធានទឹកបានព្រមានថា ទឹកនឹងបន្តឡើងរយៈពេលបីថ្ងៃទៀត។",
      "ប្រជាពលរដ្ឋជិះទូកឆ្លងកាត់ផ្លូវដែលលិចទឹក។\nរូបថត៖ AFP",
      "អាជ្ញាធរបានបើកមណ្ឌលស្នាក់នៅបណ្ដោះអាសន្នចំនួនដប់ប្រាំកន្លែង។",
    ].join("\n\n"));
    assert.deepEqual(figures(km), [["ប្រជាពលរដ្ឋជិះទូកឆ្លងកាត់ផ្លូវដែលលិចទឹក។", "AFP"]]);
  });
  it("English and Arabic: an agency's one word alone on the next line; Chinese: a source alone in brackets", () => {
    const en = parse([
      "Storm floods coastal towns",
      "Hundreds of homes were flooded across the south coast on Sunday as the storm brought a month's rain in a day.",
      "Volunteers fill sandbags outside the church hall in Porthaven.\nREUTERS",
      "The Environment Agency issued twelve severe flood warnings.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), [["Volunteers fill sandbags outside the church hall in Porthaven.", "REUTERS"]]);
    const ar = parse([
      "افتتاح معرض الكتاب في عمّان",
      "افتتح وزير الثقافة مساء الأحد الدورة الجديدة من معرض عمّان الدولي للكتاب، بمشاركة أكثر من أربعمئة دار نشر عربية وأجنبية.",
      "ويستمر المعرض عشرة أيام.",
      "ناشرون يرتبون الكتب على الرفوف قبل الافتتاح.\nرويترز",
      "ويتضمن البرنامج الثقافي ندوات وأمسيات شعرية يومية.",
    ].join("\n\n"));
    assert.deepEqual(figures(ar), [["ناشرون يرتبون الكتب على الرفوف قبل الافتتاح.", "رويترز"]]);
    const zh = parse([
      "沿海高铁新线今日开通运营",
      "沿海高铁新线18日正式开通运营，全长四百二十公里，设站十二座，沿线城市之间的通行时间将缩短一半以上。",
      "首发列车于上午八时从起点站驶出。",
      "工作人员在车厢内检查设备。\n（视觉中国）",
      "铁路部门表示，开通初期每天安排四十对列车，此后将根据客流逐步增加。",
    ].join("\n\n"));
    assert.deepEqual(figures(zh), [["工作人员在车厢内检查设备。", "视觉中国"]]);
  });
});

describe("a gallery's run", () => {
  it("Thai: captions each over the same photographer's credit, packed line under line, are figures each; the credit line printed twice is no caption", () => {
    const a = parse([
      "เชียงใหม่จัดงานลอยกระทงยิ่งใหญ่",
      "นักท่องเที่ยวทั้งชาวไทยและชาวต่างชาติหลายหมื่นคนเดินทางมาร่วมงานประเพณียี่เป็งที่จังหวัดเชียงใหม่ ทำให้โรงแรมและที่พักในตัวเมืองเต็มเกือบทุกแห่ง",
      "เทศบาลนครเชียงใหม่กำหนดพื้นที่ปล่อยโคมเพื่อความปลอดภัยของการบิน",
      "เด็กๆ ลอยกระทงในคูเมือง\nภาพ: สมศักดิ์ แก้วมณี\nแสงโคมสะท้อนผิวน้ำยามค่ำคืน\nภาพ: สมศักดิ์ แก้วมณี",
      "ตำรวจจัดกำลังดูแลความปลอดภัยตลอดทั้งคืน",
    ].join("\n\n"));
    assert.deepEqual(figures(a), [
      ["เด็กๆ ลอยกระทงในคูเมือง", "สมศักดิ์ แก้วมณี"],
      ["แสงโคมสะท้อนผิวน้ำยามค่ำคืน", "สมศักดิ์ แก้วมณี"],
    ]);
  });
});

describe("look-alikes stay what they are", () => {
  it("a source line in a language with its own lexicon ('Bron: …') is not a credit", () => {
    const a = parse([
      "Salesforce en AWS breiden samenwerking uit",
      "Salesforce en Amazon Web Services breiden hun strategische samenwerking uit, meldden beide bedrijven dinsdag in een verklaring.",
      "Volgens beide bedrijven moet dat de inkoop eenvoudiger maken.",
      "Bron: Salesforce",
      "Partners in Nederland verwachten dat vooral bestaande klanten de stap zullen zetten.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), []);
  });
  it("an agency alone after the story's last paragraph is its sign-off, not a credit", () => {
    const a = parse([
      "Storm floods coastal towns",
      "Hundreds of homes were flooded across the south coast on Sunday as the storm brought a month's rain in a day.",
      "The council has opened three rest centres.",
      "REUTERS",
    ].join("\n\n"));
    assert.deepEqual(figures(a), []);
  });
  it("a label line under the story's first paragraph has no caption of its own: not a figure", () => {
    const a = parse([
      "თბილისში ახალი მეტროსადგური გაიხსნა",
      "თბილისის მერიამ ორშაბათს ოფიციალურად გახსნა მეტროს ახალი სადგური, რომლის მშენებლობაც სამ წელზე მეტ ხანს გაგრძელდა.",
      "ფოტო: გიორგი ლომიძე",
      "სადგური დღეში ოცდაათი ათასამდე მგზავრს მოემსახურება.",
      "მოსახლეობის ნაწილი მშენებლობის ხანგრძლივობას აკრიტიკებდა.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), []);
    assert.ok(paragraphs(a).includes("სადგური დღეში ოცდაათი ათასამდე მგზავრს მოემსახურება."));
  });
  it("a transcript's turns in a script without capitals ('Name: answer' under 'Name: question?') are not a caption and its credit", () => {
    const a = parse([
      "მხატვარი, რომელიც ქალაქის კედლებს ხატავს",
      "თბილისელი მხატვარი გიორგი ლომიძე უკვე ათი წელია ქალაქის ძველი შენობების კედლებზე ფრესკებს ხატავს და მისი ნამუშევრები ტურისტების საყვარელ ადგილად იქცა.",
      "ჟურნალისტი: რატომ კედლები?\nგიორგი: სივრცე",
      "მხატვარი ახალ ფრესკაზე მუშაობს ვაკის ერთ-ერთ ეზოში.\nფოტო: ნინო ბერიძე",
      "ქალაქის მერიამ მხატვარს ორი ახალი კედელი შესთავაზა.",
    ].join("\n\n"));
    assert.deepEqual(figures(a), [["მხატვარი ახალ ფრესკაზე მუშაობს ვაკის ერთ-ერთ ეზოში.", "ნინო ბერიძე"]]);
  });
  it("a paragraph of more than one sentence over such a line is not its caption", () => {
    const a = parse([
      "সিলেটে ভূমিধস",
      "টানা বৃষ্টিতে সিলেটের পাহাড়ি এলাকায় ভূমিধসে অন্তত চারটি ঘর ধসে পড়েছে, তবে কেউ হতাহত হননি বলে জানিয়েছে প্রশাসন।",
      "উদ্ধারকর্মীরা কাজ শুরু করেছেন। বৃষ্টি এখনও থামেনি।\nছবি: রয়টার্স",
      "আবহাওয়া অধিদপ্তর আরও বৃষ্টির পূর্বাভাস দিয়েছে।",
    ].join("\n\n"));
    assert.deepEqual(figures(a), []);
  });
});
