/**
 * Subheads (src/parse/text/subhead.ts): a short line that opens a section of the story, told
 * from the short lines that are not headings by shape and neighbours, in several languages.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...lines: string[]) => lines.join("\n");
const subheads = (text: string, lang = "en") => blocksOf(parse(text, "story.txt", lang), "subhead").map((b) => b.text);

const en = [
  "The harbour board voted on Monday to close the old ferry pier for two years while engineers rebuild its foundations.",
  "Ferry services will move to the container terminal, which the board said could take the extra traffic without delays.",
  "Fishermen who moor at the pier said they had not been told where they would keep their boats during the works.",
  "The board said it would meet the fishermen next week and that a temporary pontoon was one of the options on the table.",
];

describe("subheads: headings between paragraphs", () => {
  it("finds a short line between two paragraphs, in English and in Norwegian", () => {
    assert.deepEqual(subheads(story("Old ferry pier to close", "", en[0] as string, "", en[1] as string, "", "Fishermen left out", "", en[2] as string, "", en[3] as string)), ["Fishermen left out"]);
    const no = [
      "Havnestyret vedtok mandag å stenge den gamle fergekaia i to år mens ingeniørene bygger nye fundamenter under den.",
      "Fergene flytter til containerterminalen, som styret mener kan ta imot den ekstra trafikken uten store forsinkelser.",
      "Fiskerne som fortøyer ved kaia sier at de ikke har fått beskjed om hvor de skal ligge mens arbeidet pågår.",
    ];
    assert.deepEqual(subheads(story("Fergekaia stenges", "", no[0] as string, "", no[1] as string, "", "Fiskerne vet ikke hvor de skal", "", no[2] as string), "no"), ["Fiskerne vet ikke hvor de skal"]);
  });
});

describe("subheads: short lines that are not headings", () => {
  it("the last of a run of teaser titles printed together is one of the run, not a heading over the prose after it", () => {
    const got = subheads(story("Old ferry pier to close", "", en[0] as string, "", en[1] as string, "", "Council rejects plan for a second marina on the north shore", "Ferry fares to rise by four percent from January", "New timetable adds a late boat on Fridays", "", en[2] as string, "", en[3] as string));
    assert.deepEqual(got, []);
  });

  it("a player's control of digits is not a heading", () => {
    assert.deepEqual(subheads(story("Old ferry pier to close", "", en[0] as string, "", "1.0x", "", en[1] as string, "", en[2] as string)), []);
  });

  it("a line over two or more lines of page noise is not a heading", () => {
    assert.deepEqual(subheads(story("Old ferry pier to close", "", en[0] as string, "", en[1] as string, "", "Pictures from the harbour", "Share on Facebook", "Share on WhatsApp", "", en[2] as string)), []);
  });

  it("an interviewer's long question stays a paragraph", () => {
    const a = parse(story("Old ferry pier to close", "", en[0] as string, "", "What will the fishermen do with their boats during the two years that the pier is closed?", "", en[2] as string, "", en[3] as string));
    assert.deepEqual(blocksOf(a, "subhead"), []);
    assert.ok(blocksOf(a, "paragraph").some((p) => p.text.startsWith("What will the fishermen")));
  });
});
