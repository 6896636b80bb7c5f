/**
 * Unmarked Q&As (spec, "Interviews and transcripts"): a web Q&A prints each question as a
 * paragraph of its own, then the answer, with no label or mark. Given such an article, the
 * answers are quotes of the person the introduction names and the questions stay paragraphs;
 * an article with a few question crossheads answered by reporting is no interview. All copy here
 * is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isQuestion } from "../src/parse/text/interview.js";
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

describe("a Q&A whose names are set once, then shortened", () => {
  it("full names on the first turns, initials after ('RO:', 'PvD:'): every answer is the interviewee's, the first one too", () => {
    const a = article(
      "en",
      "Sea walls for a sea we have not met",
      "By Rachel Okonjo",
      "Pieter van Dijk has designed storm barriers for thirty years. Rachel Okonjo spoke to him in The Hague.",
      "Rachel Okonjo: You say most sea walls are built for the wrong storm. Why?",
      "Pieter van Dijk: Engineers design for the worst storm in the record, and the record is the past.",
      "RO: What should a city do instead?",
      "PvD: Build so you can add to it. A wall you can raise later is worth more than a perfect one now.",
      "RO: Are you optimistic?",
      "PvD: I am Dutch. We do not have the luxury of pessimism.",
    );
    const quotes = blocksOf(a, "quote");
    assert.deepEqual(quotes.map((q) => q.speaker), ["Pieter van Dijk", "Pieter van Dijk", "Pieter van Dijk"]);
    assert.ok(quotes[0]?.text.startsWith("Engineers design"));
    assert.ok(blocksOf(a, "paragraph").some((p) => p.text.startsWith("RO: What should")));
  });

  it("'Q:'/'A:' under a byline with the letter a in it: the answers are the person introduced, not the interviewer's", () => {
    const a = article(
      "en",
      "Why teenagers cannot get up for school",
      "Interview by Daniel Ferreira",
      "Dr. Nadia Karimi studies adolescent sleep. Her new study found that a later start added an hour of sleep.",
      "Q: Are teenagers simply lazy in the morning?",
      "A: No. Around puberty the body clock shifts by up to two hours.",
      "Q: What did your study find?",
      "A: Schools that moved the first lesson to 9.30 saw pupils sleep about 50 minutes more.",
      "Q: What can parents do tonight?",
      "A: Take the phone out of the bedroom. It is not glamorous advice, but it works.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 3);
    assert.ok(quotes.every((q) => q.speaker === "Nadia Karimi"), JSON.stringify(quotes.map((q) => q.speaker)));
    assert.equal(blocksOf(a, "paragraph").filter((p) => p.text.startsWith("Q: ")).length, 3);
  });

  it("a box of links after the last answer ends the turn: the paragraph under it is nobody's answer", () => {
    const a = article(
      "en",
      "A founder looks back",
      "Tomas Lindqvist started one of the first online grocery services in 1999. He spoke to us about timing.",
      "Courier: What went wrong?",
      "Lindqvist: We were too early. People did not trust websites with their card details.",
      "Courier: Would it work today?",
      "Lindqvist: It does work today, obviously. Other people made it work.",
      "Read more",
      "The grocers who came too early",
      "Why card payments took off in 2004",
      "Our business desk reports on start-ups and the people behind them every week of the year.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 2, JSON.stringify(quotes.map((q) => q.text)));
  });
});

describe("an unmarked Q&A in other scripts and shapes", () => {
  it("Greek: questions end with the Greek question mark ';', the answers are the composer's", () => {
    const a = article(
      "el",
      "Νίκος Σταύρου: «Η μουσική δεν χρειάζεται διαβατήριο»",
      "Της Ελένης Παππά",
      "Ο Νίκος Σταύρου μεγάλωσε στην Κέρκυρα και σπούδασε στη Βιέννη. Τον συναντήσαμε στις πρόβες.",
      "Πώς ξεκίνησε η συνεργασία με το φεστιβάλ;",
      "Με ένα τηλεφώνημα, πριν από δύο χρόνια. Δεν το πίστευα στην αρχή.",
      "Τι θα ακούσει το κοινό στη Θεσσαλονίκη;",
      "Κομμάτια από την παράσταση και τραγούδια που μου τραγουδούσε η γιαγιά μου.",
      "Είναι δύσκολο να ζει κανείς από τη μουσική;",
      "Πολύ δύσκολο. Οι περισσότεροι φίλοι μου διδάσκουν σε ωδεία.",
      "Τι θα λέγατε σε έναν νέο μουσικό;",
      "Να ακούει τα πάντα και να μη φοβάται να φύγει.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 4);
    assert.ok(quotes.every((q) => q.speaker === "Νίκος Σταύρου"), JSON.stringify(quotes.map((q) => q.speaker)));
    assert.ok(blocksOf(a, "paragraph").some((p) => p.text === "Τι θα ακούσει το κοινό στη Θεσσαλονίκη;"));
  });

  it("Japanese: the person is the name before the honorific in the introduction (山口恵美さん)", () => {
    const a = article(
      "ja",
      "漆職人・山口恵美さんに聞く",
      "輪島市で三代続く工房を継いだ山口恵美さん（42）。再建と若い職人の育て方について話を聞いた。",
      "工房はいま、どんな状況ですか？",
      "建物はようやく直りましたが、道具の半分はまだ揃っていません。",
      "漆の仕事を継ごうと思ったのはいつですか？",
      "東京で会社員をしていて、父が倒れたと聞いて戻ってきたのがきっかけです。",
      "若い職人にはどう教えていますか？",
      "言葉で教えられることは少ないんです。とにかく毎日触ってもらいます。",
      "これからの目標は？",
      "輪島の漆を海外の人にも使ってほしいと思っています。",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 4);
    assert.ok(quotes.every((q) => q.speaker === "山口恵美"), JSON.stringify(quotes.map((q) => q.speaker)));
  });

  it("Spanish: an 'Entrevista: Marta Ruiz' line names the person, not the club the introduction names first", () => {
    const a = article(
      "es",
      "“El vestuario ya cree que podemos ganar la Liga”",
      "Por Javier Molina",
      "La entrenadora del Atlético Levante lleva a su equipo a lo más alto de la tabla.",
      "Entrevista: Marta Ruiz",
      "¿Esperaba estar líder en enero?",
      "Sinceramente, no. En verano hablábamos de salvar la categoría.",
      "¿Qué ha cambiado respecto a la temporada pasada?",
      "La confianza. Las jugadoras se han creído el plan.",
      "¿Cuál ha sido el partido más difícil?",
      "El de Bilbao, sin duda. Perdimos, pero aprendimos a sufrir.",
      "¿Y qué les dice a quienes dudan?",
      "Que lo veremos en mayo. Vamos partido a partido.",
    );
    const quotes = blocksOf(a, "quote");
    assert.equal(quotes.length, 4);
    assert.ok(quotes.every((q) => q.speaker === "Marta Ruiz"), JSON.stringify(quotes.map((q) => q.speaker)));
  });

  it("English: a possessive is no part of the person's name ('Amara Obi’s third novel')", () => {
    const a = article(
      "en",
      "A novelist on her father",
      "By Helen Marsh",
      "Amara Obi’s third novel follows a daughter who returns to Lagos to close her father’s record shop.",
      "How much of this book is your father?",
      "Less than people think. The man in the book is someone I invented.",
      "Why did it take seven endings?",
      "Because every ending I wrote was a verdict on him.",
      "What were you listening to while you wrote?",
      "Fela, of course, and the highlife my mother played on Sundays.",
      "What are you working on next?",
      "A collection of short stories set in a bus station.",
    );
    assert.deepEqual([...new Set(blocksOf(a, "quote").map((q) => q.speaker))], ["Amara Obi"]);
  });

  it("an explainer whose answers quote someone by name is no interview: only that quote is a quote", () => {
    const a = article(
      "fr",
      "Chèque énergie : qui y a droit ?",
      "Par Claire Dubois",
      "Le chèque énergie sera envoyé à partir du 15 avril à près de six millions de foyers.",
      "Qu’est-ce que le chèque énergie ?",
      "C’est une aide de l’État pour payer les factures d’électricité, de gaz ou de fioul.",
      "Qui peut en bénéficier ?",
      "Les foyers dont le revenu fiscal de référence est inférieur à 11 000 euros par unité de consommation.",
      "« Beaucoup de ménages ne l’utilisent pas parce qu’ils le prennent pour une publicité », a expliqué Sophie Marin, de l’association Énergie Solidaire.",
      "Comment l’utiliser ?",
      "On peut le donner directement à son fournisseur ou le déclarer en ligne sur le site officiel.",
      "Que faire si on ne l’a pas reçu ?",
      "Il faut attendre la fin du mois de mai avant de contacter l’assistance téléphonique.",
    );
    assert.deepEqual(blocksOf(a, "quote").map((q) => q.speaker), ["Sophie Marin"]);
  });

  it("an FAQ whose questions address no one ('What is changing?', 'Do I need to apply?') is no interview, though its lede names a person", () => {
    const a = article(
      "en",
      "Child benefit changes: what parents need to know",
      "By Ruth Evans",
      "Chancellor Rachel Moore announced on Wednesday that child benefit will be paid to all families again from September.",
      "What is changing?",
      "The income limit that stopped higher earners from getting the benefit will be scrapped.",
      "How much is it worth?",
      "Parents will get £26.05 a week for the eldest child and £17.25 for each other child.",
      "Do I need to apply?",
      "Families who stopped their claim will have to apply again online.",
      "When will the first payments arrive?",
      "The first payments under the new rules will be made in the second week of September.",
    );
    assert.equal(blocksOf(a, "quote").length, 0);
  });

  it("one reader's question answered by a columnist is no interview", () => {
    const a = article(
      "es",
      "¿Puede mi casero subirme el alquiler?",
      "Por Lucía Herrero",
      "Cada semana respondemos a las dudas de los lectores sobre vivienda.",
      "Firmé un contrato de cinco años en 2024. Ahora el propietario quiere cien euros más al mes. ¿Puede hacerlo?",
      "No, salvo que el contrato lo prevea. La ley solo permite actualizar la renta una vez al año.",
      "Si el contrato no dice nada, la renta no se puede tocar durante los cinco años.",
      "¿Tiene una duda sobre vivienda? Escríbanos.",
    );
    assert.equal(blocksOf(a, "quote").length, 0);
  });
});

describe("isQuestion: a paragraph that asks, in its script's mark", () => {
  it("reads ?, ？, ؟, ፧, the Greek ';' after a Greek word and the Armenian '՞' in the last sentence", () => {
    for (const q of ["Why now?", "どうですか？", "ما سبب هذا النقص؟", "ምን ታስባላችሁ፧", "Τι θα ακούσει το κοινό;", "Ինչո՞ւ եք վերադարձել Երևան։", "¿Y la política?”"]) assert.ok(isQuestion(q), q);
    for (const s of ["The work starts in April;", "Սա վերջին անգամն է։", "Ինչո՞ւ։ Որովհետև ժամանակ չկար։", "He said so."]) assert.ok(!isQuestion(s), s);
  });
});
