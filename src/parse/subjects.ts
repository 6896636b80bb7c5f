/**
 * Speakers in scripts without capital letters, where a name cannot be told by its case: the
 * subject before a speech verb or the particle that marks it (Japanese `岸田首相は「…」と述べた`,
 * Korean `윤 대통령은 "…"라고 말했다`, Hindi `मोदी ने कहा`, Arabic `قال البشير:`, Chinese
 * `梁振英在…说：`). Also: whether a clause holds a verb of saying at all, in any language listed.
 */
import type { Subject } from "./attribution.js";
import { perLexicon, type Lexicon } from "./lexicon/index.js";
import { allSpeechVerbs, speechWords } from "./lexicon/speech.js";

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface VerbTable {
  /** Verbs of one word, in lower case. */
  single: Set<string>;
  /** Verbs of several words, as words. */
  multi: string[][];
  /** Verbs in scripts written without spaces, found inside the text. */
  inside: string[];
}

const verbTable = perLexicon((lex): VerbTable => {
  const table: VerbTable = { single: new Set(), multi: [], inside: [] };
  for (const verb of new Set([...lex.speechVerbs, ...allSpeechVerbs])) {
    const lower = verb.toLocaleLowerCase();
    if (unspaced.test(verb)) table.inside.push(verb);
    else if (lower.includes(" ")) table.multi.push(lower.split(" "));
    else table.single.add(lower);
  }
  return table;
});

/** Words of a clause, lower case, without the punctuation around them. */
const wordsOf = (clause: string) =>
  clause
    .toLocaleLowerCase()
    .split(/\s+/u)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter(Boolean);

/** Arabic glues "and" or "so" to the verb: وقال, فقال. */
const arabicPrefix = /^[وف](?=\p{Script=Arabic}{3})/u;

/** Whether `clause` holds a verb of saying of any listed language. */
export function hasSpeechVerb(clause: string, lex: Lexicon): boolean {
  return speechVerbAt(wordsOf(clause), lex) >= 0 || verbTable(lex).inside.some((v) => clause.includes(v));
}

/** Index of the first word that is (or starts) a verb of saying, or -1. */
function speechVerbAt(words: string[], lex: Lexicon): number {
  const table = verbTable(lex);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    if (table.single.has(w) || table.single.has(w.replace(arabicPrefix, ""))) return i;
    if (table.multi.some((m) => m.every((part, k) => words[i + k] === part))) return i;
  }
  return -1;
}

const koreanParticle = /^(.+?)(?:은|는|이|가)$/u;
const japaneseSubject = /^([^、。，「」『』\s]{1,20}?)(?:は|が)(?:[、,]|$)?/u;
const chineseSubject = /^([\p{Script=Han}·]{2,4}?)(?=在|说|說|表示|称|稱|指出|强调|強調|对|對|向|于|於|则|則|也|还|還|认为|認為|回应|回應|接受|告诉|告訴|[，：,:])/u;
const arabicStops = new Set(["إن", "ان", "أن", "إنه", "انه", "أنه", "في", "خلال", "إلى", "الى", "على", "لـ", "ل"]);

/**
 * The speaker named in a lead-in written in a script without case, or null. Read only where the
 * lead-in or the clause after the quote holds a verb of saying (the caller checks).
 */
export function caselessSubject(lead: string, lex: Lexicon): Subject | null {
  const text = lead.trim().replace(/[:：,，;]\s*$/u, "");
  if (/\p{Script=Hangul}/u.test(text)) {
    const words = text.split(/\s+/u).slice(0, 5);
    for (let i = 0; i < words.length; i++) {
      const m = koreanParticle.exec(words[i] ?? "");
      if (m && (words[i] ?? "").length >= 2) return name([...words.slice(0, i), m[1] ?? ""].join(" "));
    }
    return null;
  }
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) {
    const m = japaneseSubject.exec(text);
    return m && /[\p{Script=Han}\p{Script=Katakana}]/u.test(m[1] ?? "") ? name(m[1] ?? "") : null;
  }
  if (/\p{Script=Han}/u.test(text)) {
    const m = chineseSubject.exec(text);
    return m ? name(m[1] ?? "") : null;
  }
  if (/\p{Script=Devanagari}/u.test(text)) {
    const words = text.split(/\s+/u);
    const at = words.findIndex((w) => (speechWords.hi?.subjectMarkers ?? []).includes(w));
    if (at <= 0) return null;
    let from = at - 1;
    while (from > 0 && at - from < 3 && !/[,،।]$/u.test(words[from - 1] ?? "")) from--;
    return name(words.slice(from, at).join(" "));
  }
  if (/\p{Script=Arabic}/u.test(text)) {
    const raw = text.split(/\s+/u);
    const verb = speechVerbAt(wordsOf(text), lex);
    if (verb < 0) return null;
    if (verb === 0 || /[.،,:؛]$/u.test(raw[verb - 1] ?? "")) {
      const after: string[] = [];
      for (const w of raw.slice(verb + 1, verb + 6)) {
        const bare = w.replace(/[\p{P}]+$/u, "");
        if (arabicStops.has(bare) || !bare) break;
        after.push(bare);
        if (bare !== w) break;
      }
      return after.length ? name(after.join(" ")) : null;
    }
    return name(raw.slice(Math.max(0, verb - 4), verb).join(" ").replace(/^.*[.،,:؛]\s*/u, ""));
  }
  return null;
}

const name = (text: string): Subject | null => (text.trim() ? { text: text.trim(), kind: "name" } : null);
