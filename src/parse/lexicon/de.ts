import type { Lexicon } from "./types.js";

export const de: Lexicon = {
  speechVerbs: [
    "heißt es", "hieß es", "heisst es", "hiess es",
    "sagt", "sagte", "sagten", "sagen", "erklärt", "erklärte", "betont", "betonte", "meint", "meinte", "schreibt",
    "schrieb", "berichtet", "berichtete", "ergänzt", "ergänzte", "fügt hinzu", "fügte hinzu", "so", "zufolge",
    "warnt", "warnte", "fordert", "forderte", "kritisiert", "kritisierte", "sagte er", "sagte sie", "räumt ein", "räumte ein", "erläutert", "erläuterte", "bestätigt", "bestätigte", "unterstreicht", "unterstrich", "resümiert", "mahnt", "mahnte", "sagt er", "sagt sie", "so er", "so sie", "erzählt", "erzählte", "antwortet", "antwortete", "ergänzt er", "betont er", "kommentiert", "kommentierte", "argumentiert", "argumentierte", "stellt klar", "stellte klar", "versichert", "versicherte", "bilanziert", "bilanzierte",
    "erklärten", "betonten", "warnten", "kritisierten", "schrieben", "berichteten", "forderten", "erklären", "betonen", "warnen", "kritisieren", "schreiben", "erzählen", "erzählten",
  ],
  titles: ["Chef", "Chefin", "Sprecher", "Sprecherin", "Senator", "Senatorin", "Leiter", "Leiterin", "Direktor", "Direktorin", "Vorsitzende", "Vorsitzender", "Experte", "Expertin", "Trainer", "Trainerin", "Kommissar", "Kommissarin", "Sekretär", "Sekretärin", "Scheich", "Bundeskanzler", "Bundeskanzlerin", "Kanzler", "Kanzlerin", "Präsident", "Präsidentin", "Minister", "Ministerin", "Bürgermeister", "Bürgermeisterin", "Professor", "Prof.", "Dr.", "Herr", "Frau", "Bundesrat", "Bundesrätin", "Bundespräsident", "Bundespräsidentin", "Nationalrat", "Nationalrätin", "Ständerat", "Ständerätin", "Regierungsrat", "Regierungsrätin", "Stadtpräsident", "Stadtpräsidentin", "Finanzminister", "Finanzministerin", "Außenminister", "Außenministerin", "Aussenminister", "Aussenministerin", "Innenminister", "Innenministerin", "Ministerpräsident", "Ministerpräsidentin", "Landrat", "Landrätin"],
  pronouns: ["er", "sie"],
  bylinePrefixes: ["Von", "Ein Kommentar von"],
  reporterWords: ["korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporter", "reporterin"],
  creditLabels: ["Foto", "Bild", "Fotos", "Grafik", "Quelle"],
  captionLabels: ["Bildunterschrift", "Bildbeschreibung", "Bildlegende", "Legende"],
  relatedTitles: ["Mehr zum Thema", "Lesen Sie auch", "Auch interessant", "Weitere Artikel", "Mehr dazu"],
  noise: ["Anzeige", "Werbung", "Artikel teilen", "Teilen", "Link kopieren", "Drucken", "Mehr lesen", "Teilen", "Merken", "Artikel anhören", "Kommentare", "Link kopiert", "Anmelden", "Inhalte teilen", "Zum Artikel", "Mehr anzeigen"
  ],
  noisePatterns: ["^lesezeit\\s*:?\\s*(ca\\.\\s*)?\\d+\\s*min", "^wir verwenden cookies\\b", "\\bjavascript (muss|ist) (aktiviert|deaktiviert)\\b", "^\\d+\\s*min\\.?\\s+lesezeit$"],
  videoMarkers: ["Video abspielen", "Video"],
  months: [
    ["januar", "jan", "jänner"], ["februar", "feb"], ["märz", "mär", "mrz"], ["april", "apr"], ["mai"], ["juni", "jun"],
    ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["dezember", "dez"],
  ],
  updatedWords: ["aktualisiert", "stand:", "stand"],
};
