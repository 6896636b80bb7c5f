/**
 * The lines around a headline that are metadata, not body: bylines ("By Jane Doe", "Av Anna
 * Berg", "Jane Doe, Reuters"), date lines ("Aug. 16, 2020", "Stand: 03.02.2025 17:40 Uhr",
 * "AFP 30 avril 2015 à 07:19 (Mis à jour : …)"), and the dateline that opens a wire lede
 * ("LOS ANGELES (Reuters) - ").
 */
import { dateNames, readDates, words as wordCount } from "../dates/read-dates.js";
import { perLexicon, type Lexicon } from "../lexicon/index.js";
import { lineMemo } from "../line-memo.js";
import { allPublishedLabels, allUpdatedLabels } from "../lexicon/date-words.js";
import { allBylineOpeners, deskWords, reporterSuffixes } from "../lexicon/byline-words.js";
import { leadLabels } from "../lexicon/dateline-words.js";
import { isAnyStopword, stopwordList } from "../stopword-lists.js";
import { cutCaselessDateline, cutDatedDateline, cutPlaceDateDateline, isDateAlone } from "./caseless-dateline.js";
import { hashOf, readToolCache, writeToolCache } from "../../tool-cache.js";
import { wordsOf } from "../segments.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Lower-case words inside a name in many languages ("Ana de la Fuente", "Jan de Vries", "Ahmad bin Ali"): data. */
export const nameParticles = new Set(["de", "la", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "ter", "le", "du", "des", "af", "bin", "binti", "al", "el", "ibn", "zu", "mac"]);

const nameToken = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+`;
const particle = `(?:${[...nameParticles].join("|")})`;
const nameRun = String.raw`${nameToken}(?:\s+(?:${nameToken}|${particle}))*`;

/** Two to four capitalised words, with name particles between them ("Jan de Vries", "Ana de la Fuente"). */
const bareName = new RegExp(`^${nameToken}(?:\\s+(?:${particle}\\s+){0,2}${nameToken}){1,3}$`, "u");
const startsWithName = new RegExp(`^${nameRun},?\\s`, "u");

/** A line that is only a person's name ("Tore Bakken", "Jan de Vries"): two to four capitalised words, particles between. */
export function isBareName(text: string): boolean {
  return bareName.test(text) && !(isCapsLabel(text) && capsHeading(text));
}

/** A line in capitals of which half the words or more are small words of some language ("SÅDAN FORBEREDER DU DIG", "WHAT HAPPENS NEXT"): a heading, not a name ("ANA RUIZ" has one of two). */
function capsHeading(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => !nameParticles.has(w.toLocaleLowerCase()));
  // (one small word of two may be a name's, "JANE DOE", "ANA RUIZ"; half of three words or more is a heading's, "WAS DIE EINIGUNG BEDEUTET")
  const small = words.filter((w) => isAnyStopword(w.toLocaleLowerCase())).length * 2;
  return small > words.length || (words.length >= 3 && small >= words.length);
}

/**
 * A short line all in capitals in a cased script ("FONT SIZE", "GRÖSSE ÄNDERN", "РАЗМЕР ШРИФТА"):
 * in the header this is the page's label or button, not an author's name, unless a byline word
 * opens it ("BY JANE DOE") — a name in capitals alone is read only in the sign-off (sign-off.ts).
 */
export function isCapsLabel(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lt}]/u.test(text);
}

const bylinePatterns = perLexicon((lex) => ({
  role: new RegExp(`\\s(?:${lex.reporterWords.map(escape).join("|")})$`, "iu"),
  roleInside: lex.reporterWords.length === 0 ? /(?!)/u : new RegExp(`(?:^|\\s)(?:${lex.reporterWords.map(escape).join("|")})(?=\\s|$)`, "iu"),
  prefixed: new RegExp(`^(?:${lex.bylinePrefixes.map(escape).join("|")})\\s+(\\p{Lu}.*)$`, "u"),
}));

/** An agency's capitals (two to six, or two joined by a slash: "ČTK", "AFP/NTB"), a comma or a bar ("EFE | Ana García"), then what follows. */
const agencyFirst = /^\p{Lu}[\p{Lu}\p{M}]{1,5}(?:\/\p{Lu}[\p{Lu}\p{M}]{1,5})?(?:,|\s\|)\s+(\p{Lu}.*)$/u;

/** "By Jane Doe" → the whole line; null when `text` is not a byline line. */
export function readByline(text: string, lex: Lexicon): string | null {
  return text.length > 120 ? null : bylineMemo(lex)(text);
}

const bylineMemo = perLexicon((lex) => lineMemo((text) => readBylineOnce(text, lex)));

/** "নিজস্ব প্রতিবেদক, ঢাকা", "संवाददाता, जयपुर", "Redacción / EFE": a newsroom or a reporter's title (data) signing without a name, then its place or agency. */
export function deskSignature(text: string): boolean {
  if (text.length > 60) return false;
  const signer = /^([^,/|]+?)\s*(?:,|\s[/|]|\/)\s*([^,/|]+)$/u.exec(text);
  return signer?.[1] !== undefined && signer[2] !== undefined && (deskWords.has(signer[1].toLocaleLowerCase()) || reporterSuffixes.includes(signer[1])) && wordCount(signer[2], 4) <= 3 && !/[\p{N}.!?:;]/u.test(signer[2]);
}

/** The language's small words (stopwords-iso), lower case, once per lexicon. */
const smallWords = perLexicon((lex) => new Set((stopwordList(lex.lang ?? "en") ?? []).map((w) => w.toLocaleLowerCase())));
/** The openers of the data in title case, longest first ("Von", "Af", "Por", "Di"), once per lexicon. */
const titledOpeners = perLexicon((lex) => [...new Set([...lex.bylinePrefixes, ...allBylineOpeners])].filter((o) => /^\p{Lu}/u.test(o) && !/[:：]$/u.test(o)).sort((a, b) => b.length - a.length));

/**
 * "VON ANNA KLEIN", "AF SØREN MØLLER", "POR ANA RUIZ": a byline set in capitals, an opener of the
 * data (in any case) and a name of two to four words, none a small word of the article's language
 * ("BY THE NUMBERS", "POR QUÉ IMPORTA", "SÅDAN GØR DU" are headings), particles aside ("DE LA").
 */
export function capsOpenerByline(text: string, lex: Lexicon): boolean {
  if (text.length > 60 || !isCapsLabel(text) || /[\p{N}.!?:;,]/u.test(text)) return false;
  const titled = text.toLocaleLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toLocaleUpperCase());
  const opener = titledOpeners(lex).find((o) => titled.startsWith(`${o} `));
  if (!opener) return false;
  const name = titled.slice(opener.length).trim().split(/\s+/u);
  const small = smallWords(lex);
  // ("VON UNSERER REDAKTION": the newsroom, a desk's word last)
  if (name.length <= 3 && deskWords.has((name.at(-1) ?? "").toLocaleLowerCase())) return true;
  return name.length <= 4 && name.filter((w) => !nameParticles.has(w.toLocaleLowerCase())).length >= 2 && name.every((w) => /^[\p{L}\p{M}'’-]+$/u.test(w) && (nameParticles.has(w.toLocaleLowerCase()) || !small.has(w.toLocaleLowerCase())));
}

function readBylineOnce(text: string, lex: Lexicon): string | null {
  const p = bylinePatterns(lex);
  if (deskSignature(text)) return text;
  if (capsOpenerByline(text, lex)) return text;
  // "Nadia Rahman North of England correspondent", "Anna Berg, reporter"
  if (wordCount(text, 10) <= 10 && startsWithName.test(text) && p.role.test(text)) return text;
  // "Maria Santos, Senior Climate Correspondent at The Harbour Times": a name, a comma, then a job longer than the name (a reporter's word, data, inside it)
  const comma = text.indexOf(", ");
  if (comma > 0 && wordCount(text, 16) <= 16 && !/[\p{N}.!?:;]$|\p{N}/u.test(text) && isBareName(text.slice(0, comma)) && p.roleInside.test(text.slice(comma + 2))) return text;
  // "ČTK, Jan Novák", "AFP, Claire Dubois", "EFE | Ana García": an agency in capitals, a comma or a bar, then the author's name (not a place: "USA, New York")
  const agency = agencyFirst.exec(text);
  if (agency?.[1] && isBareName(agency[1]) && !isKnownPlace(agency[1], lex.lang ?? "en")) return text;
  const match = p.prefixed.exec(text);
  if (match && wordCount(match[1] ?? "", 10) <= 10 && !/[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ""))) return text;
  // "Jane Doe, The Courier; John Roe, Bloomberg": bylines of several outlets between semicolons
  if (text.includes("; ")) {
    const parts = text.split("; ");
    return parts.length <= 4 && parts.every((part) => !part.includes("; ") && readByline(part, lex) !== null) ? text : null;
  }
  // "Jane Doe, Reuters" / "Jane Doe and John Roe, The Times" (a name is one to four words: five
  // capitalised words before a comma are a headline in title case, "Harga Beras Naik Jelang Ramadan, …")
  // (the comma and the count first: V8 takes ~10 ms to compile this expression, which most pages never need)
  if (text.includes(",") && wordCount(text, 9) <= 9 && /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|och|og|und|et|y)){1,5},\s+\p{Lu}[\p{L}&' .-]{1,40}$/u.test(text)) {
    const names = (text.split(",")[0] ?? "").split(/\s+(?:and|och|og|und|et|y)\s+/u);
    if (names.every((name) => name.split(/\s+/u).length <= 4)) return text;
  }
  return null;
}

export interface DateLine {
  /** ISO 8601 of the first date, when it could be read. */
  date: string | null;
  /** ISO 8601 of a date marked as an update. */
  updated: string | null;
  /** What is left of the line (an agency or author glued to the date), or "". */
  rest: string;
  /** A relative time ("2 hours ago", "Heute, 12:37 Uhr"): page furniture, never a date. */
  relative: boolean;
  /** The line's one date is marked as an update ("Actualizado 12/05/2025", "अपडेटेड: 12 मई 2025"): `date` holds it. */
  updatedOnly?: boolean;
  /** A line of a label and a time alone ("Aktualizováno 13:05", "Updated 14:20"): the time of the day the line above gave, "13:05". */
  time?: string;
  /** A line of a label and a month and day without a year ("（最終更新 6月2日 19時40分）"): "06-02", in the year the line above gave. */
  day?: string;
}

/** The words a date line is written with in `lex`'s language, built once per lexicon (not per line). */
const dateLineWords = perLexicon((lex) => {
  const updatedWords = [...new Set([...allUpdatedLabels, ...lex.updatedWords.map((w) => w.toLocaleLowerCase())])].filter((w) => !allPublishedLabels.includes(w));
  return {
    /** What the text before an updated date ends with: a label, or a label and "le" or "il". */
    updateEndings: updatedWords.flatMap((w) => [w, `${w} le`, `${w} il`]),
    /** The update labels themselves, to tell one printed after its date. */
    updatedLabelSet: new Set(updatedWords),
    /** The labels and joiners left out of what remains of a date line. */
    labels: new Set([...allPublishedLabels, ...updatedWords, ...dateNames(lex.lang ?? "en").joiners]),
    /** Each word of an update label ("mis", "à", "jour"). */
    updatedParts: new Set(updatedWords.flatMap((u) => u.split(" "))),
    /** Short words between a label and its date ("am", "on", "em", "le", "ngày"): published labels of one short word and CLDR's joiners. */
    joinerWords: new Set([...allPublishedLabels.filter((w) => !w.includes(" ") && [...w].length <= 4), ...[...dateNames(lex.lang ?? "en").joiners].filter((w) => [...w].length <= 3)]),
  };
});

/** `text` without the short joiner word it ends with ("aktualisiert am" → "aktualisiert"). */
function withoutJoiner(text: string, joiners: ReadonlySet<string>): string {
  const last = /\s([\p{L}\p{M}]+)$/u.exec(text);
  return last?.[1] && joiners.has(last[1]) ? text.slice(0, last.index).trimEnd() : text;
}

/**
 * The time of a date line without its own date ("Aktualisiert 20:15", "（最終更新 6月2日 19時40分）") as ISO,
 * on the day of `date` (or on the month and day it prints, in `date`'s year), with `date`'s offset.
 */
export function onDayOf(date: string, d: Pick<DateLine, "time" | "day">): string {
  const day = d.day ? `${date.slice(0, 4)}-${d.day}` : date.slice(0, 10);
  return d.time ? `${day}T${d.time}:00${/[+-]\d{2}:\d{2}$|Z$/u.exec(date)?.[0] ?? ""}` : day;
}

/** A bar or a middle dot between spaces: the parts of a page's line. */
const barSeparator = /\s[|·]\s/u;

/**
 * A line of two or three parts between bars, each a date line with at most a label
 * ("PUBLISHED: March 11, 2025 at 6:02 PM CDT | UPDATED: March 12, 2025 at 8:15 AM CDT",
 * "نشر في: … | آخر تحديث: …", "Publicat: 2 iunie 2025, 19:40 | Actualizat: 3 iunie 2025, 08:15").
 * The part marked as an update is `updated`; where no label is known (a language without a word
 * list), two dated parts each opening with its own label, the second later, are the published
 * date and the update. Null when a part is no date line (a name, a place, a relative time: `readMetaParts`).
 */
function readPartedDateLine(text: string, lex: Lexicon): DateLine | null {
  const parts = text.split(/\s+[|·]\s+/u).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === "" || !/\p{N}/u.test(p))) return null;
  const read = parts.map((p) => readDateLineOnce(p, lex));
  if (read.some((d) => d === null || d.relative || (d.date === null && d.time === undefined))) return null;
  const lines = read as DateLine[];
  let date: string | null = null;
  let updated: string | null = null;
  for (const d of lines) {
    if (d.date === null) continue;
    if (d.updatedOnly) updated ??= d.date;
    else {
      date ??= d.date;
      updated ??= d.updated;
    }
  }
  // (an update's time alone in the last part, on the published day: "12.03.2025 18:02 | Aktualisiert 20:15")
  const last = lines.at(-1);
  if (date !== null && updated === null && last?.date === null && last.updatedOnly && last.time) updated = onDayOf(date, last);
  // (labels no list knows: two parts each opening with its own word, the second's date later)
  const dated = lines.filter((d) => d.date !== null && !d.updatedOnly);
  const labelOf = (p: string) => {
    const label = p.slice(0, p.search(/\p{N}/u)).replace(/[\s:：,.–—-]+$/u, "").toLocaleLowerCase();
    return /^[\p{L}\p{M}]/u.test(label) && wordCount(label, 4) <= 3 ? label : null;
  };
  if (updated === null && dated.length === 2 && parts.length === 2) {
    const [a, b] = parts.map(labelOf);
    const [first, second] = dated.map((d) => d.date as string);
    if (a && b && a !== b && first && second && second > first && !dateNames(lex.lang ?? "en").weekdays.has(a) && !dateNames(lex.lang ?? "en").weekdays.has(b)) {
      date = first;
      updated = second;
      // (the two labels are no agency or author left over)
      lines.forEach((d, k) => d.rest.toLocaleLowerCase() === labelOf(parts[k] ?? "") && (lines[k] = { ...d, rest: "" }));
    }
  }
  if (date === null && updated === null) return null;
  const rest = lines.map((d) => d.rest).filter(Boolean).join(" ");
  return { date: date ?? updated, updated: date ? updated : null, rest, relative: false, updatedOnly: date === null };
}

/**
 * Reads a date line: a short line that is mostly one or two dates (CLDR's month and weekday
 * names, `dates/read-dates.ts`), with at most a label and an agency or author glued to it
 * ("AFP 30 avril 2015 à 07:19"). A relative time ("Updated 2 hours ago") is a date line without
 * a date. Returns null for anything else (a body sentence that mentions a date is not a date line).
 */
export function readDateLine(text: string, lex: Lexicon): DateLine | null {
  return text.length > 160 ? null : dateLineMemo(lex)(text);
}

const dateLineMemo = perLexicon((lex) => lineMemo((text): Readonly<DateLine> | null => {
  const found = readDateLineOnce(text, lex);
  return found && Object.freeze(found);
}));

function readDateLineOnce(text: string, lex: Lexicon): DateLine | null {
  // "PUBLISHED: March 11, 2025 at 6:02 PM CDT | UPDATED: March 12, 2025 at 8:15 AM CDT": a date line in parts between bars, each part a date line
  const parted = barSeparator.test(text) ? readPartedDateLine(text, lex) : null;
  if (parted) return parted;
  // (a date of separate figures and counters is many words: "입력 : 2025년 03월 07일 09:12 수정 : 2025년 03월 07일 18:02" is 18;
  // what is left once the dates are read is counted below)
  if (wordCount(text, 24) > 24) return null;
  const reading = readDates(text, lex.lang ?? "en");
  if (reading.relative) return { date: null, updated: null, rest: "", relative: true };
  const { updateEndings, labels, updatedParts, joinerWords, updatedLabelSet } = dateLineWords(lex);
  if (reading.dates.length === 0) return timeOnlyLine(text, reading.rest, labels, updatedParts) ?? yearlessLine(text, lex.lang ?? "en", labels, updatedParts) ?? monthDayLine(text, labels, updatedParts);
  let updated: string | null = null;
  let date: string | null = null;
  const weekdays = dateNames(lex.lang ?? "en").weekdays;
  for (const [k, f] of reading.dates.entries()) {
    // (past the weekday printed before the date: "آخر تحديث: الاثنين 12 مايو", "Güncelleme: Pazartesi 12.05.2025")
    const before = withoutWeekday(text.slice(0, f.index).toLocaleLowerCase().replace(/[\s:：(|·,，、،–—-]+$/u, ""), weekdays).replace(/[\s:：(|·,，、،–—-]+$/u, "");
    // (past a joiner of the label and the date: "Aktualisiert am", "Updated on", "Atualizado em")
    // (or the label after the date, closing its part of the line: "2025-03-07 18:02 최종수정", "2025年6月2日 19時40分 更新")
    // (before a bar, when another date follows: "입력 2025.03.07 09:12 수정 2025.03.07 18:02" labels the second date before it)
    const next = reading.dates[k + 1];
    const after = text.slice(f.end, next?.index ?? text.length).toLocaleLowerCase();
    const labelAfter = (next ? /^[\s:：(（[)）\]]*([^|·\d]+?)[\s)）\]]*[|·]/u : /^[\s:：(（[)）\]]*([^|·\d]+?)[\s)）\]]*$/u).exec(after)?.[1];
    const isUpdate = updateEndings.some((w) => before.endsWith(w) || withoutJoiner(before, joinerWords).endsWith(w)) || (labelAfter !== undefined && updatedLabelSet.has(labelAfter));
    if (isUpdate) updated ??= f.iso;
    else date ??= f.iso;
  }
  // "12/05/2025 08:15 Actualizado a las 12:34", "… um 17:21 Uhr, aktualisiert um 18:02 Uhr": an update's time alone after the date, on its day
  const lastDate = reading.dates.at(-1);
  if (date !== null && updated === null && lastDate) updated = updateTimeAfter(text.slice(lastDate.end), date, updateEndings);
  // (a counter after the last date ends the page's line: "… 수정 2025.03.07 18:02 댓글 0", "· Comments 12")
  const lastEnd = Math.max(...reading.dates.map((f) => f.end));
  const counter = trailingCounter.exec(text);
  const rest = counter && counter.index >= lastEnd ? reading.rest.replace(trailingCounter, "") : reading.rest;
  // what is left once dates, times, weekdays, labels and the words dates are written with are gone
  const leftover = (rest.match(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}&'’.-]*/gu) ?? [])
    .filter((w) => !labels.has(w.toLocaleLowerCase().replace(/[.:]$/u, "")))
    .filter((w) => !updatedParts.has(w.toLocaleLowerCase()));
  // (a page's "label: value" fields after the date are metadata too: "来源：新华网 作者：王小明 责任编辑：李四")
  const fields = rest.match(labelledFields) ?? [];
  const counted = fields.length >= 2 ? rest.replace(labelledFields, " ") : leftover.join(" ");
  if (wordCount(counted, 4) > 4) return null;
  return { date: date ?? updated, updated: date ? updated : null, rest: leftover.join(" "), relative: false, updatedOnly: date === null };
}

/**
 * The update's time in `after` (the line past its last date): a label of an update, maybe a joiner of two
 * short words ("a las", "um", "kl."), and a time alone, with nothing after it but "h" or "Uhr"; as ISO on the day of `date`.
 */
function updateTimeAfter(after: string, date: string, updateEndings: readonly string[]): string | null {
  const m = /^(.*?)(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)[^\p{L}\p{N}]*(?:\p{L}{1,3}\.?)?[^\p{L}\p{N}]*$/u.exec(after);
  if (!m?.[1] || !m[2] || !m[3] || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
  let label = m[1].toLocaleLowerCase().replace(/^[\s,;:：|·()–—-]+|[\s,;:：|·()–—-]+$/gu, "");
  // (past a joiner of one or two short words: "a las", "um", "kl.")
  for (let k = 0; k < 2 && !updateEndings.includes(label); k++) label = label.replace(/\s+\p{L}{1,4}\.?$/u, "");
  if (!updateEndings.includes(label)) return null;
  return `${date.slice(0, 10)}T${m[2].padStart(2, "0")}:${m[3]}:00${/[+-]\d{2}:\d{2}$|Z$/u.exec(date)?.[0] ?? ""}`;
}

/** A page's counter at the end of its line: a word and a number ("댓글 0", "Comments 12", "조회수 1,204"). */
const trailingCounter = /(?<=^|[\s|·])[\p{L}\p{M}]{1,12}\s?[:：]?\s?\d{1,3}(?:[,.]\d{3})*\s*$/u;

/** `text` without the weekday's name (CLDR) it ends with. */
function withoutWeekday(text: string, weekdays: ReadonlySet<string>): string {
  const last = /[\p{L}\p{M}]+\.?$/u.exec(text);
  return last && weekdays.has(last[0].replace(/\.$/u, "")) ? text.slice(0, last.index) : text;
}

/** A page's field: a label of one or two short words, a colon, and a value of one word ("来源：新华网", "Source: Reuters"). */
const labelledFields = /[\p{L}\p{M}]{1,12}(?: [\p{L}\p{M}]{1,12})?\s?[:：]\s?[^\s:：]+/gu;

/**
 * "Uppdaterad kl 12.17", "Updated 14:20", "Aktualisiert: 12:40 Uhr": a published or updated label
 * and a time of the day the line above gave. A date line without its own date.
 */
function timeOnlyLine(text: string, rest: string, labels: Set<string>, updatedParts: Set<string>): DateLine | null {
  // a time was read (its digits are gone from the rest), and the line opens with a label
  if (!/\d/u.test(text) || /\d/u.test(rest)) return null;
  const lettered = rest.match(/[\p{L}\p{M}][\p{L}\p{M}.'’-]*/gu) ?? [];
  const first = lettered[0]?.toLocaleLowerCase().replace(/[.:]$/u, "");
  if (!first || !(labels.has(first) || updatedParts.has(first))) return null;
  const left = lettered.filter((w) => !labels.has(w.toLocaleLowerCase().replace(/[.:]$/u, "")) && !updatedParts.has(w.toLocaleLowerCase()));
  if (left.length > 1 || !left.every((w) => [...w].length <= 3)) return null;
  const clock = /(?<!\d)(\d{1,2})[:.h](\d{2})(?!\d)/u.exec(text);
  const time = clock && Number(clock[1]) < 24 && Number(clock[2]) < 60 ? `${clock[1]?.padStart(2, "0")}:${clock[2]}` : undefined;
  return { date: null, updated: null, rest: "", relative: false, updatedOnly: updatedParts.has(first), time };
}

/** "6月2日 19時40分", "6월 2일 19:40": a month and a day by the CJK counters, maybe a time, no year. */
const counterMonthDay = /(?<!\d)(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일](?:\s*(?:\p{L}{1,2}\s?)?(\d{1,2})\s?(?:[時시]\s?|[:：])(\d{2})\s?[分분]?)?/u;

/**
 * "（最終更新 6月2日 19時40分）", "6月2日 19:40 更新", "(수정 6월 2일 19시 40분)": a label and a month and
 * day counted with 月 and 日 (월, 일), maybe a time, and no year: the page's date row, its year the one
 * of the date above it (`day`, `time`). Nothing else on the line but brackets and labels.
 */
function monthDayLine(text: string, labels: Set<string>, updatedParts: Set<string>): DateLine | null {
  if (text.length > 40) return null;
  const m = counterMonthDay.exec(text);
  if (!m?.[1] || !m[2] || Number(m[1]) < 1 || Number(m[1]) > 12 || Number(m[2]) < 1 || Number(m[2]) > 31) return null;
  const left = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).replace(/[\s()（）【】[\]:：・·|,，、]+/gu, " ").trim();
  const words = left === "" ? [] : left.split(" ").map((w) => w.toLocaleLowerCase());
  // (a label is wanted: a month and a day alone may be a row of a schedule)
  if (words.length === 0 || words.length > 2 || !words.every((w) => labels.has(w) || updatedParts.has(w))) return null;
  const hour = m[3] === undefined ? null : Number(m[3]);
  const time = hour !== null && hour < 24 && Number(m[4]) < 60 ? `${String(hour).padStart(2, "0")}:${m[4]}` : undefined;
  return { date: null, updated: null, rest: "", relative: false, updatedOnly: words.some((w) => updatedParts.has(w)), time, day: `${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}` };
}

/**
 * "mandag 5. august kl. 14:47", "Monday, August 5, 2:47 PM", "5 août à 14h47": a day and a month
 * by name (CLDR, through Intl) without a year. It is the page's date line, metadata that is no
 * body text, but no date can be read from it without a year.
 */
function yearlessLine(text: string, lang: string, labels: Set<string>, updatedParts: Set<string>): DateLine | null {
  if (!/\d/u.test(text) || text.length > 60) return null;
  const names = dateNames(lang);
  const lower = text.toLocaleLowerCase();
  const words = lower.match(/[\p{L}\p{M}]+\.?/gu) ?? [];
  const month = words.findIndex((w) => names.months.has(w.replace(/\.$/u, "")));
  if (month < 0) return null;
  // a day's number next to the month's name
  const monthWord = words[month] as string;
  const at = lower.indexOf(monthWord.replace(/\.$/u, ""));
  if (!/\d{1,2}\.?\s*$/u.test(text.slice(0, at)) && !/^[\p{L}\p{M}.]*\s+\d{1,2}(?!\d)/u.test(text.slice(at))) return null;
  // nothing left but weekdays, labels, times and words of three letters or fewer ("kl.", "à", "um")
  const left = words.filter((w, k) => {
    const bare = w.replace(/[.:]$/u, "");
    return k !== month && !names.weekdays.has(bare) && !labels.has(bare) && !updatedParts.has(bare) && [...bare].length > 3;
  });
  const digitsLeft = text.replace(/\d{1,2}[:.h]\d{2}|\d{1,2}/gu, "").match(/\d/gu);
  return left.length === 0 && !digitsLeft ? { date: null, updated: null, rest: "", relative: false } : null;
}

// the agency in brackets, or between slashes ("/PRNewswire/")
const agencyInParens = String.raw`(?:\((?:[\p{L}][\p{L}\p{M}&/ .-]{0,30})\)|/[\p{L}][\p{L}\p{M}&. -]{0,30}/)`;
// (places of a story filed from two joined by a slash: "MOSKAU/KIEW", "Brüssel/Berlin")
const placeCaps = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]+(?:(?:\s+|/)\p{Lu}[\p{Lu}\p{M}'’.-]+){0,3}`;
const region = String.raw`(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})?`;
// (a town's province in brackets after it, as Spanish agencies print it: "EL EJIDO (ALMERÍA), 12 (EUROPA PRESS)", "Roquetas de Mar (Almería), 12 may (EFE).-")
const province = String.raw`(?:\s\(\p{Lu}[\p{L}\p{M}.'’ -]{1,30}\))?`;
// (or the day alone, or the day and its month in small letters: "ALMERÍA, 12 (EUROPA PRESS)", "MADRID, 12 de mayo (Servimedia)")
const shortDate = String.raw`(?:,?\s*\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}(?:,\s\d{4})?|,\s*\d{1,2}(?:\s(?:de\s)?\p{Ll}{3,10}\.?)?)?`;
const titlePlace = String.raw`\p{Lu}[\p{L}\p{M}.'’-]+(?:[\s/]\p{Lu}[\p{L}\p{M}.'’-]+){0,2}`;
/** Small words inside a place's name ("Frankfurt am Main", "Rio de Janeiro", "Ciudad del Cabo"): data. */
const placeParticle = String.raw`(?:de|del|la|las|los|do|da|dos|das|di|am|im|an|der|den|sur|upon|el|al|es)`;
/** A place in title case with at most one small word between its words, before an agency or a dash. */
// (up to four words: "TP Hồ Chí Minh (TTXVN)", "Thừa Thiên Huế (TTXVN)")
const titlePlaceParticles = String.raw`\p{Lu}[\p{L}\p{M}.'’-]+(?:[\s/](?:${placeParticle}\s)?\p{Lu}[\p{L}\p{M}.'’-]+){0,3}`;
const datelinePatterns = [
  // "LOS ANGELES (Reuters) - ", "KYIV, Ukraine (AP) — ", "STOCKHOLM (TT) ", "SEOUL, Aug. 20 (Yonhap) -- "
  new RegExp(String.raw`^(${placeCaps}${province}${region}${shortDate}\s*${agencyInParens})\s*(?:(?:--|[-–—:])\s*)?`, "u"),
  // "LONDON — ", "BRUSSELS, Belgium — ", "NEW YORK -- "
  new RegExp(String.raw`^(${placeCaps}${region})\s+(?:--|[–—-])\s+`, "u"),
  // "Washington, DC, United States: " (a place and its regions, then a colon)
  new RegExp(String.raw`^(${titlePlace}(?:,\s${titlePlace}){1,3}):\s+(?=\p{Lu})`, "u"),
  // "Berlin. ", "Tokyo/Berlin. ", "Dar es Salaam. " (one place name, or two or three joined by a slash, or two with a
  // small word between them, and a full stop, then the sentence)
  new RegExp(String.raw`^(\p{Lu}\p{Ll}{2,}\s${placeParticle}\s\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?(?:/\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?){0,2})\.\s+(?=\p{Lu}\p{Ll})`, "u"),
  // "Jakarta - ", "Hà Nội – ", "Jakarta, CNN Indonesia -- ", "Praha/Brno – " (a place in title case, or two joined by a slash, maybe the outlet, a spaced dash, then a sentence that opens with a capital)
  // (a first word of two letters only before a second: "Hà Nội – ", "Đà Nẵng – ")
  new RegExp(String.raw`^((?:\p{Lu}[\p{Ll}\p{M}]{2,}(?:\s(?:${placeParticle}\s)?\p{Lu}[\p{Ll}\p{M}]+|\/\p{Lu}[\p{Ll}\p{M}]{2,})?|\p{Lu}[\p{Ll}\p{M}]\s\p{Lu}[\p{Ll}\p{M}]+)(?:,\s\p{Lu}[\p{L}\p{M}.]*(?:\s\p{Lu}[\p{L}\p{M}.]*){0,2})?)\s+(?:--|[-–—])\s+(?=\p{Lu})`, "u"),
];

/** A place in capitals (and its region) and an em dash with a space on one side at most, before a capital. */
const unspacedDash = new RegExp(String.raw`^(${placeCaps}${region})\s?—\s?(?=\p{Lu})`, "u");

/**
 * "समस्तीपुर | ", "Kyiv | ": one or two words of a place, then a bar or a danda, then the sentence;
 * before a danda, the source after a comma ("नई दिल्ली, एजेंसी। ", "लखनऊ, विशेष संवाददाता। ")
 */
const barDateline = /^([\p{L}\p{M}]{2,}(?:[ /][\p{L}\p{M}]{2,})?(?:,\s*[\p{L}\p{M}]{2,}(?:\s[\p{L}\p{M}]{2,})?(?=\s*।))?)\s*[|।]\s+(?=\S)/u;

/** Datelines with a marker that no sentence opens with: an agency in brackets, an equals sign, a bar. */
const markedDatelines = [
  // "Almería, 12 ago (EFE).- ", "Madrid, 3 mar (Europa Press) - ", "MOSCOW, March 4 /TASS/. "
  new RegExp(String.raw`^(${titlePlaceParticles}${province}(?:,\s*${titlePlace})?(?:,\s*\d{1,2}\.?\s?(?:de\s)?[\p{L}\p{M}]{0,12}\.?)?\s*(?:\([\p{L}][\p{L}\p{M}&/ .-]{0,30}\)|/[\p{L}][\p{L}\p{M}&. -]{0,30}/))\s*(?:\.?\s*(?:--|[-–—:])\s*|\.\s+)`, "u"),
  // "(서울=연합뉴스) 홍길동 기자 = ", "【ワシントン=共同】", "[서울=뉴시스]": place and agency joined by an
  // equals sign (with the reporter and an equals sign after it, in Korean wire copy)
  /^([(（【[]\s*[^()（）【】[\]=＝\s][^()（）【】[\]=＝]{0,20}[=＝][^()（）【】[\]]{1,30}[)）】\]](?:\s*[^\s=＝()（）]{2,5}(?:\s[^\s=＝()（）]{1,4})?\s?(?:기자|특파원|記者|记者)(?=\s*[=＝]))?)\s*[=＝]?\s*/u,
  // "(Chinhphu.vn) - ", "(Dân trí) – ", "(ANSA) - ROMA, 12 MAR - ": an agency alone in brackets, then a dash
  // (and the place and day after it, in Italian wire copy; spaces inside the brackets and a dash glued to a sentence of a
  // script without case as copy from right-to-left pages gives them: "( ایسنا ) -رئیس …")
  /^([(（]\s?[\p{L}\p{N}][^()（）]{0,29}[)）](?:\s*[-–—]\s*\p{Lu}[\p{Lu}\p{M}'’ .-]*\p{Lu}(?:,\s*\d{1,2}\s+\p{Lu}{3}\.?)?(?=\s*[-–—]))?)\s*(?:(?:--|[-–—])\s+(?=\S)|(?<=\s)[-–—](?=[^\s\p{P}\p{N}\p{Lu}\p{Ll}\p{Lt}]))/u,
  // "新华社北京3月12日电（记者 王小明）", "中新网3月12日电", "本报讯（记者 李四）": a wire's day and 电/讯
  // (or the whole in brackets, the reporter and place first: "（中央社記者王小明台北5日電）")
  /^((?:[^\s，。、（()）]{0,12}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)|本报讯|本報訊)(?:\s*[（(][^（）()]{1,24}[）)])?|[（(][^\s，。、（()）]{2,24}?\d{1,2}日(?:电|電|讯|訊)[）)])\s*/u,
  // "Liputan6.com, Jakarta - ", "VnExpress.net – ": an outlet by its web address, and a place, then a dash
  /^((?:\p{Lu}[\p{L}\p{M}]+,\s*)?[\p{L}\p{N}-]+(?:\.\p{L}{2,6}){1,2}(?:,\s*\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+){0,2})?)\s*(?:--|[-–—])\s+(?=\S)/u,
  // "MADRID.- ", "BOGOTÁ.– ": a place in capitals, a full stop and a dash
  /^(\p{Lu}[\p{Lu}\p{M}]{3,}(?:[ -]\p{Lu}[\p{Lu}\p{M}]+){0,2})\s?\.\s?[-–—]\s*(?=\p{Lu})/u,
  // "Bern (sda) Der Bundesrat …", "Paris (AFP) Le gouvernement …": a place in title case and an agency of one word in brackets, no
  // dash, then a sentence that opens with a capital (a company's ticker is read apart: `isTicker`)
  new RegExp(String.raw`^(${titlePlaceParticles}\s[(（][\p{L}][\p{L}/-]{1,11}[)）])\s+(?=\p{Lu}\p{Ll})`, "u"),
  // "[이데일리 김민수 기자] ", "[머니투데이 김민수 기자] ": the outlet and its reporter in brackets, the reporter's title last
  /^(\[[^[\]\s]{2,12}\s[^[\]\s]{2,5}\s?(?:기자|특파원)\])\s*(?=\S)/u,
  barDateline,
];

/**
 * What each dateline pattern above cannot match without (a bracket, a dash, a bar, a colon): a
 * lede without it skips the pattern, so its large Unicode classes are never compiled or run
 * (start-up of `galley parse`, issue 16). Keep in step with the lists: by position.
 */
const markerOf = new Map<RegExp | undefined, RegExp>([
  [markedDatelines[0], /[(/]/u],
  [markedDatelines[1], /^[(（【[]/u],
  [markedDatelines[2], /^[(（]/u],
  [markedDatelines[3], /[月本]|日[电電讯訊]/u],
  [markedDatelines[4], /\.[^]*?(?:--|[-–—])/u],
  [markedDatelines[5], /\.\s?[-–—]/u],
  [markedDatelines[6], /\s[(（]/u],
  [markedDatelines[7], /^\[/u],
  [barDateline, /[|।]/u],
  [datelinePatterns[0], /[(/]/u],
  [datelinePatterns[1], /\s(?:--|[–—-])\s/u],
  [datelinePatterns[2], /:\s/u],
  [datelinePatterns[3], /\.\s/u],
  [datelinePatterns[4], /\s(?:--|[-–—])\s/u],
]);
const mayMatch = (pattern: RegExp, lede: string): boolean => markerOf.get(pattern)?.test(lede) ?? true;

/**
 * Cuts a dateline off a lede: `{dateline: "LOS ANGELES (Reuters)", rest: "South Korean …"}`.
 * `speakerLabels`: the article's paragraphs open with names in capitals and a colon (a transcript).
 */
export function cutDateline(lede: string, lang = "en", speakerLabels = false): { dateline: string | null; rest: string } {
  // "**NAIROBI, Kenya (AP)** — …": a dateline set in bold, its stars pasted with it; the dateline is what the stars hold
  const bold = lede.startsWith("**") || lede.startsWith("__") ? boldLeadIn.exec(lede) : null;
  if (bold?.[2]) {
    const unstarred = cutDateline(bold[2] + lede.slice(bold[0].length), lang, speakerLabels);
    if (unstarred.dateline !== null && unstarred.rest.length <= lede.length - bold[0].length) return unstarred;
  }
  const cut = cutDatelineOnce(lede, lang, speakerLabels);
  if (cut.dateline === null) return cut;
  // a weekday is no place ("Friday — The government …", "Vendredi 5 décembre - Le …"): the day of a date line
  if (opensWithWeekday(cut.dateline, lang)) return { dateline: null, rest: lede };
  // "Football, Saturday — Arsenal …": a weekday after a comma follows a place in capitals or one Intl knows ("NAIROBI, Jumanne", "Nairobi, Jumanne"), not a topic
  const weekday = /^([^,]+),\s*([\p{L}\p{M}]+)$/u.exec(cut.dateline);
  if (weekday?.[1] && weekday[2] && dateNames(lang).weekdays.has(weekday[2].toLocaleLowerCase()) && !/\p{Lu}{2}/u.test(weekday[1]) && !isKnownPlace(weekday[1], lang)) return { dateline: null, rest: lede };
  // "Apple (AAPL) - ": a company and its ticker, the ticker's letters taken from the name in order ("Wien (APA)" is a place and its agency)
  if (isTicker(cut.dateline)) return { dateline: null, rest: lede };
  // "Haber Merkezi - ", "Redaktion - ": the news desk that signs the story, no place
  if (deskWords.has(cut.dateline.toLocaleLowerCase())) return { dateline: null, rest: lede };
  // "KYIV, UKRAINE - DECEMBER 05: Rescuers …": a picture agency's caption, its place, a dash and the day before a colon
  if (opensWithDayAndColon(cut.rest, lang)) return { dateline: null, rest: lede };
  if (!/[-–—]\s*$/u.test(lede.slice(0, lede.length - cut.rest.length))) return cut;
  // "القاهرة - (أ ف ب) - ": the agency in brackets after the dash, then a dash again
  const bracketed = /^[(（]/u.test(cut.rest) ? /^([(（][^()（）\p{N}]{1,30}[)）])\s*(?:--|[-–—:：])\s*(?=\S)/u.exec(cut.rest) : null;
  if (bracketed?.[1] && wordCount(bracketed[1], 5) <= 4 && cut.rest.length - bracketed[0].length >= 40) {
    return { dateline: lede.slice(0, lede.length - cut.rest.length + bracketed[1].length).trim(), rest: cut.rest.slice(bracketed[0].length) };
  }
  // "بيروت - رويترز: ", "القاهرة - «الخليج»: ": the agency or the paper after the dash, one to three words (capitalised in a cased
  // script, in quotation marks or not), then a colon
  const named = /^([«"“]?[^\s:：«»"“”.,،]+(?:\s[^\s:：«»"“”.,،]+){0,2}[»"”]?)\s?[:：]\s+(?=\S)/u.exec(cut.rest);
  if (named?.[1] && cut.rest.length - named[0].length >= 40 && [...wordsOf(named[1])].every((w) => /^[\p{Lu}\p{Lo}]/u.test(w))) {
    return { dateline: lede.slice(0, lede.length - cut.rest.length + named[1].length).trim(), rest: cut.rest.slice(named[0].length) };
  }
  // "МОСКВА, 5 дек — РИА Новости. Забастовка …": the agency after the dash, one to three capitalised words and a full stop
  const agency = /^(\p{Lu}[\p{L}\p{M}-]*(?:\s\p{Lu}[\p{L}\p{M}-]*){0,2})\.\s+(?=\p{Lu})/u.exec(cut.rest);
  if (!agency?.[1] || cut.rest.length - agency[0].length < 40) return cut;
  // (a title's abbreviation, "Dr. Anna Schmidt", "Gen. Lee", is no agency: a short agency is in capitals, "AFP.")
  if (!agency[1].includes(" ") && agency[1].length <= 4 && agency[1] !== agency[1].toLocaleUpperCase()) return cut;
  return { dateline: lede.slice(0, lede.length - cut.rest.length + (agency[1].length)).trim(), rest: cut.rest.slice(agency[0].length) };
}

/**
 * A dateline that names more than a place: its agency in brackets, between slashes or after an
 * equals sign ("CHARLESTON, S.C. (AP)", "МОСКВА, 5 декабря. /ТАСС/", "[서울=연합뉴스]"), or the day it was
 * filed ("新华社北京12月5日电", "ALMERÍA, 12 (EUROPA PRESS)"). A place alone ("MILANO", "Granada") is not.
 */
export function isMarkedDateline(dateline: string): boolean {
  return /[(（[【/=＝\p{N}]/u.test(dateline);
}

/** "Nairobi, Jumanne. ", "NAIROBI, Jumanne — ": a place in capitals or one Intl knows, of one to three words, a comma and the weekday it was filed (CLDR's names). */
const placeWeekday = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s(?:${placeParticle}\s)?\p{Lu}[\p{L}\p{M}'’-]+){0,2}),\s*([\p{L}\p{M}]{3,15})(?:\.\s+|\s+(?:--|[-–—])\s+)(?=\p{Lu})`, "u");

/** `{dateline, rest}` when `lede` opens with a place and the weekday it was filed, else null. */
function cutPlaceWeekday(lede: string, lang: string): { dateline: string; rest: string } | null {
  const m = lede.includes(",") ? placeWeekday.exec(lede) : null;
  if (!m?.[1] || !m[2] || lede.length - m[0].length < 40 || !dateNames(lang).weekdays.has(m[2].toLocaleLowerCase())) return null;
  if (!/\p{Lu}{2}/u.test(m[1]) && !isKnownPlace(m[1], lang)) return null;
  return { dateline: lede.slice(0, m[0].length).replace(/[\s.\-–—]+$/u, ""), rest: lede.slice(m[0].length) };
}

/** A lede's first words in bold ("**LONDON (Reuters)**"), the stars and the space after them. */
const boldLeadIn = /^(\*\*|__)([^*_]{2,80}?)\1[ \t]*/u;

/** "Apple (AAPL)", "Tesla (TSLA.O)": a name, then capitals (three or more) that are its own letters in order (one may stand twice), the first one first. */
function isTicker(dateline: string): boolean {
  const m = /^(\p{Lu}[\p{L}\p{M}]+)\s*\((\p{Lu}{3,5})(?:\.\p{Lu}{1,2})?\)$/u.exec(dateline);
  if (!m?.[1] || !m[2]) return false;
  const name = m[1].toLocaleLowerCase();
  const letters = m[2].toLocaleLowerCase();
  if (name[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = name.indexOf(letter, at);
    if (at < 0) return false;
  }
  return true;
}

/** `rest` opens with a date alone and a colon ("DECEMBER 05: ", "5 December 2025: "). */
function opensWithDayAndColon(rest: string, lang: string): boolean {
  const m = /^([^:：\n]{3,24})[:：]\s/u.exec(rest);
  return m?.[1] !== undefined && /\p{N}/u.test(m[1]) && isDateAlone(m[1].trim(), lang);
}

/** The first word of `text` is a weekday's name (CLDR, in `lang` or the languages copy mixes in). */
function opensWithWeekday(text: string, lang: string): boolean {
  const first = /^[\p{L}\p{M}]+/u.exec(text)?.[0];
  return first !== undefined && dateNames(lang).weekdays.has(first.toLocaleLowerCase());
}

function cutDatelineOnce(lede: string, lang: string, speakerLabels: boolean): { dateline: string | null; rest: string } {
  for (const pattern of markedDatelines) {
    const match = mayMatch(pattern, lede) ? pattern.exec(lede) : null;
    // (two words before a bar in a cased script are a label, "Le point | …", not a place)
    if (match?.[1] && pattern === barDateline && /\p{Ll}/u.test(match[1]) && /[ ]/u.test(match[1])) continue;
    // a bar that comes again is a table row or a menu ("Labour | 412 votes | 34 percent"), not a place's
    if (match && pattern === barDateline && lede.slice(match[0].length).includes("|")) continue;
    if (match && match[1] && lede.length - match[0].length >= 12) return { dateline: match[1].trim(), rest: lede.slice(match[0].length) };
  }
  for (const pattern of datelinePatterns) {
    const match = mayMatch(pattern, lede) ? pattern.exec(lede) : null;
    // capitals in the first two forms; the last two only before a sentence of some length
    const long = lede.length - (match?.[0].length ?? 0) >= 60;
    if (match && match[1] && (/\p{Lu}{2}/u.test(match[1]) || (pattern !== datelinePatterns[0] && pattern !== datelinePatterns[1] && long)) && lede.length > match[0].length) {
      return { dateline: match[1].trim(), rest: lede.slice(match[0].length) };
    }
  }
  // "WASHINGTON—", "RIVERSIDE, Texas—", "THE HAGUE —": an em dash without its spaces (never in a word, as a hyphen is), then a sentence — a
  // region after a comma, two words, five letters or more, or a place Intl knows ("US—China talks", "NATO—The alliance" are no place's)
  const emDash = lede.includes("—") ? unspacedDash.exec(lede) : null;
  if (emDash?.[1] && lede.length - emDash[0].length >= 40 && (/[\s,]/u.test(emDash[1]) || [...emDash[1]].length >= 5 || isKnownPlace(emDash[1], lang))) return { dateline: emDash[1], rest: lede.slice(emDash[0].length) };
  // "NEW DELHI: ", "KARACHI: ": a place in capitals and a colon, then a sentence — two words, or a place Intl knows
  // (one word in capitals and a colon may be an acronym or a label: "NATO: …", "UPDATE: …")
  // (not in a transcript, where "MARK BANNERMAN: " opens each turn: `speakerLabels`)
  // (or one word of six letters or more that is no label a paper prints there, "ISLAMABAD: ", not "BREAKING: "; the sentence may open
  // with a word of one letter, "WARSZAWA: W piątek …", "ΑΘΗΝΑ. Η κυβέρνηση …")
  const capsColon = speakerLabels ? null : /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\s?:\s+(?=\p{Lu}(?:\p{Ll}|\s\p{Ll}))/u.exec(lede);
  if (capsColon?.[1] && lede.length - capsColon[0].length >= 40 && !leadLabels.has(capsColon[1].toLocaleLowerCase()) && (/[ -]/u.test(capsColon[1]) || isKnownPlace(capsColon[1], lang) || [...capsColon[1]].length >= 6)) return { dateline: capsColon[1], rest: lede.slice(capsColon[0].length) };
  // "Dubai: ", "Kuala Lumpur: ": a place Intl knows in title case and a colon, then a sentence
  const placeColon = speakerLabels || !/^\p{Lu}\p{Ll}/u.test(lede) ? null : /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\s?:\s+(?=\p{Lu}(?:\p{Ll}|\s\p{Ll}))/u.exec(lede);
  if (placeColon?.[1] && lede.length - placeColon[0].length >= 40 && isKnownPlace(placeColon[1], lang)) return { dateline: placeColon[1], rest: lede.slice(placeColon[0].length) };
  // "ΑΘΗΝΑ. ", "MADRID. ", "RIO DE JANEIRO. ": a place in capitals and a full stop, then a sentence — five letters or
  // more, two words, or a place Intl knows (four capitals and a stop may be an acronym: "NATO. The alliance …")
  const capsStop = /^\p{Lu}{3}/u.test(lede) ? /^(\p{Lu}[\p{Lu}\p{M}]{3,}(?:[ -]\p{Lu}[\p{Lu}\p{M}]+){0,2})\.\s+(?=\p{Lu}(?:\p{Ll}|\s\p{Ll}))/u.exec(lede) : null;
  if (capsStop?.[1] && lede.length - capsStop[0].length >= 40 && ([...capsStop[1]].length >= 5 || isKnownPlace(capsStop[1], lang))) return { dateline: capsStop[1], rest: lede.slice(capsStop[0].length) };
  return cutCaselessDateline(lede) ?? cutDatedDateline(lede, lang) ?? cutPlaceDateDateline(lede, lang) ?? cutPlaceWeekday(lede, lang) ?? { dateline: null, rest: lede };
}

/**
 * A header line of parts between bars or dots: a name, a place and a date in any order
 * ("Patricio Candia | Palma de Mallorca | 08/01/2014", "Ahmet Yılmaz | 12.03.2025 14:20").
 * Returns the name (the byline), the place (the story's dateline, where the lede has none) and
 * the date, or null when a part is none of these.
 */
export function readMetaParts(text: string, lex: Lexicon, isName: (part: string) => boolean): { name: string; place: string | null; date: DateLine } | null {
  // (parted by bars, middle dots or spaced dashes: "Jane Porter — Updated 12:40")
  const parts = text.split(/\s+[|·—–]\s+/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  let name: string | null = null;
  let place: string | null = null;
  let date: DateLine | null = null;
  let relative: DateLine | null = null;
  for (const part of parts) {
    const d = /\d/u.test(part) ? readDateLine(part, lex) : null;
    // "Last Updated: 2 hours ago", "4 min read": the page's clock in the metadata line, never a date
    if (d?.relative && d.rest === "") relative ??= d;
    else if (d && !d.relative && d.rest === "" && !date) date = d;
    else if (!name && isName(part)) name = part;
    // a place: one to four words, the first capitalised (or a script without case), no digits
    else if (name && !place && !/\d/u.test(part) && wordCount(part, 4) <= 4 && /^[\p{Lu}\p{Lo}]/u.test(part)) place = part;
    else return null;
  }
  const when = date ?? relative;
  // (a part beside the page's clock is as often the outlet as a place: "Jane Porter · The Courier · Updated 2 hours ago")
  return name && when ? { name, place: relative ? null : place, date: when } : null;
}

/** Fold case and marks: "São Paulo" and "Sao_Paulo" compare equal. */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/_/gu, " ").toLocaleLowerCase().trim();
let places: Map<string, Set<string>> | undefined;

/**
 * A line that is only a place's name: a city of the IANA time zone database (its ~400 cities, as
 * Intl knows them: "Sao_Paulo", "Kyiv", "Jakarta") or a country or region by CLDR's name in the
 * article's language or English (Intl.DisplayNames). A signature place printed alone in the
 * header ("São Paulo") is the story's dateline, not an author's name.
 */
export function isKnownPlace(text: string, lang: string): boolean {
  if (text.length > 40 || /\d/u.test(text)) return false;
  places ??= new Map();
  const primary = lang.toLowerCase().split("-")[0] ?? "en";
  let set = places.get(primary);
  // (the names are the same in every process of one ICU: kept in node_modules/.cache, src/tool-cache.ts)
  const cacheName = set ? "" : `places-${hashOf(primary, process.versions.icu ?? "", process.versions.tz ?? "", fold.toString(), isKnownPlace.toString())}.txt`;
  const cached = set ? null : readToolCache(cacheName);
  if (cached) places.set(primary, (set = new Set(cached.split("\n"))));
  if (!set) {
    set = new Set<string>();
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      const city = zone.split("/").at(-1);
      if (city && zone.includes("/")) set.add(fold(city));
    }
    for (const locale of new Set([primary, "en"])) {
      let names: Intl.DisplayNames;
      try {
        names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
      } catch {
        continue;
      }
      for (let a = 65; a <= 90; a++) {
        for (let b = 65; b <= 90; b++) {
          const name = names.of(String.fromCharCode(a, b));
          if (name) set.add(fold(name));
        }
      }
    }
    places.set(primary, set);
    writeToolCache(cacheName, [...set].join("\n"));
  }
  return set.has(fold(text));
}
