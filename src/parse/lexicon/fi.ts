import type { Lexicon } from "./types.js";

export const fi: Lexicon = {
  speechVerbs: ["sanoo", "sanoi", "kertoo", "kertoi", "toteaa", "totesi", "arvioi", "arvioo", "muistuttaa", "muistutti", "korostaa", "korosti", "sanovat", "kirjoittaa", "kirjoitti", "mukaan", "lisää", "lisäsi", "huomauttaa", "huomautti", "summaa", "summasi", "painottaa", "painotti", "jatkaa", "jatkoi", "kuvailee", "kuvaili", "vastaa", "vastasi", "selittää", "selitti", "myöntää", "myönsi", "kertovat", "toteavat", "arvelee", "arveli", "pohtii", "pohti", "vakuuttaa", "vakuutti", "huomauttavat"],
  titles: ["Pääministeri", "Presidentti", "Ministeri", "Professori"],
  pronouns: ["hän", "he"],
  bylinePrefixes: ["Kirjoittanut", "Teksti:"],
  reporterWords: ["toimittaja", "kirjeenvaihtaja"],
  creditLabels: ["Kuva", "Kuvat", "Grafiikka"],
  captionLabels: ["Kuvateksti"],
  relatedTitles: ["Lue myös", "Lue lisää", "Aiheesta lisää"],
  noise: ["Mainos", "Jaa artikkeli", "Jaa", "Lue lisää", "Kopioi linkki", "Jaa", "Tallenna", "Kuuntele", "Jaa Facebookissa", "Kirjaudu"
  ],
  noisePatterns: ["^lukuaika\\s*:?\\s*\\d+\\s*min"],
  videoMarkers: ["Toista video", "Video"],
  months: [
    ["tammikuuta", "tammikuu"], ["helmikuuta", "helmikuu"], ["maaliskuuta", "maaliskuu"], ["huhtikuuta", "huhtikuu"],
    ["toukokuuta", "toukokuu"], ["kesäkuuta", "kesäkuu"], ["heinäkuuta", "heinäkuu"], ["elokuuta", "elokuu"],
    ["syyskuuta", "syyskuu"], ["lokakuuta", "lokakuu"], ["marraskuuta", "marraskuu"], ["joulukuuta", "joulukuu"],
  ],
  updatedWords: ["päivitetty", "julkaistu"],
};
