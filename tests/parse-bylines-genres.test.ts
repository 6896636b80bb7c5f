/**
 * The head and the byline of other genres than the news story (pages written for these tests, in
 * several languages and scripts, pasted with their menus and tails): opinion columns with a quoted
 * headline under the paper's name, bylines set in capitals or with an initial, the editor's line
 * beside the writer's, the interviewer's credit at the end of an interview, and the author's bio
 * and disclaimer after a column.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const texts = (a: ReturnType<typeof parse>) => a.blocks.map((b) => ("text" in b && typeof b.text === "string" ? b.text : ""));

describe("opinion columns: the paper's name, a quoted headline, the bio and the disclaimer", () => {
  it("Italian: the paper's name over its menu is no headline; the quotation under it is", () => {
    const a = parse([
      "Gazzetta del Lago", "Cronaca", "Politica", "Economia", "Sport", "Il commento",
      "«Il lago non è una cartolina, è un bene comune»",
      "DI GIULIA ROSSI",
      "5 dicembre 2026",
      "Ogni estate il lungolago si riempie di turisti, e ogni autunno si torna a parlare di depuratori.",
      "",
      "La Regione ha stanziato dieci milioni per il risanamento, ma i lavori sono fermi da due anni.",
      "",
      "Serve un'autorità unica per il lago, con poteri reali e un bilancio proprio.",
      "",
      "Le opinioni espresse sono quelle dell'autrice.",
    ].join("\n"));
    assert.equal(a.headline, "«Il lago non è una cartolina, è un bene comune»");
    assert.equal(a.byline, "DI GIULIA ROSSI");
    assert.equal(a.author, "GIULIA ROSSI");
    assert.ok(!texts(a).some((t) => t.startsWith("Le opinioni")), "the disclaimer is the page's");
  });

  it("French: the paper's name among its menu's items, printed once, over a quoted headline", () => {
    const a = parse("Actualités\nLe Courrier du Rhône\nRégions\nSports\n« Nos bibliothèques ne sont pas un luxe »\nPublié le 5 décembre 2026\nChaque samedi matin, une file se forme devant la médiathèque du quartier bien avant l'ouverture.\n\nOn y vient pour imprimer un formulaire.");
    assert.equal(a.headline, "« Nos bibliothèques ne sont pas un luxe »");
    assert.ok(!texts(a).some((t) => ["Le Courrier du Rhône", "Régions", "Sports"].includes(t)), JSON.stringify(texts(a)));
  });

  it("English: the paper's name over its section's label, without a menu, is no headline either", () => {
    const a = parse([
      "The Northern Ledger",
      "Opinion",
      "“Our libraries are the last free rooms in town”",
      "By Helen Marsh",
      "December 5, 2026",
      "Every Saturday a queue forms outside the central library long before the doors open at nine o'clock.",
      "",
      "People come to print forms, to get warm, to do homework in quiet or to ask for help with an application.",
    ].join("\n"));
    assert.equal(a.headline, "“Our libraries are the last free rooms in town”");
    assert.equal(a.author, "Helen Marsh");
    assert.ok(!a.blocks.some((b) => b.type === "quote"), "the quoted headline is no quote of the body");
  });

  it("a title-case headline over a byline's short lines keeps its place (no longer line under them)", () => {
    const a = parse([
      "Storm Closes Coast Road",
      "Jane Porter",
      "Reporter",
      "Share",
      "Heavy rain closed the coast road on Friday morning after a landslide near the harbour, police said.",
      "",
      "Drivers were told to use the inland route until the council has cleared the debris.",
    ].join("\n"));
    assert.equal(a.headline, "Storm Closes Coast Road");
  });

  it("English and French: the bio that opens with the columnist's name and the disclaimer under it are the page's", () => {
    const en = parse([
      "Opinion",
      "“We cannot afford to ignore the river again”",
      "By Tom Reyes",
      "Sat 5 Dec 2026 08.00 GMT",
      "When the river broke its banks three winters ago, the council promised a review of the embankments.",
      "",
      "The embankments upstream were built for a climate that no longer exists, and rainfall has doubled.",
      "",
      "We need a flood authority with its own budget and the power to say no to building on the floodplain.",
      "",
      "Tom Reyes is a professor of hydrology at the University of Northvale.",
      "The views expressed in this article are the author's own.",
    ].join("\n"));
    assert.equal(en.author, "Tom Reyes");
    assert.ok(!texts(en).some((t) => t.startsWith("Tom Reyes is") || t.startsWith("The views")), JSON.stringify(texts(en)));
    const fr = parse([
      "« Nos bibliothèques ne sont pas un luxe »",
      "Par Claire Fontaine",
      "Publié le 5 décembre 2026 à 07h15",
      "Chaque samedi matin, une file se forme devant la médiathèque du quartier bien avant l'ouverture.",
      "",
      "Pourtant, plusieurs communes ont voté cet automne une réduction des horaires, parfois de moitié.",
      "",
      "Nous demandons un moratoire sur toute réduction d'horaires jusqu'à la fin de 2027.",
      "",
      "Claire Fontaine est bibliothécaire à Villeurbanne.",
      "Les tribunes publiées n'engagent que leurs auteurs.",
    ].join("\n"));
    assert.ok(!texts(fr).some((t) => t.startsWith("Claire Fontaine est") || t.startsWith("Les tribunes")), JSON.stringify(texts(fr)));
  });

  it("a last paragraph about the story's people and views is the story's (no writer's word)", () => {
    const a = parse([
      "Council keeps the winter festival",
      "By Priya Shah",
      "The council voted 9-3 on Thursday to keep funding the Harbour Lights winter festival this year.",
      "",
      "Opposition councillors said libraries and youth clubs should come first in next year's budget.",
      "",
      "The traders' views were heard at a public meeting in the town hall on Monday.",
    ].join("\n"));
    assert.ok(texts(a).includes("The traders' views were heard at a public meeting in the town hall on Monday."));
    const reported = parse([
      "Hospital waiting lists grow again",
      "By Priya Shah",
      "Waiting lists at the county's two hospitals grew for the fifth month in a row, new figures show.",
      "",
      "More than 4,000 patients have waited longer than a year for an operation.",
      "",
      "The report's author said the views of patients had been ignored.",
    ].join("\n"));
    assert.ok(texts(reported).includes("The report's author said the views of patients had been ignored."), "a sentence that reports someone is the story's");
  });
});

describe("bylines in capitals, with initials, beside an editor", () => {
  it("an opener and a name in capitals (German, Danish, Spanish) is the byline; a heading in capitals is none", () => {
    const de = parse("„Die Bahn braucht Geld“\nVON ANNA KLEIN\n05.12.2026, 06:30 Uhr\nSeit Jahren wird bei der Bahn über Personal gestritten, als ließe sich ein Netz so reparieren.\n\nDas Problem liegt woanders, bei den Stellwerken und den Brücken.");
    assert.equal(de.byline, "VON ANNA KLEIN");
    assert.equal(de.author, "ANNA KLEIN");
    const da = parse([
      "Færgen til Fanø aflyses i tre dage på grund af storm",
      "AF SØREN MØLLER",
      "5. dec. 2026 kl. 10.42",
      "Færgen mellem Esbjerg og Fanø sejler ikke fra fredag til søndag, fordi der er varslet stormflod.",
      "",
      "Det oplyser rederiet i en pressemeddelelse fredag morgen, og skolerne holder lukket.",
      "",
      "SÅDAN FORBEREDER DU DIG",
      "Kommunen anbefaler, at man fjerner løse genstande fra haven og holder sig væk fra diget.",
    ].join("\n"));
    assert.equal(da.author, "SØREN MØLLER");
    assert.ok(texts(da).includes("Kommunen anbefaler, at man fjerner løse genstande fra haven og holder sig væk fra diget."), "the paragraph under a heading in capitals is no author's bio");
    const desk = parse([
      "Mehr Geld für Pflegekräfte: Tarifeinigung in Kliniken",
      "VON UNSERER REDAKTION",
      "05.12.2026, 12:10 Uhr",
      "Die Beschäftigten der kommunalen Kliniken bekommen ab März mehr Geld, darauf haben sich beide Seiten geeinigt.",
      "",
      "Pflegekräfte erhalten in zwei Stufen insgesamt acht Prozent mehr Lohn, die Kliniken zahlen 40 Millionen Euro.",
      "",
      "WAS DIE EINIGUNG BEDEUTET",
      "Für eine Pflegekraft mit zehn Jahren Berufserfahrung sind das rund 300 Euro im Monat.",
    ].join("\n"));
    assert.equal(desk.byline, "VON UNSERER REDAKTION", "the newsroom in capitals, a desk's word last");
    assert.ok(desk.blocks.some((b) => b.type === "subhead" && b.text === "WAS DIE EINIGUNG BEDEUTET"), "half its words small words: a heading, not a name");
    assert.ok(texts(desk).includes("Für eine Pflegekraft mit zehn Jahren Berufserfahrung sind das rund 300 Euro im Monat."));
    const es = parse("El precio del aceite baja por primera vez en tres años\nPOR QUÉ IMPORTA\nEl precio del aceite de oliva virgen extra en origen ha bajado un 18 % en noviembre, según el ministerio.\n\nLa buena cosecha explica buena parte del descenso.");
    assert.equal(es.byline, null, "a heading in capitals of small words is no byline");
  });

  it("Tamil and Hindi: an initial with its full stop and a name, under the headline", () => {
    const ta = parse("சென்னையில் கனமழை: தாழ்வான பகுதிகளில் வெள்ளம்\nர. கார்த்திக்\nUpdated: 05 Dec, 2026 09:40 AM\nசென்னையில் வியாழக்கிழமை இரவு முதல் பெய்து வரும் கனமழையால் பல தாழ்வான பகுதிகளில் மழைநீர் தேங்கியுள்ளது.\n\nபள்ளிகளுக்கு இன்று விடுமுறை அறிவிக்கப்பட்டுள்ளது.");
    assert.equal(ta.byline, "ர. கார்த்திக்");
    const hi = parse("जयपुर में सर्दी का सितम, पारा पांच डिग्री तक गिरा\nआर. के. शर्मा\nEditor: सुनीता वर्मा\nUpdated: 05 Dec 2026, 08:30 AM IST\nराजस्थान की राजधानी जयपुर में शुक्रवार सुबह न्यूनतम तापमान पांच डिग्री सेल्सियस तक गिर गया।\n\nमौसम विभाग ने शीतलहर की चेतावनी जारी की है।");
    assert.equal(hi.byline, "आर. के. शर्मा", "the writer, not the editor");
    assert.ok(!texts(hi).some((t) => t.includes("सुनीता")), "the editor's line is the page's");
  });

  it("Indonesian: the writer's line is the byline, the editor's under it is the page's", () => {
    const a = parse("Menjaga Pangan Lokal di Tengah Gempuran Impor\nPenulis: Andi Wijaya\nEditor: Rina Sari\nSabtu, 5 Desember 2026 | 08:15 WIB\nSetiap menjelang Ramadan, harga beras dan bawang kembali menjadi berita utama di banyak daerah.\n\nPadahal produksi beras nasional tahun ini naik.");
    assert.equal(a.author, "Andi Wijaya");
    assert.ok(!(a.byline ?? "").includes("Rina Sari"));
    assert.ok(!texts(a).some((t) => t.includes("Rina Sari")));
  });
});

describe("interviews: the interviewer's credit at the end is the byline when the head has none", () => {
  it("German: a sentence of the data's opener and a name, closed by a full stop", () => {
    const a = parse([
      "Theaterintendantin Lena Hoffmann: „Wir spielen auch für leere Reihen“",
      "Das Stadttheater hat ein Drittel seiner Abonnenten verloren. Die neue Intendantin will trotzdem nicht kürzen.",
      "Frau Hoffmann, wie voll ist der Saal an einem Dienstagabend?",
      "",
      "Ehrlich gesagt: halb voll. Manchmal weniger. Aber wer kommt, bleibt bis zum Schluss.",
      "",
      "Wie wollen Sie das bezahlen?",
      "",
      "Mit weniger Premieren und längeren Laufzeiten. Ein Stück, das gut ist, darf auch zwanzigmal gespielt werden.",
      "",
      "Das Gespräch führte Jonas Becker.",
    ].join("\n"));
    assert.equal(a.author, "Jonas Becker");
    assert.ok(!texts(a).some((t) => t.startsWith("Das Gespräch")));
  });

  it("Spanish: the interviewer's credit over the photographer's is the byline, not a caption", () => {
    const a = parse([
      "«La ciencia necesita tiempo, no titulares»",
      "La investigadora Marta Olmedo defiende la financiación estable frente a los proyectos de dos años",
      "5 dic. 2026 - 09:00 CET",
      "Marta Olmedo recibe en su laboratorio de la Universidad de Granada entre cajas de muestras y una pizarra.",
      "",
      "¿Qué significa para usted este premio?",
      "",
      "Sobre todo, un reconocimiento al equipo. Aquí trabajan once personas y la mitad tiene un contrato temporal.",
      "",
      "Entrevista de Lucía Romero",
      "Fotografía: Pablo Sanz",
    ].join("\n"));
    assert.equal(a.author, "Lucía Romero");
    const media = a.blocks.filter((b) => b.type === "media");
    assert.deepEqual(media.map((b) => b.type === "media" && [b.caption, b.credit]), [[null, "Pablo Sanz"]], "the credit alone stays the pictures'");
  });

  it("English: a label and a name, then the editor's note of one sentence", () => {
    const a = parse([
      "Choir founder Ruth Adeyemi: ‘Anyone can sing, they just need a room’",
      "Ruth Adeyemi started the Eastgate Community Choir eight years ago with six neighbours and a piano.",
      "",
      "How did it start?",
      "",
      "I was retiring and I missed the people more than the work. I put a note in the library, and six people came.",
      "",
      "What will you feel on Saturday?",
      "",
      "Terror, probably. Then joy. We have worked on this programme since March with everyone.",
      "",
      "Interview: Mark Hill",
      "This interview has been edited for length and clarity.",
    ].join("\n"));
    assert.equal(a.author, "Mark Hill");
    assert.ok(!a.blocks.some((b) => b.type === "subhead" && b.text.includes("Mark Hill")));
  });
});
