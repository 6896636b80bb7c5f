/**
 * Locale data for reading printed dates, all from CLDR through `Intl` (never hand lists): month
 * and weekday names in their standalone and in-date forms, the little words dates are written
 * with ("de", "ב"), whether a numeric date puts the month first, the names of UTC and GMT, and
 * the shapes of relative times ("2 hours ago", "vor 2 Stunden", "2時間前", "today").
 * Built once per locale and cached.
 */
import { hashOf, readToolCache, writeToolCache } from "../../tool-cache.js";
import { monthList, monthName } from "./calendars.js";

export interface LocaleNames {
  /** Lower-cased month name or abbreviation (trailing dot removed) → 1..12. */
  months: Map<string, number>;
  /** Lower-cased weekday names and abbreviations. */
  weekdays: Set<string>;
  /** Words between the parts of a written date ("de", "ב"). */
  joiners: Set<string>;
  /** Whether `3/4/2025` is March 4 in this locale (the month comes first). */
  monthFirst: boolean;
  /** Lower-cased names of UTC / GMT (offset zero). */
  utcNames: Set<string>;
  /** Relative time shapes: the text before and after the number ("", "hours ago"). */
  relative: { before: string; after: string }[];
  /** "today", "yesterday", "now" and the like (relative, never dates). */
  relativeWords: Set<string>;
  /** Lower-cased names of the afternoon in a 12-hour clock ("pm", "오후", "下午"). */
  afternoon: Set<string>;
  /**
   * How many years the locale's own calendar counts ahead of the Gregorian one when its months
   * and days are the Gregorian ones (the Thai Buddhist era prints 2026 as 2569: 543); else 0.
   */
  yearOffset: number;
  /** The locale's own calendar when it is not the Gregorian one and differs in more than the year ("persian"), else null. */
  nativeCalendar: string | null;
  /**
   * The calendars of `nativeMonths`: the locale's own, and the other calendars its region prints
   * dates in (Amharic ኅዳር 25 is a day of the Ethiopian calendar, Arabic جمادى الآخرة one of the
   * Islamic calendar, Hebrew כסלו one of the Hebrew calendar: `Intl.Locale#getCalendars`).
   */
  monthsCalendars: string[];
  /** Lower-cased month names of those calendars → 100 × the calendar's place in `monthsCalendars` + its month, 1..13. */
  nativeMonths: Map<string, number>;
  /**
   * CLDR's names of the units of a date in a script without case ("ថ្ងៃ", "ឆ្នាំ", "ရက်", "ቀን":
   * day, year), which copy glues to the numbers ("ថ្ងៃទី៤ ខែធ្នូ ឆ្នាំ២០២៥", "၂၀၂၅ ခုနှစ်၊ ဒီဇင်ဘာ ၄ ရက်").
   */
  units: Set<string>;
}

const cache = new Map<string, LocaleNames>();
/**
 * Whether `locale` lower-cases as plain `toLowerCase` does: V8 maps case by locale only for
 * Turkish, Azerbaijani, Lithuanian and Greek, and `toLocaleLowerCase(locale)` resolves the locale
 * again on every call (most of the cost of building these names).
 */
const plainCase = new Map<string, boolean>();
const lowersPlainly = (locale: string): boolean => {
  let plain = plainCase.get(locale);
  if (plain === undefined) plainCase.set(locale, (plain = !["tr", "az", "lt", "el"].includes(new Intl.Locale(locale).language)));
  return plain;
};
const lower = (s: string, locale: string) => (lowersPlainly(locale) ? s.toLowerCase() : s.toLocaleLowerCase(locale)).replace(/\.$/u, "").trim();

/** CLDR's names for `locale` (a BCP 47 tag); an unknown tag falls back to ICU's root data. */
export function localeNames(locale: string): LocaleNames {
  let names = cache.get(locale);
  if (!names) cache.set(locale, (names = stored(locale) ?? store(locale, build(locale))));
  return names;
}

// Building one locale's names makes some 25 Intl formatters (tens of ms); they are kept in
// node_modules/.cache/galley/ under a name made from the ICU data and this code, so a process
// (`galley parse FILE`, each build worker) reads them instead.
const storeName = () => `cldr-names-${hashOf(process.versions.icu ?? "", process.versions.cldr ?? "", process.versions.tz ?? "", build.toString(), nativeMonths.toString(), regionCalendars.toString(), lower.toString())}.json`;
type Stored = Record<string, Record<keyof LocaleNames, unknown>>;
let storedRaw: Stored | undefined;
/** The names of `locale` kept in the cache file, read once per process and turned into maps and sets one locale at a time (the file holds every locale any process asked for). */
function stored(locale: string): LocaleNames | undefined {
  if (!storedRaw) {
    try {
      storedRaw = JSON.parse(readToolCache(storeName()) ?? "{}") as Stored;
    } catch {
      storedRaw = {};
    }
  }
  const n = Object.hasOwn(storedRaw, locale) ? storedRaw[locale] : undefined;
  if (!n) return undefined;
  try {
    return {
      months: new Map(n.months as [string, number][]), weekdays: new Set(n.weekdays as string[]), joiners: new Set(n.joiners as string[]),
      monthFirst: n.monthFirst as boolean, utcNames: new Set(n.utcNames as string[]), relative: n.relative as LocaleNames["relative"],
      relativeWords: new Set(n.relativeWords as string[]), afternoon: new Set(n.afternoon as string[]), yearOffset: n.yearOffset as number,
      nativeCalendar: n.nativeCalendar as string | null, monthsCalendars: n.monthsCalendars as string[], nativeMonths: new Map(n.nativeMonths as [string, number][]),
      units: new Set(n.units as string[]),
    };
  } catch {
    return undefined;
  }
}
/**
 * Whether ICU formats dates in `locale` (`Intl.DateTimeFormat.supportedLocalesOf`), remembered in
 * the same cache as the names: ICU's first answer costs a process some 10 ms of loading.
 */
export function hasDateData(locale: string): boolean {
  const name = `cldr-locales-${hashOf(process.versions.icu ?? "", process.versions.cldr ?? "")}.json`;
  if (!supported) {
    try {
      supported = new Map(Object.entries(JSON.parse(readToolCache(name) ?? "{}") as Record<string, boolean>));
    } catch {
      supported = new Map();
    }
  }
  let known = supported.get(locale);
  if (known === undefined) {
    supported.set(locale, (known = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0));
    writeToolCache(name, JSON.stringify(Object.fromEntries(supported)));
  }
  return known;
}
let supported: Map<string, boolean> | undefined;

function store(locale: string, names: LocaleNames): LocaleNames {
  storedRaw ??= {};
  storedRaw[locale] = Object.fromEntries(Object.entries(names).map(([k, v]) => [k, v instanceof Map || v instanceof Set ? [...v] : v])) as Record<keyof LocaleNames, unknown>;
  writeToolCache(storeName(), JSON.stringify(storedRaw));
  return names;
}

function build(locale: string): LocaleNames {
  const months = new Map<string, number>();
  const joiners = new Set<string>();
  const add = (name: string, month: number) => {
    const key = lower(name, locale);
    if (key && /\p{L}/u.test(key) && !months.has(key)) months.set(key, month);
  };
  const forms: Intl.DateTimeFormatOptions[] = [
    { month: "long" }, { month: "short" },
    { day: "numeric", month: "long" }, { day: "numeric", month: "short" },
    { day: "numeric", month: "long", year: "numeric" }, { day: "numeric", month: "short", year: "numeric" },
  ];
  // one formatter per form, used for every month (making an Intl formatter costs far more than using it)
  // the Gregorian names even where the locale counts in its own calendar (Persian prints دسامبر too)
  const formatters = forms.map((options) => new Intl.DateTimeFormat(locale, { ...options, calendar: "gregory", timeZone: "UTC" }));
  for (let m = 0; m < 12; m++) {
    const when = new Date(Date.UTC(2025, m, 14, 12));
    for (const formatter of formatters) {
      const parts = formatter.formatToParts(when);
      parts.forEach((part, i) => {
        if (part.type === "month") {
          add(part.value, m + 1);
          // a word glued before the month ("4 במרץ"): the glued form is a month name too
          const glue = /(\p{L}+)$/u.exec(parts[i - 1]?.type === "literal" ? (parts[i - 1]?.value ?? "") : "")?.[1];
          if (glue && !/\s$/u.test(parts[i - 1]?.value ?? "")) add(glue + part.value, m + 1);
        }
        if (part.type === "literal") for (const w of part.value.match(/\p{L}+/gu) ?? []) joiners.add(lower(w, locale));
      });
    }
  }
  const weekdays = new Set<string>();
  const weekdayFormats = (["long", "short"] as const).map((weekday) => new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" }));
  for (let d = 0; d < 7; d++) {
    const when = new Date(Date.UTC(2025, 0, 5 + d, 12));
    for (const format of weekdayFormats) weekdays.add(lower(format.format(when), locale));
  }
  // the eras printed with a year ("พ.ศ.", "ه‍.ش.", "ዓ/ም"), without their stops, and the words of the full
  // date, in the locale's own calendar and the Gregorian one: joiners; a weekday glued to the word
  // after it ("วันพฤหัสบดีที่") is a weekday too
  for (const calendar of new Set([new Intl.DateTimeFormat(locale).resolvedOptions().calendar, "gregory"])) {
    for (const era of ["short", "long", "narrow"] as const) {
      for (const part of new Intl.DateTimeFormat(locale, { era, year: "numeric", calendar, timeZone: "UTC" }).formatToParts(new Date(Date.UTC(2025, 2, 14)))) {
        if (part.type === "era") joiners.add(lower(part.value, locale).replace(/[\p{P}\p{Cf}\s]/gu, ""));
      }
    }
    const full = new Intl.DateTimeFormat(locale, { dateStyle: "full", calendar, timeZone: "UTC" });
    for (let d = 0; d < 7; d++) {
      const parts = full.formatToParts(new Date(Date.UTC(2025, 0, 5 + d, 12)));
      parts.forEach((part, i) => {
        if (part.type === "literal") for (const w of part.value.match(/[\p{L}\p{M}]+/gu) ?? []) joiners.add(lower(w, locale));
        const next = parts[i + 1];
        const glue = part.type === "weekday" && next?.type === "literal" ? /^[\p{L}\p{M}]+/u.exec(next.value)?.[0] : undefined;
        if (glue) weekdays.add(lower(part.value + glue, locale));
      });
    }
  }
  const order = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric" }).formatToParts(new Date(2025, 2, 14)).map((p) => p.type);
  const monthFirst = order.indexOf("month") < order.indexOf("day") && order.indexOf("year") > order.indexOf("day");
  const utcNames = new Set<string>();
  for (const timeZone of ["UTC", "Europe/London"]) {
    for (const timeZoneName of ["long", "short"] as const) {
      const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName }).formatToParts(new Date(Date.UTC(2025, 0, 5))).find((p) => p.type === "timeZoneName")?.value;
      if (name) utcNames.add(lower(name, locale));
    }
  }
  const relative: { before: string; after: string }[] = [];
  const seen = new Set<string>();
  const relativeWords = new Set<string>();
  for (const style of ["long", "short", "narrow"] as const) {
    const format = new Intl.RelativeTimeFormat(locale, { style, numeric: "always" });
    const words = new Intl.RelativeTimeFormat(locale, { style, numeric: "auto" });
    for (const unit of ["second", "minute", "hour", "day", "week", "month", "year"] as const) {
      for (const n of [1, 2, 3, 5, 11, 22]) {
        const parts = format.formatToParts(-n, unit);
        const at = parts.findIndex((p) => p.type === "integer");
        if (at < 0) continue;
        const before = lower(parts.slice(0, at).map((p) => p.value).join(""), locale);
        const after = lower(parts.slice(at + 1).map((p) => p.value).join(""), locale);
        const key = `${before}|${after}`;
        if (!seen.has(key)) relative.push({ before, after }), seen.add(key);
      }
      for (const n of [0, -1]) {
        const text = words.format(n, unit);
        if (!/\d/u.test(text)) relativeWords.add(lower(text, locale));
      }
    }
  }
  const afternoon = new Set<string>();
  const period = (format: Intl.DateTimeFormat, hour: number) => format.formatToParts(new Date(Date.UTC(2025, 0, 5, hour))).find((p) => p.type === "dayPeriod")?.value;
  for (const options of [{ hour: "numeric", hourCycle: "h12" }, { dayPeriod: "short" }, { dayPeriod: "narrow" }] as Intl.DateTimeFormatOptions[]) {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    const morning = period(format, 9);
    for (const hour of [14, 15, 19]) {
      const later = period(format, hour);
      if (later && later !== morning) afternoon.add(lower(later, locale));
    }
  }
  // the words printed with a time ("à", "kl.", "um", "klo", "às")
  const withTime = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "numeric", timeZone: "UTC" });
  for (const part of withTime.formatToParts(new Date(Date.UTC(2025, 2, 14, 15, 30)))) if (part.type === "literal") for (const w of part.value.match(/\p{L}+/gu) ?? []) joiners.add(lower(w, locale));
  const offset = yearOffset(locale);
  const calendar = new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
  const nativeCalendar = calendar === "gregory" || calendar === "iso8601" || offset !== 0 ? null : calendar;
  const monthsCalendars = [...new Set([...(nativeCalendar ? [nativeCalendar] : []), ...(offset === 0 ? regionCalendars(locale) : [])])];
  const units = new Set<string>();
  for (const style of ["long", "short", "narrow"] as const) {
    const fields = new Intl.DisplayNames([locale], { type: "dateTimeField", style });
    for (const field of ["year", "month", "day", "hour", "minute"] as const) {
      const name = fields.of(field);
      // (one character, "年", "월", is a date's own marker, read by the shapes; a cased script writes units apart)
      if (name && [...name].length >= 2 && !/[\p{Lu}\p{Ll}\p{Lt}\s]/u.test(name)) units.add(name);
    }
  }
  return { months, weekdays, joiners, monthFirst, utcNames, relative, relativeWords, afternoon, yearOffset: offset, nativeCalendar, monthsCalendars, nativeMonths: nativeMonths(locale, monthsCalendars, months, joiners), units };
}

/**
 * The calendars other than the Gregorian one that `locale`'s region prints dates in ("ethiopic" for
 * am; "hebrew" and "islamic" for he). The Islamic ones are read as the Umm al-Qura calendar, the
 * one ICU has the printed dates of (the tabular and astronomical ones differ from it by a day or two).
 */
function regionCalendars(locale: string): string[] {
  const region = new Intl.Locale(locale).maximize() as Intl.Locale & { getCalendars?: () => string[]; calendars?: string[] };
  const calendars = region.getCalendars?.() ?? region.calendars ?? [];
  return [...new Set(calendars.filter((c) => c !== "gregory" && c !== "iso8601").map((c) => (c.startsWith("islamic") ? "islamic-umalqura" : c)))];
}

/**
 * The month names of `calendars` as `locale` prints them (not already Gregorian names), alone and with
 * the word glued before them ("בכסלו") → 100 × the calendar's place + the month's number. The eras
 * printed with their years ("هـ", "ہجری") are added to `joiners`.
 */
function nativeMonths(locale: string, calendars: string[], gregorian: Map<string, number>, joiners: Set<string>): Map<string, number> {
  const names = new Map<string, number>();
  calendars.forEach((calendar, at) => {
    const number = new Intl.DateTimeFormat("en", { calendar, month: "numeric", timeZone: "UTC" });
    const list = monthList(calendar);
    const named = (["long", "short"] as const).map((month) => new Intl.DateTimeFormat(locale, { calendar, month, day: "numeric", year: "numeric", timeZone: "UTC" }));
    const add = (name: string, m: number) => {
      const key = lower(name, locale);
      if (key && /\p{L}/u.test(key) && !gregorian.has(key) && !names.has(key)) names.set(key, at * 100 + m);
    };
    for (let day = 0; day < 800; day += 9) {
      const when = new Date(Date.UTC(2024, 0, 1 + day, 12));
      const m = list ? list.indexOf(monthName(calendar, when)) + 1 : Number.parseInt(number.format(when), 10);
      for (const f of named) {
        const parts = f.formatToParts(when);
        parts.forEach((part, i) => {
          if (part.type === "era") joiners.add(lower(part.value, locale).replace(/[\p{P}\p{Cf}\s]/gu, ""));
          if (part.type !== "month") return;
          add(part.value, m);
          const before = parts[i - 1]?.type === "literal" ? (parts[i - 1]?.value ?? "") : "";
          const glue = /(\p{L}+)$/u.exec(before)?.[1];
          if (glue) add(glue + part.value, m);
        });
      }
    }
  });
  return names;
}

/** The locale's default calendar's year minus the Gregorian year, when only the year differs. */
function yearOffset(locale: string): number {
  const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC", numberingSystem: "latn" });
  const offsets = [Date.UTC(2025, 0, 1, 12), Date.UTC(2025, 5, 30, 12), Date.UTC(2026, 11, 31, 12)].map((time) => {
    const when = new Date(time);
    const part = (type: string) => Number(format.formatToParts(when).find((p) => p.type === type)?.value);
    return part("month") === when.getUTCMonth() + 1 && part("day") === when.getUTCDate() ? part("year") - when.getUTCFullYear() : NaN;
  });
  return offsets.every((o) => o === offsets[0] && Number.isInteger(o)) ? (offsets[0] as number) : 0;
}
