/**
 * Who said it, read by structure in any language and script: given this paragraph after a
 * quote, this speaker. The clause after the closing mark holds a verb of saying (data, one list
 * per language); the speaker is the noun phrase before the verb, or after it where the verb
 * comes first. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...paragraphs: string[]) => paragraphs.join("\n\n");
const speakers = (lang: string, ...paragraphs: string[]) =>
  blocksOf(parse(story(...paragraphs), "a.txt", lang), "quote").map((q) => q.speaker);

describe("speakers: the verb first, the speaker after it", () => {
  it("Greek: «…», δήλωσε ο πρωθυπουργός σε … → the role, not the last capitalised word", () => {
    assert.deepEqual(
      speakers("el", "Νέο σχέδιο για τη στέγαση", "Η κυβέρνηση παρουσίασε χθες το νέο σχέδιο για τους νέους.", "«Η στέγαση είναι η πρώτη μας προτεραιότητα φέτος», δήλωσε ο πρωθυπουργός σε συνέντευξη Τύπου."),
      ["ο πρωθυπουργός"],
    );
  });

  it("Ukrainian: «…», – сказав прем'єр-міністр на … → the role, never the dateline", () => {
    assert.deepEqual(
      speakers("uk", "Уряд ухвалив бюджет", "КИЇВ – Уряд ухвалив новий бюджет на наступний рік у вівторок.", "«Це бюджет, який захищає людей і дивиться вперед», – сказав прем'єр-міністр на засіданні уряду."),
      ["прем'єр-міністр"],
    );
  });

  it("Hebrew, right to left: \"…\", אמר שר … → the words after the verb", () => {
    const [speaker] = speakers("he", "התקציב אושר", "הממשלה אישרה את התקציב החדש ביום שני בערב.", "\"זה תקציב שמסתכל קדימה ומגן על כולם\", אמר שר האוצר במסיבת עיתונאים.");
    assert.ok(speaker?.startsWith("שר האוצר"), speaker ?? "null");
  });

  it("French: a role set off by a comma from the name after it gives the name", () => {
    assert.deepEqual(
      speakers("fr", "Le port ferme", "Le conseil s’est réuni lundi soir pour voter le budget.", "«Nous allons fermer le port pendant trois semaines», a déclaré jeudi le porte-parole de la mairie, Jeanne Morel."),
      ["Jeanne Morel"],
    );
  });

  it("Portuguese: «…», acrescentou o treinador → the role with its article", () => {
    assert.deepEqual(speakers("pt", "O time perdeu", "O clube perdeu a final no domingo à noite.", "\"Nós vamos voltar mais fortes no ano que vem\", acrescentou o treinador."), ["o treinador"]);
  });
});

describe("speakers: the speaker first, the verb after it", () => {
  it("Vietnamese: “…”, Bộ trưởng … nói với … → the whole title, not its first syllable", () => {
    const [speaker] = speakers("vi", "Dự án mới", "Bộ Giao thông Vận tải đã công bố kế hoạch mới vào hôm thứ Hai.", "“Chúng tôi sẽ hoàn thành dự án trong năm nay”, Bộ trưởng Bộ Giao thông Vận tải nói với các phóng viên.");
    assert.ok(speaker?.startsWith("Bộ trưởng Bộ Giao thông"), speaker ?? "null");
  });

  it("Chinese, no spaces: “…”市长王明对记者说 → 市长王明", () => {
    assert.deepEqual(speakers("zh", "新预算公布", "市政府周一公布了新的预算。", "“这是面向未来的预算。”市长王明对记者说。"), ["市长王明"]);
  });

  it("Persian: «…»، سخنگوی دولت در نشست خبری گفت → the subject before the adverbial", () => {
    assert.deepEqual(speakers("fa", "بودجه تصویب شد", "دولت روز دوشنبه بودجه جدید را تصویب کرد.", "«این بودجه‌ای است که به آینده نگاه می‌کند»، سخنگوی دولت در نشست خبری گفت."), ["سخنگوی دولت"]);
  });

  it("Thai, no spaces and no comma: “…” นายกรัฐมนตรีกล่าวกับผู้สื่อข่าว → นายกรัฐมนตรี", () => {
    assert.deepEqual(
      speakers("th", "งบประมาณใหม่", "รัฐบาลอนุมัติงบประมาณใหม่เมื่อวันจันทร์ที่ผ่านมา และจะเริ่มใช้ในปีหน้า", "“นี่คืองบประมาณที่มองไปข้างหน้าเพื่อทุกคน” นายกรัฐมนตรีกล่าวกับผู้สื่อข่าว"),
      ["นายกรัฐมนตรี"],
    );
  });

  it("English: a pronoun before an adverb is still the pronoun (he also said)", () => {
    assert.deepEqual(
      speakers("en", "Harbour plan delayed", "Mayor Ingrid Solberg opened the meeting on Monday.", "“We will vote again in March,” said Ingrid Solberg.", "“And we will win,” he also said."),
      ["Ingrid Solberg", "Ingrid Solberg"],
    );
  });
});

describe("speakers: scripts without case, particles and pronouns", () => {
  it("Korean: a short quote closed by its verb is a quote; 그는 stands for the person named before", () => {
    assert.deepEqual(
      speakers("ko", "규제 완화", "김민수 장관은 17일 기자회견에서 새 규제안에 대해 언급했다.", "그는 \"규제를 완화하겠다\"고 덧붙였다."),
      ["김민수 장관"],
    );
  });

  it("Hindi: उन्होंने कहा after a sentence naming the officer → the officer", () => {
    const [speaker] = speakers(
      "hi",
      "गांव में चोरी",
      "पुलिस ने बताया कि चोरी रात में हुई और चोर घर से गहने और नकदी लेकर फरार हो गए, जिसके बाद परिवार ने शिकायत दर्ज कराई।",
      "थाना प्रभारी राकेश कुमार ने बताया कि मामले की जांच की जा रही है और आसपास के लोगों से पूछताछ की गई है।",
      "उन्होंने कहा, \"जल्द ही आरोपी पकड़े जाएंगे।\"",
    );
    assert.ok(speaker?.endsWith("राकेश कुमार"), speaker ?? "null");
  });

  it("Hindi: the subject marker ने is not part of the speaker", () => {
    assert.deepEqual(speakers("hi", "गांव में चोरी", "पुलिस ने बताया कि चोरी रात में हुई और चोर घर से गहने लेकर फरार हो गए।", "\"हमने सीसीटीवी फुटेज खंगाले हैं,\" थानाध्यक्ष ने कहा।"), ["थानाध्यक्ष"]);
  });
});

describe("speakers: a quote without attribution", () => {
  it("is by the last person who spoke when the paragraphs before it name nobody (null only when the article never says who)", () => {
    assert.deepEqual(
      speakers(
        "no",
        "Padlet rundt Norge",
        "To søskenbarn padler langs hele kysten i sommer.",
        "– Vi hadde aldri trodd at det skulle gå så bra, sier Kari Nordmann.",
        "De har padlet over to tusen kilometer siden de startet i mai.",
        "– Det verste var vinden ved Stad, der sov vi nesten ikke.",
      ),
      ["Kari Nordmann", "Kari Nordmann"],
    );
  });

  it("Spanish compound past: «…», ha explicado el alcalde", () => {
    assert.deepEqual(speakers("es", "Cierre del puerto", "El ayuntamiento votó el lunes el nuevo presupuesto del puerto.", "«Vamos a cerrar el puerto durante tres semanas», ha explicado el alcalde."), ["el alcalde"]);
  });
});

describe("speakers: dashes, titles and headings", () => {
  it("Polish: a spaced dash ends the speech like a comma; a quoted newspaper title is not the speaker", () => {
    assert.deepEqual(
      speakers("pl", "Granice zamknięte", "Posłowie debatowali w piątek nad nowym prawem o granicach.", "– To za wcześnie, by mówić o zmianach – mówi „Gazecie” Anna Kowalska, socjolożka z Warszawy."),
      ["Anna Kowalska"],
    );
  });

  it("a run of capitals (a heading, an acronym) is never taken for the person just named", () => {
    assert.deepEqual(
      speakers("en", "Actor opens up", "The actor spoke to fans on Tuesday night.", "“It was the hardest year of our lives,” said Tom Vale.", "MORE: SINGER NORA LINDH IS BACK ON TOUR AFTER A YEAR AWAY FROM THE STAGE AND THE STUDIO.", "“We decided to share it because nobody talks about it.”"),
      ["Tom Vale", "Tom Vale"],
    );
  });
});

describe("speakers: a role stands for the person the article named with it", () => {
  it("Greek and Ukrainian: a role word in lower case before a name ties the role to that person", () => {
    assert.deepEqual(
      speakers("el", "Νέο σχέδιο για τη στέγαση", "Ο πρωθυπουργός Κυριάκος Παπαδάκης παρουσίασε χθες το νέο σχέδιο.", "«Η στέγαση είναι η πρώτη μας προτεραιότητα φέτος», δήλωσε ο πρωθυπουργός σε συνέντευξη Τύπου."),
      ["Κυριάκος Παπαδάκης"],
    );
    assert.deepEqual(
      speakers("uk", "Уряд ухвалив бюджет", "Прем'єр-міністр Денис Коваль представив новий бюджет у вівторок, а уряд його ухвалив.", "«Це бюджет, який захищає людей», – сказав прем'єр-міністр на засіданні уряду."),
      ["Денис Коваль"],
    );
  });
});

describe("speakers: more shapes of attribution", () => {
  it("Russian: a comma glued to the speech dash (,—) ends the speech; «Как отметил X» is no name «Как»", () => {
    assert.deepEqual(
      speakers("ru", "Переговоры в Кремле", "Президент встретился с гостем в Кремле во вторник вечером.", "— Отношения развиваются очень хорошо,— добавил Иван Петров.", "Как отметил господин Петров, «сотрудничество будет продолжено и в следующем году»."),
      ["Иван Петров", "Иван Петров"],
    );
  });

  it("Japanese: the source in brackets after the quote 「…」（関係者）", () => {
    assert.deepEqual(speakers("ja", "新番組の発表", "テレビ局は17日、新しいスポーツ番組を発表した。", "「まだ何も決まっていません」（関係者）"), ["関係者"]);
  });

  it("Dutch: straight single marks open speech at the start of an attributed paragraph", () => {
    assert.deepEqual(
      speakers("nl", "Nieuwe samenwerking", "De twee bedrijven breiden hun samenwerking uit, meldden ze dinsdag.", "'We zien enorme kansen voor klanten in Europa', zegt Jan de Vries, directeur van het bedrijf."),
      ["Jan de Vries"],
    );
  });

  it("English: role words in lower case before a name give the name (judge Lind said)", () => {
    assert.deepEqual(
      speakers("en", "Dance show", "Judge Maria Lind was in tears on Monday night.", "“This is not what I expected to see here,” judge Lind said."),
      ["Maria Lind"],
    );
  });
});
