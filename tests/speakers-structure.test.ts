/**
 * Speakers read by structure in languages whose verbs of saying are data only (issue 13): the
 * phrase beside the verb in scripts that space phrases, not words (Khmer, Lao, Burmese), the
 * lead-in and the verb around the quote as one clause where the verb comes last (Amharic), a
 * verb with "and" glued to it (Hebrew), a speaker in the case that marks one (Georgian). All
 * copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const article = (lang: string, ...paragraphs: string[]) => parse(paragraphs.join("\n\n"), "a.txt", lang);
/** Each quote as [its first word, its speaker]. */
const quotes = (a: ReturnType<typeof article>) => blocksOf(a, "quote").map((q) => [q.text.split(/\s/u)[0], q.speaker]);

describe("scripts that space phrases, not words", () => {
  it("Khmer: the phrase before បានថ្លែងថា is the speaker, the quote in « »", () => {
    const a = article(
      "km",
      "ខេត្តសៀមរាបបើកផ្លូវថ្មីសម្រាប់ភ្ញៀវទេសចរ និងប្រជាពលរដ្ឋ",
      "ផ្លូវថ្មីប្រវែង ១២ គីឡូម៉ែត្រ ត្រូវបានបើកឱ្យប្រើប្រាស់កាលពីព្រឹកថ្ងៃច័ន្ទ។",
      "អភិបាលខេត្តសៀមរាប បានថ្លែងថា «ផ្លូវថ្មីនេះនឹងជួយភ្ញៀវទេសចរធ្វើដំណើរបានស្រួល»។",
      "ការសាងសង់ផ្លូវនេះចំណាយពេលពីរឆ្នាំ និងថវិកាជាង ៣០ លានដុល្លារ។",
    );
    assert.deepEqual(quotes(a), [["ផ្លូវថ្មីនេះនឹងជួយភ្ញៀវទេសចរធ្វើដំណើរបានស្រួល", "អភិបាលខេត្តសៀមរាប"]]);
  });

  it("Lao: a colon after ໄດ້ກ່າວວ່າ, the phrase before it", () => {
    const a = article(
      "lo",
      "ຫຼວງພະບາງ ຈະສ້າງໂຮງຮຽນໃໝ່",
      "ແຂວງຫຼວງພະບາງ ມີແຜນສ້າງໂຮງຮຽນໃໝ່ ໃນປີໜ້າ ເພື່ອຮອງຮັບນັກຮຽນ ທີ່ເພີ່ມຂຶ້ນ.",
      "ເຈົ້າແຂວງຫຼວງພະບາງ ໄດ້ກ່າວວ່າ: “ພວກເຮົາຈະສ້າງໂຮງຮຽນໃໝ່ສາມແຫ່ງໃນປີໜ້າ.”",
      "ໂຄງການນີ້ ໄດ້ຮັບທຶນຈາກ ລັດຖະບານ ແລະ ອົງການສາກົນ.",
    );
    assert.deepEqual(quotes(a), [["ພວກເຮົາຈະສ້າງໂຮງຮຽນໃໝ່ສາມແຫ່ງໃນປີໜ້າ.", "ເຈົ້າແຂວງຫຼວງພະບາງ"]]);
  });

  it("Burmese: “…” ဟု X က ပြောကြားသည်, the subject's particle off the speaker", () => {
    const a = article(
      "my",
      "ရန်ကုန်တွင် ကျောင်းသစ် ဖွင့်လှစ်",
      "ရန်ကုန်မြို့ရှိ ကျောင်းသစ်တစ်ကျောင်းကို ယနေ့ နံနက်တွင် ဖွင့်လှစ်ခဲ့သည်။",
      "“ကလေးတွေ ပျော်ပျော်ရွှင်ရွှင် စာသင်နိုင်ပါပြီ” ဟု ကျောင်းအုပ်ဆရာမကြီးက ပြောကြားသည်။",
      "ကျောင်းတွင် စာသင်ခန်း နှစ်ဆယ် ရှိပြီး ကျောင်းသား တစ်ထောင်ခန့် တက်ရောက်နိုင်သည်။",
    );
    assert.deepEqual(quotes(a), [["ကလေးတွေ", "ကျောင်းအုပ်ဆရာမကြီး"]]);
  });
});

describe("the verb last, the speaker in the lead-in", () => {
  it("Amharic: X ለጋዜጠኞች “…” ብለዋል is X's, not the words to the press", () => {
    const a = article(
      "am",
      "አዲስ ሆስፒታል ተከፈተ",
      "በባህር ዳር ከተማ አዲስ ሆስፒታል ዛሬ ተመርቆ ለአገልግሎት ክፍት ሆኗል።",
      "የጤና ሚኒስትሩ ለጋዜጠኞች “ሆስፒታሉ በቀን አምስት መቶ ታካሚዎችን ያስተናግዳል” ብለዋል።",
      "የሆስፒታሉ ግንባታ ሦስት ዓመታት የፈጀ ሲሆን ከሁለት ቢሊዮን ብር በላይ ወጪ ተደርጎበታል።",
    );
    assert.deepEqual(quotes(a), [["ሆስፒታሉ", "የጤና ሚኒስትሩ"]]);
  });
});

describe("speakers marked by the shape of a word", () => {
  it("Georgian: the speaker in the ergative after the verb is named in the nominative", () => {
    const a = article(
      "ka",
      "ბათუმში ახალი საავადმყოფო გაიხსნა",
      "ბათუმში ახალი საავადმყოფო ორშაბათს ოფიციალურად გაიხსნა.",
      "„ეს საავადმყოფო მთელ რეგიონს მოემსახურება“, – თქვა ჯანდაცვის მინისტრმა ჟურნალისტებთან.",
      "საავადმყოფოს მშენებლობა ორ წელიწადს გაგრძელდა.",
    );
    assert.deepEqual(quotes(a), [["ეს", "ჯანდაცვის მინისტრი"]]);
  });

  it("Hebrew: a lead-in with ו glued to the verb, and a role after השיבה", () => {
    const a = article(
      "he",
      "בית ספר חדש נפתח בעיר",
      "בית הספר החדש נפתח אתמול בבוקר בנוכחות מאות הורים ותלמידים.",
      'ראש העירייה נאם בטקס והוסיף: "זה יום גדול לכל המשפחות בשכונה".',
      '"נלמד כאן בכיתות קטנות ושקטות", השיבה מנהלת בית הספר בפני ההורים.',
    );
    assert.deepEqual(quotes(a), [
      ["זה", "ראש העירייה"],
      ["נלמד", "מנהלת בית הספר"],
    ]);
  });
});

describe("who a pronoun stands for", () => {
  it("English: 'she said' after a company's statement is the person named before it, not the company", () => {
    const a = article(
      "en",
      "Islanders fight winter ferry cuts",
      "Passengers say fewer sailings will leave the outer islands cut off for days at a time.",
      "Maria Jensen has chaired the passengers' association on Kettle Island for six years.",
      "Harbour Freight Lines said on Tuesday that it would cut winter sailings from six a day to two.",
      '"This is a betrayal of the islands," she said.',
      '"We cannot run empty boats all winter," the company said in a statement.',
      "The council will discuss the timetable on Thursday.",
    );
    assert.deepEqual(quotes(a), [
      ["This", "Maria Jensen"],
      ["We", "the company"],
    ]);
  });

  it("Norwegian: 'sier hun' is the person, not the company that spoke last", () => {
    const a = article(
      "no",
      "Bygda protesterer mot nedlagt kraftverk",
      "Over hundre innbyggere møtte opp på bygdehuset torsdag kveld for å stoppe planen.",
      "Kari Nordli har jobbet på kraftverket i Vestbygda i tjue år og leder klubben der.",
      "Nordbygda Kraft AS sier at verket er for gammelt og for dyrt å drive videre.",
      "– Femti arbeidsplasser forsvinner fra bygda over natta, sier hun.",
      "Saken skal opp i kommunestyret igjen i januar.",
    );
    assert.deepEqual(quotes(a), [["Femti", "Kari Nordli"]]);
  });

  it("English: 'he said.' then a sentence that names a person with his age: that person", () => {
    const a = article(
      "en",
      "Islanders fight winter ferry cuts",
      "Passengers say fewer sailings will leave the outer islands cut off for days at a time.",
      "Harbour Freight Lines said on Tuesday that it would cut winter sailings from six a day to two.",
      '"My mother needs dialysis twice a week," he said. Peter Aalto, 61, is a fisherman who has lived on the island all his life. "If the boat does not run, she does not get treatment.',
      '"Nobody in the city thinks about that."',
      "The council will discuss the timetable on Thursday.",
    );
    assert.deepEqual(quotes(a), [
      ["My", "Peter Aalto"],
      ["Nobody", "Peter Aalto"],
    ]);
  });
});

describe("interviews", () => {
  it("English: answers labelled with initials are the person whose name they abbreviate", () => {
    const a = article(
      "en",
      "A conversation with the new harbour master",
      "The new harbour master talks about silt, cruise ships and the fishermen who still land their catch here.",
      "Anna Lind took over as harbour master in March, the first woman to hold the post in the town's history.",
      "JP: What surprised you most in your first months?",
      "AL: How much of the job is about mud. The channel silts up every winter and we dredge it every spring.",
      "JP: The cruise ships want a longer quay. Will they get one?",
      "AL: Not this year. The fishermen were here first, and they still need the berths closest to the market.",
    );
    assert.deepEqual(quotes(a), [
      ["How", "Anna Lind"],
      ["Not", "Anna Lind"],
    ]);
  });
});

describe("long name runs and glued subject markers", () => {
  it("Turkish: a body and a title before the name; the surname later is the full name", () => {
    const a = article(
      "tr",
      "İzmir Limanı'nda yeni rıhtım hizmete girdi",
      "Alsancak Limanı'nda yapımı üç yıl süren yeni rıhtım törenle açıldı.",
      'Liman İşletmesi Genel Müdürü Ayşe Kaya törende "Bu rıhtım İzmir\'in ihracatına büyük katkı sağlayacak" dedi.',
      '"Önümüzdeki yıl ikinci rıhtımın yapımına başlayacağız" diyen Kaya, yatırımın 40 milyon dolar olduğunu söyledi.',
      "Rıhtımın açılışına bakanlar ve iş insanları katıldı.",
    );
    assert.deepEqual(quotes(a), [
      ["Bu", "Ayşe Kaya"],
      ["Önümüzdeki", "Ayşe Kaya"],
    ]);
  });

  it("Nepali: उनले भनिन् is the person whose name ले closes in the sentence before", () => {
    const a = article(
      "ne",
      "काठमाडौंमा नयाँ विद्यालय भवन उद्घाटन",
      "काठमाडौं महानगरपालिकाले बनाएको नयाँ विद्यालय भवन बुधबार उद्घाटन गरिएको छ।",
      "शिक्षा मन्त्री सीता गुरुङले उद्घाटन समारोहमा भाषण गरिन्।",
      '"यो भवनले सयौं बालबालिकालाई सुरक्षित वातावरणमा पढ्ने अवसर दिनेछ," उनले भनिन्।',
      "भवन निर्माणमा दुई वर्ष लागेको थियो।",
    );
    assert.deepEqual(quotes(a), [["यो", "शिक्षा मन्त्री सीता गुरुङ"]]);
  });
});

describe("no verb of saying known: never a date or the dateline's place", () => {
  it("Azerbaijani: the dateline's place in another case, and a weekday, are no speaker", () => {
    const a = article(
      "az",
      "Bakıda kitab festivalı başladı",
      "Bakı, 5 dekabr. Paytaxtda beynəlxalq kitab festivalı cümə günü işə başlayıb.",
      "Festivalın direktoru Günel Həsənova açılışda qonaqları salamlayıb.",
      '"Bu il festivala rekord sayda ziyarətçi gözləyirik", - Bakıda keçirilən mətbuat konfransında bildirilib.',
      '"Uşaqlar üçün ayrıca zal açmışıq", - Cümə günü Həsənova qeyd edib.',
      "Festival bazar gününədək davam edəcək.",
    );
    assert.equal(a.dateline, "Bakı, 5 dekabr");
    assert.deepEqual(quotes(a), [
      ["Bu", null],
      ["Uşaqlar", "Günel Həsənova"],
    ]);
  });
});

describe("verbs of saying in the present tense, as data", () => {
  it("Russian: '– …, – отмечает глава района X' is X", () => {
    const a = article(
      "ru",
      "Район готовится к зиме",
      "В районе завершили ремонт котельных и теплотрасс к началу отопительного сезона.",
      "– Мы готовы к морозам, запасов угля хватит до весны, – отмечает глава района Игорь Петров.",
      "Отопление в домах включат на следующей неделе.",
    );
    assert.deepEqual(quotes(a), [["Мы", "Игорь Петров"]]);
  });
});

describe("a surname alone without case", () => {
  it("Arabic: أضاف الحسن after وقال وزير النقل خالد الحسن is the same person", () => {
    const a = article(
      "ar",
      "افتتاح رصيف جديد في ميناء العقبة",
      "افتتح رئيس الوزراء يوم الأربعاء رصيفا جديدا في ميناء العقبة بعد ثلاث سنوات من العمل.",
      'وقال وزير النقل خالد الحسن في كلمة خلال الحفل: "هذا المشروع سيضاعف صادراتنا خلال خمس سنوات".',
      '"نعمل الآن على ربط الميناء بشبكة السكك الحديدية"، أضاف الحسن.',
      "وبلغت كلفة المشروع نحو 200 مليون دولار.",
    );
    assert.deepEqual(quotes(a), [
      ["هذا", "خالد الحسن"],
      ["نعمل", "خالد الحسن"],
    ]);
  });
});
