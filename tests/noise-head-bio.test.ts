/**
 * An author's box in the article's head: the reporter's name alone on its line and, right under
 * it, a sentence that opens with the same name (the page's bio of its reporter). The bio is the
 * page's furniture, the name line stays the byline, the story under them is read as ever. Inside
 * the story, a subhead that names a person over a paragraph about them stays the story's.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";

function parse(text: string, language: string) {
  const { article, trace } = parseArticle(new VFile({ path: "story.txt", value: text }), { language, contentPath: "story.txt" });
  return { article, verdicts: new Map(trace.map((t) => [t.text.trim(), t.became])) };
}
const isNoise = (v: Map<string, string>, line: string) => (v.get(line) ?? "").startsWith("noise");

describe("the reporter's bio under the byline, in the head, is the page's (several languages)", () => {
  const pages = [
    {
      language: "en",
      headline: "Town hall approves a second bridge over the river",
      name: "Owen Pritchard",
      bio: "Owen Pritchard covers transport and planning for the Gazette. He joined the paper in 2021.",
      body: ["The council approved plans for a second road bridge on Thursday evening, after a debate of four hours.", "Work is expected to start next spring and to last about two years, the planning office said."],
    },
    {
      language: "pt",
      headline: "Prefeitura anuncia nova linha de ônibus para a zona norte",
      name: "Beatriz Lacerda",
      bio: "Beatriz Lacerda é repórter de cidades e escreve sobre mobilidade urbana desde 2018.",
      body: ["A prefeitura anunciou nesta segunda-feira uma nova linha de ônibus que ligará a zona norte ao centro.", "Segundo a secretaria de transportes, os veículos começam a circular no mês que vem."],
    },
    {
      language: "cs",
      headline: "Město opraví tramvajovou trať na nábřeží",
      name: "Petra Novotná",
      bio: "Petra Novotná je redaktorka domácí rubriky a píše o dopravě a bydlení.",
      body: ["Dopravní podnik začne v červenci opravovat tramvajovou trať podél nábřeží, oznámila radnice.", "Tramvaje budou během prací jezdit po objízdné trase přes náměstí."],
    },
  ];
  for (const p of pages) {
    it(`${p.language}: the bio is noise, the name is the byline, the story is kept`, () => {
      const text = ["Menu", "Search", p.headline, p.name, p.bio, "12.03.2026 08:15", ...p.body].join("\n");
      const { article, verdicts } = parse(text, p.language);
      assert.ok(isNoise(verdicts, p.bio), `${p.bio} → ${verdicts.get(p.bio)}`);
      assert.equal(article.headline, p.headline);
      assert.ok((verdicts.get(p.name) ?? "").startsWith("byline"), `${p.name} → ${verdicts.get(p.name)}`);
      for (const line of p.body) assert.ok(!isNoise(verdicts, line), line);
    });
  }
});

describe("a person's name over the paragraph about them, inside the story, stays the story's", () => {
  it("de: a subhead naming a person, then a paragraph opening with that name", () => {
    const text = [
      "Drei Frauen, die das Dorf verändert haben",
      "Von Lena Schubert",
      "Im kleinen Ort am See haben drei Frauen in diesem Jahr das Vereinsleben neu belebt. Wir stellen sie vor.",
      "Der Chor, die Bücherei und der Sportverein gäbe es ohne sie in dieser Form nicht mehr.",
      "Greta Hoffmann",
      "Greta Hoffmann leitet seit zwei Jahren den Chor und hat die Zahl der Sängerinnen verdoppelt.",
      "Sie probt jeden Dienstag im Gemeindehaus mit über dreißig Stimmen.",
    ].join("\n");
    const { verdicts } = parse(text, "de");
    assert.ok(!isNoise(verdicts, "Greta Hoffmann leitet seit zwei Jahren den Chor und hat die Zahl der Sängerinnen verdoppelt."));
  });
});
