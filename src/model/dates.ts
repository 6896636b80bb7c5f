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

/** The offset of `timeZone` at the instant `time` (ms since the epoch), in minutes east of UTC. */
function offsetAt(timeZone: string, time: number): number {
  const name = formatter("en", { timeZone, timeZoneName: "longOffset" }).formatToParts(new Date(time)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
}

const day = 24 * 3600 * 1000;

/**
 * The instant a wall-clock time in `timeZone` names (`wall`: the wall time's fields read as if
 * UTC). Two passes over Intl, as Temporal's `disambiguation: "compatible"` does (and RFC 5545):
 * the offsets a day before and a day after are the only candidates (IANA zones never change
 * twice within a day); a wall time one of them maps back to exists. A repeated hour (clocks
 * turned back) is read as its first occurrence, the offset before the change; a hour that never
 * happens (clocks turned forward) is read with the offset before the change, so it moves
 * forward by the gap: 02:30 on the morning New York springs forward is 03:30 −04:00.
 */
export function zonedInstant(wall: number, timeZone: string): { time: number; offset: number } {
  const before = offsetAt(timeZone, wall - day);
  const after = offsetAt(timeZone, wall + day);
  const valid = [before, after].map((o) => wall - o * 60000).filter((time, i) => offsetAt(timeZone, time) === [before, after][i]);
  if (valid.length > 0) {
    const time = Math.min(...valid);
    return { time, offset: offsetAt(timeZone, time) };
  }
  const time = wall - before * 60000;
  return { time, offset: offsetAt(timeZone, time) };
}

const offsetText = (minutes: number): string => {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
};

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Describes `iso` for display in `lang`; null for null or a date that does not parse. */
export function displayDate(iso: string | null, lang: string, timeZone = "UTC"): DisplayDate | null {
  if (!iso) return null;
  const parts = isoParts.exec(iso);
  if (!parts) return null;
  const [, y = "", mo = "", d = "", h, mi, sec, zone] = parts;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0));
  if (Number.isNaN(wall)) return null;
  let time: number;
  let full: string;
  let shown = wall;
  if (zone) {
    // an offset as written is kept
    const offset = zone === "Z" ? "+00:00" : zone.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
    const sign = offset.startsWith("-") ? -1 : 1;
    const [oh, om] = offset.slice(1).split(":").map(Number);
    time = wall - sign * ((oh ?? 0) * 60 + (om ?? 0)) * 60000;
    full = `${y}-${mo}-${d}T${h ?? "00"}:${mi ?? "00"}:${sec ?? "00"}${zone === "Z" ? "Z" : offset}`;
  } else {
    // no offset: the site's zone at that wall time (a repeated or missing hour as `zonedInstant` says)
    const zoned = zonedInstant(wall, timeZone);
    time = zoned.time;
    shown = time + zoned.offset * 60000;
    const at = new Date(shown);
    full = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}${offsetText(zoned.offset)}`;
  }
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" };
  if (h !== undefined) Object.assign(options, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const text = formatter(lang, options).format(new Date(shown));
  return { iso: full, text, time, year: full.slice(0, 4), month: full.slice(5, 7) };
}
