/**
 * Pages copied as a browser's innerText set every line apart with a blank line: a picture's slot
 * ("Image", "Bild", "Foto"), its caption and the caption's credit come apart, and must still be one
 * figure, while the story's paragraph under the credit stays the story's. Given this text, this
 * structure. Articles written for these tests, in English, German and Spanish.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const figures = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "media" ? [[b.caption, b.credit]] : []));
const subheads = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "subhead" ? [b.text] : []));
const paragraphs = (a: ReturnType<typeof parse>) => a.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));
const apart = (lines: string[]) => lines.join("\n\n") + "\n";

describe("a picture's slot over its caption, every line set apart", () => {
  it("German: 'Bild', the caption, 'Foto: …' are one figure; the paragraph under it is the story's", () => {
    const a = parse(apart([
      "Neue Brücke über die Elbe freigegeben",
      "Von Katrin Vogel",
      "04.03.2026, 10:15 Uhr",
      "Nach vier Jahren Bauzeit ist die neue Brücke zwischen Altstadt und Neustadt seit Dienstag für den Verkehr geöffnet.",
      "Die Stadt rechnet mit bis zu 30.000 Fahrzeugen am Tag, doppelt so vielen wie auf der alten Brücke.",
      "Bild",
      "Die ersten Radfahrer auf der neuen Brücke am Dienstagmorgen",
      "Foto: Lena Hartmann/dpa",
      "Die Kosten waren zuletzt auf 48 Millionen Euro gestiegen, rund ein Drittel mehr als geplant.",
      "Für Fußgänger gibt es auf beiden Seiten breite Wege mit Blick auf die Altstadt.",
      "Anwohner hatten jahrelang über den Lärm der Baustelle geklagt.",
    ]));
    assert.deepEqual(figures(a), [["Die ersten Radfahrer auf der neuen Brücke am Dienstagmorgen", "Lena Hartmann/dpa"]]);
    assert.deepEqual(subheads(a), []);
    assert.ok(paragraphs(a).includes("Die Kosten waren zuletzt auf 48 Millionen Euro gestiegen, rund ein Drittel mehr als geplant."));
  });
  it("English: 'Image' over a caption without a credit is a figure, never a subhead", () => {
    const a = parse(apart([
      "Ferry service resumes after two-week strike",
      "By Owen Fletcher",
      "March 3, 2026",
      "Ferries between the mainland and the islands sailed again on Monday after crews accepted a new pay offer.",
      "The strike had left hundreds of islanders relying on a single small boat run by volunteers.",
      "Image",
      "Passengers board the first morning ferry at the harbour terminal.",
      "Operators said timetables would be back to normal by the weekend.",
      "The union said the deal raises wages by six percent over two years.",
      "Island shops had run short of fresh food during the dispute.",
    ]));
    assert.deepEqual(figures(a), [["Passengers board the first morning ferry at the harbour terminal.", null]]);
    assert.deepEqual(subheads(a), []);
    assert.ok(paragraphs(a).includes("Operators said timetables would be back to normal by the weekend."));
  });
  it("Spanish: 'Foto' over a caption without a credit is a figure, and the paragraph under it the story's", () => {
    const a = parse(apart([
      "El metro amplía su horario los fines de semana",
      "Por Lucía Navarro",
      "3 de marzo de 2026",
      "El metro de la ciudad abrirá hasta las dos de la madrugada los viernes y sábados a partir de abril.",
      "La medida costará unos cuatro millones de euros al año, según el consorcio de transportes.",
      "Foto",
      "Viajeros en el andén de la estación central a última hora de la noche.",
      "Los sindicatos piden más personal para cubrir los nuevos turnos.",
      "La empresa asegura que contratará a sesenta trabajadores antes del verano.",
      "Los vecinos de la periferia reclaman también más autobuses nocturnos.",
    ]));
    assert.deepEqual(figures(a), [["Viajeros en el andén de la estación central a última hora de la noche.", null]]);
    assert.deepEqual(subheads(a), []);
    assert.ok(paragraphs(a).includes("Los sindicatos piden más personal para cubrir los nuevos turnos."));
  });
});

describe("a photographer and the outlet they worked for, on its own line under a slot's caption", () => {
  it("English and French: the line is the caption's credit, not a subhead", () => {
    const en = parse(apart([
      "Ferry service resumes after two-week strike",
      "By Owen Fletcher",
      "March 3, 2026",
      "Ferries between the mainland and the islands sailed again on Monday after crews accepted a new pay offer.",
      "The strike had left hundreds of islanders relying on a single small boat run by volunteers.",
      "Image",
      "Passengers board the first morning ferry at the harbour terminal.",
      "Ana Ruiz for The Island Courier",
      "Operators said timetables would be back to normal by the weekend.",
      "The union said the deal raises wages by six percent over two years.",
    ]));
    assert.deepEqual(figures(en), [["Passengers board the first morning ferry at the harbour terminal.", "Ana Ruiz for The Island Courier"]]);
    assert.deepEqual(subheads(en), []);
    const fr = parse([
      "Le tramway de Nantes prolongé jusqu'à l'aéroport",
      "Par Hélène Martin",
      "Publié le 4 mars 2026",
      "",
      "Les travaux de prolongement de la ligne 3 commenceront à l'automne, a annoncé mardi la métropole.",
      "Image",
      "La station Commerce, dans le centre de Nantes, mardi matin.",
      "Marc Dubois pour Libération",
      "Le chantier doit durer trois ans et coûter 210 millions d'euros.",
      "",
    ].join("\n"));
    assert.deepEqual(figures(fr), [["La station Commerce, dans le centre de Nantes, mardi matin.", "Marc Dubois pour Libération"]]);
  });
  it("not a credit: a sentence of the story, or a line with a clause", async () => {
    const { readForOutletCredit } = await import("../src/parse/text/lone-credit.js");
    assert.equal(readForOutletCredit("Ana Ruiz for The Island Courier"), "Ana Ruiz for The Island Courier");
    assert.equal(readForOutletCredit("The council voted for the plan."), null);
    assert.equal(readForOutletCredit("Residents ask for more buses"), null);
    assert.equal(readForOutletCredit("Marc Dubois, pour Libération"), null);
  });
});
