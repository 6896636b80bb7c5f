/**
 * Words that make a name an organisation's, not a person's ("Harbour Freight Lines", "the
 * company", "Nordvik Energi AS", "el Ministerio de Sanidad"): the head nouns of bodies and the
 * legal forms of companies, in the languages read here, lower case. Evidence for one question
 * only: a quote said by "he" or "she" is a person's, so such a name is never the one a singular
 * pronoun stands for.
 */
export const organisationWords: ReadonlySet<string> = new Set([
  // legal forms
  "inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "ag", "as", "asa", "ab", "oy", "oyj", "a/s", "aps", "sa", "s.a", "spa", "s.p.a", "srl", "bv", "nv", "sas", "sarl",
  // English
  "company", "corporation", "group", "bank", "lines", "airlines", "airways", "holdings", "ministry", "department", "council", "committee", "commission",
  "authority", "agency", "association", "union", "federation", "foundation", "institute", "university", "party", "police", "office", "service", "services",
  "government", "court", "board", "club", "society", "trust", "network", "firm", "operator", "municipality",
  // Nordic
  "selskapet", "selskap", "kommune", "kommunen", "departementet", "direktoratet", "forbund", "forbundet", "universitet", "universitetet", "politiet", "regjeringen",
  "bolaget", "företaget", "kommun", "kommunen", "regeringen", "myndigheten", "förbundet", "polisen", "virksomheden", "regeringen", "politiet",
  // German
  "firma", "unternehmen", "konzern", "ministerium", "verband", "stiftung", "universität", "bundesamt", "behörde", "polizei", "regierung", "gemeinde",
  // French, Spanish, Portuguese, Italian
  "société", "entreprise", "ministère", "gouvernement", "mairie", "université", "syndicat", "groupe",
  "empresa", "compañía", "ministerio", "gobierno", "ayuntamiento", "universidad", "sindicato", "grupo", "policía",
  "companhia", "ministério", "governo", "prefeitura", "universidade", "azienda", "società", "ministero", "comune", "università",
  // Dutch
  "bedrijf", "ministerie", "regering", "gemeente", "universiteit", "politie",
]);
