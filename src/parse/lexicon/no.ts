import type { Lexicon } from "./types.js";

export const no: Lexicon = {
  speechVerbs: [
    "forsikrer", "forsikret", "avslutter", "avsluttet", "utdyper", "utdypet", "oppsummerer", "oppsummerte", "står det", "het det", "heter det",
    "sier", "sa", "sa til", "forteller", "fortalte", "skriver", "skrev", "legger til", "la til", "mener",
    "mente", "forklarer", "forklarte", "uttaler", "uttalte", "ifølge", "understreker", "svarer", "svarte", "påpeker", "innrømmer", "innrømmet", "utbryter", "utbrøt", "tilføyer", "tilføyde", "beskriver", "beskrev", "konstaterer", "konstaterte", "fortsetter", "fortsatte", "legger hun til", "legger han til", "sier hun", "sier han", "ler", "lo", "mener hun", "mener han", "bekrefter", "bekreftet", "erkjenner", "erkjente", "advarer", "advarte", "poengterer", "poengterte",
  ],
  titles: ["Statsminister", "Minister", "Ordfører", "Professor", "Kong", "Dronning"],
  pronouns: ["han", "hun", "de"],
  bylinePrefixes: ["Av", "Tekst:"],
  reporterWords: ["journalist", "reporter", "korrespondent", "redaktør"],
  creditLabels: ["Foto", "Bilde", "Grafikk", "Illustrasjon"],
  captionLabels: ["Bildetekst"],
  relatedTitles: ["Les også", "Les mer", "Relatert", "Mer om"],
  noise: ["Annonse", "Del artikkelen", "Del", "Kopier lenke", "Les mer", "Del", "Del på Facebook", "Del på X", "Kopier lenke", "Lagre", "Lytt til artikkelen", "Logg inn"
  ],
  noisePatterns: ["^lesetid\\s*:?\\s*\\d+\\s*min", "\\bjavascript må være aktivert\\b", "^vi bruker informasjonskapsler\\b"],
  videoMarkers: ["Spill av video", "Video"],
  months: [
    ["januar", "jan"], ["februar", "feb"], ["mars", "mar"], ["april", "apr"], ["mai"], ["juni", "jun"],
    ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["desember", "des"],
  ],
  updatedWords: ["oppdatert", "publisert"],
};
