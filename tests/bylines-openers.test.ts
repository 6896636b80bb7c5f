/**
 * A byline's opener (lexicon/byline-words.ts) is a whole word: "Par", "Av", "Por", "di", "Von"
 * open a byline only when a space or a colon follows them; an opener that ends in a colon, or one
 * written in a script without spaces, may touch the name. Lines written for this test.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { openerByline } from "../src/parse/text/header-zone.js";
import { parse } from "./helpers/parse.js";

describe("byline openers are whole words", () => {
  it("reads an opener and a name", () => {
    for (const line of ["Par Claire Dubois", "Av Kari Nordmann", "Von Anna Müller", "Por Ana Souza", "di Mario Rossi", "Autor: Jan Nowak", "Autor:Jan Nowak", "记者王小明", "Door onze redacteur Sanne de Vries"]) {
      assert.equal(openerByline(line), true, line);
    }
  });
  it("does not read a word that only starts with an opener's letters", () => {
    for (const line of ["Parti Stemmer Prosent", "Portugal Lisboa Norte", "Vonda Smith Jones", "Avstemning Bystyret Bergen", "Dianne Keaton Returns", "Doorman Stories Abroad"]) {
      assert.equal(openerByline(line), false, line);
    }
  });
  it("a table's head row after the first paragraphs is no byline", () => {
    const a = parse([
      "Valget i Bergen: Arbeiderpartiet størst igjen",
      "Arbeiderpartiet ble igjen største parti i Bergen etter at alle stemmene var talt opp natt til tirsdag.\nHøyre gikk tilbake med nesten fire prosentpoeng, viser tallene fra valgstyret i byen.\nResultatet i Bergen\nParti\tStemmer\tProsent\nArbeiderpartiet\t41 203\t27,4\nHøyre\t36 870\t24,5\nSlik blir bystyret\nMed dette resultatet får de rødgrønne partiene 35 av 67 representanter i bystyret, ett mandat mer enn før.",
    ].join("\n"));
    assert.equal(a.byline, null);
  });
});
