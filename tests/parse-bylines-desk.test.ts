/** Bylines of pasted pages: a desk beside a named reporter, Japanese bylines, a name under a quoted headline. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

const page = (...lines: string[]) => lines.join("\n");

describe("bylines: the named reporter beside a desk", () => {
  it("takes the reporter's name, not the desk printed over it (Portuguese, Russian, English)", () => {
    const pt = parse(page(
      "Prefeitura anuncia nova ciclovia na orla", "Redação", "Por João Mendes", "05/12/2026 09h15",
      "A Prefeitura anunciou nesta sexta-feira a construção de uma ciclovia de oito quilômetros ao longo da orla.", "",
      "A obra deve começar em fevereiro.",
    ), "story.txt", "pt");
    assert.equal(pt.author, "João Mendes");
    assert.match(pt.byline ?? "", /Por João Mendes/u);
    const ru = parse(page(
      "В Екатеринбурге откроют три новые станции метро", "Редакция", "Текст: Анна Смирнова", "5 декабря 2026, 11:40",
      "Власти Екатеринбурга утвердили проект продления первой линии метро на три станции.", "",
      "Строительство начнется весной и займет четыре года.",
    ), "story.txt", "ru");
    assert.equal(ru.author, "Анна Смирнова");
    const en = parse(page(
      "School board approves four-day week for rural districts", "Lakeland Standard Staff", "Sarah Kim", "Dec 4, 2026",
      "The county school board voted 5-2 on Wednesday to let three rural districts move to a four-day school week.", "",
      "Supporters said the change would help the districts hire teachers.",
    ));
    assert.equal(en.author, "Sarah Kim");
  });

  it("takes the name before a slash and the reporter's role", () => {
    const a = parse(page(
      "Landtag streicht Zuschuss für Schulbusse", "Anna Weber / Redakteurin", "05.12.2026, 10:15 Uhr",
      "Der Landtag hat am Donnerstag den Zuschuss für Schulbusse in ländlichen Gemeinden gestrichen.", "",
      "Die Kreise müssen die Kosten künftig allein tragen.",
    ), "story.txt", "de");
    assert.equal(a.byline, "Anna Weber / Redakteurin");
    assert.equal(a.author, "Anna Weber");
  });

  it("keeps the desk when no reporter is named", () => {
    const a = parse(page(
      "Málaga tendrá su primera línea de autobús eléctrico en enero", "Agencias", "5 dic 2026 - 10:20",
      "La Empresa Malagueña de Transportes pondrá en servicio en enero su primera línea de autobuses eléctricos.", "",
      "La compañía ha comprado doce vehículos.",
    ), "story.txt", "es");
    assert.equal(a.author, "Agencias");
  });

  it("takes the byline with an opener over a name under a quoted headline (the quote's speaker)", () => {
    const a = parse(page(
      "‘We will not close a single library’", "Councillor Ruth Adeyemi",
      "The new leader of the county council sets out her first budget", "By Daniel Okafor", "December 5, 2026",
      "Ruth Adeyemi took over as leader of the county council in October with a promise she now has to keep.", "",
      "Her plan protects libraries and youth centres but raises parking charges.",
    ));
    assert.equal(a.author, "Daniel Okafor");
  });
});

describe("bylines: the author's box after the story, and names that are no byline", () => {
  const story = [
    "Im vergangenen Jahr haben im Land mehr als 140 Bäckereien ihren Betrieb eingestellt, so viele wie nie zuvor.", "",
    "Die Handwerkskammer nennt vor allem die hohen Kosten für Strom und Gas als Grund.", "",
    "Auch Auszubildende sind kaum noch zu finden: Viele Lehrstellen bleiben unbesetzt.", "",
  ];
  it("takes the reporter of the author's box as the byline when the head prints none", () => {
    const a = parse(page(
      "Bäckereien im Land: Jeder zehnte Betrieb gibt auf", "Stand: 05.12.2026, 07:00 Uhr", ...story,
      "Über die Autorin", "Sabine Krüger ist Redakteurin im Ressort Wirtschaft und schreibt über Handwerk und Mittelstand.", "Mehr Artikel der Autorin",
    ), "story.txt", "de");
    assert.equal(a.byline, "Sabine Krüger");
    assert.equal(a.author, "Sabine Krüger");
  });

  it("keeps the head's byline over the author's box", () => {
    const a = parse(page(
      "Bäckereien im Land: Jeder zehnte Betrieb gibt auf", "Von Jonas Becker", "Stand: 05.12.2026, 07:00 Uhr", ...story,
      "Über die Autorin", "Sabine Krüger ist Redakteurin im Ressort Wirtschaft und schreibt über Handwerk und Mittelstand.",
    ), "story.txt", "de");
    assert.equal(a.author, "Jonas Becker");
  });

  it("reads a name whose sentence goes on in small letters on the next line as the lede's first words, not a byline", () => {
    const a = parse(page(
      "Pensioner, 91, finishes her fifth marathon", "Margaret Ellis",
      "crossed the line in Valencia on Sunday in just under seven hours, her fifth marathon since turning eighty.", "",
      "She began running at 86 after the death of her husband.",
    ));
    assert.equal(a.byline, null);
  });
});

describe("bylines: Japanese pages", () => {
  const body = ["仙台管区気象台は５日、仙台市で初雪を観測したと発表した。平年より６日遅い。", "", "市内では朝の最低気温が氷点下１度まで下がった。"];
  it("reads a name alone under the headline and over the date line", () => {
    const a = parse(page("仙台で初雪　平年より６日遅く", "中村由紀", "2026年12月5日 9:12", ...body), "story.txt", "ja");
    assert.equal(a.author, "中村由紀");
  });

  it("reads 文・, a senior writer's title before the name, and 記者 after it", () => {
    for (const [line, name] of [["文・田中美咲", "田中美咲"], ["編集委員 高橋健二", "高橋健二"], ["鈴木一郎 記者", "鈴木一郎"], ["記者：山田太郎", "山田太郎"]] as const) {
      const a = parse(page("仙台で初雪　平年より６日遅く", line, "2026年12月5日 9:12", ...body), "story.txt", "ja");
      assert.equal(a.author, name, line);
      assert.equal(a.byline, line);
    }
  });

  it("does not read a section's two letters under the headline as a name", () => {
    const a = parse(page("仙台で初雪　平年より６日遅く", "社会", "2026年12月5日 9:12", ...body), "story.txt", "ja");
    assert.equal(a.author, null);
  });
});
