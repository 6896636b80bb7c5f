/**
 * A box of teasers between paragraphs, then the story's first numbered heading ("1. …"), then the
 * story's prose (src/parse/text/related.ts): a box numbers all its teasers or none, so a numbered
 * line under unnumbered links, over a sentence of the story, is a heading, not the box's last link.
 * The look-alikes stay: a box whose teasers are all numbered keeps its numbered lines as links, and
 * a dated teaser ("12.03.2026 …") is no numbered heading.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const packed = (...l: string[]) => l.join("\n");
const spaced = (...l: string[]) => l.join("\n\n");
type Parsed = ReturnType<typeof parse>;
const links = (a: Parsed) => blocksOf(a, "related").flatMap((b) => b.links.map((l) => l.text));
const subheads = (a: Parsed) => blocksOf(a, "subhead").map((b) => b.text);

const ja = {
  lang: "ja",
  headline: "山間部で記録的な霧　高速道路に速度規制",
  p1: "中部地方の山間部は5日朝、濃い霧に覆われた。高速道路では速度規制が敷かれ、一部の区間では通行止めも行われたと道路会社が明らかにした。",
  p2: "気象台によると、霧は昼前まで続く見込みで、運転には十分な注意が必要だという。視界が百メートル以下になった地点もあった。",
  title: "あわせて読みたい",
  teasers: ["霧の日の運転で気をつけたいこと", "高速道路の通行止め、過去最多に"],
  heading: "1. 週末にかけての天気と交通の見通し",
  p3: "気象台は、午後には霧が晴れるものの、夜に再び発生する可能性があるとして、引き続き注意を呼びかけている。",
};
const es = {
  lang: "es",
  headline: "La niebla obliga a cortar la autovía del Cantábrico durante cuatro horas",
  p1: "La densa niebla que cubrió este martes la costa cántabra obligó a cortar la autovía entre Torrelavega y Santander durante cuatro horas por la mañana.",
  p2: "Según Tráfico, la visibilidad llegó a bajar de cincuenta metros en varios tramos, y se registraron tres accidentes leves sin heridos graves.",
  title: "Lee también",
  teasers: ["Cantabria activa el aviso amarillo por lluvias y fuertes vientos", "El puerto de Santander suspende la salida de dos ferris"],
  heading: "2) Qué pasará con la niebla en la costa durante los próximos días",
  p3: "La Agencia de Meteorología prevé que la niebla vuelva a aparecer de madrugada, aunque con menos intensidad que la registrada este martes en la costa.",
};

describe("a numbered heading under a box of unnumbered teasers", () => {
  for (const c of [ja, es])
    for (const [name, join] of [["packed", packed], ["spaced", spaced]] as const)
      it(`is the story's heading, and the box keeps its teasers (${c.lang}, ${name})`, () => {
        const a = parse(join(c.headline, c.p1, c.p2, c.title, ...c.teasers, c.heading, c.p3), "a.txt", c.lang);
        assert.deepEqual(links(a), c.teasers);
        assert.ok(subheads(a).includes(c.heading), JSON.stringify(subheads(a)));
      });

  it("a box that numbers all its teasers keeps its numbered lines as links (German)", () => {
    const teasers = ["1. Sturmtief zieht über Norddeutschland hinweg", "2. Bahn stellt Fernverkehr im Norden vorübergehend ein", "3. Hamburger Fischmarkt steht erneut unter Wasser"];
    const a = parse(
      packed(
        "Sturmflut in Hamburg: Pegel steigt auf über drei Meter",
        "Die Elbe ist in der Nacht zum Sonntag in Hamburg über die Ufer getreten, der Pegel am Hafen stieg auf mehr als drei Meter über dem Mittel.",
        "Die Feuerwehr sperrte mehrere Straßen an der Elbe und räumte Parkplätze am Fischmarkt, wie eine Sprecherin am Morgen sagte.",
        "Mehr zum Thema",
        ...teasers,
        "Nach Angaben der Feuerwehr wurde niemand verletzt, die Schäden an Gebäuden halten sich nach ersten Einschätzungen in Grenzen.",
      ),
      "a.txt",
      "de",
    );
    assert.deepEqual(links(a), teasers);
  });
});
