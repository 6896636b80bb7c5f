/**
 * Copy that looks like a box of related links, or like a heading, and is the story's own
 * (src/parse/text/related.ts, subhead.ts): a list under a heading of the story, a bulleted list
 * of conditions, an editor's note or an update after its label, a sentence set in capitals, the
 * last item of a list without bullets, a Q&A's questions. And the boxes they must not cost: a
 * box whose title no list knows, after the story or printed apart from it.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const lines = (...l: string[]) => l.join("\n");
const spaced = (...l: string[]) => l.join("\n\n");
const links = (a: ReturnType<typeof parse>) => blocksOf(a, "related").flatMap((b) => b.links.map((l) => l.text));
const subheads = (a: ReturnType<typeof parse>) => blocksOf(a, "subhead").map((b) => b.text);

describe("a list under a heading of the story is no box of links", () => {
  it("between paragraphs, every line set apart: the heading names what the prose names (Russian)", () => {
    const a = parse(
      spaced(
        "В трёх районах отключат отопление",
        "Жители трёх районов города останутся без отопления в выходные: коммунальщики начинают срочный ремонт магистральной теплотрассы.",
        "По данным мэрии, работы продлятся не больше двух суток, а тепло вернут в дома к вечеру понедельника, пообещали в мэрии.",
        "Какие дома отключат",
        "Ленинский район, улицы Гагарина и Мира",
        "Советский район, проспект Победы",
        "Заречный район, вся улица Садовая",
        "В мэрии попросили жителей заранее запастись обогревателями и не оставлять их включёнными без присмотра на ночь.",
      ),
      "story.txt",
      "ru",
    );
    assert.deepEqual(links(a), []);
  });
  it("between paragraphs (Arabic): the teachers' demands under their heading", () => {
    const a = parse(
      spaced(
        "خطة لبناء 120 مدرسة جديدة",
        "أعلنت وزارة التربية والتعليم اليوم خطة لبناء مدارس جديدة في المحافظات الأكثر ازدحاما خلال السنوات الثلاث المقبلة بتكلفة كبيرة.",
        "وقالت نقابة المعلمين إن بناء المدارس وحده لا يكفي وإن المشكلة الأكبر هي نقص المعلمين في القرى والمدن على حد سواء.",
        "مطالب المعلمين",
        "زيادة عدد المعلمين في المدارس الجديدة",
        "تدريب المعلمين على المناهج الحديثة",
        "تحسين رواتب المعلمين في القرى",
        "ومن المقرر أن تعرض الخطة على مجلس النواب الشهر المقبل بعد أن تنتهي الوزارة من دراسة التكلفة النهائية لكل مدرسة.",
      ),
      "story.txt",
      "ar",
    );
    assert.deepEqual(links(a), []);
  });
  it("a programme between paragraphs: its days over its events are no kickers over headlines (German)", () => {
    const a = parse(
      lines(
        "Weihnachtsmarkt öffnet mit neuem Programm",
        "",
        "Der Weihnachtsmarkt auf dem Rathausplatz öffnet am Montag zum ersten Mal mit einem Programm für jeden Tag der Woche, sagen die Veranstalter.",
        "",
        "Das Programm der ersten Woche",
        "Montag",
        "Eröffnung des Marktes mit dem Bürgermeister und dem Posaunenchor",
        "Dienstag",
        "Kinderprogramm mit Puppentheater auf der Bühne am Rathaus",
        "",
        "Die Händler sind mit der Entwicklung zufrieden und haben so viele Anmeldungen wie noch nie gehabt, sagt die Marktmeisterin der Stadt.",
      ),
      "story.txt",
      "de",
    );
    assert.deepEqual(links(a), []);
  });
  it("a bulleted list under a heading of the story between paragraphs; kickered bullets under the same heading are links", () => {
    const text = (...items: string[]) =>
      lines(
        "Harbour budget approved after late vote",
        "",
        "Councillors approved a £48m budget for the town's harbour on Thursday night after a debate about the old market hall that ran past midnight.",
        "",
        "What the harbour budget buys",
        ...items,
        "",
        "The leader of the council said the budget was the biggest investment in the harbour for a generation and that work would start soon.",
      );
    assert.deepEqual(links(parse(text("• New pontoons for the boats in the harbour", "• A flood wall along the north quay", "• A new roof for the market hall"))), []);
    assert.equal(links(parse(text("• Analysis: Why the harbour needs new pontoons", "• Explainer: How the flood wall will work"))).length, 2);
  });
  it("a bulleted list of conditions in the story", () => {
    const a = parse(
      lines(
        "Winter fuel payments: who can claim and how",
        "Pensioners who lost their winter fuel payment last year can claim it again from Monday, after the government widened the rules in its autumn statement.",
        "• You must be over state pension age by 21 September",
        "• Your income must be below £35,000 a year",
        "• You must live in the UK",
        "The payment is worth £200 for most households and £300 where someone is over 80, the Department for Work and Pensions said.",
      ),
    );
    assert.deepEqual(links(a), []);
  });
  it("a fact box's rows after the story's last sentence: a label and a short value", () => {
    const a = parse(
      spaced(
        "Las fiestas de San Roque vuelven al casco antiguo",
        "El Ayuntamiento presentó este jueves el programa de las fiestas de San Roque, que regresan al casco antiguo después de tres años en el recinto ferial.",
        "Precios en las casetas",
        "Caña: 2 euros",
        "Ración de pulpo: 12 euros",
        "Bocadillo: 4 euros",
        "La venta de bebidas en vidrio estará prohibida.",
      ),
      "story.txt",
      "es",
    );
    assert.deepEqual(links(a), []);
  });
});

describe("a line between paragraphs that is the story's, not a link", () => {
  const around = (line: string) =>
    spaced(
      "Teachers march on county hall as pay talks collapse",
      "More than 3,000 teachers marched through the centre of Hallvik on Thursday after talks between the county and the unions broke down again.",
      line,
      "Parents have been told that most schools will stay open during any strike, but that some classes may be sent home early.",
    );
  it("an editor's note or an update after its label runs a sentence on in small letters", () => {
    assert.deepEqual(links(parse(around("Editor's note: this story was updated on Friday with a response from the county's head of education"))), []);
    assert.deepEqual(links(parse(around("Update: the unions say they will announce new strike dates"))), []);
  });
  it("one sentence set in capitals is no link; the page's habit of two or more is", () => {
    assert.deepEqual(links(parse(around("ALL SCHOOLS WILL BE OPEN ON MONDAY AS NORMAL"))), []);
    const two = spaced(
      "Teachers march on county hall as pay talks collapse",
      "More than 3,000 teachers marched through the centre of Hallvik on Thursday after talks between the county and the unions broke down again.",
      "TEACHERS IN HALLVIK VOTE TO STRIKE OVER PAY",
      "Parents have been told that most schools will stay open during any strike, but that some classes may be sent home early.",
      "COUNTY OFFERS TEACHERS A FOUR PERCENT PAY RISE",
      "The county's head of education said the offer was the most it could afford without closing schools or cutting classes.",
    );
    assert.deepEqual(links(parse(two)), ["TEACHERS IN HALLVIK VOTE TO STRIKE OVER PAY", "COUNTY OFFERS TEACHERS A FOUR PERCENT PAY RISE"]);
  });
  it("a headline after a topic and a colon stays a link", () => {
    assert.deepEqual(links(parse(around("Internal memo: County officials knew of the budget gap for months, emails show"))), ["Internal memo: County officials knew of the budget gap for months, emails show"]);
  });
});

describe("a run or a label between paragraphs that is the story's", () => {
  it("the names the story reads out, printed without blank lines, are no untitled box", () => {
    const a = parse(
      lines(
        "Fishermen block harbour mouth in protest over quotas",
        "About forty fishing boats blocked the mouth of Skerry Bay harbour for six hours on Friday in protest at new fishing quotas for the fleet.",
        "On the quay, a crowd of families read out the names of the boats the town has lost since 1990, one after another, to applause from the harbour wall.",
        "The Morning Star of Skerry Bay",
        "The Good Hope from Hallvik pier",
        "The Sisters Three of the north quay",
        "The ferry company said about 400 passengers had been delayed and that it would ask the harbour board to recover its costs.",
      ),
    );
    assert.deepEqual(links(a), []);
  });
  it("an award's name over a film's title in title case is no section's label over a teaser: the prose names the award", () => {
    const para = "A documentary about the last herring smokehouse on the coast won the top prize at the Skerry Bay film festival on Saturday night.";
    const a = parse(lines("Film festival names its winners", "", para, "", "The jury said the film was patient, funny and quietly furious about what the coast is losing to the years.", "", "Best Documentary", "The Last Smokehouse On The Northern Coast", "", "The film's director spent three winters filming the smokehouse's owner, who is 84 and still lights the fires himself every morning."));
    assert.deepEqual(links(a), []);
  });
});

describe("boxes whose title no list knows still read", () => {
  it("after the story, a title with a word of the page's over headlines that share the story's words (Swahili)", () => {
    const a = parse(
      lines(
        "Mvua kubwa yasababisha mafuriko Dar es Salaam",
        "Mvua kubwa iliyonyesha usiku wa kuamkia Ijumaa imesababisha mafuriko katika maeneo mengi ya jiji la Dar es Salaam, na kuwalazimu mamia ya wakazi kuhama makazi yao.",
        "Shule kadhaa zimefungwa kwa muda na baadhi ya barabara kuu hazipitiki kutokana na maji mengi ya mvua iliyonyesha usiku kucha.",
        "Habari za mafuriko",
        "Serikali yatoa tahadhari ya mvua kwa mikoa ya pwani",
        "Wakazi wa Jangwani walalamikia mitaro iliyoziba",
        "Bei ya mboga yapanda sokoni Kariakoo baada ya mvua",
      ),
      "story.txt",
      "sw",
    );
    assert.equal(links(a).length, 3);
  });
});

describe("a heading is not the end of a list nor a Q&A's question", () => {
  it("the last item of a list without bullets, over the prose under it, is the list's", () => {
    const a = parse(
      spaced(
        "В трёх районах отключат отопление",
        "Жители трёх районов города останутся без отопления в выходные: коммунальщики начинают срочный ремонт магистральной теплотрассы.",
        "Что делать жителям",
        "Закрыть форточки и балконные двери",
        "Не включать газовую плиту для обогрева",
        "Звонить по номеру 112, если в квартире ниже 15 градусов",
        "Работы будут вести круглосуточно",
        "Городские власти пообещали, что после ремонта проверят и соседние участки теплотрассы, которые тоже давно не меняли.",
      ),
      "story.txt",
      "ru",
    );
    assert.ok(!subheads(a).includes("Работы будут вести круглосуточно"), JSON.stringify(subheads(a)));
  });
  it("a question over one answer, then the next question: the interviewer's turns, not headings", () => {
    const a = parse(
      lines(
        "Municipales : la gauche garde Montreuil-sur-Loire de justesse",
        "La liste d’union de la gauche conduite par Sophie Marchand a remporté dimanche le second tour de l’élection municipale partielle, avec seulement 112 voix d’avance.",
        "Trois questions à Jean Roux, politologue",
        "Pourquoi ce résultat ?",
        "La gauche a su mobiliser dans les quartiers nord, où la participation a bondi de dix points entre les deux tours.",
        "Et la droite ?",
        "Elle paie ses divisions du premier tour, quand deux listes se sont affrontées dans la plupart des bureaux de vote.",
      ),
      "story.txt",
      "fr",
    );
    assert.deepEqual(subheads(a).filter((s) => s.endsWith("?")), []);
  });
  it("a question heading over a section of several paragraphs stays a heading", () => {
    const a = parse(
      spaced(
        "Harbour budget: what the vote means",
        "Councillors in Harbourside approved a £48m budget for the town's harbour on Thursday night after a debate that ran past midnight.",
        "What happens next?",
        "The first pontoons will be installed in April, with the flood wall following in the summer, the council said on Friday.",
        "Parts of the north quay will be closed for about six weeks while the wall is built, and boats will moor at the ferry pier.",
        "Who pays?",
        "Most of the money comes from a government grant, with the rest borrowed over thirty years against the harbour's income.",
        "Harbour fees will rise by four percent next year to pay the interest, the council's finance officer told the meeting.",
      ),
    );
    assert.deepEqual(subheads(a), ["What happens next?", "Who pays?"]);
  });
});
