/**
 * The site's name (or a skip link) printed right over the article's head, with no menu under it
 * (texts written for these tests): the head is the headline and standfirst over the byline or date,
 * whose headline shares words with the story; the short line over it shares none and is furniture.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

describe("the site's name right over the headline and standfirst", () => {
  it("takes the head's headline, not the name over it, in several languages", () => {
    const es = parse(["Saltar al contenido", "El Heraldo de la Ribera", "Los pescadores del puerto reclaman un nuevo muelle para la flota", "La cofradía asegura que el muelle actual no soporta el peso de los barcos modernos", "Nuria Castro", "3 de marzo de 2025", "Los pescadores del puerto han pedido al gobierno regional un nuevo muelle para la flota, después de que el actual sufriera daños en el último temporal.", "La cofradía asegura que las obras son urgentes."].join("\n"), "story.txt", "es");
    assert.equal(es.headline, "Los pescadores del puerto reclaman un nuevo muelle para la flota");
    assert.equal(es.lede.startsWith("La cofradía asegura que el muelle actual"), true);
    const nl = parse(["Het Kanaal Dagblad", "", "Gemeente sluit zwembad na vondst van asbest in het plafond", "", "Het bad blijft minstens drie maanden dicht terwijl specialisten het asbest verwijderen", "", "Lotte Visser", "", "4 maart 2025", "", "De gemeente heeft het zwembad gesloten nadat bij een inspectie asbest in het plafond werd gevonden, zo meldde de wethouder dinsdag.", "", "Zwemmers kunnen tijdelijk terecht in het bad van de buurgemeente."].join("\n"), "story.txt", "nl");
    assert.equal(nl.headline, "Gemeente sluit zwembad na vondst van asbest in het plafond");
  });

  it("keeps a headline that stands right over its standfirst", () => {
    const a = parse(["Gemeente sluit zwembad na vondst van asbest", "Het bad blijft minstens drie maanden dicht terwijl specialisten het plafond vervangen", "Lotte Visser", "4 maart 2025", "De gemeente heeft het zwembad gesloten nadat bij een inspectie asbest in het plafond werd gevonden, zo meldde de wethouder dinsdag.", "Zwemmers kunnen tijdelijk terecht in het bad van de buurgemeente."].join("\n"), "story.txt", "nl");
    assert.equal(a.headline, "Gemeente sluit zwembad na vondst van asbest");
  });
});
