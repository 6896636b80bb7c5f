/**
 * A speaker's affiliation after the name is not the speaker: given `«…», sagt Lea Brunner vom
 * Hilfswerk.`, the speaker is Lea Brunner, in German (contracted prepositions vom, zum, beim)
 * as in English (of). Swiss copy prints speech in «guillemets». All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(paragraphs.join("\n\n"), "a.txt", lang), "quote");

describe("the name before an affiliation", () => {
  it("German, Swiss guillemets: «…», sagt Sozialarbeiterin Lea Brunner vom Hilfswerk.", () => {
    const [q] = quotes("de", "Geflüchtete finden schwer Arbeit", "Der Bund will mehr Geflüchtete in den Arbeitsmarkt bringen.", "«Viele haben studiert, aber ihre Diplome gelten hier nicht», sagt Sozialarbeiterin Lea Brunner vom Hilfswerk.");
    assert.equal(q?.text, "Viele haben studiert, aber ihre Diplome gelten hier nicht");
    assert.ok(q?.speaker?.endsWith("Lea Brunner"), String(q?.speaker));
  });

  it("German: „…“, sagt Jonas Weber beim Besuch der Werft.", () => {
    const [q] = quotes("de", "Die Fähre wird neu gebaut", "Die Reederei hat den Auftrag am Montag vergeben.", "„Wir sind sehr zufrieden mit dem Angebot“, sagt Jonas Weber beim Besuch der Werft.");
    assert.equal(q?.speaker, "Jonas Weber");
  });

  it("English: “…,” said Maria Lopez of the Red Cross.", () => {
    const [q] = quotes("en", "Shelters fill up", "Shelters across the city were full on Monday night.", "“We have never seen so many families at once,” said Maria Lopez of the Red Cross.");
    assert.equal(q?.speaker, "Maria Lopez");
  });
});
