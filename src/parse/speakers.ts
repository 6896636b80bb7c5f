/**
 * Resolves the subject of an attribution to the person a reader understands: a surname to the
 * full name the article gave earlier, a role ("the president") to the person the article tied it
 * to ("President Putin"), a pronoun to the last person quoted or said to speak.
 */
import { nameRunAt, stripTitles, tokenize, type Subject } from "./attribution.js";

export interface SpeakerContext {
  /** The article text before the quote (for roles and full names introduced earlier). */
  before: string;
  /** The whole article text (a full name may be given after a surname is used). */
  all: string;
  /** The last person named as a speaker before this quote, or null. */
  lastSpeaker: string | null;
  /** Titles that stand before names and are not part of them ("President", "Mayor"). */
  titles: readonly string[];
}

/** The person `subject` refers to, or null when the article never says who. */
export function resolveSpeaker(subject: Subject | null, context: SpeakerContext): string | null {
  if (!subject) return null;
  switch (subject.kind) {
    case "pronoun":
      return context.lastSpeaker;
    case "role":
      return personForRole(subject.text, context.before) ?? subject.text;
    case "name":
      return fullName(stripTitles(subject.text, context.titles), context);
  }
}

/** A one-word name becomes the full name the article gives elsewhere ("Jadoon" → "Amira Jadoon"). */
function fullName(name: string, context: SpeakerContext): string {
  if (name.includes(" ")) return name;
  const runs = nameRuns(context.before).concat(nameRuns(context.all));
  const full = runs
    .map((run) => stripTitles(run, context.titles))
    .find((run) => run.length > name.length && run.split(" ").at(-1) === name && run.split(" ").length <= 4);
  return full ?? name;
}

/** All runs of two or more capitalised words. */
function nameRuns(text: string): string[] {
  const tokens = tokenize(text);
  const runs: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = nameRunAt(tokens, i);
    if (n >= 2) runs.push(tokens.slice(i, i + n).map((t) => t.word).join(" "));
    if (n > 0) i += n - 1;
  }
  return runs;
}

/**
 * Finds who a role stands for in the text before it: "President Putin" for "the president",
 * "Mayor Ingrid Solberg" for "the mayor", "Ingrid Solberg, the mayor" for "the mayor".
 */
function personForRole(role: string, before: string): string | null {
  const head = role.split(/\s+/).at(-1)?.replace(/[^\p{L}-]/gu, "");
  if (!head) return null;
  const cap = head.charAt(0).toLocaleUpperCase() + head.slice(1);
  let found: { name: string; at: number } | null = null;
  const tokens = tokenize(before);
  tokens.forEach((t, i) => {
    if (t.word === cap && t.after === "") {
      // "President Putin", "Foreign Minister Sergei Lavrov"
      const n = nameRunAt(tokens, i + 1, 4);
      if (n > 0) found = { name: tokens.slice(i + 1, i + 1 + n).map((x) => x.word).join(" "), at: i };
    }
    if (t.word.toLocaleLowerCase() === head.toLocaleLowerCase() && i > 1) {
      // "Ingrid Solberg, the mayor" / "Ingrid Solberg, mayor of …"
      for (let back = i - 1; back >= Math.max(0, i - 5); back--) {
        const b = tokens[back];
        if (b?.after === ",") {
          let start = back;
          while (start > 0 && nameRunAt(tokens, start - 1, back - start + 2) === back - start + 2) start--;
          const n = nameRunAt(tokens, start, back - start + 1);
          if (n === back - start + 1 && n > 0) found = { name: tokens.slice(start, back + 1).map((x) => x.word).join(" "), at: i };
          break;
        }
      }
    }
  });
  return (found as { name: string } | null)?.name ?? null;
}
