/**
 * Datelines on whole pasted pages (issue 13; pages written for these tests): a wire's dateline on
 * the story's first sentence under lines the head did not read, a wire's dateline glued before the
 * byline and the date in one row, a place's name alone under the headline or the byline over the
 * date line; and what is no dateline there: a reporter's title, an agency the page names as its
 * source, a section the prose prints in small letters, a lede that opens with a place's name.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

describe("a wire's dateline under lines the head did not read", () => {
  it("takes the agency's dateline off the story's first sentence, under a byline and a date row the head missed", () => {
    const a = parse([
      "World",
      "U.S.",
      "Politics",
      "Sports",
      "",
      "Storm knocks out power to thousands along the coast",
      "",
      "By JANE MILLER",
      "Updated 3:42 PM GMT, December 5, 2025",
      "",
      "Share",
      "",
      "CHARLESTON, S.C. (AP) — A fast-moving storm knocked out power to more than 80,000 homes along the coast on Friday, officials said.",
      "",
      "Crews expected to restore most service by Saturday evening, the utility said in a statement.",
    ].join("\n"));
    assert.equal(a.dateline, "CHARLESTON, S.C. (AP)");
    const texts = [a.lede, ...a.blocks.map((b) => ("text" in b ? (b.text ?? "") : ""))];
    assert.ok(!texts.some((t) => t.includes("(AP) —")), "the dateline is cut off its paragraph");
    assert.ok(texts.some((t) => t.startsWith("A fast-moving storm")));
  });

  it("takes the dateline's own line over the first sentence, under a standfirst and a caption", () => {
    const a = parse([
      "Europa Press Andalucía",
      "Inicio",
      "Andalucía",
      "",
      "El Ayuntamiento amplía el horario de las bibliotecas durante el verano",
      "",
      "Las salas de estudio abrirán hasta la medianoche en junio y julio para los estudiantes",
      "",
      "Archivo - Sala de estudio de una biblioteca municipal",
      "EUROPA PRESS",
      "",
      "GRANADA, 12 (EUROPA PRESS)",
      "",
      "El Ayuntamiento de Granada ampliará el horario de las cinco bibliotecas municipales durante los meses de junio y julio.",
      "",
      "La concejala de Cultura ha explicado que la medida responde a las peticiones de los estudiantes.",
    ].join("\n"), "story.txt", "es");
    assert.equal(a.dateline, "GRANADA, 12 (EUROPA PRESS)");
  });

  it("never looks past the story's first sentence, nor takes a place alone there", () => {
    const past = parse([
      "Council approves harbour budget",
      "",
      "The council approved a new budget for the harbour on Friday after a long debate about the cost of dredging.",
      "",
      "The mayor said the work would start in spring and take two years to finish, if the weather allowed.",
      "",
      "LONDON (Reuters) - In other news, the port of London reported record traffic for the third year in a row.",
    ].join("\n"));
    assert.equal(past.dateline, null);
    const weak = parse([
      "Council approves harbour budget",
      "",
      "By Jane Miller",
      "",
      "Share",
      "",
      "MILANO - Il Comune ha approvato venerdì un nuovo piano per il porto e per la manutenzione delle banchine.",
    ].join("\n"), "story.txt", "it");
    assert.equal(weak.dateline, "MILANO", "a place alone is cut off the lede itself, as before");
  });
});

describe("a wire's dateline glued before the byline and the date", () => {
  it("reads '(부산=뉴스1) 박지영 기자 | date 송고' as dateline, byline and date", () => {
    const a = parse([
      "부산시, 노후 공공임대주택 1만 가구 리모델링",
      "",
      "(부산=뉴스1) 박지영 기자 | 2025-12-05 10:30:15 송고",
      "",
      "부산시는 준공 30년이 넘은 공공임대주택 1만 가구를 2030년까지 리모델링한다고 5일 밝혔다.",
      "",
      "시는 이를 위해 국비와 시비 2천억원을 투입할 계획이다.",
    ].join("\n"), "story.txt", "ko");
    assert.equal(a.dateline, "(부산=뉴스1)");
    assert.equal(a.date?.slice(0, 16), "2025-12-05T10:30");
    assert.ok(a.lede.startsWith("부산시는 준공"), a.lede);
    assert.ok(a.byline?.includes("박지영 기자"));
  });
});

describe("a place's name alone under the headline or the byline, over the date line", () => {
  const page = (lang: string, lines: string[]) => parse(lines.join("\n"), "story.txt", lang);

  it("under the headline, a place the headline or a sentence of the page prints too (German, Italian); not a section's name", () => {
    const de = page("de", ["Landtag beschließt neues Schulgesetz", "", "Potsdam", "", "05.12.2025, 15:48 Uhr", "", "Der Landtag in Potsdam hat am Freitag ein neues Schulgesetz beschlossen, das kleinere Klassen in den Grundschulen vorsieht.", "", "Das Gesetz tritt im August in Kraft."]);
    assert.equal(de.dateline, "Potsdam");
    const section = page("de", ["Lokführer streiken am Montag im Regionalverkehr", "Verkehr", "05.12.2025, 12:40 Uhr", "Im Regionalverkehr müssen Pendler am Montag mit vielen Ausfällen rechnen, die Gewerkschaft hat zum Warnstreik aufgerufen.", "", "Fernzüge sollen weitgehend planmäßig fahren."]);
    assert.equal(section.dateline, null);
    const ru = page("ru", ["В Казани откроют новую линию метро", "Общество", "05.12.2025 12:40", "Вторая линия казанского метро начнет работу в конце следующего года, сообщили в мэрии города во вторник.", "", "На новой линии будет шесть станций."]);
    assert.equal(ru.dateline, null);
    assert.equal(de.date, "2025-12-05T15:48:00");
    const it = page("it", ["Bologna, chiude per lavori il ponte sul Reno", "Bologna", "5 dicembre 2025 - 11:40", "", "Il ponte sul Reno resterà chiuso al traffico per tre mesi a partire da lunedì per lavori ai piloni, ha annunciato il Comune.", "", "Le auto saranno deviate sulla tangenziale."]);
    assert.equal(it.dateline, "Bologna");
  });

  it("right under the byline, no blank line between (Spanish)", () => {
    const a = page("es", ["Un incendio obliga a desalojar dos cortijos en la sierra", "", "Ana Gil Fernández", "Almería", "12/05/2025 08:15", "", "Un incendio forestal declarado la tarde del domingo ha obligado a desalojar a los vecinos de dos cortijos.", "", "Según el Plan Infoca, participan sesenta bomberos forestales."]);
    assert.equal(a.dateline, "Almería");
    assert.equal(a.byline, "Ana Gil Fernández");
  });

  it("is no place when it is a reporter's title, an agency the page credits, a section the prose prints small, or a second name", () => {
    const under = (lang: string, line: string, story: string, tail = "Compartir") => page(lang, ["Un incendio obliga a desalojar dos cortijos en la sierra", "", "Ana Gil Fernández", line, "12/05/2025 08:15", "", story, "", tail]);
    const story = "Un incendio forestal declarado la tarde del domingo ha obligado a desalojar a los vecinos de dos cortijos.";
    assert.equal(under("es", "Redactora", story).dateline, null);
    assert.equal(under("es", "Reuters", story, "© Reuters 2025").dateline, null);
    assert.equal(under("es", "Sucesos", `${story} Los sucesos de este tipo aumentan cada verano.`).dateline, null);
    assert.equal(under("es", "Pedro Ruiz", story).dateline, null);
    assert.equal(under("no", "Kommentator", "Regjeringen la fredag fram en ny plan for boliger til unge familier i de store byene.").dateline, null);
    assert.equal(under("ru", "Корреспондент", "Правительство в пятницу утвердило новую программу жилья для молодых семей в больших городах.").dateline, null);
    // (in a script without case a name and a place have one shape: a name's line is the byline)
    assert.equal(page("ar", ["الحكومة تطلق مبادرة جديدة لدعم الإسكان", "محمد السيد", "05 ديسمبر 2025", "", "أطلقت الحكومة المصرية يوم الجمعة مبادرة جديدة لدعم الإسكان للشباب في المدن الكبرى.", "", "وقال الوزير إن المبادرة تستهدف مئة ألف أسرة."]).dateline, null);
    const it = page("it", ["Chiude per lavori il ponte sul Reno", "Politica", "5 dicembre 2025 - 11:40", "", "Il ponte resterà chiuso per tre mesi e la politica cittadina si divide sui lavori ai piloni, ha annunciato il Comune.", "", "Le auto saranno deviate sulla tangenziale."]);
    assert.equal(it.dateline, null);
  });
});

describe("look-alikes on whole pages", () => {
  it("a kicker 'Berlin:' over the headline and a lede that opens with the place are no dateline", () => {
    const a = parse([
      "Startseite",
      "Politik",
      "",
      "Berlin:",
      "",
      "Senat beschließt Mietendeckel für Gewerbe",
      "",
      "05.12.2025, 09:12 Uhr",
      "",
      "Von Lisa Brandt",
      "",
      "Berlin ist die erste Stadt in Deutschland, die Gewerbemieten deckeln will. Der Senat hat am Freitag einen Gesetzentwurf beschlossen.",
      "",
      "Betroffen sind vor allem kleine Läden und Handwerksbetriebe.",
    ].join("\n"), "story.txt", "de");
    assert.equal(a.dateline, null);
    assert.ok(a.lede.startsWith("Berlin ist die erste Stadt"), a.lede);
  });

  it("a quotation that opens with a place, « Paris, c'est fini », is no dateline", () => {
    const a = parse([
      "La dernière saison du théâtre des Célestins",
      "",
      "Publié le 05/12/2025 à 08h00",
      "",
      "« Paris, c'est fini », lance la directrice du théâtre, qui quittera la capitale au printemps pour s'installer à Lyon.",
      "",
      "Le théâtre fermera ses portes en juin après quarante ans d'activité.",
    ].join("\n"), "story.txt", "fr");
    assert.equal(a.dateline, null);
    assert.ok(a.lede.startsWith("« Paris, c'est fini »"));
  });
});
