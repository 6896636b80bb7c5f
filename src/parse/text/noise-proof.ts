/**
 * When noise words prove a line noise (issue 12: "noise must be proven"). A noise pattern (a
 * cookie or newsletter prompt, "Advertisement", "Follow … on X") is evidence, never proof by
 * itself: a real sentence may name a cookie policy or a newsletter. The line is proven noise when
 * it is a whole short line that matches ("Sign up to our daily newsletter"), or a prompt that
 * speaks to the reader ("We use cookies to give you …", "Get the best stories straight to your
 * inbox"), a prompt that opens as the page's own ("Ich bin damit einverstanden, dass …", "Why you
 * can trust …"), or one that ends in a short call to act here ("… Hier geht es zur Anmeldung."):
 * the page's own voice, which a reported sentence ("…, the clerk said", or quoted words) is not.
 */
import { endsWithCallHere, isReaderWord, opensAsPagePrompt } from "../lexicon/interface-words.js";
import { lexicons } from "../lexicon/index.js";
import { allSpeechVerbs } from "../lexicon/speech.js";
import { wordsOf } from "../lines/features.js";

/** The longest line that a noise pattern proves noise by itself. */
export const SHORT_PROMPT_WORDS = 10;

/** Quote marks of any language: a line with them reports someone's words. */
const quoteMarks = /["“”„«»「」『』‹›]/u;

export type WordsProof = "short line" | "speaks to the reader" | "opens as the page's prompt" | "calls the reader to act";

/**
 * Why a line with noise words (a noise pattern matched it) is proven noise, or null when it is
 * only evidence (the line model may still be sure of it on its own).
 */
export function noiseWordsProof(text: string, words: number): WordsProof | null {
  const line = text.trim();
  if (quoteMarks.test(line) || reportedAtEnd(line)) return null;
  if (words <= SHORT_PROMPT_WORDS) return "short line";
  if (wordsOf(line).some(isReaderWord)) return "speaks to the reader";
  if (opensAsPagePrompt(line)) return "opens as the page's prompt";
  return endsWithCallHere(line, wordsOf) ? "calls the reader to act" : null;
}

/** The most words of a closing attribution (", the emergency plan says."). */
const ATTRIBUTION_WORDS = 6;
let speechVerbs: ReadonlySet<string> | undefined;
/**
 * Whether a line closes with an attribution after its last comma (", the council's plan says.",
 * ", officials said."): a reported sentence, in the story's voice, however it opens ("Download the
 * council's flood app for updates, the emergency plan says."). A page's prompt names no source.
 */
export function reportedAtEnd(line: string): boolean {
  const comma = Math.max(line.lastIndexOf(", "), line.lastIndexOf("، "), line.lastIndexOf("， "));
  if (comma < 0 || !/[.!。]$/u.test(line)) return false;
  const last = wordsOf(line.slice(comma + 2));
  speechVerbs ??= new Set([...allSpeechVerbs, ...Object.values(lexicons).flatMap((l) => l.speechVerbs)].map((v) => v.toLocaleLowerCase()));
  return last.length >= 2 && last.length <= ATTRIBUTION_WORDS && last.some((w) => (speechVerbs as ReadonlySet<string>).has(w.toLocaleLowerCase()));
}
