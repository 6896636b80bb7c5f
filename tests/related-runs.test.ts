/**
 * Related boxes read as runs of teaser titles (src/parse/text/related.ts, readLinkRun): titles
 * set apart by blank lines, with their dates or sections between them, under a title or none.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");
const es = [
  "El ayuntamiento aprobó el lunes el cierre del viejo muelle de los transbordadores durante dos años para reforzar sus cimientos.",
  "Los transbordadores se trasladarán a la terminal de contenedores, que según el puerto puede asumir el tráfico sin retrasos.",
  "Los pescadores que amarran en el muelle dicen que nadie les ha explicado dónde dejarán sus barcos durante las obras del muelle.",
];

describe("related: a run of teaser titles after the story", () => {
  it("reads titles set apart by blank lines, with a date under each, under a title no list knows; the dates are the box's furniture", () => {
    const a = parse(
      story(
        "El puerto cierra el muelle viejo", "", es[0] as string, "", es[1] as string, "", es[2] as string, "",
        "Más sobre el puerto", "",
        "El puerto estudia un pontón provisional para los pescadores del muelle", "", "12/03/2025", "",
        "Los transbordadores del muelle cambian de horario en verano", "", "10/03/2025", "",
        "Las obras del muelle costarán más de lo previsto según el puerto", "", "08/03/2025",
      ),
      "story.txt",
      "es",
    );
    const boxes = blocksOf(a, "related");
    assert.equal(boxes.length, 1);
    assert.equal(boxes[0]?.title, "Más sobre el puerto");
    assert.deepEqual(boxes[0]?.links.map((l) => l.text), [
      "El puerto estudia un pontón provisional para los pescadores del muelle",
      "Los transbordadores del muelle cambian de horario en verano",
      "Las obras del muelle costarán más de lo previsto según el puerto",
    ]);
    assert.deepEqual(blocksOf(a, "subhead"), []);
  });
});
