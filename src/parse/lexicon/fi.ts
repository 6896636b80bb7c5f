import type { Lexicon } from "./types.js";

export const fi: Lexicon = {
  speechVerbs: ["sanoo", "sanoi", "kertoo", "kertoi", "toteaa", "totesi", "arvioi", "arvioo", "muistuttaa", "muistutti", "korostaa", "korosti", "sanovat", "kirjoittaa", "kirjoitti", "mukaan", "lisää", "lisäsi"],
  titles: ["Pääministeri", "Presidentti", "Ministeri", "Professori"],
  pronouns: ["hän", "he"],
  bylinePrefixes: ["Kirjoittanut", "Teksti:"],
  creditLabels: ["Kuva", "Kuvat", "Grafiikka"],
  relatedTitles: ["Lue myös", "Lue lisää", "Aiheesta lisää"],
  noise: ["Mainos", "Jaa artikkeli", "Jaa", "Lue lisää"],
  videoMarkers: ["Toista video", "Video"],
  months: [
    ["tammikuuta", "tammikuu"], ["helmikuuta", "helmikuu"], ["maaliskuuta", "maaliskuu"], ["huhtikuuta", "huhtikuu"],
    ["toukokuuta", "toukokuu"], ["kesäkuuta", "kesäkuu"], ["heinäkuuta", "heinäkuu"], ["elokuuta", "elokuu"],
    ["syyskuuta", "syyskuu"], ["lokakuuta", "lokakuu"], ["marraskuuta", "marraskuu"], ["joulukuuta", "joulukuu"],
  ],
  updatedWords: ["päivitetty", "julkaistu"],
};
