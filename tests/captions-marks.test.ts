/**
 * Captions that whole pasted pages print with an archive's mark or an agency where the credit goes
 * ("… (archivo)", "… /أرشيفية", "… - رويترز", "… /ANSA"), a credit label over the caption between
 * the story's sentences, and a picture's control or counter under its caption (issue 13). Given
 * this text, this figure. Articles written for these tests, in Spanish, Italian, Arabic, French,
 * German and English.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readCaption } from "../src/parse/text/caption.js";
import { lexicons } from "../src/parse/lexicon/index.js";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));
const paragraphs = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));
const subheads = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "subhead" ? [b.text] : []));

describe("an archive's mark or an agency where the credit goes", () => {
  it("a mark of one word in brackets at the caption's end: the picture is an old one", () => {
    assert.deepEqual(readCaption("La playa de la Malvarrosa tras el temporal de enero (archivo)", lexicons.es!), { caption: "La playa de la Malvarrosa tras el temporal de enero", credit: "archivo" });
    assert.deepEqual(readCaption("Il vecchio ponte sul Po prima della demolizione (Archivio)", lexicons.it!), { caption: "Il vecchio ponte sul Po prima della demolizione", credit: "Archivio" });
    assert.deepEqual(readCaption("Le marché couvert avant sa rénovation (archives)", lexicons.fr!), { caption: "Le marché couvert avant sa rénovation", credit: "archives" });
  });
  it("a mark or an agency after a spaced slash", () => {
    assert.deepEqual(readCaption("سوق الخضار المركزي في عمّان قبل إغلاقه /أرشيفية", lexicons.ar!), { caption: "سوق الخضار المركزي في عمّان قبل إغلاقه", credit: "أرشيفية" });
    assert.deepEqual(readCaption("I soccorritori al lavoro tra le macerie della palazzina /ANSA", lexicons.it!), { caption: "I soccorritori al lavoro tra le macerie della palazzina", credit: "ANSA" });
  });
  it("an agency after a spaced dash, in a script without capitals", () => {
    assert.deepEqual(readCaption("متطوعون يوزعون المياه على السكان في حي الشجاعية - رويترز", lexicons.ar!), { caption: "متطوعون يوزعون المياه على السكان في حي الشجاعية", credit: "رويترز" });
  });
  it("not a caption: a name's credit line, a byline, the page's reserved rights, a mark inside the sentence", () => {
    assert.equal(readCaption("© Marie Lambert / AFP", lexicons.fr!)?.caption ?? null, null);
    assert.notEqual(readCaption("سارة منصور - رويترز", lexicons.ar!)?.caption, "سارة منصور");
    assert.equal(readCaption("Riproduzione riservata © Copyright ANSA", lexicons.it!), null);
    assert.equal(readCaption("Los documentos del archivo municipal (archivo) se digitalizarán en 2027 con fondos europeos.", lexicons.es!)?.credit === "archivo", false);
  });
});

describe("a credit label over its caption, between the story's sentences", () => {
  it("Spanish, every line glued: the label's credit heads the phrase under it, the sentence above stays the story's", () => {
    const es = parse([
      "Un incendio arrasa una nave industrial en Getafe",
      "Un incendio declarado de madrugada ha destruido una nave de muebles en el polígono de Los Olivos. No hay heridos.",
      "Las llamas obligaron a cortar durante dos horas la carretera de Toledo, según informó el 112.",
      "Foto: Europa Press",
      "Los bomberos refrescan la estructura de la nave al amanecer",
      "La empresa tenía en plantilla a 45 trabajadores.",
      "El ayuntamiento ofrecerá ayudas a las empresas vecinas afectadas por el humo.",
    ].join("\n"), "story.txt", "es");
    assert.deepEqual(figures(es), [["Los bomberos refrescan la estructura de la nave al amanecer", "Europa Press"]]);
    assert.ok(paragraphs(es).includes("Las llamas obligaron a cortar durante dos horas la carretera de Toledo, según informó el 112."));
  });
  it("English look-alike: a figure set apart by blank lines keeps its caption above, and the heading under it is a heading", () => {
    const en = parse([
      "Harbour dredging to start in spring",
      "Dredging of the inner harbour will start in April, the port authority said on Monday, after two years of delays over the disposal of the silt.",
      "The work will close the ferry berth for six weeks.",
      "An aerial photo, supplied by the port authority, shows the silted inner harbour.\nHarbour Authority via AP\nWhere the silt will go",
      "The silt will be taken by barge to a licensed site twelve miles offshore, the authority said.",
      "Fishing crews say the site lies on their winter grounds.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), [["An aerial photo, supplied by the port authority, shows the silted inner harbour.", "Harbour Authority via AP"]]);
    assert.deepEqual(subheads(en), ["Where the silt will go"]);
  });
});

describe("a picture's control or counter under its caption", () => {
  it("Spanish: the story's sentence under 'Ampliar' is no caption; the control belongs to the picture above", () => {
    const es = parse([
      "Reabre el mercado de Colón tras dos años de obras",
      "El mercado de Colón ha reabierto este sábado tras una reforma de dos años que ha costado nueve millones de euros.",
      "Los puestos de fruta y pescado vuelven a la planta baja.",
      "La fachada modernista del mercado antes de la reforma (archivo)",
      "Ampliar",
      "Los comerciantes pagarán un alquiler un 10% más bajo durante el primer año, según el acuerdo firmado con el ayuntamiento.",
      "La planta alta acogerá restaurantes y un espacio para conciertos.",
    ].join("\n"), "story.txt", "es");
    assert.deepEqual(figures(es), [["La fachada modernista del mercado antes de la reforma", "archivo"]]);
    assert.ok(paragraphs(es).some((p) => p.startsWith("Los comerciantes pagarán")));
  });
  it("German: a gallery's counter under a caption with its credit does not make the next paragraph a caption", () => {
    const de = parse([
      "Neue Radbrücke über die Elbe eröffnet",
      "In Dresden ist am Samstag die neue Radbrücke zwischen Johannstadt und Neustadt für den Verkehr freigegeben worden.",
      "Die Brücke ist 240 Meter lang und vier Meter breit.",
      "Radfahrer überqueren die Brücke am Eröffnungstag. Foto: Robert Michael/dpa",
      "Bild 2 von 6",
      "Der Bau hatte sich wegen Lieferschwierigkeiten beim Stahl um ein Jahr verzögert, die Kosten stiegen auf 28 Millionen Euro.",
      "Die Stadt rechnet mit 6000 Fahrten am Tag.",
    ].join("\n"), "story.txt", "de");
    assert.deepEqual(figures(de), [["Radfahrer überqueren die Brücke am Eröffnungstag.", "Robert Michael/dpa"]]);
    assert.ok(paragraphs(de).some((p) => p.startsWith("Der Bau hatte sich")));
  });
  it("English: a page that prints its counters over their captions keeps them so after a first caption", () => {
    const en = parse([
      "Storm floods coastal villages",
      "Heavy rain and a high tide flooded three coastal villages overnight, forcing dozens of families from their homes.",
      "1 / 3",
      "Residents wade through a flooded street in Westhaven on Sunday morning",
      "2 / 3",
      "A lifeboat crew checks on a family stranded on the first floor of their home",
      "The council has opened the village hall as a rest centre.",
    ].join("\n"));
    assert.deepEqual(figures(en).map(([caption]) => caption), ["Residents wade through a flooded street in Westhaven on Sunday morning", "A lifeboat crew checks on a family stranded on the first floor of their home"]);
  });
});

describe("a credit label and its credit glued before the caption", () => {
  it("the label belongs to the credit; the caption starts after it (Italian, English, Korean, Japanese, Hindi)", () => {
    assert.deepEqual(readCaption("Foto: ANSA I vigili del fuoco davanti alla scuola evacuata", lexicons.it!), { caption: "I vigili del fuoco davanti alla scuola evacuata", credit: "ANSA" });
    assert.deepEqual(readCaption("Photo: Lena Park/Reuters Commuters queue for buses outside the closed station", lexicons.en!), { caption: "Commuters queue for buses outside the closed station", credit: "Lena Park/Reuters" });
    assert.deepEqual(readCaption("사진=부산시 해운대 해수욕장에 설치된 대형 트리의 모습", lexicons.ko!), { caption: "해운대 해수욕장에 설치된 대형 트리의 모습", credit: "부산시" });
    assert.deepEqual(readCaption("写真＝共同　避難所で食事を受け取る住民", lexicons.ja!), { caption: "避難所で食事を受け取る住民", credit: "共同" });
    assert.deepEqual(readCaption("फोटो: पीटीआई बाढ़ प्रभावित गांव में राहत सामग्री बांटते जवान", lexicons.hi!), { caption: "बाढ़ प्रभावित गांव में राहत सामग्री बांटते जवान", credit: "पीटीआई" });
  });
  it("not a caption after the credit: a credit of a name and a slash, a label over one word", () => {
    assert.equal(readCaption("Photo: AP Photo/Evan Vucci", lexicons.en!)?.caption ?? null, null);
    assert.equal(readCaption("Foto: ANSA Video", lexicons.it!)?.caption ?? null, null);
  });
  it("Korean: a picture's slot over a caption with its credit is printed with the figure, not a paragraph", () => {
    const ko = parse([
      "겨울철 화재 잇따라…소방당국 비상",
      "최근 일주일 사이 전국에서 주택 화재가 잇따르면서 소방당국이 비상 대응 체제에 들어갔다.",
      "사진",
      "5일 오전 경기 수원시의 한 주택에서 소방관들이 불을 끄고 있다. /연합뉴스",
      "소방청은 난방기구 사용이 늘어나는 겨울철에 화재 위험이 커진다고 밝혔다.",
    ].join("\n"), "story.txt", "ko");
    assert.deepEqual(figures(ko), [["5일 오전 경기 수원시의 한 주택에서 소방관들이 불을 끄고 있다.", "연합뉴스"]]);
    assert.ok(!paragraphs(ko).includes("사진"));
  });
});

describe("a picture's control glued between the story's sentences", () => {
  it("English: 'Enlarge' between two sentences of the story is a picture's without a caption; under a figure's caption it is that figure's", () => {
    const en = parse([
      "Council votes to keep library open",
      "The town council voted on Tuesday to keep the central library open for another three years.",
      "The vote was close, with seven councillors for and six against.",
      "Enlarge",
      "Opponents said the money should go to road repairs instead.",
      "The library will cut its Saturday hours from January.",
    ].join("\n"));
    assert.deepEqual(figures(en), []);
    assert.ok(paragraphs(en).includes("Opponents said the money should go to road repairs instead."));
  });
  it("German: a counter and 'Vergrößern' glued under the story's sentence do not make the next sentence a caption", () => {
    const de = parse([
      "Stadtrat beschließt neues Busnetz",
      "Der Stadtrat von Kassel hat am Donnerstag ein neues Busnetz beschlossen. Es soll im Sommer 2027 starten.",
      "Die Zahl der Linien steigt von 18 auf 24.",
      "Bild 1 von 4",
      "Vergrößern",
      "Die Opposition kritisierte die Kosten von zwölf Millionen Euro.",
      "Die Fahrpreise bleiben vorerst gleich.",
    ].join("\n"), "story.txt", "de");
    assert.deepEqual(figures(de), []);
    assert.ok(paragraphs(de).includes("Die Opposition kritisierte die Kosten von zwölf Millionen Euro."));
  });
});

describe("more archive marks where the credit goes", () => {
  it("after a spaced dash, in brackets with the archive's name, with a colon and the credit, or before the caption in the wires' style", () => {
    assert.deepEqual(readCaption("جانب من السوق القديمة في دمشق - أرشيفية", lexicons.ar!), { caption: "جانب من السوق القديمة في دمشق", credit: "أرشيفية" });
    assert.deepEqual(readCaption("인천국제공항 제2여객터미널 출국장 [연합뉴스 자료사진]", lexicons.ko!), { caption: "인천국제공항 제2여객터미널 출국장", credit: "연합뉴스 자료사진" });
    assert.deepEqual(readCaption("बस अड्डे पर यात्रियों की लंबी कतार। (फाइल फोटो: पीटीआई)", lexicons.hi!), { caption: "बस अड्डे पर यात्रियों की लंबी कतार।", credit: "फाइल फोटो: पीटीआई" });
    assert.deepEqual(readCaption("FILE - Fishing boats are moored in the harbour of Sidon, Lebanon, on May 2, 2025.", lexicons.en!), { caption: "Fishing boats are moored in the harbour of Sidon, Lebanon, on May 2, 2025.", credit: "FILE" });
    assert.deepEqual(readCaption("取材に応じる町長（資料）", lexicons.ja!), { caption: "取材に応じる町長", credit: "資料" });
  });
  it("not after a dash under three words: a menu's 'Le Monde - Archives'", () => {
    assert.equal(readCaption("Le Monde - Archives", lexicons.fr!)?.caption ?? null, null);
  });
});
