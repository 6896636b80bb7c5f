import type { Lexicon } from "./types.js";

export const da: Lexicon = {
  speechVerbs: [
    "forsikrer", "forsikrede", "afslutter", "afsluttede", "står der", "hedder det", "lyder det",
    "siger", "sagde", "fortæller", "fortalte", "skriver", "skrev", "tilføjer", "tilføjede", "mener", "mente",
    "forklarer", "forklarede", "udtaler", "udtalte", "ifølge", "understreger", "svarer", "svarede", "påpeger", "fortsætter", "fortsatte", "konstaterer", "konstaterede", "erkender", "erkendte", "bekræfter", "bekræftede", "uddyber", "uddybede", "griner", "lo",
  ],
  titles: ["Statsminister", "Minister", "Borgmester", "Professor", "Kong", "Dronning"],
  pronouns: ["han", "hun", "de"],
  bylinePrefixes: ["Af"],
  reporterWords: ["journalist", "korrespondent", "redaktør", "reporter"],
  creditLabels: ["Foto", "Billede", "Grafik", "Illustration"],
  captionLabels: ["Billedtekst"],
  relatedTitles: ["Læs også", "Læs mere", "Relateret", "Mere om"],
  noise: ["Annonce", "Del artiklen", "Del", "Kopiér link", "Læs mere", "Del artikel", "Lyt til artiklen", "Gem", "Del på Facebook", "Kopiér link", "Log ind"
  ],
  noisePatterns: ["^læsetid\\s*:?\\s*\\d+\\s*min", "\\bjavascript skal være aktiveret\\b", "^vi bruger cookies\\b"],
  videoMarkers: ["Afspil video", "Video"],
  months: [
    ["januar", "jan"], ["februar", "feb"], ["marts", "mar"], ["april", "apr"], ["maj"], ["juni", "jun"],
    ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
  ],
  updatedWords: ["opdateret", "publiceret"],
};
