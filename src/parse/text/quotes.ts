/**
 * Quotes in plain text: dash quotes ("– We have to deal …, Peskov said.") and quote-mark quotes
 * ("“…,” said X.", "X said: “…”", „…“, »…«, « … »), also running over several paragraphs.
 * The quoted words go to `text`, the rest of the paragraph to `attribution`.
 */
import { firstWords, nameRunAt, namedSpeakers, readAttribution, tokenize, type Subject } from "../attribution.js";
import type { Lexicon } from "../lexicon/index.js";

export interface TextQuote {
  text: string;
  attribution: string | null;
  subject: Subject | null;
}

const dashOpener = /^[–—―-]\s*(?=\S)/u;

/** "– Words, X said." → the quote; null when `text` does not open with a dash. */
export function readDashQuote(text: string, lex: Lexicon): TextQuote | null {
  const opener = dashOpener.exec(text);
  if (!opener || (text.startsWith("-") && !/^-\s/.test(text))) return null;
  const body = text.slice(opener[0].length);
  for (const split of body.matchAll(/([,?!…])\s+/gu)) {
    const at = split.index ?? 0;
    const from = at + split[0].length;
    // an attribution is read from its first words: each comma costs the same in a long paragraph
    const subject = readAttribution(firstWords(body.slice(from, from + 400)), lex);
    if (subject) {
      const kept = split[1] === "," ? "" : (split[1] ?? "");
      return { text: body.slice(0, at) + kept, attribution: body.slice(from), subject };
    }
  }
  return { text: body, attribution: null, subject: null };
}

const closers: Record<string, string[]> = {
  "“": ["”", "“"], "„": ["“", "”"], "»": ["«", "»"], "«": ["»"], '"': ['"'], "‘": ["’"], "‚": ["‘", "’"], "‹": ["›"], "›": ["‹"],
};
const openers = Object.keys(closers);

/** Index of the mark that closes a quote opened with `opener`, searching from `from`; -1 if none. */
function findClose(text: string, opener: string, from: number): number {
  const marks = closers[opener] ?? [];
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (!marks.includes(c)) continue;
    const next = text.charAt(i + 1);
    // a closing mark follows a word, except French guillemets, which stand apart: « … »
    const spaced = (c === "»" || c === "«") && opener === "«";
    if (i > from && (text.charAt(i - 1) !== " " || spaced) && !/\p{L}/u.test(next)) return i;
  }
  return -1;
}

interface Segments {
  quoted: string[];
  other: string[];
  /** The last quote opened in the text was not closed: it runs on into the next paragraph. */
  open: boolean;
  /** The text ends inside or right after a quote (nothing but punctuation after the last close). */
  endsQuoted: boolean;
}

/** Splits text that starts with a quote mark into quoted and other parts. */
function segments(text: string): Segments {
  const result: Segments = { quoted: [], other: [], open: false, endsQuoted: false };
  let pos = 0;
  while (pos < text.length) {
    const opener = text.charAt(pos);
    const close = findClose(text, opener, pos + 1);
    if (close < 0) {
      result.quoted.push(text.slice(pos + 1).trim());
      result.open = true;
      result.endsQuoted = true;
      return result;
    }
    result.quoted.push(text.slice(pos + 1, close).trim());
    const nextOpen = findNextOpener(text, close + 1);
    const between = text.slice(close + 1, nextOpen < 0 ? text.length : nextOpen).trim();
    if (between) result.other.push(between);
    if (nextOpen < 0) {
      result.endsQuoted = !/[\p{L}\p{N}]/u.test(between);
      return result;
    }
    pos = nextOpen;
  }
  return result;
}

function findNextOpener(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (openers.includes(c) && (i === 0 || /[\s(:;,—–-]/.test(text.charAt(i - 1))) && /\S/.test(text.charAt(i + 1))) return i;
  }
  return -1;
}

const trimPunctuation = (s: string) => s.replace(/^[\s,;:–—-]+/u, "").trim();

/** A paragraph that opens with a quote mark and is a quote: `“Words,” said X.` or a whole quoted paragraph. */
export function readMarkQuote(text: string, lex: Lexicon): (TextQuote & { open: boolean }) | null {
  if (!openers.includes(text.charAt(0))) return null;
  const parts = segments(text);
  const first = parts.quoted[0] ?? "";
  const other = parts.other.map(trimPunctuation).filter(Boolean);
  const join = (xs: string[]) => xs.join(" ").replace(/\s+/g, " ").trim();
  if (other.length === 0) {
    // the whole paragraph is quoted
    return { text: join(parts.quoted), attribution: null, subject: null, open: parts.open };
  }
  const subject = readAttribution(other[0] ?? "", lex);
  // the quoted words end in punctuation: inside the marks (“…,” said) or right after them („…“, sagte)
  const firstClose = findClose(text, text.charAt(0), 1);
  const punctuated = /[,.?!…]$/u.test(first) || /^[,.]/u.test(text.slice(firstClose + 1));
  if (!subject || !punctuated) return null;
  return { text: join(parts.quoted).replace(/,$/, ""), attribution: join(other), subject, open: parts.open };
}

/**
 * A paragraph whose quote comes after the attribution: `X said: “Words.”`,
 * `Speaking through an interpreter he added; “It is true …”`. The quote runs to the end.
 */
export function readIntroducedQuote(text: string, lex: Lexicon): (TextQuote & { open: boolean }) | null {
  const match = /^(.{3,200}?)[:;,]\s*([“„»«"‘‚])/u.exec(text);
  if (!match) return null;
  const intro = (match[1] ?? "").trim();
  const start = (match.index ?? 0) + match[0].length - 1;
  const parts = segments(text.slice(start));
  if (!parts.endsQuoted || parts.other.some((o) => /[\p{L}\p{N}]/u.test(o))) return null;
  const quoted = parts.quoted.join(" ").trim();
  const subject = attributionWithin(intro, lex) ?? (/:\s*$/u.test(text.slice(0, start)) && quoted.split(/\s+/).length >= 6 ? firstName(intro) : null);
  if (!subject) return null;
  return { text: quoted, attribution: intro, subject, open: parts.open };
}

/** An attribution anywhere in a short clause ("Speaking through an interpreter he added"). */
function attributionWithin(clause: string, lex: Lexicon): Subject | null {
  const tokens = tokenize(clause);
  if (tokens.length > 40) return null;
  const spoken = namedSpeakers(clause, lex).at(-1);
  if (spoken) return { text: spoken, kind: "name" };
  const raw = clause.split(/\s+/).filter(Boolean);
  for (let start = 0; start < raw.length; start++) {
    const subject = readAttribution(raw.slice(start).join(" "), lex);
    if (subject) return subject;
  }
  return null;
}

/** "El economista Jordi Ferrando, profesor …, lo resume así" → the first name in it. */
function firstName(clause: string): Subject | null {
  const tokens = tokenize(clause);
  for (let i = 0; i < tokens.length; i++) {
    const n = nameRunAt(tokens, i);
    if (n >= 2) return { text: tokens.slice(i, i + n).map((t) => t.word).join(" "), kind: "name" };
  }
  return null;
}

/** Continuation of an open quote in the next paragraph: it opens with a quote mark again. */
export function continuesQuote(text: string): boolean {
  return openers.includes(text.charAt(0));
}

/** The part of a continued quote paragraph: quoted words and, after the close, an attribution. */
export function readContinuation(text: string, lex: Lexicon): TextQuote & { open: boolean } {
  const parts = segments(text);
  const other = parts.other.map(trimPunctuation).filter(Boolean);
  const attribution = other.length ? other.join(" ") : null;
  return { text: parts.quoted.join(" ").trim(), attribution, subject: attribution ? readAttribution(attribution, lex) : null, open: parts.open };
}
