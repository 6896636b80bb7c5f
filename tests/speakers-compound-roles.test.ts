/**
 * A compound role word capitalised before a name ("Kommunaldirektør Per Aase", "Skoldirektör
 * Lena Berg", "Afdelingsleder Jens Holm") is no part of the speaker's name: the speaker is the
 * name alone, in Norwegian, Swedish and Danish copy as in German. A first name is never taken
 * for a role. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(paragraphs.join("\n\n"), "a.txt", lang), "quote");

describe("a capitalised compound role before the name", () => {
  it("Norwegian: Kommunaldirektør Per Aase sier: «…»", () => {
    const [q] = quotes("nb", "Ny bru åpner", "Den nye brua over elva åpner i mai.", "Kommunaldirektør Per Aase sier: «Vi er klare til å åpne brua i mai.»");
    assert.equal(q?.speaker, "Per Aase");
  });

  it("Swedish: ”…”, säger Skoldirektör Lena Berg.", () => {
    const [q] = quotes("sv", "Ny skola öppnar", "Den nya skolan i centrum öppnar i augusti.", "”Vi har anställt tolv nya lärare inför hösten”, säger Skoldirektör Lena Berg.");
    assert.equal(q?.speaker, "Lena Berg");
  });

  it("Danish: – …, siger Afdelingsleder Jens Holm.", () => {
    const [q] = quotes("da", "Nyt bibliotek", "Det nye bibliotek åbner i september.", "– Vi får plads til dobbelt så mange bøger, siger Afdelingsleder Jens Holm.");
    assert.equal(q?.speaker, "Jens Holm");
  });

  it("a three-word name keeps its first name: ”…”, säger Anna Maria Lund.", () => {
    const [q] = quotes("sv", "Ny skola öppnar", "Den nya skolan i centrum öppnar i augusti.", "”Vi har anställt tolv nya lärare inför hösten”, säger Anna Maria Lund.");
    assert.equal(q?.speaker, "Anna Maria Lund");
  });
});
