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
