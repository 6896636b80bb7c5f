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
import { ar, hi, it, ja, ko, nl, pl, pt, ru, tr, zh } from "./more.js";
import { interfaceWords } from "./interface-words.js";
import type { Lexicon } from "./types.js";
import { shortLetterRuns } from "../lang/letters.js";

export type { Lexicon };

export const lexicons: Readonly<Record<string, Lexicon>> = { en, sv, no, nb: no, nn: no, da, fi, de, fr, es, pt, it, nl, pl, ru, ja, zh, ko, hi, ar, tr };

/**
 * Something built from a lexicon once and reused (compiled expressions, indexes): merged
 * lexicons are cached, so this is built once per language mix, not once per article.
 */
export function perLexicon<T>(build: (lex: Lexicon) => T): (lex: Lexicon) => T {
  const cache = new WeakMap<Lexicon, T>();
  return (lex) => {
    let value = cache.get(lex);
    if (value === undefined) {
      value = build(lex);
      cache.set(lex, value);
    }
    return value;
  };
}

/** The base language of a BCP 47 tag: `sv-FI` → `sv`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split("-")[0] ?? tag;

/**
 * The words for reading one article. Speech verbs, pronouns and titles come from `languages`
 * only (short words like "sa" or "so" mean different things elsewhere); whole-line phrases
 * (noise, box titles, credit labels, byline openers, month names) come from every language,
 * because copy often mixes them (an English page with a Swedish photo credit).
 */
export function mergeLexicons(languages: readonly string[], extra: Partial<Record<string, Partial<Lexicon>>> = noExtra): Lexicon {
  const chosenNames = [...new Set(languages.map(baseLanguage))];
  // merged lexicons are reused (and so are the indexes built on them): one per language mix
  let cache = merged.get(extra);
  if (!cache) merged.set(extra, (cache = new Map()));
  const cacheKey = chosenNames.join(",");
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const lexicon = mergeUncached(chosenNames, extra);
  cache.set(cacheKey, lexicon);
  return lexicon;
}

const noExtra: Partial<Record<string, Partial<Lexicon>>> = {};
const merged = new WeakMap<object, Map<string, Lexicon>>();

function mergeUncached(chosenNames: string[], extra: Partial<Record<string, Partial<Lexicon>>>): Lexicon {
  const chosen = chosenNames.map((lang) => withExtra(lang, extra)).filter((l): l is Lexicon => l !== undefined);
  const every = [...new Set([...Object.keys(lexicons).map(baseLanguage), ...Object.keys(extra)])].map((lang) => withExtra(lang, extra)).filter((l): l is Lexicon => l !== undefined);
  // every site's interface words, in every language the table has (whole lines only)
  every.push(interfaceWords);
  const union = (from: Lexicon[], pick: (l: Lexicon) => string[]) => [...new Set(from.flatMap(pick))];
  const months = Array.from({ length: 12 }, (_, i) => [...new Set(every.flatMap((l) => l.months[i] ?? []))]);
  return {
    speechVerbs: union(chosen, (l) => l.speechVerbs),
    titles: union(chosen, (l) => l.titles),
    pronouns: union(chosen, (l) => l.pronouns),
    bylinePrefixes: union(every, (l) => l.bylinePrefixes),
    reporterWords: union(every, (l) => l.reporterWords),
    creditLabels: union(every, (l) => l.creditLabels),
    captionLabels: union(every, (l) => l.captionLabels),
    relatedTitles: union(every, (l) => l.relatedTitles),
    noise: union(every, (l) => l.noise),
    noisePatterns: union(every, (l) => l.noisePatterns),
    videoMarkers: union(every, (l) => l.videoMarkers),
    months,
    updatedWords: union(every, (l) => l.updatedWords),
    lang: chosenNames[0] ?? "en",
  };
}

const empty: Lexicon = {
  speechVerbs: [], titles: [], pronouns: [], bylinePrefixes: [], reporterWords: [], creditLabels: [], captionLabels: [], relatedTitles: [], noise: [], noisePatterns: [], videoMarkers: [],
  months: Array.from({ length: 12 }, () => []), updatedWords: [],
};

/** A language's lexicon with the words a site adds for it in site.yaml (`words:`). */
function withExtra(lang: string, extra: Partial<Record<string, Partial<Lexicon>>>): Lexicon | undefined {
  const base = lexicons[lang];
  const added = extra[lang];
  if (!added) return base;
  const start = base ?? empty;
  const merged = { ...start };
  for (const key of Object.keys(added) as (keyof Lexicon)[]) {
    if (key === "months") continue;
    (merged[key] as string[]) = [...(start[key] as string[]), ...((added[key] as string[] | undefined) ?? [])];
  }
  return merged;
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

const markerWords = new Set(Object.values(markers).flat());
const longestMarker = Math.max(...[...markerWords].map((w) => w.length));

/** The languages `text` is most likely in, best first (at most two; none when nothing stands out). */
export function guessLanguages(text: string): string[] {
  const counts = new Map<string, number>();
  // only the marker words are counted (the same counts as a bag of every word, without building
  // one): the words no longer than the longest marker
  const words = shortLetterRuns(text.slice(0, 6000).toLowerCase(), longestMarker);
  const bag = new Map<string, number>();
  for (const w of words) if (markerWords.has(w)) bag.set(w, (bag.get(w) ?? 0) + 1);
  for (const [lang, list] of Object.entries(markers)) counts.set(lang, list.reduce((n, w) => n + (bag.get(w) ?? 0), 0));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).filter(([, n]) => n >= 3);
  const [best, second] = ranked;
  if (!best) return [];
  return second && second[1] * 1.5 >= best[1] ? [best[0], second[0]] : [best[0]];
}
