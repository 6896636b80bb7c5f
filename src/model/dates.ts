/**
 * Article dates as written: an ISO 8601 string keeps its own offset ("2026-11-24T08:30:00+01:00"
 * is shown as 08:30, not converted to the build machine's zone).
 */

export interface DisplayDate {
  /** The ISO string, for `<time datetime>` and feeds. */
  iso: string;
  /** For people, in the article's language: "24 November 2026, 08:30". */
  text: string;
  /** Milliseconds since the epoch, for sorting (a date without a time counts as its midnight UTC). */
  time: number;
}

const isoParts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** Describes `iso` for display in `lang`; null for null. */
export function displayDate(iso: string | null, lang: string): DisplayDate | null {
  if (!iso) return null;
  const parts = isoParts.exec(iso);
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (!parts || Number.isNaN(time)) return null;
  const [, y, mo, d, h, mi] = parts;
  // Format the wall-clock fields as written, whatever zone the build runs in.
  const wall = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)));
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" };
  if (h !== undefined) Object.assign(options, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  let text: string;
  try {
    text = new Intl.DateTimeFormat(lang, options).format(wall);
  } catch {
    text = new Intl.DateTimeFormat("en", options).format(wall);
  }
  return { iso, text, time };
}
