/**
 * Article dates as written: an ISO 8601 string keeps its own offset ("2026-11-24T08:30:00+01:00"
 * is shown as 08:30, not converted to the build machine's zone). A date written without an
 * offset is read in the site's time zone.
 */

export interface DisplayDate {
  /** Full ISO 8601 with an offset, for `<time datetime>`, feeds, sitemaps and structured data. */
  iso: string;
  /** For people, in the article's language: "24 November 2026, 08:30". */
  text: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** Year and month as written ("2026", "11"), for the archive. */
  year: string;
  month: string;
}

const isoParts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Intl formatters are slow to make and fast to use: one per language, zone and shape. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat("en", options);
    }
    formatters.set(key, format);
  }
  return format;
}

/** The offset of `timeZone` at the wall-clock time given, as "+01:00". */
function offsetIn(timeZone: string, wall: number): string {
  const name = formatter("en", { timeZone, timeZoneName: "longOffset" }).formatToParts(new Date(wall)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? "00"}` : "+00:00";
}

/** Describes `iso` for display in `lang`; null for null or a date that does not parse. */
export function displayDate(iso: string | null, lang: string, timeZone = "UTC"): DisplayDate | null {
  if (!iso) return null;
  const parts = isoParts.exec(iso);
  if (!parts) return null;
  const [, y = "", mo = "", d = "", h, mi, sec, zone] = parts;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
  if (Number.isNaN(wall)) return null;
  // an offset as written, else the site's zone at that moment (near enough for the hour of a DST change)
  const offset = zone === "Z" ? "+00:00" : zone ? zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2") : offsetIn(timeZone, wall);
  const sign = offset.startsWith("-") ? -1 : 1;
  const [oh, om] = offset.slice(1).split(":").map(Number);
  const time = wall - sign * ((oh ?? 0) * 60 + (om ?? 0)) * 60000;
  const full = `${y}-${mo}-${d}T${h ?? "00"}:${mi ?? "00"}:${sec ?? "00"}${offset === "+00:00" && zone === "Z" ? "Z" : offset}`;
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" };
  if (h !== undefined) Object.assign(options, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const text = formatter(lang, options).format(new Date(wall));
  return { iso: full, text, time, year: y, month: mo };
}
