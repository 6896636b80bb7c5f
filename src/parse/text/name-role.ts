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
  return name.some((w) => story.has(w.toLocaleLowerCase()));
}
