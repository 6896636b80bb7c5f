/**
 * The lines around a headline that are metadata, not body: bylines ("By Jane Doe", "Av Anna
 * Berg", "Jane Doe, Reuters"), date lines ("Aug. 16, 2020", "Stand: 03.02.2025 17:40 Uhr",
 * "AFP 30 avril 2015 à 07:19 (Mis à jour : …)"), and the dateline that opens a wire lede
 * ("LOS ANGELES (Reuters) - ").
 */
import { perLexicon, type Lexicon } from "../lexicon/index.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const words = (s: string) => s.split(/\s+/).filter(Boolean);

const nameToken = String.raw`\p{Lu}[\p{L}\p{M}'’.-]+`;
const nameRun = String.raw`${nameToken}(?:\s+(?:${nameToken}|de|van|von|der|le|la|af|da))*`;

const bareName = new RegExp(`^${nameToken}(?:\\s+${nameToken}){1,3}$`, "u");
const startsWithName = new RegExp(`^${nameRun},?\\s`, "u");

/** A line that is only a person's name ("Tore Bakken"): two to four capitalised words. */
export function isBareName(text: string): boolean {
  return bareName.test(text);
}

const bylinePatterns = perLexicon((lex) => ({
  role: new RegExp(`\\s(?:${lex.reporterWords.map(escape).join("|")})$`, "iu"),
  prefixed: new RegExp(`^(?:${lex.bylinePrefixes.map(escape).join("|")})\\s+(\\p{Lu}.*)$`, "u"),
}));

/** "By Jane Doe" → the whole line; null when `text` is not a byline line. */
export function readByline(text: string, lex: Lexicon): string | null {
  if (text.length > 120) return null;
  const p = bylinePatterns(lex);
  // "Nadia Rahman North of England correspondent", "Anna Berg, reporter"
  if (words(text).length <= 10 && startsWithName.test(text) && p.role.test(text)) return text;
  const match = p.prefixed.exec(text);
  if (match && words(match[1] ?? "").length <= 10 && !/[.!?]$/.test(text.replace(/\b\p{Lu}\.$/u, ""))) return text;
  // "Jane Doe, Reuters" / "Jane Doe and John Roe, The Times"
  if (/^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|och|og|und|et|y)){1,5},\s+\p{Lu}[\p{L}&' .-]{1,40}$/u.test(text) && words(text).length <= 9) return text;
  return null;
}

export interface DateLine {
  /** ISO 8601 of the first date, when it could be read. */
  date: string | null;
  /** ISO 8601 of a date marked as an update. */
  updated: string | null;
  /** What is left of the line (an agency or author glued to the date), or "". */
  rest: string;
}

const zones: Record<string, string> = {
  gmt: "Z", utc: "Z", z: "Z", cet: "+01:00", cest: "+02:00", bst: "+01:00", est: "-05:00", edt: "-04:00",
  cst: "-06:00", cdt: "-05:00", pst: "-08:00", pdt: "-07:00", eet: "+02:00", eest: "+03:00", msk: "+03:00",
};
const pad = (n: number | string) => String(n).padStart(2, "0");

const dateFinders = perLexicon((lex: Lexicon) => {
  const monthAlternation = lex.months.flat().sort((a, b) => b.length - a.length).map(escape).join("|");
  const monthIndex = (name: string) => lex.months.findIndex((names) => names.includes(name.toLocaleLowerCase().replace(/\.$/, ""))) + 1;
  const time = String.raw`(?:\s*(?:,|at|kl\.?|klo|à|um|a las|-|–)?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(?:Uhr|h)?\s*(GMT|UTC|CET|CEST|BST|EST|EDT|CST|CDT|PST|PDT|EET|EEST|MSK|Z|[+-]\d{2}:?\d{2})?)?`;
  return [
    {
      pattern: new RegExp(String.raw`(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?`, "gu"),
      read: (m: RegExpExecArray) => [m[1], m[2], m[3], m[4], m[5], m[6], m[7]],
    },
    {
      pattern: new RegExp(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})` + time, "gu"),
      read: (m: RegExpExecArray) => [m[3], m[2], m[1], m[4], m[5], m[6], m[7]],
    },
    {
      pattern: new RegExp(String.raw`\b(\d{1,2})\.?\s+(${monthAlternation})\.?,?\s+(\d{4})` + time, "giu"),
      read: (m: RegExpExecArray) => [m[3], String(monthIndex(m[2] ?? "")), m[1], m[4], m[5], m[6], m[7]],
    },
    {
      pattern: new RegExp(String.raw`\b(${monthAlternation})\.?\s+(\d{1,2}),?\s+(\d{4})` + time, "giu"),
      read: (m: RegExpExecArray) => [m[3], String(monthIndex(m[1] ?? "")), m[2], m[4], m[5], m[6], m[7]],
    },
  ];
});

function toIso(parts: (string | undefined)[]): string | null {
  const [y, mo, d, h, mi, s, zone] = parts;
  const month = Number(mo);
  const day = Number(d);
  if (!y || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59) return date;
  const z = zone ? (zones[zone.toLowerCase()] ?? zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : "";
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s ?? "00")}${z}`;
}

/**
 * Reads a date line: a short line that is mostly one or two dates. Returns null for anything
 * else (a body sentence that mentions a date is not a date line).
 */
export function readDateLine(text: string, lex: Lexicon): DateLine | null {
  if (/^(updated|published|uppdaterad|publicerad|oppdatert|publisert)?\s*:?\s*\d+\s+\p{L}+\s+(ago|sedan|siden)$/iu.test(text)) {
    return { date: null, updated: null, rest: "" };
  }
  if (text.length > 160 || words(text).length > 16) return null;
  const found: { iso: string; index: number; length: number }[] = [];
  for (const { pattern, read } of dateFinders(lex)) {
    for (const m of text.matchAll(pattern)) {
      const iso = toIso(read(m as RegExpExecArray));
      const index = m.index ?? 0;
      if (iso && !found.some((f) => index < f.index + f.length && f.index < index + m[0].length)) found.push({ iso, index, length: m[0].length });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.index - b.index);
  let rest = text;
  for (const f of [...found].reverse()) rest = rest.slice(0, f.index) + " " + rest.slice(f.index + f.length);
  const updatedWords = lex.updatedWords.map((w) => w.toLocaleLowerCase());
  const filler = new Set(["published", "publicerad", "publisert", "publiceret", "posted", "on", "at", "den", "le", "am", "el", "à", "kl", "klo", "um", "uhr", "stand", "(", ")", "|", "·", "-", "–", "—", ":", ","]);
  const weekday = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?$|^(mån|tis|ons|tors|fre|lör|sön)[a-zåäö]*$|^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/iu;
  let updated: string | null = null;
  let date: string | null = null;
  for (const f of found) {
    const before = text.slice(0, f.index).toLocaleLowerCase();
    const isUpdate = updatedWords.some((w) => before.trimEnd().replace(/[\s:(]+$/, "").endsWith(w));
    if (isUpdate) updated ??= f.iso;
    else date ??= f.iso;
  }
  const leftover = words(rest.replace(/[()|·:,]/g, " "))
    .filter((w) => !filler.has(w.toLocaleLowerCase()) && !weekday.test(w))
    .filter((w) => !updatedWords.some((u) => u.split(" ").includes(w.toLocaleLowerCase())));
  if (leftover.length > 4) return null;
  return { date: date ?? updated, updated: date ? updated : null, rest: leftover.join(" ") };
}

const agencyInParens = String.raw`\((?:[\p{L}][\p{L}\p{M}&/ .-]{0,30})\)`;
const placeCaps = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]+){0,3}`;
const region = String.raw`(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})?`;
const datelinePatterns = [
  // "LOS ANGELES (Reuters) - ", "KYIV, Ukraine (AP) — ", "STOCKHOLM (TT) "
  new RegExp(String.raw`^(${placeCaps}${region}\s*${agencyInParens})\s*(?:[-–—:]\s*)?`, "u"),
  // "LONDON — ", "BRUSSELS, Belgium — "
  new RegExp(String.raw`^(${placeCaps}${region})\s+[–—-]\s+`, "u"),
];

/** Cuts a dateline off a lede: `{dateline: "LOS ANGELES (Reuters)", rest: "South Korean …"}`. */
export function cutDateline(lede: string): { dateline: string | null; rest: string } {
  for (const pattern of datelinePatterns) {
    const match = pattern.exec(lede);
    if (match && match[1] && /\p{Lu}{2}/u.test(match[1]) && lede.length > match[0].length) {
      return { dateline: match[1].trim(), rest: lede.slice(match[0].length) };
    }
  }
  return { dateline: null, rest: lede };
}
