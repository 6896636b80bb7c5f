/**
 * An interview's credits (issue 13, round of 6 Dec): the interviewer named over or under the
 * questions ("Interview by …", "Das Gespräch führte …", "Entrevista: …") asked the questions and
 * is never the speaker of the answers; the credit line is a paragraph, no answer and no heading.
 * A page that says it is an interview (the credit, or the label over the questions) is read as one
 * from three questions. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { interviewerCredit } from "../src/parse/text/interview.js";
import { blocksOf, parse } from "./helpers/parse.js";

const article = (lang: string, ...paragraphs: string[]) => parse(paragraphs.join("\n\n"), "a.txt", lang);
const speakers = (a: ReturnType<typeof article>) => blocksOf(a, "quote").map((q) => q.speaker);

describe("the interviewer's credit line", () => {
  it("names the interviewer in any of its printed forms", () => {
    assert.equal(interviewerCredit("Das Gespräch führte Thomas Berger.", false), "Thomas Berger");
    assert.equal(interviewerCredit("Interview by Daniel Price", false), "Daniel Price");
    assert.equal(interviewerCredit("Intervista a cura di Marco Rossi", false), "Marco Rossi");
    assert.equal(interviewerCredit("Haastattelun teki Ville Niemi", false), "Ville Niemi");
    assert.equal(interviewerCredit("（聞き手・山田太郎）", false), "山田太郎");
  });

  it("a label and a name alone credit the interviewer under the answers, the interviewee over the questions", () => {
    assert.equal(interviewerCredit("Entrevista: Pablo Serrano", true), "Pablo Serrano");
    assert.equal(interviewerCredit("Interview: Jana Weber", false), null);
  });

  it("a sentence that names someone is no credit", () => {
    assert.equal(interviewerCredit("Ich habe lange mit Anna Schmidt gesprochen.", true), null);
    assert.equal(interviewerCredit("The interview ended with a call from Anna Lee.", true), null);
  });
});

describe("an interview with its interviewer's credit", () => {
  it("German: the answers are the person introduced, the closing credit is the byline and no speaker", () => {
    const a = article(
      "de",
      "„Wir finden keine Erzieherinnen mehr“",
      "Drei Kitas im Landkreis haben ihre Öffnungszeiten gekürzt. Ein Gespräch mit Sabine Roth, der Leiterin des Kita-Verbunds.",
      "Frau Roth, wie viele Stellen sind offen?",
      "Elf, und das seit dem Sommer. Auf die letzte Anzeige kam eine einzige Bewerbung.",
      "Warum ist der Beruf so unbeliebt?",
      "Die Gruppen sind zu groß, und die Bezahlung passt nicht zur Verantwortung.",
      "Was fordern Sie vom Land?",
      "Wir brauchen kleinere Gruppen. Sonst verlieren wir auch die Kolleginnen, die noch da sind.",
      "Das Gespräch führte Thomas Berger.",
    );
    assert.deepEqual(speakers(a), ["Sabine Roth", "Sabine Roth", "Sabine Roth"]);
    // (the head has no byline: the interviewer's credit is the piece's byline, tests/parse-bylines-genres.test.ts)
    assert.equal(a.author, "Thomas Berger");
    assert.ok(!blocksOf(a, "quote").some((q) => q.text.includes("Das Gespräch führte")), "the credit is no answer");
  });

  it("Spanish: three questions under the credit, the interviewee named only in the headline", () => {
    const a = article(
      "es",
      "Lucía Ferrer: \"Escribo de noche porque de día soy enfermera\"",
      "La autora valenciana publica su tercera novela. Hablamos con ella en una cafetería del barrio.",
      "¿Cuánto hay de usted en la protagonista?",
      "Mucho más de lo que me gustaría admitir. Ella también llega tarde a todo.",
      "¿Cuándo escribe?",
      "De noche, cuando termina el turno. Tengo una libreta en la taquilla.",
      "¿Volverá a escribir sobre la sanidad?",
      "No lo sé. Ahora quiero descansar y leer lo que no he podido leer.",
      "Entrevista: Pablo Serrano",
    );
    assert.deepEqual(speakers(a), ["Lucía Ferrer", "Lucía Ferrer", "Lucía Ferrer"]);
    assert.equal(blocksOf(a, "subhead").length, 0);
  });

  it("English: a question put as a statement between answers is the interviewer's turn", () => {
    const a = article(
      "en",
      "'I never wanted to be a chef': Ruth Okafor on twenty years of cooking",
      "As her restaurant turns twenty, we spoke to Ruth Okafor about burnt sauces and bad reviews.",
      "Did you ever expect the place to last this long?",
      "Honestly, no. The first winter we had four customers on some nights.",
      "What kept you going?",
      "Stubbornness, mostly. And a landlord who let us pay the rent late.",
      "Your critics say the menu has hardly changed since 2006.",
      "They are right, and I am proud of it. People come back for the fish pie.",
      "Do you still cook yourself?",
      "Every Saturday. The kitchen is the only place where nobody asks me about spreadsheets.",
      "Interview by Daniel Price",
    );
    assert.deepEqual(speakers(a), ["Ruth Okafor", "Ruth Okafor", "Ruth Okafor", "Ruth Okafor"]);
    const paragraphs = blocksOf(a, "paragraph").map((p) => p.text);
    assert.ok(paragraphs.includes("Your critics say the menu has hardly changed since 2006."));
    // (the credit under the last answer is no answer and no heading: a sign-off's byline here)
    assert.equal(blocksOf(a, "subhead").length, 0);
  });

  it("a news story with three questions and no credit is no interview", () => {
    const a = article(
      "en",
      "What the new bin rules mean for you",
      "From January, the council will collect food waste every week. Here is what changes.",
      "Do I need a new bin?",
      "Yes. The council will deliver a small grey caddy to every house in December, officials said.",
      "What goes in it?",
      "All food waste, cooked or raw, including bones and tea bags.",
      "What if I miss a collection?",
      "Residents can report a missed bin online within two days.",
    );
    assert.equal(blocksOf(a, "quote").length, 0);
  });
});
