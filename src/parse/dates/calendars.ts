/**
 * Dates printed in a locale's own calendar (the Solar Hijri calendar of Persian copy, an Islamic
 * calendar, the Hebrew one) turned into Gregorian ones through `Intl` alone: ICU can print any day in any
 * calendar, so the day that prints as the wanted year, month and day is found by bisection (the
 * year's first day, then its days, where a month is a name and not a number: Hebrew).
 */

const formats = new Map<string, Intl.DateTimeFormat>();
const format = (calendar: string) => {
  let f = formats.get(calendar);
  if (!f) formats.set(calendar, (f = new Intl.DateTimeFormat("en", { calendar, year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC", numberingSystem: "latn" })));
  return f;
};

/** The year, month and day `time` prints as in `calendar`, as one comparable number. */
function key(calendar: string, time: number): number {
  let y = 0, m = 0, d = 0;
  for (const p of format(calendar).formatToParts(new Date(time))) {
    if (p.type === "year" || (p.type as string) === "relatedYear") y = Number(p.value);
    else if (p.type === "month") m = Number.parseInt(p.value, 10);
    else if (p.type === "day") d = Number(p.value);
  }
  return y * 10000 + m * 100 + d;
}

const day = 86_400_000;
const first = Date.UTC(1800, 0, 1, 12);
const last = Date.UTC(2200, 11, 31, 12);

/** The Gregorian [year, month, day] of `y-m-d` in `calendar`, or null when no day prints so. */
export function toGregorian(calendar: string, y: number, m: number, d: number): [number, number, number] | null {
  const names = monthList(calendar);
  if (names) return namedToGregorian(calendar, names, y, m, d);
  const want = y * 10000 + m * 100 + d;
  let lo = 0;
  let hi = Math.round((last - first) / day);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(calendar, first + mid * day) < want) lo = mid + 1;
    else hi = mid;
  }
  const found = new Date(first + lo * day);
  return key(calendar, found.getTime()) === want ? [found.getUTCFullYear(), found.getUTCMonth() + 1, found.getUTCDate()] : null;
}

const monthLists = new Map<string, string[] | null>();
/**
 * A calendar's months by ICU's English names, where its numeric month prints as a name (Hebrew:
 * "Kislev", "Adar I"), in the order a scan of two years meets them; null where months print as numbers.
 * A month of such a calendar is its place in this list, plus one.
 */
export function monthList(calendar: string): string[] | null {
  if (monthLists.has(calendar)) return monthLists.get(calendar) ?? null;
  const list: string[] = [];
  for (let d = 0; d < 800; d += 9) {
    const name = namedParts(calendar, Date.UTC(2024, 0, 1 + d, 12))[1];
    if (!list.includes(name)) list.push(name);
  }
  const named = list.some((name) => !/^\d/u.test(name));
  monthLists.set(calendar, named ? list : null);
  return named ? list : null;
}

/** The year, the month's English name and the day `time` prints as in `calendar`. */
function namedParts(calendar: string, time: number): [number, string, number] {
  let y = 0, m = "", d = 0;
  for (const p of format(calendar).formatToParts(new Date(time))) {
    if (p.type === "year" || (p.type as string) === "relatedYear") y = Number(p.value);
    else if (p.type === "month") m = p.value;
    else if (p.type === "day") d = Number(p.value);
  }
  return [y, m, d];
}

/** `toGregorian` for a calendar whose months are names: the year's first day by bisection, then its days one by one. */
function namedToGregorian(calendar: string, names: string[], y: number, m: number, d: number): [number, number, number] | null {
  const month = names[m - 1];
  if (!month) return null;
  let lo = 0;
  let hi = Math.round((last - first) / day);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((namedParts(calendar, first + mid * day)[0]) < y) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < lo + 400; k++) {
    const [py, pm, pd] = namedParts(calendar, first + k * day);
    if (py !== y) break;
    if (pm === month && pd === d) {
      const found = new Date(first + k * day);
      return [found.getUTCFullYear(), found.getUTCMonth() + 1, found.getUTCDate()];
    }
  }
  return null;
}

const lettered = new Map<string, { days: Map<string, number>; years: Map<string, number> } | null>();
/** Marks of abbreviation in numbers written with letters (Hebrew ״ and ׳, or the quotes copy types for them). */
export const numberMarks = /["'״׳]/gu;
/**
 * The days and years `locale` writes with letters in `calendar` (Hebrew: ט״ו, תשפ״ז), as Intl prints
 * them in a long date, without their marks of abbreviation → their numbers; null when it writes figures.
 */
export function letteredNumbers(locale: string, calendar: string): { days: Map<string, number>; years: Map<string, number> } | null {
  const id = `${locale}|${calendar}`;
  if (lettered.has(id)) return lettered.get(id) ?? null;
  const long = new Intl.DateTimeFormat(locale, { calendar, dateStyle: "long", timeZone: "UTC" });
  const part = (time: number, type: string) => long.formatToParts(new Date(time)).find((p) => p.type === type)?.value ?? "";
  let table: { days: Map<string, number>; years: Map<string, number> } | null = null;
  if (/^\P{N}+$/u.test(part(Date.UTC(2025, 0, 14, 12), "day"))) {
    table = { days: new Map(), years: new Map() };
    for (let k = 0; k < 62; k++) {
      const time = Date.UTC(2025, 0, 1 + k, 12);
      table.days.set(part(time, "day").replace(numberMarks, ""), namedParts(calendar, time)[2]);
    }
    for (let year = 1950; year <= 2100; year++) {
      const time = Date.UTC(year, 5, 1, 12);
      table.years.set(part(time, "year").replace(numberMarks, ""), namedParts(calendar, time)[0]);
    }
  }
  lettered.set(id, table);
  return table;
}

/** The English name of the month `when` falls in, in `calendar` (for `monthList`). */
export const monthName = (calendar: string, when: Date): string => namedParts(calendar, when.getTime())[1];

export interface EraDates {
  /** A date of the era calendar as the locale prints it in full ("令和8年12月5日"): era, year, month, day. */
  pattern: RegExp;
  /** Each era's name → the Gregorian year before its first year (令和 → 2018). */
  eras: Map<string, number>;
  /** A year written as a word ("元", the first year) → its number. */
  yearWords: Map<string, number>;
}

const eraCache = new Map<string, EraDates | null>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
/**
 * The dates of a calendar of `locale`'s region that counts years by eras over the Gregorian months and
 * days (Japanese 令和8年12月5日, Taiwan's 民國114年12月5日), as Intl prints them in a long date: its eras,
 * its year words and the shape of the date. Null when the region has none.
 */
export function eraDates(locale: string): EraDates | null {
  if (eraCache.has(locale)) return eraCache.get(locale) ?? null;
  let found: EraDates | null = null;
  const region = new Intl.Locale(locale).maximize() as Intl.Locale & { getCalendars?: () => string[]; calendars?: string[] };
  for (const calendar of region.getCalendars?.() ?? region.calendars ?? []) {
    if (calendar === "gregory" || calendar === "iso8601" || monthList(calendar)) continue;
    const long = new Intl.DateTimeFormat(locale, { calendar, dateStyle: "long", timeZone: "UTC", numberingSystem: "latn" });
    const sample = long.formatToParts(new Date(Date.UTC(2025, 11, 5, 12)));
    const types = sample.map((p) => p.type);
    // an era before the year, the month in figures (its days and months are the Gregorian ones)
    if (types[0] !== "era" || !sample.some((p) => p.type === "month" && /^\d+$/u.test(p.value))) continue;
    const eras = new Map<string, number>();
    const yearWords = new Map<string, number>();
    for (let year = 1900; year <= 2100; year++) {
      for (const time of [Date.UTC(year, 0, 1, 12), Date.UTC(year, 11, 31, 12)]) {
        const parts = long.formatToParts(new Date(time));
        const era = parts.find((p) => p.type === "era")?.value;
        const printed = parts.find((p) => p.type === "year")?.value ?? "";
        if (!era) continue;
        if (/^\d+$/u.test(printed)) eras.set(era, year - Number(printed));
        else yearWords.set(printed, 1);
      }
    }
    if (eras.size === 0) continue;
    const shape = sample.map((p) => {
      if (p.type === "era") return `(${[...eras.keys()].map(escape).join("|")})`;
      if (p.type === "year") return String.raw`\s?(\d{1,3}|${[...yearWords.keys(), "\\d{1,3}"].map((w) => (w.startsWith("\\") ? w : escape(w))).join("|")})\s?`;
      if (p.type === "month") return String.raw`\s?(\d{1,2})\s?`;
      if (p.type === "day") return String.raw`\s?(\d{1,2})\s?`;
      return escape(p.value.trim());
    });
    found = { pattern: new RegExp(shape.join(""), "gu"), eras, yearWords };
    break;
  }
  eraCache.set(locale, found);
  return found;
}
