/**
 * The end of a short article (issue 13): the line model's `tail` reads the page's tail from the
 * story's last sentence, however short, not from its last line of fifteen words; and the model
 * alone never drops a heading the story goes on under. A subhead over the story's last short
 * paragraph stays, in any language; the page's furniture after the story's last sentence still goes.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";

function verdicts(text: string, language: string): Map<string, string> {
  const { trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return new Map(trace.map((t) => [t.text.trim(), t.became]));
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");

describe("a short article's last subhead is the story's", () => {
  it("keeps a one-word subhead over the story's last short sentence, after a box of links (en)", () => {
    const text = [
      "Town pool to close for six weeks for roof repairs",
      "By Tom Fielding\nDecember 6, 2026",
      "The town's public swimming pool will close on January 5 for six weeks while its leaking roof is replaced, the council said on Friday.",
      "Swimming clubs will train at the leisure centre.",
      "Pool closures in 2026\nCouncil approves leisure budget\nLeisure centre extends opening hours",
      "Refunds",
      "Season tickets will be extended.",
    ].join("\n\n");
    const v = verdicts(text, "en");
    assert.ok(!isNoise(v, "Refunds"));
    assert.ok(!isNoise(v, "Season tickets will be extended."));
  });

  it("keeps a Spanish one, and still drops the page's buttons after the story's last sentence", () => {
    const text = [
      "La biblioteca del barrio abrirá los domingos",
      "Por Lucía Romero\n6 de diciembre de 2026",
      "La biblioteca municipal del barrio abrirá los domingos por la mañana a partir del 11 de enero, según anunció este sábado la delegada de Cultura.",
      "La medida llega tras una recogida de firmas.",
      "Horario",
      "Abrirá de nueve a dos de la tarde.",
      "Compartir\nFacebook\nWhatsApp",
    ].join("\n\n");
    const v = verdicts(text, "es");
    assert.ok(!isNoise(v, "Horario"));
    for (const line of ["Compartir", "Facebook", "WhatsApp"]) assert.ok(isNoise(v, line), line);
  });
});

describe("a subhead of two words, one of them a share bar's, is no menu by itself", () => {
  it("keeps 'Share prices' (en) and 'Mehr Busse' (de) between the story's paragraphs", () => {
    const en = [
      "The harbour company's profit rose by a fifth last year as more ferries ran between the islands, its annual report showed on Tuesday.",
      "Share prices",
      "Its shares rose four percent in early trading after the report was published, the exchange said.",
    ];
    const ve = verdicts(["Harbour company's profit up a fifth", ...en].join("\n\n"), "en");
    assert.ok(!isNoise(ve, "Share prices"));
    const de = [
      "Die Stadtwerke wollen im kommenden Jahr auf drei Linien öfter fahren, kündigte der Betriebsleiter am Montag im Verkehrsausschuss an.",
      "Mehr Busse",
      "Dafür werden vier neue Busse gekauft und sechs Fahrer eingestellt.",
    ];
    const vd = verdicts(["Stadtwerke fahren öfter", ...de].join("\n\n"), "de");
    assert.ok(!isNoise(vd, "Mehr Busse"));
  });
});
