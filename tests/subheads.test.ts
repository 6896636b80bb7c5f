/**
 * Subheads (src/parse/text/subhead.ts): a short line that opens a section of the story, told
 * from the short lines that are not headings by shape and neighbours, in several languages.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { subheadWhy } from "../src/parse/text/subhead.js";
import { toUnits } from "../src/parse/text/units.js";
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

describe("subheads: short lines on papers the parser never saw", () => {
  const de = [
    "Die Meere haben sich im vergangenen Sommer stärker erwärmt als in jedem anderen Jahr seit Beginn der Messungen, berichten die Forscher.",
    "Ein Grund dafür sei der schwächere Wind über dem Atlantik, der weniger kaltes Wasser aus der Tiefe an die Oberfläche bringe, sagt Lena Vogt.",
    "Die Folgen zeigen sich nach Ansicht der Forscherinnen vor allem an den Küsten, wo Fischer seit Monaten weniger Fang an Land bringen.",
  ];
  it("a name with a role after a comma, under a pull quote, is the quote's attribution, not a heading; a heading beside it is still one", () => {
    const got = subheads(story("Die Meere werden wärmer", "", de[0] as string, "", de[1] as string, "", de[2] as string, "", "Weniger Fang an den Küsten", "", de[0] as string, "", "Der Atlantik hat keine Pause gemacht.", "", "Lena Vogt, Universität Kassel", "", de[1] as string), "de");
    assert.deepEqual(got, ["Weniger Fang an den Küsten"]);
  });

  it("the first words of a paragraph that the copy broke in two (the rest opens with a small letter) are not a heading", () => {
    assert.deepEqual(subheads(story("Old ferry pier to close", "", en[0] as string, "", "The fishermen who moor at the pier", "said they had not been told where they would keep their boats during the works.", "", en[3] as string)), []);
  });

  it("a line in another script than the story's (an English label in a Korean story) is not a heading", () => {
    const ko = [
      "항만위원회는 월요일 낡은 여객선 부두를 앞으로 이 년 동안 폐쇄하고 그 사이에 기술자들이 부두의 기초를 새로 다시 쌓기로 했다고 밝혔다.",
      "여객선은 컨테이너 터미널로 옮겨 가며 위원회는 그 터미널이 늘어난 교통량을 지연 없이 충분히 감당할 수 있다고 이날 설명했다.",
      "부두에 배를 대는 어민들은 공사 기간 동안 배를 어디에 둬야 하는지 아직 아무런 안내도 받지 못했다고 강하게 불만을 나타냈다.",
    ];
    assert.deepEqual(subheads(story("낡은 여객선 부두 폐쇄", "", ko[0] as string, "", ko[1] as string, "", "Harbour map and timetable", "", ko[2] as string, "", "어민들 대책 요구", "", ko[0] as string), "ko"), ["어민들 대책 요구"]);
  });

  it("a line printed twice (an image's text and its caption's first words) is not a heading", () => {
    assert.deepEqual(subheads(story("Old ferry pier to close", "", en[0] as string, "", "Boats moored at the old pier", "", en[1] as string, "", "Boats moored at the old pier", "", en[2] as string)), []);
  });

  it("in a Q&A (four question lines or more) a question over an answer is the interviewer's, not a heading", () => {
    const units = toUnits(story(
      "A ferry captain on forty years at sea", "", en[0] as string, "",
      "When did you first work on the ferry?", "", "In 1985, as a deckhand, when the boats still ran on diesel from the old depot in town.", "",
      "What changed most in those years?", "", "The passengers. They used to talk to each other on the crossing, and now they look at their phones.", "",
      "Will you miss the old pier?", "", "Yes. I learned to tie up a boat there, and my father worked on that pier before me.", "",
      "What will you do next year?", "", "I will take my own boat out to the islands and fish for as long as my knees let me.",
    ));
    const questions = units.flatMap((u, i) => (u.text.endsWith("?") ? [i] : []));
    assert.equal(questions.length, 4);
    assert.deepEqual(questions.filter((i) => subheadWhy(units, i, true, () => false) !== null), []);
    // (one question between paragraphs is still a heading)
    const one = toUnits(story("Old ferry pier to close", "", en[0] as string, "", en[1] as string, "", "Where will the boats go?", "", en[2] as string));
    assert.notEqual(subheadWhy(one, 3, true, () => false), null);
  });

  it("a headline printed right under its section's label, set apart from the prose, is a teaser, not a heading (Norwegian)", () => {
    const no = [
      "Havnestyret vedtok mandag å stenge den gamle fergekaia i to år mens ingeniørene bygger nye fundamenter under den.",
      "Fergene flytter til containerterminalen, som styret mener kan ta imot den ekstra trafikken uten store forsinkelser.",
      "Fiskerne som fortøyer ved kaia sier at de ikke har fått beskjed om hvor de skal ligge mens arbeidet pågår.",
    ];
    assert.deepEqual(subheads(story("Fergekaia stenges", "", no[0] as string, "", no[1] as string, "", "Innenriks", "Fiskerne i nord får ny kai etter tre år med venting", no[2] as string, "", no[0] as string), "no"), []);
  });

  it("a short line under another short line (a label, a photo's text) is not a heading: a heading stands under body text (en, fr)", () => {
    assert.deepEqual(subheads(story("Old ferry pier to close", "", en[0] as string, "", en[1] as string, "", "Harbour life", "", "Boats moored at the new pontoon", "", en[2] as string)), []);
    const fr = [
      "Le conseil du port a voté lundi la fermeture du vieux quai des ferries pendant deux ans pour reconstruire ses fondations.",
      "Les ferries partiront du terminal à conteneurs, qui selon le conseil peut absorber le trafic supplémentaire sans retard.",
      "Les pêcheurs qui amarrent au quai disent ne pas savoir où ils laisseront leurs bateaux pendant toute la durée des travaux.",
    ];
    assert.deepEqual(subheads(story("Le vieux quai ferme", "", fr[0] as string, "", fr[1] as string, "", "En images", "", "Les bateaux au nouveau ponton", "", fr[2] as string, "", "Les pêcheurs inquiets", "", fr[0] as string), "fr"), ["Les pêcheurs inquiets"]);
  });
});

describe("subheads: a heading of two phrases parted by a comma is no 'Name, role'", () => {
  it("reads 'Neue Deiche, alte Probleme' as a subhead: the prose prints its first word in small letters ('die neuen Deiche')", () => {
    const text = story(
      "Hochwasser an der Lahn", "",
      "Die Lahn ist in der Nacht zum Samstag an mehreren Stellen über die Ufer getreten, mehr als zweihundert Keller in der Altstadt standen am Morgen unter Wasser.", "",
      "Neue Deiche, alte Probleme", "",
      "Erst vor vier Jahren hatte die Stadt die Deiche am Südviertel erhöhen lassen. Anwohner kritisieren nun, dass die neuen Anlagen ausgerechnet dort nicht reichten.", "",
      "Die Stadtverwaltung weist die Kritik zurück. Die neuen Deiche hätten Schlimmeres verhindert, erklärte ein Sprecher der Stadt am Samstag.",
    );
    assert.deepEqual(subheads(text, "de"), ["Neue Deiche, alte Probleme"]);
  });
  it("keeps a name with its role as no subhead when the prose prints the name whole", () => {
    const text = story(
      "Hochwasser an der Lahn", "",
      "Die Lahn ist in der Nacht zum Samstag an mehreren Stellen über die Ufer getreten, sagte Karin Berg, die in der Stadt die neue Feuerwehr leitet und die Einsätze plant.", "",
      "Karin Berg, Leiterin der Feuerwehr", "",
      "Erst vor vier Jahren hatte die Stadt die Deiche am Südviertel erhöhen lassen. Anwohner kritisieren nun, dass die neuen Anlagen ausgerechnet dort nicht reichten, wo das Wasser stand.",
    );
    assert.deepEqual(subheads(text, "de"), []);
  });
});
