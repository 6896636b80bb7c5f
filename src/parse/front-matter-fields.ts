/**
 * The front matter fields of an article and their types. A wrong type is an error naming the
 * field and its line; an unknown field is a warning (a typo like `titel:` should not pass silently).
 */
import type { VFile } from "vfile";
import { fail, warn, type Place } from "../diagnostics.js";

export interface ArticleFields {
  title: string | null;
  slug: string | null;
  date: string | null;
  updated: string | null;
  author: string | null;
  section: string | null;
  tags: string[];
  lang: string | null;
  description: string | null;
  image: string | null;
  draft: boolean;
  featured: boolean;
  correction: string | null;
  /** The header as the copy printed it (what `galley convert` writes for a text article). */
  kicker: string | null;
  byline: string | null;
  dateline: string | null;
  dateText: string | null;
  /** Line fixes of a text article, read by parse/text/fixes.ts. */
  fix: unknown;
}

type Reader = (value: unknown) => { value: unknown } | { problem: string };

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

// control characters (YAML escapes such as "\x01" make them): invalid in XML feeds, errors in HTML
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const clean = (s: string) => s.replace(controlCharacters, " ").trim();

const text: Reader = (v) => (typeof v === "string" && clean(v) !== "" ? { value: clean(v) } : typeof v === "number" ? { value: String(v) } : { problem: "must be text" });

/** A date that exists on the calendar: `2024-02-30` or `25:00` is a typo, not a date to guess at. */
function validDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = m.slice(1).map((n) => (n === undefined ? undefined : Number(n))) as number[];
  const daysInMonth = new Date(Date.UTC(year as number, month as number, 0)).getUTCDate();
  return (month as number) >= 1 && (month as number) <= 12 && (day as number) >= 1 && (day as number) <= daysInMonth && hour < 24 && minute < 60 && second < 60 && offsetHours <= 14 && offsetMinutes < 60;
}
const date: Reader = (v) =>
  typeof v === "string" && validDate(v.trim())
    ? { value: v.trim().replace(" ", "T") }
    : { problem: "must be an ISO 8601 date such as `2024-05-01` or `2024-05-01T09:30:00+02:00`" };
/** A lead image: a file next to the article (`photo.jpg`, `/assets/x.png`) or an http(s) URL; never `javascript:` or `data:`. */
const image: Reader = (v) => {
  if (typeof v !== "string" || v.trim() === "") return { problem: "must be an image file next to the article, such as `photo.jpg`, or an https:// URL" };
  const src = v.trim();
  const scheme = /^([^:/?#]*):/.exec(src)?.[1];
  if (scheme !== undefined) {
    return /^https?$/i.test(scheme) && URL.canParse(src) && !/[\s\u0000-\u001F]/.test(src)
      ? { value: src }
      : { problem: `must be an image file next to the article or an http(s) URL, not \`${src.slice(0, 40)}\`` };
  }
  if (src.startsWith("//")) return { problem: `must name its scheme: \`https:${src.slice(0, 40)}\`` };
  if (/[\u0000-\u001F\u007F]/.test(src)) return { problem: "must not hold control characters" };
  return { value: src };
};
const tags: Reader = (v) => {
  if (typeof v === "string") return { value: v.split(",").map(clean).filter(Boolean) };
  if (Array.isArray(v) && v.every((t) => typeof t === "string" || typeof t === "number")) return { value: v.map((t) => clean(String(t))).filter(Boolean) };
  return { problem: "must be a list of words, such as `[climate, energy]`" };
};
const lang: Reader = (v) => (typeof v === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? { value: v } : { problem: "must be a BCP 47 language tag such as `en` or `sv`" });
const slug: Reader = (v) =>
  typeof v === "string" && /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{M}\p{N}-]*$/u.test(v)
    ? [...v].length > 100
      ? { problem: `is ${[...v].length} characters long: a slug names a folder of the site and may have at most 100` }
      : Buffer.byteLength(v) > 200
        ? { problem: `is ${Buffer.byteLength(v)} bytes long in UTF-8: a slug names a folder of the site and may have at most 200 bytes (100 letters of Latin script, 66 of Chinese)` }
        : { value: v }
    : { problem: "must be lower-case letters, digits and hyphens, such as `harbour-wall-repairs`" };
const bool: Reader = (v) => (typeof v === "boolean" ? { value: v } : { problem: "must be `true` or `false`" });

const readers: Record<keyof ArticleFields, Reader> = {
  title: text, slug, date, updated: date, author: text, section: text, tags, lang, description: text, image, draft: bool,
  featured: bool, correction: text, kicker: text, byline: text, dateline: text, dateText: text, fix: (v) => ({ value: v }),
};
/** Accepted spellings of fields (Hugo and Eleventy users bring theirs). */
const aliases: Record<string, keyof ArticleFields> = { headline: "title", authors: "author", category: "section", language: "lang", summary: "description", lastmod: "updated", modified: "updated" };

/** Reads the known fields of `data`; problems are added to `file` at the field's position. */
export function readArticleFields(data: Record<string, unknown>, file: VFile, placeOf: (key: string, part?: "key" | "value") => Place | undefined): ArticleFields {
  const fields: ArticleFields = {
    title: null, slug: null, date: null, updated: null, author: null, section: null, tags: [], lang: null, description: null, image: null, draft: false,
    featured: false, correction: null, kicker: null, byline: null, dateline: null, dateText: null, fix: undefined,
  };
  for (const [rawKey, raw] of Object.entries(data)) {
    // own properties only: `constructor` or `__proto__` is an unknown field, not Object's
    const name = (Object.hasOwn(readers, rawKey) ? rawKey : Object.hasOwn(aliases, rawKey) ? aliases[rawKey] : undefined) as keyof ArticleFields | undefined;
    if (!name) {
      warn(file, `unknown front matter field \`${rawKey}\` (known: ${Object.keys(readers).join(", ")})`, placeOf(rawKey, "key"), "front-matter-unknown-field");
      continue;
    }
    if (raw === null || raw === undefined) continue;
    const value = name === "author" && Array.isArray(raw) && raw.every((a) => typeof a === "string") ? raw.join(", ") : raw;
    const result = readers[name](value);
    if ("problem" in result) fail(file, `front matter \`${rawKey}\` ${result.problem}`, placeOf(rawKey), "front-matter-type");
    else (fields as unknown as Record<string, unknown>)[name] = result.value;
  }
  return fields;
}
