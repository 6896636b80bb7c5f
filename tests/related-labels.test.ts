/**
 * Related boxes as unseen pages print them (issue 13): a box's label and its headline on one line
 * ("READ ALSO: …", "Czytaj także: …": the line as printed, the label its kicker), teasers printed as "Kicker | Title",
 * a box after the tags at the very end, and where such a box ends.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const packed = (...lines: string[]) => lines.join("\n");
const boxes = (text: string, lang: string) => blocksOf(parse(text, "story.txt", lang), "related");
const links = (text: string, lang: string) => boxes(text, lang).flatMap((b) => b.links.map((l) => l.text));

const en = {
  headline: "Harbour ferry operator cuts winter timetable as passenger numbers fall",
  p1: "The company that runs the ferry between Port Allen and Skerry Island will cut its winter timetable almost in half from January, after a year in which passenger numbers fell by a fifth.",
  p2: "Harbourline said on Thursday that it would run four return crossings a day instead of seven between 6 January and the end of March, and that the first boat would leave later.",
  p3: "Islanders said the change would make it impossible for some of them to keep their jobs on the mainland. About 140 people live on Skerry Island all year round.",
  p4: "The council's transport committee will discuss the timetable at its meeting on 12 December, and its chair said he would ask the company to keep an early crossing on weekdays.",
};

describe("a box's label and its headline on one line", () => {
  it("a label before a colon is the teaser's kicker: the link is the line as printed, its title the headline", () => {
    const text = packed(en.headline, en.p1, en.p2, "READ ALSO: Pier car park charge to be reviewed after traders complain", en.p3, en.p4);
    const [box] = boxes(text, "en");
    assert.deepEqual(box?.links.map((l) => [l.text, l.kicker, l.title]), [["READ ALSO: Pier car park charge to be reviewed after traders complain", "READ ALSO", "Pier car park charge to be reviewed after traders complain"]]);
  });

  it("the same in Polish and Russian", () => {
    const pl = packed(
      "Szpital w Słupsku zamyka oddział pediatrii. Dzieci trafią do Lęborka",
      "Zarząd szpitala w Słupsku zdecydował o czasowym zamknięciu oddziału pediatrycznego od 1 stycznia. Dyrekcja tłumaczy, że brakuje lekarzy, a trzech z pięciu pediatrów odchodzi na emeryturę.",
      "Dzieci wymagające hospitalizacji będą przewożone do szpitala w Lęborku. W Słupsku pozostanie izba przyjęć, w której lekarze dyżurni udzielą pierwszej pomocy małym pacjentom.",
      "Czytaj także: Brakuje lekarzy w szpitalach powiatowych. Najgorzej na Pomorzu",
      "Rodzice z Słupska i okolicznych gmin założyli stowarzyszenie i zbierają podpisy pod petycją do wojewody. Do piątku podpisało ją ponad cztery tysiące osób z całego powiatu.",
    );
    assert.deepEqual(links(pl, "pl"), ["Czytaj także: Brakuje lekarzy w szpitalach powiatowych. Najgorzej na Pomorzu"]);
    const ru = packed(
      "Ремонт Октябрьского моста продлится до осени 2027 года",
      "Ремонт Октябрьского моста в Новосибирске затянется как минимум до сентября 2027 года. Об этом на заседании городского совета сообщил заместитель мэра по транспорту.",
      "По его словам, подрядчик не получил вовремя металлические балки для замены пролётных строений. Завод в Челябинске сдвинул поставку на три месяца.",
      "Читайте также: Мэрия пообещала открыть движение по мосту к Новому году",
      "Движение по мосту сейчас открыто только по двум полосам из шести. В часы пик пробки на подъезде к мосту растягиваются на несколько километров.",
    );
    assert.deepEqual(boxes(ru, "ru").flatMap((b) => b.links.map((l) => l.title)), ["Мэрия пообещала открыть движение по мосту к Новому году"]);
  });

  it("a title of one word before a colon reads as the teaser's topic: the link keeps it", () => {
    const text = packed(en.headline, en.p1, en.p2, "Related: Pier car park charge to be reviewed after traders complain", en.p3, en.p4);
    assert.deepEqual(links(text, "en"), ["Related: Pier car park charge to be reviewed after traders complain"]);
  });
});

describe("teasers printed as 'Kicker | Title'", () => {
  it("a title line over kicker-and-bar teasers after the tags is a box; the bar's left side is the kicker", () => {
    const pt = packed(
      "Chuva de 120 milímetros alaga ruas e deixa 300 desalojados em São José dos Campos",
      "O temporal que atingiu São José dos Campos na noite de quinta-feira deixou cerca de 300 pessoas desalojadas e alagou pelo menos 40 ruas da cidade, segundo a Defesa Civil.",
      "Em apenas três horas, choveu 120 milímetros na região norte, quase metade do esperado para todo o mês de dezembro. O córrego Vidoca transbordou e a água invadiu casas.",
      "A prefeitura abriu dois abrigos provisórios em escolas municipais. As famílias recebem colchões, cobertores e refeições, e a cidade enviou equipes de saúde.",
      "Tags",
      "Chuva",
      "Defesa Civil",
      "Outras notícias da região",
      "Cidades | Taubaté decreta situação de emergência após vendaval",
      "Política | Câmara aprova orçamento de 2027 com aumento para a saúde",
      "Economia | Feira de Natal deve movimentar R$ 5 milhões no centro",
    );
    const [box] = boxes(pt, "pt");
    assert.equal(box?.title, "Outras notícias da região");
    assert.deepEqual(box?.links.map((l) => [l.kicker, l.title]), [
      ["Cidades", "Taubaté decreta situação de emergência após vendaval"],
      ["Política", "Câmara aprova orçamento de 2027 com aumento para a saúde"],
      ["Economia", "Feira de Natal deve movimentar R$ 5 milhões no centro"],
    ]);
  });
});

describe("where a box of teaser titles ends: a change of the lines' shape", () => {
  const de = {
    headline: "Neue Tramlinie nach Affoltern verzögert sich um drei Jahre",
    p1: "Die neue Tramlinie vom Bucheggplatz nach Affoltern wird frühestens 2031 in Betrieb gehen, drei Jahre später als geplant. Das teilten die Verkehrsbetriebe Zürich am Freitag mit.",
    p2: "Gegen das Projekt sind beim Kanton 47 Einsprachen eingegangen, die meisten von Anwohnerinnen und Anwohnern der Wehntalerstrasse, die mehr Lärm und weniger Parkplätze befürchten.",
    p3: "Bis das Tram fährt, verkehren weiterhin die Buslinien 32 und 61. Die Verkehrsbetriebe wollen ab Juni zusätzliche Gelenkbusse einsetzen, um die Busse am Morgen zu entlasten.",
    box: [
      "Tram Affoltern: Stadt legt Pläne öffentlich auf",
      "Einsprachen gegen Tram: Anwohner wehren sich gegen Parkplatzabbau",
      "Gemeinderat bewilligt Projektierungskredit für Tram Affoltern",
      "VBZ bestellen 70 neue Trams bei Stadler",
    ],
  };
  it("titles printed one under another end at the first line of furniture (a video's label and length, a podcast, a site's list)", () => {
    const text = packed(de.headline, de.p1, de.p2, de.p3, "Mehr zum Thema", ...de.box, "Video", "Das neue Flexity-Tram auf Testfahrt durch Zürich", "2:14 min", "Podcast", "Stadtgespräch: Wem gehört die Strasse?", "38 min", "Aktuelle Nachrichten", "Unfall auf der A1: Stau vor dem Gubrist", "Kantonsrat lehnt Steuersenkung ab");
    assert.deepEqual(links(text, "de"), de.box);
  });

  it("a site-wide list's title is no teaser's section: the box ends over it", () => {
    const text = packed(
      en.headline, en.p1, en.p2, en.p3, en.p4,
      "More from Local News",
      "Transport | Bus company to scrap evening service to the north shore",
      "Council | Harbour dredging plan approved despite fishermen's objections",
      "Weather | Coastal flood warnings issued for the weekend",
      "Most read",
      "Man charged after crash on the coast road",
      "Schools to close early for Christmas holidays",
    );
    assert.deepEqual(links(text, "en"), [
      "Transport | Bus company to scrap evening service to the north shore",
      "Council | Harbour dredging plan approved despite fishermen's objections",
      "Weather | Coastal flood warnings issued for the weekend",
    ]);
  });

  it("dated teasers end at a line that is no date (Russian)", () => {
    const ru = packed(
      "Ремонт Октябрьского моста продлится до осени 2027 года",
      "Ремонт Октябрьского моста в Новосибирске затянется как минимум до сентября 2027 года. Об этом на заседании городского совета сообщил заместитель мэра по транспорту.",
      "Движение по мосту сейчас открыто только по двум полосам из шести. В часы пик пробки на подъезде к мосту растягиваются на несколько километров.",
      "Стоимость работ выросла с 2,1 до 2,6 миллиарда рублей. Депутаты потребовали от мэрии отчёт о расходах на ремонт моста к февралю.",
      "Другие материалы о мосте",
      "5 декабря, 09:15",
      "В Новосибирске открыли новую развязку у моста на Бердском шоссе",
      "4 декабря, 18:30",
      "Метро продлит работу в новогоднюю ночь из-за ремонта моста",
      "4 декабря, 12:05",
      "На подъезде к мосту заменят светофоры",
      "Лента новостей",
      "Снегопад парализовал движение в Академгородке",
      "Цены на бензин выросли за неделю на 2 процента",
    );
    assert.deepEqual(links(ru, "ru"), [
      "В Новосибирске открыли новую развязку у моста на Бердском шоссе",
      "Метро продлит работу в новогоднюю ночь из-за ремонта моста",
      "На подъезде к мосту заменят светофоры",
    ]);
  });
});

describe("look-alikes: no box", () => {
  it("a menu over the headline, its byline and labels are no box of teasers with kickers and bylines", () => {
    const text = packed(
      "Northfield Evening Post", "Home", "News", "Sport", "What's On", "Property", "News",
      "Town library to open on Sundays after council finds £90,000",
      "Jenny Marsh",
      "Education and Community Reporter",
      "Friday 5 December 2026 4:10 pm",
      "Northfield's central library will open on Sunday afternoons from February, after the council found money in its culture budget to pay for extra staff.",
      "The library, on Castle Street, has been closed on Sundays since 2011. It will now open from noon until 4pm, and the council says it will review the hours after six months.",
    );
    assert.deepEqual(boxes(text, "en"), []);
  });

  it("a fact box's rows, a label and a figure with its unit, are no kickered links (Spanish, German)", () => {
    const es = packed(
      "La línea 3 del metro de Sevilla no llegará a Pino Montano hasta 2030",
      "Las obras del tramo norte de la línea 3 del metro de Sevilla acumularán al menos dos años más de retraso, según reconoció este jueves la consejera de Fomento en el Parlamento.",
      "El motivo principal es la aparición de restos arqueológicos en el entorno de la Macarena, donde los técnicos han documentado parte de una necrópolis islámica.",
      "Un coste disparado",
      "Presupuesto inicial: 1.200 millones de euros",
      "Coste estimado ahora: 1.650 millones de euros",
      "Viajeros previstos al año: 18 millones",
      "La oposición pidió explicaciones por el aumento del coste y acusó al Gobierno andaluz de falta de planificación en una obra que se anunció hace quince años.",
    );
    assert.deepEqual(boxes(es, "es"), []);
    const de = packed(
      "Neue Tramlinie nach Affoltern wird teurer",
      "Die neue Tramlinie vom Bucheggplatz nach Affoltern wird deutlich teurer als geplant. Das teilten die Verkehrsbetriebe und das Tiefbauamt der Stadt am Freitag mit.",
      "Vor allem die neue Brücke über die Gleise beim Bahnhof Oerlikon kostet mehr, weil der Baugrund schlechter ist als angenommen und die Brücke breiter werden muss.",
      "Die Kosten im Überblick",
      "Ursprünglicher Kredit: 298 Millionen Franken",
      "Neue Schätzung: 356 Millionen Franken",
      "Davon für die Brücke: 61 Millionen Franken",
      "Der Gemeinderat muss dem höheren Kredit noch zustimmen. Die Abstimmung im Parlament ist für das Frühjahr geplant, danach entscheidet voraussichtlich das Stimmvolk.",
    );
    assert.deepEqual(boxes(de, "de"), []);
  });
});
