/**
 * Plain-text copy → Article: conventions that hold across outlets and scripts (issue 13), each
 * given as invented copy and the structure it must become.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n\n");
const types = (a: ReturnType<typeof parse>) => a.blocks.map((b) => b.type);
const subheads = (a: ReturnType<typeof parse>) => a.blocks.filter((b) => b.type === "subhead").map((b) => (b as { text: string }).text);

describe("subheads: a heading is not a sentence in any script", () => {
  it("does not read a short sentence ending in 。 or । as a subhead", () => {
    const a = parse(story("港口堤坝将关闭维修", "港务局周一宣布，北堤将关闭十四周进行维修，渔船将暂时停靠在东码头。", "渔民对此表示担忧。", "港务局表示，维修工程将在明年春天之前完成，费用由市政府承担。"), "a.txt", "zh");
    assert.deepEqual(subheads(a), []);
    const b = parse(story("बंदरगाह की दीवार बंद होगी", "बंदरगाह प्राधिकरण ने सोमवार को कहा कि उत्तरी दीवार चौदह सप्ताह के लिए बंद रहेगी और नावें पूर्वी घाट पर जाएंगी।", "मछुआरे चिंतित हैं।", "प्राधिकरण ने कहा कि काम अगले वसंत से पहले पूरा हो जाएगा और खर्च नगर परिषद उठाएगी।"), "a.txt", "hi");
    assert.deepEqual(subheads(b), []);
  });

  it("does not read a lead-in clause ending in a colon as a subhead", () => {
    const a = parse(story("Harbour wall to close", "The North Mole will close for fourteen weeks while engineers repair it.", "The harbour master put it plainly in a letter to the fleet:", "“We cannot let boats tie up against a wall that is moving,” she wrote in the letter."));
    assert.deepEqual(subheads(a), []);
  });

  it("still reads a short heading between paragraphs", () => {
    const a = parse(story("Harbour wall to close", "The North Mole will close for fourteen weeks while engineers repair it.", "What happens next", "Boats will move to the east quay until the work is finished in the spring."));
    assert.deepEqual(subheads(a), ["What happens next"]);
  });
});

describe("date lines and relative times in the body are the page's metadata", () => {
  it("drops a comment's relative time and a teaser's date, in the article's language", () => {
    const a = parse(story("El muro del puerto cerrará", "El muro norte cerrará catorce semanas para su reparación, según el puerto.", "Hace 3 horas", "Los barcos se trasladarán al muelle este hasta la primavera.", "14 de marzo de 2024", "Las obras costarán dos millones de euros, pagados por el ayuntamiento."), "a.txt", "es");
    assert.deepEqual(types(a), ["paragraph", "paragraph"]);
    assert.deepEqual(subheads(a), []);
  });
});

describe("box titles, credits and page noise in languages without a word list of their own", () => {
  it("reads a Portuguese box title over plain link lines and drops a Polish ad label", () => {
    const a = parse(story("Muro do porto vai fechar para obras", "O molhe norte vai fechar durante catorze semanas para obras de reparação, disse o porto.", "REKLAMA", "Os barcos vão passar para o cais leste até a primavera, segundo a capitania.", "Leia também", "Pescadores temem perder a temporada de verão no porto", "Obras no cais leste começam antes do previsto pela prefeitura"), "a.txt", "pt");
    const related = a.blocks.find((b) => b.type === "related");
    assert.ok(related && related.type === "related");
    assert.equal(related.title, "Leia também");
    assert.equal(related.links.length, 2);
    assert.ok(!a.blocks.some((b) => "text" in b && b.text === "REKLAMA"));
  });

  it("starts a second box at a second known title", () => {
    const a = parse(story("Muro do porto vai fechar", "O molhe norte vai fechar durante catorze semanas para obras de reparação, disse o porto.", "Relacionadas", "Pescadores temem perder a temporada de verão no porto", "Obras no cais leste começam antes do previsto", "Veja também", "Onde estacionar o barco durante as obras do molhe"), "a.txt", "pt");
    const boxes = a.blocks.filter((b) => b.type === "related");
    assert.deepEqual(boxes.map((b) => (b.type === "related" ? [b.title, b.links.length] : null)), [["Relacionadas", 2], ["Veja também", 1]]);
  });
});

describe("captions and credits by shape, in any script", () => {
  const media = (a: ReturnType<typeof parse>) => a.blocks.filter((b) => b.type === "media").map((b) => (b.type === "media" ? [b.caption, b.credit] : null));

  it("reads credits in brackets, after an equals sign and marked 'provided by'", () => {
    assert.deepEqual(media(parse(story("港の堤防を閉鎖へ", "港湾局は月曜日、北側の堤防を十四週間閉鎖して修理すると発表した。漁船は東の岸壁に移る。", "会見する港湾局長（港湾局提供）", "工事は来年の春までに終わる見通しだという。費用は市が負担する。"), "a.txt", "ja")), [["会見する港湾局長", "港湾局提供"]]);
    assert.deepEqual(media(parse(story("항구 방파제 폐쇄", "항만청은 월요일 북쪽 방파제를 14주 동안 폐쇄하고 보수한다고 밝혔다. 어선은 동쪽 부두로 옮긴다.", "기자회견하는 항만청장. (사진=항만청)", "공사는 내년 봄까지 끝날 예정이며 비용은 시가 부담한다고 항만청은 설명했다."), "a.txt", "ko")), [["기자회견하는 항만청장.", "항만청"]]);
  });

  it("reads a credit label in capitals in brackets (Greek “(ΦΩΤΟ: …)”)", () => {
    const a = parse(story("Κλείνει το λιμενικό τείχος", "Η λιμενική αρχή ανακοίνωσε τη Δευτέρα ότι το βόρειο τείχος θα κλείσει για τέσσερις μήνες.", "Ο λιμενάρχης επιθεωρεί το βόρειο τείχος. (ΦΩΤΟ: EUROKINISSI)", "Τα σκάφη θα μετακινηθούν στην ανατολική προβλήτα μέχρι την άνοιξη, είπε ο λιμενάρχης."), "a.txt", "el");
    assert.deepEqual(media(a), [["Ο λιμενάρχης επιθεωρεί το βόρειο τείχος.", "EUROKINISSI"]]);
  });

  it("joins a labelled caption and the credit line under it, across a blank line (“Bildtext: …”, “Foto: NTB”)", () => {
    const a = parse(story("Hafenmauer wird gesperrt", "Die Hafenbehörde hat am Montag angekündigt, die Nordmole für vier Monate zu sperren.", "Bildtext: Der Hafenmeister prüft die Nordmole am Montag.", "Foto: NTB", "Die Boote ziehen bis zum Frühjahr an den Ostkai um, sagte der Hafenmeister."), "a.txt", "de");
    assert.deepEqual(media(a), [["Der Hafenmeister prüft die Nordmole am Montag.", "NTB"]]);
  });

  it("reads a credit line alone with the caption above it, across a blank line", () => {
    const a = parse(story("Harbour wall to close", "The North Mole will close for fourteen weeks while engineers repair it.", "The harbour master inspects the wall on Monday.", "Jane Doe/Harbour Times", "Boats will move to the east quay until the work is finished in the spring."));
    assert.deepEqual(media(a), [["The harbour master inspects the wall on Monday.", "Jane Doe/Harbour Times"]]);
  });

  it("takes the line right above a credit line before the heading right below it", () => {
    const a = parse(["Harbour wall to close", "", "The North Mole will close for fourteen weeks while engineers repair it.", "", "The harbour master inspects the wall on Monday.", "Port Authority via AP", "What happens next", "", "Boats will move to the east quay until the work is finished in the spring."].join("\n"));
    assert.deepEqual(media(a), [["The harbour master inspects the wall on Monday.", "Port Authority via AP"]]);
    assert.deepEqual(subheads(a), ["What happens next"]);
  });

  it("reads a long text after a credit label as the caption, and a photographer's name in capitals after it as the credit", () => {
    const a = parse(story("Harbour wall to close", "The North Mole will close for fourteen weeks while engineers repair it.", "Image: The harbour master, left, inspects the wall with two engineers on Monday", "Boats will move to the east quay until the work is finished in the spring.", "Fishermen unload their catch at the east quay on Tuesday. ANNA BERG", "The work will cost two million pounds, the council said."));
    assert.deepEqual(media(a), [["The harbour master, left, inspects the wall with two engineers on Monday", null], ["Fishermen unload their catch at the east quay on Tuesday.", "ANNA BERG"]]);
  });
});

describe("datelines marked by an agency in brackets, an equals sign or a bar", () => {
  const cases: [string, string, string][] = [
    ["es", "Almería, 12 ago (EFE).- Un incendio forestal obligó este lunes a desalojar a cien vecinos del puerto.", "Almería, 12 ago (EFE)"],
    ["ko", "(부산=연합뉴스) 항만청은 월요일 북쪽 방파제를 14주 동안 폐쇄한다고 밝혔다.", "(부산=연합뉴스)"],
    ["ja", "【横浜＝共同】港湾局は月曜日、北側の堤防を十四週間閉鎖すると発表した。", "【横浜＝共同】"],
    ["hi", "समस्तीपुर | बंदरगाह प्राधिकरण ने सोमवार को कहा कि उत्तरी दीवार चौदह सप्ताह के लिए बंद रहेगी।", "समस्तीपुर"],
    ["hi", "नई दिल्ली, 5 दिसंबर (भाषा) बंदरगाह प्राधिकरण ने सोमवार को कहा कि उत्तरी दीवार चार महीने बंद रहेगी।", "नई दिल्ली, 5 दिसंबर (भाषा)"],
    ["ru", "Москва. 5 декабря. ИНТЕРФАКС - Администрация порта в понедельник объявила о закрытии северного мола на четыре месяца.", "Москва. 5 декабря. ИНТЕРФАКС"],
  ];
  for (const [lang, lede, dateline] of cases) {
    it(`cuts “${dateline}” off the lede (${lang})`, () => {
      const a = parse(story("Headline of the story", lede, "A second paragraph follows the lede here, and it is long enough."), "a.txt", lang);
      assert.equal(a.dateline, dateline);
      assert.ok(!a.lede.includes(dateline));
    });
  }

  it("leaves a two-word label before a bar in a cased script on the lede", () => {
    const a = parse(story("Harbour wall to close", "The analysis | Why the harbour wall failed after years of neglect by the council.", "More text follows here."));
    assert.equal(a.dateline, null);
  });
});

describe("a byline without an opener, in a script without case, sits right over the date line (alone, or after the place it was filed from)", () => {
  const cases: [string, string[], string][] = [
    ["he", ["חומת הנמל בחיפה תיסגר לשיפוץ", "רשות הנמלים: העבודות יחלו בשבוע הבא", "דנה לוי", "05.12.2026 | 10:42", "רשות הנמלים הודיעה ביום שני כי החומה הצפונית של נמל חיפה תיסגר לארבעה חודשים לצורך תיקונים דחופים."], "דנה לוי"],
    ["ar", ["إغلاق حاجز ميناء الإسكندرية أربعة أشهر للصيانة", "القاهرة - أحمد محمود", "الاثنين 5 ديسمبر 2026 10:42", "أعلنت هيئة الميناء يوم الاثنين أن الحاجز الشمالي لميناء الإسكندرية سيغلق لمدة أربعة أشهر للصيانة بعد اكتشاف تشققات."], "القاهرة - أحمد محمود"],
    ["th", ["กำแพงท่าเรือภูเก็ตปิดซ่อมสี่เดือน", "การท่าเรือเผยงานจะเริ่มสัปดาห์หน้า", "สมชาย ใจดี", "5 ธ.ค. 2569 10:42 น.", "การท่าเรือแห่งประเทศไทยประกาศเมื่อวันจันทร์ว่ากำแพงด้านเหนือของท่าเรือภูเก็ตจะปิดเป็นเวลาสี่เดือนเพื่อซ่อมแซมรอยร้าวที่พบระหว่างการตรวจสอบตามปกติ"], "สมชาย ใจดี"],
  ];
  for (const [lang, lines, name] of cases) {
    it(`reads “${name}” as the byline (${lang})`, () => {
      const a = parse(story(...lines), "a.txt", lang);
      assert.equal(a.byline, name);
      assert.ok(!a.blocks.some((b) => "text" in b && b.text === name));
    });
  }
});

describe("a sentence that opens with a day and a remark in brackets keeps its words", () => {
  it("does not cut “On Monday, 5 December (local time)” as a dateline", () => {
    const a = parse(story("Harbour wall to close", "On Monday, 5 December (local time) the harbour authority said it would close the north wall for four months."));
    assert.equal(a.dateline, null);
  });
});

describe("a date line without a year is the page's metadata, in any language", () => {
  const cases: [string, string][] = [
    ["no", "mandag 5. august kl. 14:47"],
    ["en", "Monday, August 5, 2:47 PM"],
    ["fr", "lundi 5 août à 14h47"],
    ["de", "Montag, 5. August, 14:47 Uhr"],
  ];
  for (const [lang, line] of cases) {
    it(`keeps “${line}” out of the body (${lang})`, () => {
      // (under the standfirst and the byline, where the header's sequence no longer reads it)
      const a = parse(story("Harbour wall to close", "The harbour will be smaller for a season.", "Per Olsen", line, "The harbour authority said on Monday the north wall would close for four months for repairs.", "Boats will move to the east quay until the work is finished in the spring."), "a.txt", lang);
      assert.ok(!a.blocks.some((b) => "text" in b && b.text === line), `${line} is in the body`);
      assert.equal(a.date, null);
    });
  }

  it("still reads a heading that names a month without a day as a subhead", () => {
    const a = parse(story("Harbour wall to close", "The harbour authority said on Monday the north wall would close for four months for repairs.", "Plans for August", "Boats will move to the east quay until the work is finished in the spring, the harbour master said."));
    assert.deepEqual(subheads(a), ["Plans for August"]);
  });
});

describe("one byline: short lines after the byline and the dates are the page's labels", () => {
  it("drops a second 'byline' of short words in a script without case (a page control's label), keeps the first", () => {
    const a = parse(story("부산항 방파제 4개월 폐쇄", "김철수 기자", "입력 : 2026-12-05 10:42:11", "화면 표시 설정", "부산항만공사는 5일 북쪽 방파제를 4개월간 폐쇄하고 보수공사를 한다고 밝혔다. 정기 점검에서 균열이 발견됐기 때문이다."), "a.txt", "ko");
    assert.equal(a.byline, "김철수 기자");
    assert.ok(!a.blocks.some((b) => "text" in b && b.text === "화면 표시 설정"));
    assert.ok(a.lede.startsWith("부산항만공사는"));
  });
});

describe("a line in capitals over a dateline is the dateline's formula, not a subhead", () => {
  it("keeps “DALLA NOSTRA CORRISPONDENTE” over “NEW YORK - …” as copy, no subhead", () => {
    const a = parse(story("Meloni vola in Florida", "La premier è partita sabato da Roma per un incontro che non era in agenda.", "Le prime reazioni sono arrivate in serata da parte dell'opposizione, che ha chiesto chiarimenti.", "DALLA NOSTRA CORRISPONDENTE", "NEW YORK - Giorgia Meloni è arrivata a Mar-a-Lago alle 19.29 locali per una cena con il presidente eletto."), "a.txt", "it");
    assert.deepEqual(subheads(a), []);
    assert.ok(a.blocks.some((b) => "text" in b && b.text === "DALLA NOSTRA CORRISPONDENTE") || a.byline === "DALLA NOSTRA CORRISPONDENTE");
  });
});

describe("a box's title is no heading", () => {
  it("does not read “Mehr zum Thema bei …” as a subhead when the lines under it are not links", () => {
    const a = parse(story("Hafenmauer wird gesperrt", "Die Hafenbehörde hat am Montag angekündigt, die Nordmole für vier Monate zu sperren.", "Mehr zum Thema bei Hafenblatt Plus", "Die Boote ziehen bis zum Frühjahr an den Ostkai um, sagte der Hafenmeister am Dienstag in Kiel."), "a.txt", "de");
    assert.deepEqual(subheads(a), []);
  });
});
