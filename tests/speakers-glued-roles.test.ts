/**
 * Speakers next to a role or a group word, and roles that stand for the person the paragraph
 * before names (issue 13, round of 6 Dec): given an article in one of these shapes, who said the
 * quote. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const article = (lang: string, ...paragraphs: string[]) => parse(paragraphs.join("\n\n"), "a.txt", lang);
const speakers = (a: ReturnType<typeof article>) => blocksOf(a, "quote").map((q) => q.speaker);

describe("the name is the run of name words next to the quote, not a common noun opening the sentence", () => {
  it("Turkish: Mahalle sakinlerinden Ayşe Demir, \"…\" dedi is Ayşe Demir", () => {
    const a = article(
      "tr",
      "Kadıköy'de kaldırım çalışması esnafı isyan ettirdi",
      "Kadıköy'de üç aydır süren kaldırım yenileme çalışması, sokaktaki esnafın satışlarını yarı yarıya düşürdü.",
      'Mahalle sakinlerinden Ayşe Demir, "Yaşlılar evden çıkamıyor, her yer çamur" dedi.',
      'Emekli öğretmen Fatma Yıldız, "Torunlarımı okula götüremiyorum" ifadesini kullandı.',
    );
    assert.deepEqual(speakers(a), ["Ayşe Demir", "Fatma Yıldız"]);
  });

  it("Turkish: a name that opens the lead-in stays the speaker (Ayşe Demir açıklamada \"…\" dedi)", () => {
    const a = article(
      "tr",
      "Kadıköy'de kaldırım çalışması esnafı isyan ettirdi",
      "Kadıköy'de üç aydır süren kaldırım yenileme çalışması, sokaktaki esnafın satışlarını yarı yarıya düşürdü.",
      'Ayşe Demir açıklamada "Yaşlılar evden çıkamıyor, her yer çamur" dedi.',
    );
    assert.deepEqual(speakers(a), ["Ayşe Demir"]);
  });
});

describe("a role after the quote stands for the one person the paragraph before names", () => {
  it("German: „…“, sagt die Inhaberin after a paragraph about Gabriele Funk is Gabriele Funk", () => {
    const a = article(
      "de",
      "Bäckerei an der Ecke kämpft ums Überleben",
      "Seit April ist die Lindenstraße eine Baustelle, und die Geschäfte leiden darunter.",
      "Gabriele Funk führt seit 20 Jahren die Bäckerei an der Ecke. Ihr Umsatz sei um ein Drittel eingebrochen.",
      "„Die Laufkundschaft bleibt einfach weg“, sagt die Inhaberin.",
    );
    assert.deepEqual(speakers(a), ["Gabriele Funk"]);
  });

  it("Turkish: \"…\" diyor bakkal after Bakkal işleten Hasan Kaya is Hasan Kaya", () => {
    const a = article(
      "tr",
      "Kadıköy'de esnaf isyan etti",
      "Esnaflar dün belediye binası önünde toplandı. Bakkal işleten Hasan Kaya, kira ödeyemediğini anlattı.",
      '"Bu ay dükkanı kapatmayı düşünüyorum" diyor bakkal.',
    );
    assert.deepEqual(speakers(a), ["Hasan Kaya"]);
  });

  it("Italian: ha aggiunto l'assessore after a quote of l'assessore al Commercio Sara Rinaldi is Sara Rinaldi", () => {
    const a = article(
      "it",
      "Chiude lo storico bar della stazione",
      "Dopo 47 anni chiude il bar Centrale, davanti alla stazione di Pavia.",
      "\"È una perdita per tutta la città\", ha detto l'assessore al Commercio Sara Rinaldi.",
      "\"Valuteremo un contributo per le botteghe storiche\", ha aggiunto l'assessore.",
    );
    assert.deepEqual(speakers(a), ["Sara Rinaldi", "Sara Rinaldi"]);
  });

  it("English: says the owner after a paragraph naming three people stays the owner", () => {
    const a = article(
      "en",
      "Family garage on Mill Road to close",
      "Mill Road Motors, the garage that has fixed cars in the village since 1954, will close at the end of January.",
      "The business was started by Frank Hale and is now run by his granddaughter, Jess Hale, with mechanic Owen Price.",
      "\"We can't compete with the dealerships on electric cars,\" says the owner.",
    );
    assert.deepEqual(speakers(a), ["the owner"]);
  });

  it("French: a body after the quote is not the person of the quote before (a fait savoir la métropole)", () => {
    const a = article(
      "fr",
      "La dernière boulangerie du quartier ferme",
      "La boulangerie de la place Mistral fermera le 20 décembre, faute de repreneur.",
      "« Un quartier sans commerce, c'est un quartier qui meurt », a déclaré l'adjointe au maire chargée du commerce, Sophie Laurent.",
      "« Nous accompagnerons tout projet sérieux », a fait savoir la métropole dans un communiqué.",
    );
    assert.deepEqual(speakers(a), ["Sophie Laurent", "la métropole"]);
  });

  it("a role with a complement relates to someone else: «…», diz a irmã da vítima is not the victim", () => {
    const a = article(
      "pt",
      "Polícia investiga morte de adolescente",
      "Ana Paula Ribeiro, de 15 anos, foi encontrada morta na sexta-feira perto de casa.",
      "\"Ela não queria que ninguém soubesse\", diz a irmã da vítima.",
    );
    assert.deepEqual(speakers(a), ["a irmã da vítima"]);
  });

  it("a person not the subject of the paragraph is no one's role (a product named in passing)", () => {
    const a = article(
      "no",
      "Padlet langs hele kysten",
      "Duoen fikk sponset ikke mindre enn 720 Kvikk Lunsj, en hel palle, før turstart.",
      "– Vi spiser fire om dagen, forteller duoen.",
    );
    assert.notEqual(speakers(a)[0], "Kvikk Lunsj");
  });
});

describe("Arabic: a role glued before the name after the verb", () => {
  it("قال المتحدث باسم وزارة المياه أحمد الخطيب: «…» is أحمد الخطيب, not the role's last word and the first name", () => {
    const a = article(
      "ar",
      "انقطاع المياه عن أحياء شرق المدينة لليوم الثالث",
      "تواصل انقطاع المياه عن خمسة أحياء في شرق المدينة لليوم الثالث على التوالي، بعد عطل في خط النقل الرئيسي.",
      "وقال المتحدث باسم وزارة المياه أحمد الخطيب: «فرق الصيانة تعمل على مدار الساعة، ونتوقع عودة الضخ تدريجيا مساء الخميس».",
      "«الأطفال لا يذهبون إلى المدرسة لأننا ننقل الماء طوال اليوم»، قالت الساكنة في حي النور فاطمة الزهراني.",
    );
    assert.deepEqual(speakers(a), ["أحمد الخطيب", "فاطمة الزهراني"]);
  });

  it("a role with no name after it stays the role (قال المتحدث باسم الحكومة, قال الأمين العام للأمم المتحدة)", () => {
    const a = article(
      "ar",
      "الحكومة تعد بحل أزمة المياه",
      "تواصل انقطاع المياه عن خمسة أحياء في شرق المدينة لليوم الثالث على التوالي، بعد عطل في خط النقل الرئيسي.",
      "«نتوقع عودة الضخ تدريجيا مساء الخميس»، قال المتحدث باسم الحكومة.",
      "«على الجميع احترام حق الناس في الماء»، قال الأمين العام للأمم المتحدة.",
    );
    assert.deepEqual(speakers(a), ["المتحدث باسم الحكومة", "الأمين العام للأمم المتحدة"]);
  });
});

describe("a name in another case is given in the form the copy prints as its nominative", () => {
  it("Russian: сказала Иванова after «по словам директора компании Ольги Ивановой» is Иванова, not the genitive full name", () => {
    const a = article(
      "ru",
      "В доме на Садовой третью неделю нет отопления",
      "Управляющая компания объясняет аварию износом труб. По словам директора компании Ольги Ивановой, трубы не меняли с 1978 года.",
      "«Мы заказали новые трубы, их привезут на следующей неделе», — сказала Иванова.",
    );
    assert.deepEqual(speakers(a), ["Иванова"]);
  });

  it("Ukrainian: за словами Зеленського where the copy prints Зеленський is Зеленський", () => {
    const a = article(
      "uk",
      "Зеленський відвідав відбудовану школу в Ірпені",
      "Зеленський у п'ятницю відвідав школу №3 в Ірпені, яку відбудували після обстрілів.",
      "За словами Зеленського, «ця школа — символ того, що ми повертаємо життя в наші міста».",
    );
    assert.deepEqual(speakers(a), ["Зеленський"]);
  });
});
