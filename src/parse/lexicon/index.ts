/**
 * Word lists per language. To support a language, add a file like `en.ts` and list it here;
 * a site can add noise phrases per language in site.yaml without touching these files.
 */
import { da } from "./da.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fi } from "./fi.js";
import { fr } from "./fr.js";
import { no } from "./no.js";
import { sv } from "./sv.js";
import type { Lexicon } from "./types.js";

export type { Lexicon };

export const lexicons: Readonly<Record<string, Lexicon>> = { en, sv, no, nb: no, nn: no, da, fi, de, fr, es };

/** The base language of a BCP 47 tag: `sv-FI` → `sv`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split("-")[0] ?? tag;

/** The union of the lexicons of `languages` (unknown ones are skipped), duplicates removed. */
export function mergeLexicons(languages: readonly string[], extraNoise: readonly string[] = []): Lexicon {
  const chosen = [...new Set(languages.map(baseLanguage))].map((lang) => lexicons[lang]).filter((l): l is Lexicon => l !== undefined);
  const union = (pick: (l: Lexicon) => string[]) => [...new Set(chosen.flatMap(pick))];
  const months = Array.from({ length: 12 }, (_, i) => [...new Set(chosen.flatMap((l) => l.months[i] ?? []))]);
  return {
    speechVerbs: union((l) => l.speechVerbs),
    titles: union((l) => l.titles),
    pronouns: union((l) => l.pronouns),
    bylinePrefixes: union((l) => l.bylinePrefixes),
    creditLabels: union((l) => l.creditLabels),
    relatedTitles: union((l) => l.relatedTitles),
    noise: [...union((l) => l.noise), ...extraNoise],
    videoMarkers: union((l) => l.videoMarkers),
    months,
    updatedWords: union((l) => l.updatedWords),
  };
}

/** Very common words per language, to guess the language of copy that does not say. */
const markers: Record<string, string[]> = {
  en: ["the", "and", "of", "to", "is", "was", "that", "with", "for", "said"],
  sv: ["och", "att", "det", "som", "är", "på", "för", "med", "inte", "säger"],
  no: ["og", "at", "det", "som", "er", "på", "for", "med", "ikke", "sier"],
  da: ["og", "at", "det", "som", "er", "på", "for", "med", "ikke", "siger"],
  fi: ["ja", "on", "että", "ei", "oli", "mukaan", "myös", "kun", "sanoo", "hän"],
  de: ["und", "der", "die", "das", "ist", "nicht", "mit", "sich", "auch", "sagte"],
  fr: ["le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui"],
  es: ["el", "la", "los", "y", "que", "en", "una", "por", "con", "para"],
};

/** Guesses the language of `text` from common words; null when no language stands out. */
export function guessLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 3000) ?? [];
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  for (const [lang, list] of Object.entries(markers)) counts.set(lang, list.reduce((n, w) => n + (bag.get(w) ?? 0), 0));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3 || (second && best[1] < second[1] * 1.3)) return null;
  return best[0];
}
