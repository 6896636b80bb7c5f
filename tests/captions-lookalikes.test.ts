/**
 * Look-alikes of captions in a story's body (issue 13, precision): lines that a caption's shape
 * fits but that no picture's mark or credit sits beside. Given this text, no caption. Articles
 * written for these tests, in French, English and Spanish.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readCaption } from "../src/parse/text/caption.js";
import { lexicons } from "../src/parse/lexicon/index.js";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));
const paragraphs = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));

describe("given these lines, no caption", () => {
  it("French: an agency's word alone across a blank line does not take the paragraph above as its caption", () => {
    const fr = parse([
      "Grève à la SNCF : un TGV sur deux circulera jeudi",
      "La SNCF prévoit de faire circuler un TGV sur deux jeudi, premier jour d'une grève reconductible lancée par trois syndicats de cheminots.",
      "Le trafic des RER sera très perturbé en Île-de-France.",
      "La direction a proposé mercredi une hausse de 2,5 % des salaires, jugée insuffisante par les syndicats.",
      "AFP",
      "Une nouvelle réunion est prévue vendredi au ministère.",
    ].join("\n\n"), "story.txt", "fr");
    assert.ok(!figures(fr).some(([caption]) => caption !== null));
    assert.ok(paragraphs(fr).includes("La direction a proposé mercredi une hausse de 2,5 % des salaires, jugée insuffisante par les syndicats."));
  });
  it("English: a file name glued under a short line is printed under its caption; the paragraph after the blank line is the story's", () => {
    const en = parse([
      "Millbrook library to close on Sundays",
      "Millbrook's central library will close on Sundays from January after the town council approved a budget that cuts its opening hours by a fifth.",
      "It became permanent two years later.",
      "The reading room on the first floor, where the Sunday groups meet.\nlibrary-reading-room.jpg",
      "The new hours start on 4 January.",
      "Staff will not lose their jobs, the council said.",
    ].join("\n\n"));
    assert.deepEqual(figures(en), [["The reading room on the first floor, where the Sunday groups meet.", null]]);
    assert.ok(paragraphs(en).includes("The new hours start on 4 January."));
  });
  it("Spanish: a place and a day with the agency in brackets under the byline is a date line, not a caption and its credit", () => {
    const es = parse([
      "La sequía obliga a cortar el agua por las noches en doce pueblos",
      "Lucía Hernández\nGranada, 3 dic (EFE)",
      "Doce municipios de la sierra de Granada cortarán el suministro de agua entre las once de la noche y las siete de la mañana a partir del lunes.",
      "La medida afectará a unos 40.000 vecinos.",
    ].join("\n\n"), "story.txt", "es");
    assert.deepEqual(figures(es), []);
  });
});

describe("a credit's shape in a sentence of the story", () => {
  const en = lexicons.en!;
  it("a label's word that opens the next sentence is no credit ('Credit Suisse …', 'Photo ID …', 'Bild Zeitung …')", () => {
    assert.equal(readCaption("Shares in European banks fell on Tuesday. Credit Suisse's former parent lost 4 percent in early trading.", en), null);
    assert.equal(readCaption("Regulators must still approve the deal. Photo ID checks for branch customers will also change.", en), null);
    assert.equal(readCaption("Der Fahrer kam in eine Klinik, teilte ein Sprecher mit. Bild Zeitung und NDR hatten zuerst berichtet.", lexicons.de!), null);
    assert.deepEqual(readCaption("The last sailing of the day leaves the harbour at dusk. Photo by Elena Marsh on Unsplash", en), { caption: "The last sailing of the day leaves the harbour at dusk.", credit: "Elena Marsh on Unsplash" });
  });
  it("two single words joined by a slash are a topic, not a photographer and an agency", () => {
    assert.equal(readCaption("Markets/Europe", en), null);
    assert.equal(readCaption("Polizei/Feuerwehr", lexicons.de!), null);
    assert.deepEqual(readCaption("Chuck Burton/AP", en), { caption: null, credit: "Chuck Burton/AP" });
  });
  it("an agency in brackets before the sentence's stop is the sentence's source", () => {
    assert.equal(readCaption("The two lenders will merge next year, creating the biggest bank in the eurozone (Reuters).", en), null);
    assert.deepEqual(readCaption("Rescue workers carry a stretcher in Porthaven on Monday (AFP)", en), { caption: "Rescue workers carry a stretcher in Porthaven on Monday", credit: "AFP" });
  });
  it("German: the story's last paragraph signed by its agency in brackets is no figure", () => {
    const de = parse([
      "Unfall auf der A7: Lastwagen kracht in Stauende",
      "Ein Lastwagen ist am Freitagmorgen auf der Autobahn 7 bei Göttingen in ein Stauende gefahren, drei Menschen wurden verletzt.",
      "Die Autobahn war in Richtung Kassel fünf Stunden lang gesperrt.",
      "Die Polizei sucht nach Zeugen, die Ursache ist noch unklar. (dpa)",
    ].join("\n\n"), "story.txt", "de");
    assert.deepEqual(figures(de), []);
  });
});
