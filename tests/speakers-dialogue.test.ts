/**
 * Dialogue dashes in the languages that set the attribution into the speech: given this
 * paragraph, the quoted words without the attribution, the speaker it names, and the paragraph
 * still printed as written. All copy here is written for these tests.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { templateHelpers } from "../src/render/template-helpers.js";
import { blocksOf, parse } from "./helpers/parse.js";

const story = (...paragraphs: string[]) => paragraphs.join("\n\n");
const quotes = (lang: string, ...paragraphs: string[]) => blocksOf(parse(story(...paragraphs), "a.txt", lang), "quote");

describe("raya dialogue: —Texto —dijo X—. Más texto.", () => {
  it("Spanish: the inciso is the attribution, the speech goes on after it", () => {
    const [q] = quotes(
      "es",
      "El alcalde pide calma",
      "El fuego obligó a desalojar a doscientos vecinos durante la madrugada del martes.",
      "El alcalde de la ciudad, Ramón Fernández-Pacheco, visitó la zona por la mañana.",
      "—Todos los vecinos están a salvo y nadie ha resultado herido —dijo Fernández-Pacheco—. Ahora toca reconstruir.",
    );
    assert.equal(q?.text, "Todos los vecinos están a salvo y nadie ha resultado herido. Ahora toca reconstruir.");
    assert.equal(q?.attribution, "dijo Fernández-Pacheco");
    assert.equal(q?.speaker, "Ramón Fernández-Pacheco");
    assert.equal(q?.printed, "—Todos los vecinos están a salvo y nadie ha resultado herido —dijo Fernández-Pacheco—. Ahora toca reconstruir.");
  });

  it("Catalan: —… —va afegir el president …, Jordi Soler—, i … → the name set off after the role", () => {
    const [q] = quotes(
      "ca",
      "L'Ajuntament obre el nou mercat",
      "El nou mercat municipal del barri va obrir dimecres les portes després de dos anys d'obres.",
      "—És un dia molt important per al barri —va afegir el president de l'associació de comerciants, Jordi Soler—, i n'estem molt orgullosos.",
    );
    assert.equal(q?.text, "És un dia molt important per al barri, i n'estem molt orgullosos.");
    assert.equal(q?.speaker, "Jordi Soler");
  });

  it("Portuguese: —… —disse X—. …, and «a vereadora Maria Costa» is a definite role with a name", () => {
    const q = quotes(
      "pt",
      "Prefeito promete nova ponte",
      "A Câmara Municipal reuniu-se na segunda-feira para discutir a construção da ponte.",
      "O prefeito João Almeida apresentou o projeto aos vereadores.",
      "—Vamos começar as obras na primavera —disse Almeida—. O dinheiro chega para dois anos.",
      "—É uma ótima notícia para o bairro —afirmou a vereadora Maria Costa.",
    );
    assert.deepEqual(q.map((x) => x.speaker), ["João Almeida", "Maria Costa"]);
    assert.equal(q[0]?.text, "Vamos começar as obras na primavera. O dinheiro chega para dois anos.");
  });

  it("Portuguese: «a irmã» is somebody (a is the definite article there), not nobody", () => {
    const [q] = quotes("pt", "Irmã confirma", "A polícia ouviu a família da vítima na sexta-feira.", "\"Eu mesma comprei o teste para ela fazer\", diz a irmã em áudio.");
    assert.equal(q?.speaker, "a irmã");
  });
});

describe("spaced dialogue dashes: the speech resumes after the attribution", () => {
  it("Russian: — …, — сказал X. — … → one quote, the attribution alone", () => {
    const [q] = quotes("ru", "Мэр пообещал новый мост", "Городской совет собрался в понедельник, чтобы обсудить строительство моста.", "— Мы начнём строительство весной, — сказал мэр Иван Петров. — Денег хватит на два года работ.");
    assert.equal(q?.text, "Мы начнём строительство весной. Денег хватит на два года работ.");
    assert.equal(q?.attribution, "сказал мэр Иван Петров");
    assert.equal(q?.speaker, "Иван Петров");
  });

  it("Norwegian: – …, sier X. – … → the same shape", () => {
    const [q] = quotes("no", "Ordføreren lover ny bro", "Kommunestyret møttes mandag for å diskutere den nye broen over elva.", "– Vi begynner å bygge til våren, sier ordfører Kari Hansen. – Pengene rekker i to år.");
    assert.equal(q?.text, "Vi begynner å bygge til våren. Pengene rekker i to år.");
    assert.equal(q?.speaker, "Kari Hansen");
  });

  it("English: a dash inside the attribution that opens no new speech stays in it", () => {
    const [q] = quotes("en", "Port to close", "The council met on Monday.", "– We have to close the port for now, Mayor Ingrid Solberg said on Tuesday—a day after the storm.");
    assert.equal(q?.text, "We have to close the port for now");
    assert.equal(q?.speaker, "Ingrid Solberg");
  });
});

describe("a quote that runs over paragraphs", () => {
  it("English: each paragraph opened again with a mark is a quote block of the same speaker", () => {
    const q = quotes("en", "Harbour plan", "Housing Minister Jane Smith spoke on Monday.", "“We will build more homes this year,” Smith said. “We have the money and the land.", "“And we will start in the spring.”", "The plan was welcomed by builders.");
    assert.deepEqual(q.map((x) => [x.text, x.speaker]), [
      ["We will build more homes this year, We have the money and the land.", "Jane Smith"],
      ["And we will start in the spring.", "Jane Smith"],
    ]);
  });

  it("Swedish: the attribution after the last paragraph names the speaker of the first", () => {
    const q = quotes("sv", "Hyrorna höjs", "Förhandlingarna blev klara på måndagen.", "»Vi har stambyten som borde ha gjorts för tio år sedan.", "»Ingen hyresvärd vill höja mer än nödvändigt«, säger Johanna Lindgren.");
    assert.deepEqual(q.map((x) => x.speaker), ["Johanna Lindgren", "Johanna Lindgren"]);
  });
});

describe("the page marks the speech, not the attribution set into it", () => {
  it("Spanish raya and Finnish dash: two <q> passages around the inciso, the copy as printed", () => {
    for (const [lang, printed] of [
      ["es", "—Todos los vecinos están a salvo y nadie ha resultado herido —dijo Fernández-Pacheco—. Ahora toca reconstruir."],
      ["fi", "– Ymmärrämme hyvin, että tämä harmittaa monia, Laaksonen sanoo. – Seuraamme matkustajamääriä tarkasti ja palautamme vuoroja, jos kysyntää on."],
    ] as const) {
      const [q] = quotes(lang, "Otsikko", "Kaupunki muutti bussilinjoja maanantaina ja matkustajat ovat tyytymättömiä.", "Juan Laaksonen Fernández-Pacheco vastasi kysymyksiin.", printed);
      assert.ok(q, lang);
      const html = templateHelpers.printedQuote(q);
      assert.equal((html.match(/<q\b/gu) ?? []).length, 2, html);
      assert.equal(html.replace(/<[^>]+>/gu, ""), printed);
    }
  });
});
