/**
 * A person's name and a role or an affiliation on a short line ("Jane Doe, University of Leeds",
 * "Karin Berg, talsperson"): a pull quote's or a photo's attribution, or an author box. It is
 * neither a heading nor a link to another story, in any language with capital letters.
 */
import { isProse, isStopword, wordsOf } from "../lines/features.js";
import type { Unit } from "./units.js";

/** The words of an article's prose, lower-cased, kept per article (each prose line read once). */
const wordsOfProse = new WeakMap<readonly Unit[], Set<string>>();
export function proseWords(units: readonly Unit[]): Set<string> {
  let words = wordsOfProse.get(units);
  if (words) return words;
  words = new Set<string>();
  for (const u of units) if (isProse(u.text)) for (const w of wordsOf(u.text)) words.add(w.toLocaleLowerCase());
  wordsOfProse.set(units, words);
  return words;
}

/**
 * Whether `text` is a name (two to four capitalised words, no short stopword among them, one of them
 * named in the story's prose), a comma, and one to six words of a role or an affiliation.
 */
export function isNameAndRole(text: string, units: readonly Unit[]): boolean {
  const comma = text.indexOf(", ");
  if (comma < 0 || text.length > 90 || /[.!?。！？]$/u.test(text)) return false;
  const name = wordsOf(text.slice(0, comma));
  const rest = wordsOf(text.slice(comma + 2));
  if (name.length < 2 || name.length > 4 || rest.length < 1 || rest.length > 6) return false;
  // (an article or a preposition, "Le Kazakhstan, allié de Moscou", opens no name: a short stopword)
  if (!name.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !(w.length <= 3 && isStopword(w)))) return false;
  const story = proseWords(units);
  if (!name.some((w) => story.has(w.toLocaleLowerCase()))) return false;
  // "Neue Deiche, alte Probleme": a first word that the prose prints in small letters, as it is or
  // with an ending ("neuen"), is an adjective or a noun of a heading, unless the prose prints the whole name
  if (!smallWords(units).has((name[0] as string).toLocaleLowerCase())) return true;
  const printed = text.slice(0, comma);
  return units.some((u) => isProse(u.text) && u.text.includes(printed));
}

/** The words the prose prints in small letters, and each without its last one or two letters (an ending), kept per article. */
const smallWordsOf = new WeakMap<readonly Unit[], Set<string>>();
export function smallWords(units: readonly Unit[]): Set<string> {
  let words = smallWordsOf.get(units);
  if (words) return words;
  words = new Set<string>();
  for (const u of units)
    if (isProse(u.text))
      for (const w of wordsOf(u.text)) {
        if (!/^\p{Ll}/u.test(w)) continue;
        const letters = [...w];
        for (let cut = 0; cut <= 2 && letters.length - cut >= 3; cut++) words.add(letters.slice(0, letters.length - cut).join(""));
      }
  smallWordsOf.set(units, words);
  return words;
}
