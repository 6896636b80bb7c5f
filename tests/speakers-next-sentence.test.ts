/**
 * A quote with no attribution of its own, followed by a one-sentence paragraph that points back at
 * the words and names their speaker ("The words were those of …", "So sagte es …", "Ces mots sont
 * ceux du maire", "Так сказал …"), is that person's: not the last person who spoke. A paragraph
 * after the quote that only mentions someone leaves the quote to the speaker before.
 * All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(paragraphs.join("\n\n"), "a.txt", lang), "quote");

describe("the speaker named in the sentence after the quote", () => {
  it("English: “…” / The words were those of Rosa Lindqvist, who …", () => {
    const [, q] = quotes("en", "Ferry fares to rise in May", "Ferry fares to the islands will rise by a fifth in May, the operator said.", "“Fuel has doubled and we cannot carry that alone,” said Owen Prys, the operator's director.", "Prys said the timetable would not change.", "“A family of four will pay more to cross than to fly to the mainland.”", "The words were those of Rosa Lindqvist, who runs the island's only shop.");
    assert.equal(q?.speaker, "Rosa Lindqvist");
  });

  it("German: „…“ / So sagte es Landrätin Petra Hahn bei einem Besuch.", () => {
    const [, q] = quotes("de", "Neue Schule kommt später", "Der Neubau der Gesamtschule verzögert sich um ein Jahr.", "„Die Pläne müssen wegen des Brandschutzes neu gezeichnet werden“, sagte Schulleiter Uwe Brandt.", "Brandt sprach von einem „ärgerlichen Rückschlag“.", "„Wir bauen lieber ein Jahr später als eine Schule, die nicht sicher ist.“", "So sagte es Landrätin Petra Hahn bei einem Besuch auf dem Gelände.");
    assert.equal(q?.speaker, "Petra Hahn");
  });

  it("Russian: «…» / Так сказал глава района Олег Смирнов на встрече с жителями.", () => {
    const [, q] = quotes("ru", "Мост закроют на ремонт", "Единственный мост через реку закроют на два месяца.", "«Другого пути нет, опоры разрушаются», — сказала инженер Мария Козлова.", "Козлова показала журналистам трещины.", "«Мы пустим паром, чтобы никто не остался отрезанным от города».", "Так сказал глава района Олег Смирнов на встрече с жителями.");
    assert.equal(q?.speaker, "Олег Смирнов");
  });

  it("French: « … » / Ces mots sont ceux du maire, qui …: the mayor the article named", () => {
    const [, q] = quotes("fr", "La piscine fermera l'été", "La piscine municipale fermera en juillet pour travaux.", "Le maire, Bernard Lemoine, a annoncé la décision lundi.", "« Le toit fuit depuis trois ans », explique Claire Dumas, maître-nageuse.", "« Je préfère fermer deux mois que de risquer un accident. »", "Ces mots sont ceux du maire, qui a écrit aux familles.");
    assert.equal(q?.speaker, "Bernard Lemoine");
  });

  it("a paragraph after the quote that names someone without pointing back leaves the quote to the speaker before", () => {
    const [, q] = quotes("en", "Library hours cut", "The central library will close on Sundays from June.", "“We have lost two posts and cannot staff seven days,” said librarian Ann Kowal.", "“Sunday is our quietest day.”", "Councillor Peter Marsh will raise the matter on Tuesday.");
    assert.equal(q?.speaker, "Ann Kowal");
  });
});
