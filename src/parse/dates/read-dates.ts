/**
 * Finds the dates and times printed in one short line ("Mon 20 Jan 2020 06.05 GMT",
 * "Stand: 03.02.2025 17:40 Uhr", "2025年3月4日", "2025.03.04 14:22", "4 במרץ 2025",
 * "21.dez.2018 às 12h55") and tells relative times ("22 hours ago", "vor 2 Stunden", "Heute,
 * 12:37 Uhr"), which are never dates. Month and weekday names, the order of numeric dates and the
 * shapes of relative times come from CLDR (`names.ts`); the shapes of dates are few and hold
 * across languages: day month year, month day year, year month day, each with numbers or names.
 *
 * Linear time: a line longer than `maxLine` is not read, and each expression below has no nested
 * repetition, so a line costs at most a few passes over its characters.
 */
import { hasDateData, localeNames, type LocaleNames } from "./names.js";
import { eraDates, letteredNumbers, numberMarks, toGregorian } from "./calendars.js";
import { countWords, wordsOf } from "../segments.js";

export const maxLine = 200;

export interface FoundDate {
  /** ISO 8601: a date, or a date and time with the printed offset (none when none is printed). */
  iso: string;
  /** Where the date (and its time) stands in the line. */
  index: number;
  end: number;
}

export interface DateReading {
  dates: FoundDate[];
  /** The line with its dates, times, zones and weekdays blanked out. */
  rest: string;
  /** The line is a relative time ("2 hours ago", "today, 12:37"): metadata, never a date. */
  relative: boolean;
}

/** Locales tried after the article's own: English and the languages copy most often mixes in. */
const alsoTried = ["en", "sv", "nb", "da", "fi", "de", "fr", "es", "it", "pt", "nl", "pl"];
/** Regional CLDR variants whose month names differ from the language's default ("فيفري", "شباط"). */
const regional: Record<string, string[]> = { ar: ["ar-DZ", "ar-TN", "ar-LB", "ar-IQ"], pt: ["pt-PT"], zh: ["zh-Hant"] };

interface Merged extends Omit<LocaleNames, "monthFirst"> {
  monthFirst: boolean;
  /** Relative shapes by the text after the number, then the text before it. */
  relativeIndex: Map<string, Set<string>>;
  /** Every word of CLDR's relative-time shapes ("hours", "ago", "ชั่วโมง", "ที่", "แล้ว", "πριν", "ώρες"). */
  relativeTokens: Set<string>;
  /** Weekday and zone names in one expression. */
  namesPattern: RegExp;
  /** One of `monthsCalendars` is printed with its days and years in letters (Hebrew). */
  letteredCalendar: boolean;
  /** Some month's name holds its number ("tháng 5", Vietnamese): dates are also read by `dNumMy`. */
  numberedMonths: boolean;
}
const mergedCache = new Map<string, Merged>();

/** The names for an article in `lang`: its own locale first (its names win where two differ). */
export function dateNames(lang: string): Merged {
  let merged = mergedCache.get(lang);
  if (merged) return merged;
  const base = lang.toLowerCase().split("-")[0] ?? lang;
  const locales = [...new Set([lang, ...(regional[base] ?? []), ...alsoTried])].filter(hasDateData);
  const all = locales.map(localeNames);
  const first = all[0] ?? localeNames("en");
  merged = {
    months: new Map(all.flatMap((n) => [...n.months]).reverse()),
    weekdays: new Set(all.flatMap((n) => [...n.weekdays])),
    joiners: new Set(all.flatMap((n) => [...n.joiners])),
    monthFirst: first.monthFirst,
    utcNames: new Set(all.flatMap((n) => [...n.utcNames])),
    relative: all.flatMap((n) => n.relative),
    relativeWords: new Set(all.flatMap((n) => [...n.relativeWords])),
    afternoon: new Set(all.flatMap((n) => [...n.afternoon])),
    yearOffset: first.yearOffset,
    nativeCalendar: first.nativeCalendar,
    monthsCalendars: first.monthsCalendars,
    nativeMonths: first.nativeMonths,
    units: new Set(all.flatMap((n) => [...n.units])),
    relativeIndex: new Map(),
    relativeTokens: new Set(),
    namesPattern: /$^/u,
    letteredCalendar: first.monthsCalendars.some((calendar) => letteredNumbers(lang, calendar) !== null),
    numberedMonths: false,
  };
  merged.numberedMonths = [...merged.months.keys()].some((name) => /\d/u.test(name));
  for (const r of merged.relative) {
    const after = r.after.trim();
    let befores = merged.relativeIndex.get(after);
    if (!befores) merged.relativeIndex.set(after, (befores = new Set()));
    befores.add(r.before.trim());
    for (const w of wordsOf(`${r.before} ${r.after}`)) merged.relativeTokens.add(w.toLocaleLowerCase());
  }
  // (and weekdays of two words, which a word alone does not blank: Vietnamese "thứ hai")
  const longNames = [...merged.utcNames, ...[...merged.weekdays].filter((w) => w.includes(" "))].filter((n) => n.length > 3).sort((a, b) => b.length - a.length);
  merged.namesPattern = new RegExp(longNames.length ? `${longNames.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}` : "$^", "giu");
  mergedCache.set(lang, merged);
  return merged;
}

const pad = (n: number | string) => String(n).padStart(2, "0");
const zones: Record<string, string> = {
  gmt: "Z", utc: "Z", z: "Z", cet: "+01:00", cest: "+02:00", bst: "+01:00", ist: "+05:30", est: "-05:00", edt: "-04:00", cst: "-06:00", cdt: "-05:00",
  mst: "-07:00", mdt: "-06:00", pst: "-08:00", pdt: "-07:00", et: "", ct: "", mt: "", pt: "", eet: "+02:00", eest: "+03:00", msk: "+03:00", jst: "+09:00", kst: "+09:00", aest: "+10:00", aedt: "+11:00",
  // Indonesia (WIB, WITA, WIT), South-East Asia, the Gulf, Africa, Turkey, Iran, Pakistan, New Zealand
  wib: "+07:00", wita: "+08:00", wit: "+09:00", ict: "+07:00", hkt: "+08:00", sgt: "+08:00", pht: "+08:00", myt: "+08:00", pkt: "+05:00",
  irst: "+03:30", gst: "+04:00", trt: "+03:00", eat: "+03:00", cat: "+02:00", wat: "+01:00", sast: "+02:00", awst: "+08:00", nzst: "+12:00", nzdt: "+13:00",
};

// a word, or an abbreviation with inner stops (Thai ธ.ค. for ธันวาคม), or a word with a zero-width non-joiner (Persian جمادی‌الثانی)
const word = String.raw`[\p{L}\p{M}]+(?:[.\u200c][\p{L}\p{M}]+)*`;
// a year ends at a non-digit, or runs into a time when copying lost the space ("20163:33 PM")
const yearEnd = String.raw`(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))`;
const patterns = {
  // 2025-03-04, 2025.03.04, 2025/3/4, 2025年3月4日, 2025년 3월 4일, 2025. 3. 4.
  ymd: new RegExp(String.raw`(?<!\d)(\d{4})\s?[-./年년]\s?(\d{1,2})\s?[-./月월]\s?(\d{1,2})(?!\d)\s?[日일.]?`, "gu"),
  // 03.02.2025, 3/4/2025, 05.08.24
  // (a right-to-left mark before each separator, as Intl prints an Arabic short date: "12‏/05‏/2025")
  dmy: new RegExp(String.raw`(?<![\d.])(\d{1,2})[\u200e\u200f\u061c]?([./-])(\d{1,2})[\u200e\u200f\u061c]?\2(\d{4}|\d{2})(?![\d.]\d)`, "gu"),
  // 5. 12. 2026 (a space after each stop, as Czech and Slovak print a date: the year in four figures)
  dmySpaced: new RegExp(String.raw`(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)`, "gu"),
  // 20 Jan 2020, 5. august 2024, 4 de março de 2025, 21.dez.2018, 16th August 2020, 12 مئی، 2025 (the comma of Arabic script)
  dMy: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.|st|nd|rd|th|er|º)?[\s./-]{0,2}(${word}\s)?(${word})\.?[\s./,،，-]{1,3}(${word}\.?\s)?(\d{4})${yearEnd}`, "gu"),
  // 12 tháng 5, 2025, 12 tháng 5 năm 2025 (a month's name that holds its number, then the year, maybe after a word for it)
  dNumMy: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})\s(${word})\.?\s(\d{1,2}),?\s(?:(${word})\s)?(\d{4})${yearEnd}`, "gu"),
  // Aug. 16, 2020, March 4 2025
  Mdy: new RegExp(String.raw`(?<![\p{L}\p{N}])(${word})\.?\s(\d{1,2})(?:st|nd|rd|th)?[,،，]?\s(\d{4})${yearEnd}`, "gu"),
  // 2025. március 4., 2025 m. gegužės 4 d. (a joiner of CLDR's long date after the year)
  yMd: new RegExp(String.raw`(?<!\d)(\d{4})\.?\s(?:(${word})\.?\s)?(${word})\.?\s(\d{1,2})(?!\d)\.?`, "gu"),
  // 2025. gada 4. marts, 2025 ж. 4 наурыз (the year, CLDR's joiner, the day and the month)
  yjdM: new RegExp(String.raw`(?<!\d)(\d{4})\.?\s(${word})\.?\s(\d{1,2})\.?\s(${word})`, "gu"),
  // 17:40, 06.05, 12h55, 7:07 PM, 14時22分
  time: new RegExp(String.raw`(?<![\d.:])(\d{1,2})\s?(?:[:h時시]|\.(?=\d{2}(?!\.\d)))\s?(\d{2})(?::(\d{2}))?(?!\d)(?:\s?[分분])?(?:\s?([ap])\.?\s?m\b\.?)?(?:\s?(?:uhr|h)\b)?`, "giu"),
  // a word of letters, and the stop of its abbreviation (weekday and zone names are blanked out)
  word: /[\p{L}\p{M}]+\.?/gu,
  zone: new RegExp(String.raw`^\s?\(?(?:(gmt|utc|wib|wita|[a-z]{1,4}t)\s?(?:([+-]\d{1,2})(?::?(\d{2}))?)?|([+-]\d{2}):?(\d{2})|z\b)\)?`, "iu"),
};

/** What every date shape above needs: four digits, or digits parted by a stop, slash or hyphen. */
const mayHoldDate = /\d{4}|\d[\u200e\u200f\u061c]?[./-]\d/u;

interface Span {
  index: number;
  end: number;
  y: number;
  m: number;
  d: number;
}

/** Added to a month number found by the name of a month of the locale's own calendar. */
const nativeMonth = 100;

/** The ASCII digit of a decimal digit of any script (each script's digits run from its zero). */
function digitValue(digit: string): string {
  const code = digit.charCodeAt(0);
  if (code < 0x80 || digit.length > 1) return digit;
  let zero = code;
  while (zero > code - 9 && /\p{Nd}/u.test(String.fromCharCode(zero - 1))) zero--;
  return String(code - zero);
}

/** Reads the dates in `line`, for an article in `lang`. */
export function readDates(line: string, lang: string): DateReading {
  if (line.length > maxLine) return { dates: [], rest: line, relative: false };
  const names = dateNames(lang);
  // digits of any script read as numbers (۱۴۰۵, २०२६, ๒๕๖๙); one UTF-16 unit each, so positions hold
  if (/[^\x00-\x7F]/u.test(line)) line = line.replace(/\p{Nd}/gu, digitValue);
  // a day and year written with letters, in a calendar whose locale writes them so ("ט״ו בכסלו תשפ״ז")
  const letteredDates = names.letteredCalendar ? readLettered(line, lang, names) : [];
  // no digit: no date, and a relative time only as a word ("today", "yesterday")
  if (!/\d/u.test(line) && letteredDates.length === 0) return { dates: [], rest: line, relative: isRelative(line.toLocaleLowerCase(), names, false) };
  const printedLower = line.toLocaleLowerCase();
  // "ថ្ងៃទី4 ខែធ្នូ ឆ្នាំ2025" read as "4 ធ្នូ 2025": the units glued to the numbers left out, positions mapped back
  const folded = names.units.size > 0 ? foldUnits(line, names) : null;
  if (folded) line = folded.text;
  const lowerLine = line.toLocaleLowerCase();
  const month = (name: string | undefined) => {
    const key = name?.toLocaleLowerCase().replace(/\.$/u, "") ?? "";
    const native = names.nativeMonths.get(key);
    return names.months.get(key) ?? (native ? native + nativeMonth : 0);
  };
  // (an era, "พ.ศ.", is a joiner without its stops)
  const isJoiner = (w: string | undefined) => !w || names.joiners.has(w.trim().toLocaleLowerCase()) || names.joiners.has(w.toLocaleLowerCase().replace(/[\p{P}\p{Cf}\s]/gu, ""));
  const spans: Span[] = [];
  const take = (index: number, length: number, printedYear: number, printedMonth: number, printedDay: number) => {
    // a year of the locale's own era (Thai 2569) where no Gregorian news date can be
    let y = names.yearOffset > 0 && printedYear >= 2400 ? printedYear - names.yearOffset : printedYear;
    let [m, d] = [printedMonth % nativeMonth, printedDay];
    // a date of the locale's own calendar (or its region's other one): its month's name, or a year no
    // Gregorian news date has (Persian 1405; only the locale's own calendar)
    const calendar = printedMonth > nativeMonth ? names.monthsCalendars[Math.floor(printedMonth / nativeMonth) - 1] : y >= 1000 && y < 1800 ? names.nativeCalendar : null;
    if (calendar) {
      const gregorian = toGregorian(calendar, y, m, d);
      if (!gregorian) return;
      [y, m, d] = gregorian;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000) return;
    const end = index + length;
    if (spans.some((s) => index < s.end && s.index < end)) return;
    spans.push({ index, end, y, m, d });
  };
  for (const [index, length, y, m, d] of letteredDates) take(index, length, y, m, d);
  // "令和8年12月5日", "民國114年12月5日": an era's year (the era's first year as a word, "元年"), the Gregorian month and day
  const era = /[^\x00-\x7F]/u.test(line) ? eraDates(lang) : null;
  if (era) {
    for (const m of line.matchAll(era.pattern)) {
      const base = era.eras.get(m[1] ?? "");
      const y = era.yearWords.get(m[2] ?? "") ?? Number(m[2]);
      if (base !== undefined && y > 0) take(m.index, m[0].length, base + y, Number(m[3]), Number(m[4]));
    }
  }
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  // every shape of a date holds a year of four digits, or numbers parted by a stop, slash or
  // hyphen: a line with neither ("Arsenal 2 Chelsea 1") has no date to look for, only times
  if (mayHoldDate.test(line)) {
    for (const m of line.matchAll(patterns.ymd)) take(m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
    for (const m of line.matchAll(patterns.dMy)) {
      if (isJoiner(m[2]) && isJoiner(m[4])) take(m.index, m[0].length, Number(m[5]), month(m[3]), Number(m[1]));
      // "6 มีนาคม พ.ศ. 2568": the month, then the era (read as the last word before the year)
      else if (m[2] && !m[4] && month(m[2].trim()) && isJoiner(m[3])) take(m.index, m[0].length, Number(m[5]), month(m[2].trim()), Number(m[1]));
      // "15 جمادى الآخرة 1448": a month's name of two words
      else if (m[2] && isJoiner(m[4]) && month(`${m[2].trim()} ${m[3]}`)) take(m.index, m[0].length, Number(m[5]), month(`${m[2].trim()} ${m[3]}`), Number(m[1]));
    }
    // (the word before the year, "năm", is the language's word for a year: no month's, no weekday's, no sentence's longer run)
    if (names.numberedMonths) for (const m of line.matchAll(patterns.dNumMy)) if (month(`${m[2]} ${m[3]}`) && (!m[4] || isJoiner(m[4]) || [...m[4]].length <= 4)) take(m.index, m[0].length, Number(m[5]), month(`${m[2]} ${m[3]}`), Number(m[1]));
    for (const m of line.matchAll(patterns.Mdy)) take(m.index, m[0].length, Number(m[3]), month(m[1]), Number(m[2]));
    for (const m of line.matchAll(patterns.yMd)) if (!m[2] || isJoiner(m[2])) take(m.index, m[0].length, Number(m[1]), month(m[3]), Number(m[4]));
    for (const m of line.matchAll(patterns.yjdM)) if (isJoiner(m[2])) take(m.index, m[0].length, Number(m[1]), month(m[4]), Number(m[3]));
    for (const m of line.matchAll(patterns.dmy)) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      // the locale's order, unless a number over 12 says which is the day
      const monthFirst = m[2] === "/" && names.monthFirst ? a <= 12 : b > 12 && a <= 12;
      take(m.index, m[0].length, year(m[4] ?? ""), monthFirst ? a : b, monthFirst ? b : a);
    }
    if (/\d\.\s\d{1,2}\.\s\d{4}/u.test(line)) for (const m of line.matchAll(patterns.dmySpaced)) take(m.index, m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  }
  spans.sort((a, b) => a.index - b.index);

  // times outside the dates, each with the zone printed after it
  const blank = (s: string, from: number, to: number) => s.slice(0, from) + " ".repeat(to - from) + s.slice(to);
  let rest = line;
  for (const s of spans) rest = blank(rest, s.index, s.end);
  const times: { index: number; end: number; h: number; mi: number; s: number; zone: string }[] = [];
  for (const m of rest.matchAll(patterns.time)) {
    let h = Number(m[1]);
    const mi = Number(m[2]);
    if (h > 23 || mi > 59) continue;
    if (m[4]) h = (h % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
    else if (h < 12) {
      // a locale's afternoon word just before or after the time ("오후 2:30", "2:30 下午")
      const near = `${lowerLine.slice(Math.max(0, m.index - 6), m.index)} ${lowerLine.slice(m.index + m[0].length, m.index + m[0].length + 6)}`;
      const word = (pm: string) => new RegExp(`(?<![\\p{L}])${pm.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(near);
      if ([...names.afternoon].some((pm) => pm.length > 1 && near.includes(pm) && (!/[\p{Lu}\p{Ll}]/u.test(pm) || word(pm)))) h += 12;
      // (a name of one letter only as the word right after the time, in a script without case: Arabic "01:15 م")
      else if (oneLetterAfternoon(lowerLine.slice(m.index + m[0].length, m.index + m[0].length + 3), names.afternoon)) h += 12;
    }
    let end = m.index + m[0].length;
    let zone = "";
    const z = patterns.zone.exec(rest.slice(end));
    if (z) {
      const abbr = z[1]?.toLowerCase();
      if (abbr && z[2]) zone = `${z[2].startsWith("-") ? "-" : "+"}${pad(z[2].replace(/^[+-]/, ""))}:${z[3] ?? "00"}`;
      else if (abbr && zones[abbr] !== undefined) zone = zones[abbr] as string;
      else if (z[4]) zone = `${z[4]}:${z[5]}`;
      else if (/^\s?\(?z/i.test(z[0])) zone = "Z";
      // "ET", "PT": a zone without one offset (daylight saving decides): read, not guessed
      if (zone || (abbr && abbr in zones)) end += z[0].length;
    }
    // a zone named before the time in the locale's words ("格林尼治标准时间10:41")
    if (!zone) for (const name of names.utcNames) if (lowerLine.slice(0, m.index).trimEnd().endsWith(name)) zone = "Z";
    times.push({ index: m.index, end, h, mi, s: Number(m[3] ?? 0), zone });
  }
  for (const t of times) rest = blank(rest, t.index, t.end);

  // each date takes the nearest time between it and its neighbouring dates ("08:15, 12 MAR 2025
  // Updated 09:02, 12 MAR 2025"); on a tie, the time after it
  const used = new Set<number>();
  const dates: FoundDate[] = spans.map((s, k) => {
    const next = spans[k + 1]?.index ?? Infinity;
    const previous = spans[k - 1]?.end ?? -1;
    let t = -1;
    let best = Infinity;
    times.forEach((x, i) => {
      if (used.has(i) || x.index < previous || x.index >= next) return;
      const gap = x.index >= s.end ? x.index - s.end : x.end <= s.index ? s.index - x.end + 0.5 : Infinity;
      if (gap < best) (best = gap), (t = i);
    });
    const day = `${s.y}-${pad(s.m)}-${pad(s.d)}`;
    const time = times[t];
    if (!time) return { iso: day, index: s.index, end: s.end };
    used.add(t);
    return { iso: `${day}T${pad(time.h)}:${pad(time.mi)}:${pad(time.s)}${time.zone}`, index: Math.min(s.index, time.index), end: Math.max(s.end, time.end) };
  });

  // weekdays and zone names are part of a date line
  rest = rest.replace(patterns.word, (w) => (names.weekdays.has(w.toLocaleLowerCase().replace(/\.$/u, "")) || names.utcNames.has(w.toLocaleLowerCase()) ? " ".repeat(w.length) : w));
  rest = rest.replace(names.namesPattern, (w) => " ".repeat(w.length));
  const at = folded?.at;
  const placed = at ? dates.map((d) => ({ ...d, index: at[d.index] ?? d.index, end: (at[d.end - 1] ?? d.end - 1) + 1 })) : dates;
  return { dates: placed, rest, relative: spans.length === 0 && isRelative(printedLower, names, times.length > 0) };
}

/** `after` (the text right after a time) opens with a one-letter name of the afternoon of a script without case, alone as a word ("01:15 م"). */
function oneLetterAfternoon(after: string, afternoon: ReadonlySet<string>): boolean {
  const m = /^\s?([\p{L}\p{M}]+)(?![\p{L}\p{M}])/u.exec(after);
  return m?.[1] !== undefined && [...m[1]].length === 1 && !/[\p{Lu}\p{Ll}]/u.test(m[1]) && afternoon.has(m[1]);
}

/** A word, with the marks that abbreviate a number written with letters ("ט״ו", "תשפ\"ז"). */
const markedWord = /[\p{L}\p{M}]+(?:["'״׳][\p{L}\p{M}]*)*/gu;

/**
 * The dates of `line` whose day and year are written with letters, as Intl prints them in a long date of the
 * locale's other calendar ("ט״ו בכסלו תשפ״ז", the marks typed as quotes or not): [index, length, year, month, day],
 * the month coded as `take` reads it.
 */
function readLettered(line: string, lang: string, names: Merged): [number, number, number, number, number][] {
  const found: [number, number, number, number, number][] = [];
  const words = [...line.matchAll(markedWord)];
  for (let k = 1; k + 1 < words.length; k++) {
    const code = names.nativeMonths.get((words[k]?.[0] ?? "").toLocaleLowerCase());
    if (code === undefined) continue;
    const calendar = names.monthsCalendars[Math.floor(code / nativeMonth)];
    const table = calendar ? letteredNumbers(lang, calendar) : null;
    const [before, after] = [words[k - 1], words[k + 1]];
    const d = table?.days.get((before?.[0] ?? "").replace(numberMarks, ""));
    const y = table?.years.get((after?.[0] ?? "").replace(numberMarks, ""));
    if (!before || !after || d === undefined || y === undefined) continue;
    found.push([before.index, after.index + after[0].length - before.index, y, code + nativeMonth, d]);
  }
  return found;
}

const letterRuns = /[\p{L}\p{M}]+/gu;
/** A script's comma after a unit ("ခုနှစ်၊", "ቀን፣"). */
const unitComma = /^[\s]?[၊፣،,]/u;

/**
 * `line` without the units of a date glued to its numbers or month names (CLDR's names of a
 * year, month, day, hour in a script without case; a unit with up to three letters more, "ថ្ងៃទី",
 * "ခုနှစ်", beside a number), spaces collapsed, and where each character came from. Null when
 * there is no unit to leave out.
 */
function foldUnits(line: string, names: Merged): { text: string; at: number[] } | null {
  const blanks: [number, number][] = [];
  for (const m of line.matchAll(letterRuns)) {
    const run = m[0];
    if (/[\p{Lu}\p{Ll}\p{Lt}]/u.test(run)) continue;
    let unit = "";
    for (const u of names.units) if (u.length > unit.length && (run.startsWith(u) || run.endsWith(u))) unit = u;
    if (!unit) continue;
    const start = m.index;
    const end = start + run.length;
    const rest = run.startsWith(unit) ? run.slice(unit.length) : run.slice(0, run.length - unit.length);
    const byNumber = /\d[\s၊፣،,]?$/u.test(line.slice(Math.max(0, start - 2), start)) || /^\s?\d/u.test(line.slice(end, end + 2));
    let to = -1;
    if (rest === "" || ([...rest].length <= 3 && byNumber)) to = end;
    // "ខែធ្នូ": the unit glued before a month's name
    else if (run.startsWith(unit) && (names.months.has(rest) || names.nativeMonths.has(rest))) to = start + unit.length;
    if (to < 0) continue;
    const comma = to === end ? unitComma.exec(line.slice(end)) : null;
    blanks.push([start, to + (comma ? comma[0].length : 0)]);
  }
  if (blanks.length === 0) return null;
  let text = "";
  const at: number[] = [];
  let b = 0;
  for (let k = 0; k < line.length; k++) {
    while (b < blanks.length && (blanks[b] as [number, number])[1] <= k) b++;
    const blank = b < blanks.length && (blanks[b] as [number, number])[0] <= k;
    const ch = blank || /\s/u.test(line[k] as string) ? " " : (line[k] as string);
    if (ch === " " && (text.endsWith(" ") || text === "")) continue;
    text += ch;
    at.push(k);
  }
  return { text, at };
}

/**
 * A relative time: "22 hours ago", "vor 2 Stunden", "il y a 3 heures", "2時間前" (CLDR's shapes
 * around a number), or "today"/"yesterday" alone or with a time ("Heute, 12:37 Uhr"). A label
 * of a few words may stand before it ("Updated 2 hours ago", "Publié il y a 3 heures, …").
 */
function isRelative(line: string, names: Merged, hasTime: boolean): boolean {
  // a label, a number, a shape and a time: a relative time is a short line
  if (words(line, 16) > 16) return false;
  for (const m of line.matchAll(/\d+/gu)) {
    const before = line.slice(0, m.index).trimEnd();
    const after = line.slice(m.index + m[0].length).trimStart();
    // the words after the number that could be a shape's ("hours ago", "時間前"), longest first
    const afterWords = after.split(/(?<=[\s,;|·])/u);
    for (let k = Math.min(afterWords.length, 4); k >= 1; k--) {
      const afterText = afterWords.slice(0, k).join("").trim();
      for (const candidate of [afterText, afterText.replace(/[\s,;|·.]+$/u, "")]) {
        const befores = names.relativeIndex.get(candidate);
        if (!befores) continue;
        for (const b of befores) {
          if (!before.endsWith(b)) continue;
          // a label before it ("Updated"), a time after it ("…, mis à jour à 09h42"), not a sentence
          const head = before.slice(0, before.length - b.length);
          const tail = after.slice(candidate.length);
          if ((candidate && /^[\p{L}\p{M}]/u.test(tail)) || (b && /[\p{L}\p{M}]$/u.test(head))) continue;
          if (!b && !candidate) continue;
          if (words(head, 3) <= 3 && words(tail, 5) <= 5) return true;
        }
        // CLDR prints a word before the number and the page another one ("منذ 3 ساعات" where CLDR has
        // "قبل 3 ساعات"): one word alone before the number, the unit's shape after it, nothing else
        // (a label may stand before it: "آخر تحديث: منذ 3 ساعات")
        const word = /(?:^|[\s:：|·,-])([\p{L}\p{M}]+)$/u.exec(before);
        const label = word ? before.slice(0, before.length - (word[1] ?? "").length).trim() : "";
        if (word && candidate && !/[\p{L}\p{M}]/u.test(after.slice(candidate.length)) && someWordBefore(befores) && (label === "" || (/[:：|·-]$/u.test(label) && words(label, 3) <= 3))) return true;
      }
    }
  }
  // one number and only the words of CLDR's shapes, in another order or style than CLDR prints
  // them ("2 ชั่วโมงที่แล้ว", "πριν 3 ώρες"): two words or more, so "3 hours" alone is not one
  const numbers = line.match(/\d+/gu) ?? [];
  if (numbers.length === 1 && words(line, 7) <= 7) {
    const lettered = [...wordsOf(line)].filter((w) => /\p{L}/u.test(w));
    if (lettered.length >= 2 && lettered.every((w) => names.relativeTokens.has(w.toLocaleLowerCase()))) return true;
  }
  // "today", "yesterday, 18:02"
  const letters = line.replace(/[^\p{L}\p{M}\s]/gu, " ").replace(/\s+/gu, " ").trim();
  return letters.length > 0 && (names.relativeWords.has(letters) || (hasTime && [...names.relativeWords].some((w) => letters === w || letters.startsWith(`${w} `) || letters.endsWith(` ${w}`))));
}

/** Whether one of CLDR's shapes puts a word before the number ("قبل", "vor", "il y a"). */
function someWordBefore(befores: ReadonlySet<string>): boolean {
  for (const b of befores) if (b.trim() !== "") return true;
  return false;
}

/** Words in `text` by Unicode's rules (text without spaces is not one word), counted up to `atMost + 1`. */
export const words = (text: string, atMost?: number): number => countWords(text, atMost);
