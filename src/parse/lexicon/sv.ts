import type { Lexicon } from "./types.js";

export const sv: Lexicon = {
  speechVerbs: [
    "försäkrar", "försäkrade", "avslutar", "avslutade", "utvecklar", "står det", "heter det", "hette det",
    "säger", "sa", "sade", "berättar", "berättade", "förklarar", "förklarade", "skriver", "skrev", "menar",
    "menade", "tillägger", "tillade", "konstaterar", "konstaterade", "enligt", "uppger", "uppgav",
    "understryker", "underströk", "framhåller", "framhöll", "fortsätter", "fortsatte", "svarar", "svarade",
    "betonar", "betonade", "hävdar", "hävdade", "frågar", "frågade", "påpekar", "påpekade", "varnar", "varnade", "tycker", "tyckte", "resonerar", "resonerade", "säger hon", "säger han", "medger", "medgav", "bekräftar", "bekräftade", "skrattar", "skrattade", "summerar", "summerade", "poängterar", "poängterade", "inflikar", "replikerar",
  ],
  titles: ["Statsminister", "Minister", "Utrikesminister", "Borgmästare", "Kommunalråd", "Professor", "Rektor", "Landshövding", "Kung", "Kungen", "Drottning", "Förbundskapten", "Tränare", "Vd", "VD", "Presschef"],
  pronouns: ["han", "hon", "hen", "de"],
  bylinePrefixes: ["Av", "Text:"],
  reporterWords: ["reporter", "korrespondent", "redaktör", "journalist", "reportrar"],
  creditLabels: ["Foto", "Bild", "Bilder", "Grafik", "Illustration"],
  captionLabels: ["Bildtext"],
  relatedTitles: ["Läs också", "Läs mer", "Läs även", "Relaterat", "Mer om", "Fler artiklar"],
  noise: ["Annons", "Dela artikeln", "Dela", "Kopiera länk", "Läs mer", "Lyssna på artikeln", "Prenumerera", "Visa kommentarer", "Spara", "Lyssna", "Dela på Facebook", "Dela på X", "Kopiera länk", "Javascript måste vara aktiverat för att spela video", "Logga in", "Prenumerera", "Mest läst"
  ],
  noisePatterns: ["^lästid\\s*:?\\s*\\d+\\s*min", "\\bjavascript måste vara aktiverat\\b", "^vi använder cookies\\b"],
  videoMarkers: ["Spela upp video", "Video"],
  months: [
    ["januari", "jan"], ["februari", "feb"], ["mars", "mar"], ["april", "apr"], ["maj"], ["juni", "jun"],
    ["juli", "jul"], ["augusti", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
  ],
  updatedWords: ["uppdaterad", "uppdaterat", "publicerad"],
};
