/**
 * Dates printed in a locale's own calendar (the Solar Hijri calendar of Persian copy, an Islamic
 * calendar) turned into Gregorian ones through `Intl` alone: ICU can print any day in any
 * calendar, so the day that prints as the wanted year, month and day is found by bisection.
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
