/**
 * Resolves the subject of an attribution to the person a reader understands: a surname to the
 * full name the article gives, a role ("the president") to the person the article tied it to
 * ("President Putin"), a pronoun to the person the text just before it is about.
 */
import { indefinites, nameRunAt, personName, referent, tokenize, type Subject } from "./attribution.js";
import type { Lexicon } from "./lexicon/index.js";

export interface SpeakerContext {
  /** The article text before the quote (for roles and full names introduced earlier). */
  before: string;
  /** The whole article text (a full name may be given after a surname is used). */
  all: string;
  /** The text just before the quote: the previous paragraph or two and any lead-in. */
  recent: string;
  /** The speaker of the block just before, when it is a quote. */
  previousQuote: string | null;
  /** The last person named as a speaker before this quote, or null. */
  lastSpeaker: string | null;
  lex: Lexicon;
}

/** The person `subject` refers to, or null when the article never says who. */
export function resolveSpeaker(subject: Subject | null, context: SpeakerContext): string | null {
  if (!subject) return unattributed(context);
  switch (subject.kind) {
    case "pronoun":
      return context.previousQuote ?? fromContext(context) ?? context.lastSpeaker;
    case "role":
      // "the president" names someone; "a spokesperson" or "one of the reviewers" does not
      return personForRole(subject.text, context.before) ?? (indefinites.has(subject.text.split(" ")[0]?.toLocaleLowerCase() ?? "") ? null : subject.text);
    case "name":
      return fullName(personName(subject.text, context.lex), context);
  }
}

/** A quote with no attribution continues the quote before it, or is by the person just named. */
function unattributed(context: SpeakerContext): string | null {
  return context.previousQuote ?? fromContext(context);
}

/** The person the text just before is about, with the full name the article gives. */
function fromContext(context: SpeakerContext): string | null {
  const found = referent(context.recent, context.lex);
  return found ? fullName(found, context) : null;
}

/** A one-word name becomes the full name the article gives elsewhere ("Jadoon" → "Amira Jadoon"). */
function fullName(name: string, context: SpeakerContext): string {
  if (name.includes(" ")) return name;
  const runs = nameRuns(context.before).concat(nameRuns(context.all));
  const full = runs
    .map((run) => personName(run, context.lex))
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
  let found: string | null = null;
  const tokens = tokenize(before);
  tokens.forEach((t, i) => {
    if (t.word === cap && t.after === "") {
      // "President Putin", "Foreign Minister Sergei Lavrov"
      const n = nameRunAt(tokens, i + 1, 4);
      if (n > 0) found = tokens.slice(i + 1, i + 1 + n).map((x) => x.word).join(" ");
    }
    if (t.word.toLocaleLowerCase() === head.toLocaleLowerCase() && i > 1) {
      // "Ingrid Solberg, the mayor" / "Ingrid Solberg, mayor of …"
      for (let back = i - 1; back >= Math.max(0, i - 5); back--) {
        if (tokens[back]?.after !== ",") continue;
        let start = back;
        while (start > 0 && nameRunAt(tokens, start - 1, back - start + 2) === back - start + 2) start--;
        const n = nameRunAt(tokens, start, back - start + 1);
        if (n === back - start + 1 && n > 0) found = tokens.slice(start, back + 1).map((x) => x.word).join(" ");
        break;
      }
    }
  });
  return found;
}
