/**
 * Unmarked Q&As (spec, "Interviews and transcripts"): a web Q&A prints each question as a
 * paragraph of its own, then the answer, with no label or mark. Given such an article, the
 * answers are quotes of the person the introduction names and the questions stay paragraphs;
 * an article with a few question crossheads answered by reporting is no interview. All copy here
 * is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const article = (lang: string, ...paragraphs: string[]) => parse(paragraphs.join("\n\n"), "a.txt", lang);

describe("an unmarked Q&A", () => {
  it("English: answers are quotes of the person introduced, questions are paragraphs", () => {
    const a = article(
      "en",
      "Why a bakery founder is betting on dough robots",
      "By Lena Fischer",
      "Marta Kowal started her bakery chain in a garage in 2012. We talked with her about machines, flour prices and what comes next.",
      "How did the idea of a baking robot come up?",
      "It started with a broken oven, honestly. We were losing a whole night of bread every week.",
      "So I called a friend who builds machines for car plants.",
      "What did your bakers say when they first saw it?",
      "They laughed at first. Then they saw it could fold dough at four in the morning.",
      "Are you worried about jobs?",
      "Not really. The people who used to carry trays now run the quality checks.",
      "What comes next for the company?",
      "We want to open ten more shops by the end of next year, mostly in smaller towns.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 5);
    assert.ok(quotes.every((q) => q.speaker === "Marta Kowal"), JSON.stringify(quotes.map((q) => q.speaker)));
    const paragraphs = blocksOf(a, "paragraph").map((p) => p.text);
    assert.ok(paragraphs.includes("Are you worried about jobs?"));
    assert.equal(blocksOf(a, "subhead").length, 0);
  });

  it("German: the same shape in another language, read by structure", () => {
    const a = article(
      "de",
      "„Wir bauen die Fähre neu“",
      "Von Jonas Weber",
      "Die Reederin Katrin Albers führt das Unternehmen seit zehn Jahren. Ein Gespräch über Strom, Häfen und Fahrgäste.",
      "Warum bauen Sie die alte Fähre nicht einfach um?",
      "Weil der Rumpf zu schwer ist. Mit Batterien käme sie kaum noch über die Elbe.",
      "Was kostet der Neubau?",
      "Rund zwölf Millionen Euro, die Hälfte trägt das Land.",
      "Wann fährt das neue Schiff?",
      "Im Frühjahr übernächsten Jahres, wenn die Werft pünktlich liefert.",
      "Und die Fahrgäste, merken die etwas?",
      "Es wird leiser an Bord, und die Überfahrt dauert zwei Minuten weniger.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 4);
    assert.ok(quotes.every((q) => q.speaker?.includes("Albers")), JSON.stringify(quotes.map((q) => q.speaker)));
  });

  it("an article with question crossheads answered by reporting is no interview", () => {
    const a = article(
      "en",
      "What the new harbour plan means",
      "The council approved the harbour plan on Monday after a long debate about costs and noise.",
      "What changes for residents?",
      "Lorries will use a new road, council planner Ana Lee said, and night work will stop at ten.",
      "Who pays for it?",
      "The port pays two thirds and the region the rest, finance chief Omar Diaz said on Monday.",
      "When does work start?",
      "Work starts in April and should take three years, according to the plan.",
      "Is anyone against it?",
      "A residents' group said it would appeal, its chair Mia Holm said.",
    );
    assert.equal(blocksOf(a, "quote").length, 0);
  });
});

describe("a Q&A with labelled turns", () => {
  it("short questions under the outlet's label ('Courier: Why now?') are the interviewer's turns", () => {
    const a = article(
      "en",
      "A founder looks back",
      "Tomas Lindqvist started one of the first online grocery services in 1999. He spoke to us about timing.",
      "Courier: What went wrong?",
      "Lindqvist: We were too early. People did not trust websites with their card details.",
      "Courier: Would it work today?",
      "Lindqvist: It does work today, obviously. Other people made it work.",
      "Courier: What is next?",
      "Lindqvist: Teaching. I want to help students avoid my mistakes, or at least make new ones.",
    );
    assert.deepEqual(blocksOf(a, "quote").map((q) => q.speaker), ["Tomas Lindqvist", "Tomas Lindqvist", "Tomas Lindqvist"]);
    assert.ok(blocksOf(a, "paragraph").some((p) => p.text === "Courier: What went wrong?"));
    assert.equal(blocksOf(a, "subhead").length, 0);
  });

  it("only the answers labelled, each after a question paragraph: the label's turns are the answers", () => {
    const a = article(
      "en",
      "A founder looks back",
      "Tomas Lindqvist started one of the first online grocery services in 1999. He spoke to us about timing.",
      "What went wrong?",
      "Lindqvist: We were too early. People did not trust websites with their card details.",
      "Would it work today?",
      "Lindqvist: It does work today, obviously. Other people made it work.",
      "I do not regret it, though. I learned more in those two years than in the twenty after.",
      "What is next?",
      "Lindqvist: Teaching. I want to help students avoid my mistakes, or at least make new ones.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 4);
    assert.ok(quotes.every((q) => q.speaker === "Tomas Lindqvist"), JSON.stringify(quotes.map((q) => q.speaker)));
    assert.equal(quotes[0]?.text, "We were too early. People did not trust websites with their card details.");
  });
});
