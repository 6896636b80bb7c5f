/**
 * Labels a paper prints before a lede, in capitals and with a colon, that name no place
 * ("BREAKING: …", "EXCLUSIVE: …", "EILMELDUNG: …"): data, one list for every language. A dateline
 * of one word in capitals and a colon ("ISLAMABAD: …", "CHENNAI: …") is read by its shape; these
 * words are the evidence against it. (Acronyms, "NATO: …", are short: a word of five letters or
 * fewer needs a place Intl knows.)
 */
export const leadLabels = new Set([
  // en
  "breaking", "update", "updated", "updates", "exclusive", "analysis", "opinion", "editorial", "comment", "commentary", "review", "interview",
  "correction", "corrections", "clarification", "warning", "explainer", "factbox", "factcheck", "timeline", "background", "context", "summary",
  "sponsored", "advertisement", "promoted", "disclaimer", "transcript", "question", "answer", "spoiler", "spoilers", "photos", "pictures",
  "gallery", "podcast", "listen", "revealed", "watch", "breaking news", "live", "latest", "insight", "profile", "obituary",
  "letters", "editors", "reporter", "anchor", "narrator", "announcer", "moderator", "caution", "attention", "notice", "reminder",
  // de, nl, nordic
  "eilmeldung", "exklusiv", "kommentar", "analyse", "meinung", "hintergrund", "korrektur", "berichtigung", "aktuell", "liveticker",
  "exclusief", "commentaar", "achtergrond", "rettelse", "oppdatert", "uppdaterad", "opdateret", "kommentaari",
  // romance
  "urgente", "exclusiva", "exclusivo", "opinión", "opinião", "análisis", "análise", "entrevista", "actualización", "atualização", "rectificación",
  "exclusif", "tribune", "entretien", "éditorial", "rectificatif", "dernière", "esclusiva", "esclusivo", "analisi",
  "intervista", "aggiornamento", "editoriale", "commento", "rettifica",
  // central and eastern european
  "pilne", "ekskluzywne", "aktualizacja", "komentarz", "wywiad", "sprostowanie", "exkluzivně", "komentář", "rozhovor", "aktualizováno",
  "срочно", "эксклюзив", "мнение", "интервью", "обновлено", "терміново", "ексклюзив", "son dakika", "özel", "güncelleme", "yorum", "röportaj",
  "έκτακτο", "αποκλειστικό", "συνέντευξη",
]);

/**
 * The beginnings of the words for a reporter's job, in many languages ("Kommentator", "Корреспондент",
 * "Giornalista", "Senior Writer"): a line of them under a byline is the author's job, not the place
 * the story was filed from. Data; lower case, matched at a word's start so that a job's other
 * genders and compounds count too ("Korrespondentin", "Wirtschaftsredakteur" by its last part).
 */
const jobStems = [
  "correspond", "korrespond", "корреспондент", "кореспондент", "ανταποκριτ", "koresponden", "kirjeenvaihtaja", "tudósító", "dopisovatel",
  "report", "repórt", "repórter", "reportér", "репортер", "репортёр", "ρεπόρτερ",
  "journalist", "jornalista", "giornalist", "periodist", "dziennikar", "novinář", "novinar", "журналист", "журналіст", "δημοσιογράφ",
  "jurnalis", "wartawan", "gazeteci", "muhabir", "újságíró", "toimittaja", "nhà báo", "phóng viên",
  "redakt", "redact", "redat", "redaktør", "redaktör", "редактор", "editor", "editör", "szerkesztő", "συντάκτ",
  "column", "kolumn", "colunist", "колумнист", "publicyst", "publicist", "commentat", "kommentat", "коммент", "обозревател", "оглядач",
  "kritik", "critic", "crític", "critique", "analyst", "analist", "autor", "author", "auteur", "writer", "schreiber",
  "inviat", "envoyé", "enviad", "sonderkorrespond", "fotograf", "photograph", "contributor", "mitarbeiter", "freelance", "staff",
];

/** A line of one or two words, one of them a reporter's job by its beginning or its end (`jobStems`). */
export function isJobLine(text: string): boolean {
  const words = text.toLocaleLowerCase().split(/[\s-]+/u);
  return words.some((w) => jobStems.some((stem) => w.startsWith(stem) || (stem.length >= 6 && w.endsWith(stem))));
}
