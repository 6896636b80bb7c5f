/**
 * The page's own furniture, read by structure in any language (issue 13): an embed's consent
 * prompt, an ad's copy under its label, a rating widget, a button glued to its teaser, tags on one
 * line, an author box at the end, a trust box, an app or audio-player note. And the guard of issue
 * 12: a real sentence of the story in the same place and with the same words stays.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";

const story = (...blocks: string[]) => blocks.join("\n\n");
/** The parser's verdict on every line: its text → what it became. */
function verdicts(text: string, language = "en"): Map<string, string> {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return new Map(trace.map((t) => [t.text.trim(), t.became]));
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");

const en = [
  "The harbour board voted on Tuesday to add a late-evening ferry to the island timetable, after more than 900 islanders signed a petition.",
  "The new sailing will leave the mainland at 10.15 pm from the first of May, the board's chair, Ruth Calder, told a packed meeting.",
  "The board will review the crossing's use in the autumn, when the summer timetable ends and fewer visitors travel.",
  "Fares will stay the same for islanders and visitors alike, a spokesperson for the ferry operator said on Wednesday.",
];
const de = [
  "Die Hafenbehörde hat am Dienstag eine zusätzliche Abendfähre zur Insel beschlossen, nachdem mehr als 900 Inselbewohner eine Petition unterschrieben hatten.",
  "Die neue Fähre soll ab dem ersten Mai um 22.15 Uhr vom Festland ablegen, sagte die Vorsitzende Ruth Kalder bei einer vollen Versammlung.",
  "Die Behörde will die Nutzung der Fähre im Herbst prüfen, wenn der Sommerfahrplan endet und weniger Gäste auf die Insel reisen.",
];
const sv = [
  "Hamnstyrelsen beslutade på tisdagen att lägga till en sen kvällsfärja till ön, efter att över 900 öbor skrivit under ett upprop.",
  "Den nya turen ska gå från fastlandet klockan 22.15 från och med första maj, sa ordföranden Ruth Kalder vid ett fullsatt möte.",
  "Styrelsen ska se över hur turen används i höst när sommartidtabellen tar slut och färre besökare reser till ön.",
];

describe("an embed held back for the reader's consent is the page's, in any language", () => {
  it("drops a German consent block (label, prompt, consent, show button) between two paragraphs", () => {
    const block = ["Empfohlener externer Inhalt", "An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt. Sie können ihn mit einem Klick anzeigen lassen.", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.", "Inhalt von Instagram anzeigen"];
    const v = verdicts(story("Spätfähre zur Insel kommt im Mai", de[0] as string, block.join("\n"), de[1] as string, de[2] as string), "de");
    for (const line of block) assert.ok(isNoise(v, line), line);
    for (const line of de) assert.ok(!isNoise(v, line), line);
  });

  it("drops a Swedish one (Externt innehåll / Jag godkänner … / Visa innehåll från X)", () => {
    const block = ["Externt innehåll", "Jag godkänner att externt innehåll visas, vilket kan innebära att personuppgifter delas med tredje part.", "Visa innehåll från X"];
    const v = verdicts(story("Sen färja till ön klar i maj", sv[0] as string, block.join("\n"), sv[1] as string, sv[2] as string), "sv");
    for (const line of block) assert.ok(isNoise(v, line), line);
  });

  it("keeps a reported sentence about external content and personal data", () => {
    const sentence = "Regulators found that 40 news sites loaded external content that passed personal data to third parties, the report said.";
    const v = verdicts(story("Sites shared reader data, regulator finds", en[0] as string, sentence, en[1] as string, en[2] as string));
    assert.ok(!isNoise(v, sentence));
  });
});

describe("an advertisement's copy under its label", () => {
  const ad = "ADVERTISEMENT\nSave up to 40% on spring breaks with Isles Travel. Book today and pay later.";
  it("drops the copy right under the label in copy parted by blank lines", () => {
    const v = verdicts(story("Late ferry approved", en[0] as string, en[1] as string, ad, en[2] as string, en[3] as string));
    assert.ok(isNoise(v, "Save up to 40% on spring breaks with Isles Travel. Book today and pay later."));
  });
  it("keeps the story's next line under the label when the copy has no blank lines (the line may be the story's)", () => {
    const v = verdicts([en[0], en[1], "Advertisement", en[2], en[3]].join("\n"));
    assert.ok(!isNoise(v, en[2] as string));
  });
  it("keeps a photo's caption under an ad label (a short caption, a credit label)", () => {
    const v = verdicts(story("Sen färja till ön klar i maj", "Annons\nHamnen i Ellen.\nFoto: Lena Berg", sv[0] as string, sv[1] as string, sv[2] as string), "sv");
    assert.ok(!isNoise(v, "Hamnen i Ellen."));
  });
});

describe("widgets, glued buttons and glued tags", () => {
  it("drops a rating widget: its label, its status and buttons counting up", () => {
    const widget = ["Valorar:", "Actualmente puntuada con 2 estrellas sobre 5", "Puntúalo 1 estrellas", "Puntúalo 2 estrellas", "Puntúalo 3 estrellas", "Puntúalo 4 estrellas"];
    const v = verdicts(story("El ferry nocturno llegará en mayo", widget.join("\n"), "La junta del puerto aprobó el martes un ferry nocturno a la isla, después de que más de 900 vecinos firmaran una petición.", "El nuevo trayecto saldrá a las 22.15 desde el primero de mayo, dijo la presidenta Ruth Calder ante una sala llena."), "es");
    for (const line of widget) assert.ok(isNoise(v, line), line);
  });
  it("keeps lines that count up with different words (a programme, stage by stage)", () => {
    const stages = ["Stage 1: Oslo to Bergen", "Stage 2: Bergen to Ålesund", "Stage 3: Ålesund to Trondheim"];
    const v = verdicts(story("Tour route announced", en[0] as string, stages.join("\n"), en[1] as string, en[2] as string));
    for (const line of stages) assert.ok(!isNoise(v, line), line);
  });
  it("drops a share button glued to the teaser it stands by", () => {
    const v = verdicts(story("Late ferry approved", ...en, "See also\nShare Island school reopens after storm\nIsland school reopens after storm"));
    assert.ok(isNoise(v, "Share Island school reopens after storm"));
  });
  it("drops tags glued on one line after the story, keeps a teaser in title case", () => {
    const tags = "Politik Parteien Europa Deutschland Migration Grenzkontrollen Bundestag Innenministerium";
    const v = verdicts(story("Spätfähre zur Insel kommt im Mai", ...de, tags), "de");
    assert.ok(isNoise(v, tags));
    const teaser = "Ferry Operator Orders Second Ship After Record Summer On The Islands";
    const w = verdicts(story("Late ferry approved", ...en, teaser));
    assert.ok(!(w.get(teaser) ?? "").includes("tags"), "a title-case headline has its stopwords: no tags line");
  });
});

describe("the page's voice at the story's end", () => {
  it("drops an author box that opens with the byline's name and a copula, in English and German", () => {
    const v = verdicts(story("Late ferry approved", "By Jane Okafor", ...en, "Jane Okafor is the Island Times' transport reporter. She has covered the islands since 2019."));
    assert.ok(isNoise(v, "Jane Okafor is the Island Times' transport reporter. She has covered the islands since 2019."));
    const w = verdicts(story("Spätfähre zur Insel kommt im Mai", "Von Lena Brandt", ...de, "Lena Brandt ist Redakteurin im Ressort Verkehr. Sie schreibt seit 2019 über die Inseln."), "de");
    assert.ok(isNoise(w, "Lena Brandt ist Redakteurin im Ressort Verkehr. Sie schreibt seit 2019 über die Inseln."));
  });
  it("keeps a last paragraph about someone else, and a contributor's line", () => {
    const last = "Ruth Calder is expected to stand for the board again in May, when three seats fall vacant.";
    const v = verdicts(story("Late ferry approved", "By Jane Okafor", ...en, last, "Jane Okafor contributed reporting from the mainland."));
    assert.ok(!isNoise(v, last));
    assert.ok(!isNoise(v, "Jane Okafor contributed reporting from the mainland."));
  });
  it("drops a trust box, an app prompt and an audio player's note", () => {
    const v = verdicts(story("Late ferry approved", "Why you can trust the Island Times", "Listen to this article", ...en, "Get the Island Times app for breaking news on your phone. Download it free from the App Store."));
    assert.ok(isNoise(v, "Why you can trust the Island Times"));
    assert.ok(isNoise(v, "Get the Island Times app for breaking news on your phone. Download it free from the App Store."));
    const w = verdicts(story("Sen färja till ön klar i maj", "Ljuduppspelningen är AI-genererad. Felaktigheter kan förekomma.", ...sv, "Detta är en nyhetsartikel. Tidningen granskar och ger dig de senaste nyheterna. Mer om oss här."), "sv");
    assert.ok(isNoise(w, "Ljuduppspelningen är AI-genererad. Felaktigheter kan förekomma."));
    assert.ok(isNoise(w, "Detta är en nyhetsartikel. Tidningen granskar och ger dig de senaste nyheterna. Mer om oss här."));
  });
  it("keeps a sentence about an app and a subhead that asks why to trust", () => {
    const sentence = "The ferry app will show delays from May, and it can be downloaded free, the operator said.";
    const v = verdicts(story("Late ferry approved", en[0] as string, "Why trust matters on the islands", en[1] as string, sentence, en[2] as string));
    assert.ok(!isNoise(v, sentence));
    assert.ok(!isNoise(v, "Why trust matters on the islands"));
  });
  it("drops the comment section's disclaimer and terms under a comments label at the end", () => {
    const v = verdicts(story("Ferry nocturno aprovado", "A junta do porto aprovou na terça-feira um ferry noturno para a ilha, depois de mais de 900 moradores assinarem uma petição.", "A nova travessia sairá às 22h15 a partir de maio, disse a presidente Ruth Calder a uma sala cheia de moradores.", "Comentários", "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem.", "Termos e condições"), "pt");
    assert.ok(isNoise(v, "Os comentários não representam a opinião do jornal; a responsabilidade é do autor da mensagem."));
    assert.ok(isNoise(v, "Termos e condições"));
  });
});
