/**
 * Question crossheads (issue 13): an explainer's questions head sections of two paragraphs or
 * more and are subheads, however many there are; an interviewer's questions are over one answer
 * each (a Q&A's turns) and stay paragraphs.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, parse } from "./helpers/parse.js";

const packed = (...lines: string[]) => lines.join("\n");
const subheads = (text: string, lang: string) => blocksOf(parse(text, "story.txt", lang), "subhead").map((b) => b.text);

const es = {
  headline: "Bono social térmico 2027: quién puede pedirlo y cuánto se cobra",
  lede: "El Ministerio para la Transición Ecológica ha publicado este viernes en el BOE las cuantías del bono social térmico para el próximo invierno, que llegará a más de 1,2 millones de hogares.",
  questions: ["¿Qué es el bono social térmico?", "¿Quién tiene derecho a cobrarlo?", "¿Cuánto dinero se cobra este año?", "¿Cuándo se ingresa la ayuda?", "¿Qué pasa si no me llega?"],
  sections: [
    ["Es una ayuda directa para pagar la calefacción, el agua caliente o la cocina, y no un descuento en la factura, sino un pago único que ingresa la comunidad autónoma.", "La ayuda se creó en 2018 y desde entonces se ha pagado cada invierno, aunque las cuantías han cambiado varias veces desde su creación.", "La cuantía se revisa cada año en función del precio de la energía y del número de beneficiarios registrados en el sistema.", "El Gobierno recuerda que la ayuda es compatible con otras prestaciones autonómicas para pagar la luz o el gas durante el invierno."],
    ["Lo reciben de forma automática los hogares que a 31 de diciembre sean beneficiarios del bono social eléctrico, sin presentar ninguna solicitud ni hacer ningún trámite.", "Según los datos del ministerio, el 40 % de los beneficiarios son pensionistas y el 25 % pertenecen a familias numerosas de todo el país.", "Las organizaciones de consumidores piden que la ayuda se pague en dos plazos para que llegue antes de los meses más fríos del año.", "Quien deje de cobrar el bono social eléctrico antes de esa fecha perderá también el derecho a esta ayuda durante todo el año siguiente."],
    ["La cuantía depende de la zona climática y de si el hogar es vulnerable o vulnerable severo, desde los 40 euros en Canarias hasta los 375 euros en Castilla y León.", "Los hogares en situación de vulnerabilidad severa recibirán un 60 % más que el resto, según la orden publicada este viernes en el boletín.", "El ministerio calcula que el coste total de la ayuda superará este año los 200 millones de euros, un 15 % más que el invierno pasado.", "En las islas y en las zonas de costa del sur la ayuda apenas cubre una parte pequeña de la factura anual de gas o de electricidad."],
    ["Las comunidades autónomas tienen de plazo hasta el 31 de marzo para hacer el pago, aunque la mayoría suele ingresarlo en enero o en febrero.", "Andalucía y Castilla y León ya han anunciado que pagarán la ayuda en la segunda quincena de enero, como hicieron el año pasado.", "Otras comunidades, como Madrid o Cataluña, todavía no han fijado la fecha del ingreso, según fuentes de sus consejerías.", "Los beneficiarios recibirán antes una carta o un mensaje de la consejería con el importe exacto que les corresponde y la fecha prevista."],
    ["Si cumple los requisitos y no ha recibido el ingreso antes de abril, debe reclamar ante la consejería de su comunidad autónoma en un plazo de seis meses.", "La reclamación puede presentarse por internet o en cualquier registro público, con el DNI y un certificado de la compañía eléctrica.", "Las asociaciones de consumidores ofrecen modelos de reclamación gratuitos en sus páginas web para quienes no sepan cómo hacerlo.", "Si la reclamación no se resuelve en tres meses, se entiende desestimada y se puede recurrir ante el Defensor del Pueblo o los tribunales."],
  ],
};

describe("question crossheads", () => {
  it("five questions, each over a section of four paragraphs, are an explainer's subheads (Spanish)", () => {
    const text = packed(es.headline, es.lede, ...es.questions.flatMap((q, k) => [q, ...(es.sections[k] as string[])]));
    assert.deepEqual(subheads(text, "es"), es.questions);
  });

  it("questions over one answer each stay an interviewer's (English)", () => {
    const text = packed(
      "A ferry captain on forty years at sea",
      "Captain Ruth Cairns retires this month after forty years on the crossing between Port Allen and Skerry Island. We asked her about the job and the boats.",
      "When did you first work on the ferry?",
      "In 1985, as a deckhand, when the boats still ran on diesel from the old depot in town and the crossing took an hour.",
      "What changed most in those years?",
      "The passengers. They used to talk to each other on the crossing, and now they look at their phones the whole way over.",
      "Will you miss the old pier and the boats?",
      "Yes. I learned to tie up a boat there, and my father worked on that pier before me for more than thirty years.",
      "What will you do next year after you retire?",
      "I will take my own boat out to the islands and fish for as long as my knees let me, and maybe teach my grandchildren.",
    );
    assert.deepEqual(subheads(text, "en"), []);
  });
});

describe("a player's label and its caption between paragraphs", () => {
  const fr = [
    "Une cinquantaine d'enseignants du lycée Jules-Verne, à Nantes, ont cessé le travail jeudi matin pour protester contre la fermeture de deux classes de seconde.",
    "Réunis devant les grilles de l'établissement dès 8 heures, ils ont été rejoints par une centaine de parents et d'élèves venus les soutenir.",
    "Le rectorat justifie sa décision par la baisse du nombre d'élèves attendus dans le secteur, selon un document transmis aux syndicats.",
    "Les syndicats contestent ces prévisions et rappellent que deux nouveaux quartiers doivent accueillir près de 1 500 logements d'ici à 2028.",
  ];
  it("a word the story never uses, its colon, then words from a small letter is no heading (French, Spanish)", () => {
    const text = packed("Nantes : les enseignants du lycée Jules-Verne en grève", fr[0] as string, fr[1] as string, "Vidéo : les enseignants rassemblés devant le lycée", fr[2] as string, "Rectorat : une baisse des effectifs contestée", fr[3] as string);
    // (the story's own topic before a colon is a heading: "Rectorat" is the prose's word)
    assert.deepEqual(subheads(text, "fr"), ["Rectorat : une baisse des effectifs contestée"]);
    const es = packed(
      "Los vecinos de Pino Montano protestan por el retraso del metro",
      "Los vecinos de Pino Montano llevan más de quince años esperando el metro y han convocado una concentración para el próximo sábado frente a la consejería.",
      "La asociación vecinal Los Carteros asegura que ha reunido más de cuatro mil firmas para pedir que las obras del tramo norte no se retrasen más.",
      "Vídeo: los vecinos cortan la avenida durante media hora",
      "La Junta ha reconocido un nuevo retraso por la aparición de restos arqueológicos en la Macarena, que obligará a modificar el proyecto de la estación.",
    );
    assert.deepEqual(subheads(es, "es"), []);
  });
});
