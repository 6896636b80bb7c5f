/**
 * Speakers on copy from papers the parser never saw (issue 13): given an article in one of
 * these shapes, the quote and the person who said it. All copy here is written for these tests,
 * in several languages.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const article = (lang: string, ...paragraphs: string[]) => parse(paragraphs.join("\n\n"), "a.txt", lang);
const speakers = (a: ReturnType<typeof article>) => blocksOf(a, "quote").map((q) => q.speaker);

describe("a verb of saying with its subject left out", () => {
  it("Spanish: «…», dijo. and —…—aseguró—. are the person just named", () => {
    const a = article(
      "es",
      "La patronal rechaza la subida del salario mínimo",
      "El Gobierno aprobó el martes una subida del salario mínimo del 4 por ciento para el próximo año.",
      "El presidente de la patronal, Antonio Garamendi, criticó que el acuerdo se cerrara sin los empresarios.",
      "—Es un error —aseguró—. Se rompe el diálogo social.",
      "«No hay margen para más costes», dijo.",
    );
    assert.deepEqual(speakers(a), ["Antonio Garamendi", "Antonio Garamendi"]);
    assert.equal(blocksOf(a, "quote")[0]?.text, "Es un error. Se rompe el diálogo social.");
  });

  it("German: „sagte sie“ is the pronoun, not the noun after it", () => {
    const a = article(
      "de",
      "Bundesrat will Armeebudget erhöhen",
      "Die Landesregierung hat am Montag in Bern ihre Pläne für die Armee vorgestellt.",
      "«Wir müssen die Verteidigung rasch stärken», sagt Bundesrätin Viola Amherd.",
      "«Das ist kein Luxus, sondern eine Notwendigkeit», sagte sie an der Medienkonferenz.",
    );
    assert.deepEqual(speakers(a), ["Viola Amherd", "Viola Amherd"]);
  });
});

describe("speakers the article describes without naming them", () => {
  it("English: 'a spokesperson for …' and 'one of the sellers' are the speaker as described", () => {
    const a = article(
      "en",
      "Home sales slow as buyers wait for lower rates",
      "Home sales across the region fell 12 per cent in November compared with a year earlier.",
      "\"We are reviewing the numbers with the province,\" a spokesperson for the housing ministry said in an email.",
      "\"I had two showings in six weeks,\" one of the sellers told the Courier. \"Nobody is making offers.\"",
    );
    assert.deepEqual(speakers(a), ["a spokesperson", "one of the sellers"]);
  });

  it("Norwegian: '– …, forteller en av de ansatte' is 'en av de ansatte', not the last person named", () => {
    const a = article(
      "no",
      "Bryggeriet legger ned i Bodø",
      "Nordlandsbryggeriet i Bodø legger ned produksjonen etter 80 år, bekrefter selskapet torsdag.",
      "– Vi fikk vite det samtidig med alle andre, sa tillitsvalgt Per Hansen etter møtet.",
      "– Jeg har jobbet her i 31 år. Nå vet jeg ikke hva jeg skal gjøre, forteller en av de ansatte, som ikke vil stå fram med navn.",
    );
    assert.deepEqual(speakers(a), ["Per Hansen", "en av de ansatte"]);
  });
});

describe("the speaker named around the quote", () => {
  it("Spanish: 'la portavoz del Gobierno, Pilar Alegría' ties the role, so 'La portavoz añadió:' is her", () => {
    const a = article(
      "es",
      "El Gobierno cierra un acuerdo con los sindicatos",
      "El Ministerio de Trabajo y los sindicatos firmaron este viernes un acuerdo para elevar el salario mínimo.",
      "«Es una buena noticia para dos millones de personas», afirmó la portavoz del Gobierno, Pilar Alegría, en rueda de prensa.",
      "Los empresarios, por su parte, advierten de que la subida afectará al empleo en el campo.",
      "La portavoz añadió: «Seguiremos dialogando con los empresarios hasta el último día».",
    );
    assert.deepEqual(speakers(a), ["Pilar Alegría", "Pilar Alegría"]);
  });

  it("English: a paragraph ending in a colon hands the quote after it to the person it opens with", () => {
    const a = article(
      "en",
      "Home sales slow as buyers wait for lower rates",
      "Home sales across the region fell 12 per cent in November compared with a year earlier.",
      "\"Prices are coming down, and buyers know it,\" said Jane Morrow, chief economist at Harbourview Bank.",
      "\"It's a buyer's market right now,\" realtor Sam Okafor said. \"But it won't last once rates drop.\"",
      "Morrow put it this way on Monday:",
      "\"Rates are the whole story. When the central bank cuts again, the buyers will come back.\"",
    );
    assert.deepEqual(speakers(a), ["Jane Morrow", "Sam Okafor", "Jane Morrow"]);
  });

  it("Russian: an attribution set into «…» between speech dashes is the attribution, the speech resumes after it", () => {
    const a = article(
      "ru",
      "Минфин пообещал не повышать налоги",
      "Правительство в четверг внесло в Госдуму поправки в федеральный бюджет.",
      "«Мы готовы к диалогу с бизнесом, — сказал Дмитрий Песков. — Но условия должны быть равными для всех».",
    );
    const [quote] = blocksOf(a, "quote");
    assert.equal(quote?.speaker, "Дмитрий Песков");
    assert.equal(quote?.attribution, "сказал Дмитрий Песков");
    assert.equal(quote?.text, "Мы готовы к диалогу с бизнесом. Но условия должны быть равными для всех");
  });

  it("Dutch: 'Volgens Matt Garman, …' gives the full name without the small word that opens the sentence", () => {
    const a = article(
      "nl",
      "Salesforce en AWS breiden samenwerking uit",
      "Salesforce en Amazon Web Services gaan nauwer samenwerken op het gebied van AI-agents.",
      "Volgens Matt Garman, CEO van AWS, is de samenwerking “een logische stap” voor beide bedrijven.",
      "“Dit is pas het begin. We gaan de komende maanden nog meer integraties aankondigen”, aldus Garman.",
    );
    assert.deepEqual(speakers(a), ["Matt Garman"]);
  });

  it("Russian: a role with its complement before a name ('министр финансов Антон Силуанов') ties the role", () => {
    const a = article(
      "ru",
      "Минфин пообещал не повышать налоги",
      "Правительство в четверг внесло в Госдуму поправки в федеральный бюджет.",
      "Об этом рассказал министр финансов Антон Силуанов на заседании правительства.",
      "Депутаты обсудят поправки на следующей неделе.",
      "«Налоги для граждан не вырастут», — отметил министр.",
    );
    assert.deepEqual(speakers(a), ["Антон Силуанов"]);
  });

  it("Norwegian: a role in its definite form ('landslagssjefen') is the person titled with it", () => {
    const a = article(
      "no",
      "Landslaget tapte igjen",
      "Norge tapte 1–2 mot Danmark i Nations League tirsdag kveld.",
      "Landslagssjef Ståle Solbakken var skuffet etter kampen i København.",
      "Kampen snudde etter pausen, da Danmark scoret to ganger på ti minutter.",
      "– Vi var ikke gode nok i andre omgang, sier landslagssjefen.",
    );
    assert.deepEqual(speakers(a), ["Ståle Solbakken"]);
  });

  it("Spanish: 'ha indicado a Efe la delegada': the name after 'a' is who was told, the speaker the phrase after it", () => {
    const a = article(
      "es",
      "Un incendio obliga a desalojar dos urbanizaciones",
      "Un incendio forestal declarado el lunes obligó a desalojar a unos 300 vecinos.",
      "«El fuego está estabilizado, pero no controlado», ha indicado a Efe la delegada del Gobierno.",
    );
    // (the role with its complement, as printed: "del Gobierno" says whose delegate)
    assert.deepEqual(speakers(a), ["la delegada del Gobierno"]);
  });
});

