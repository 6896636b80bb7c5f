/**
 * Durations a page prints beside a story: reading and listening times, a video's length
 * ("4 min read", "3 min de lecture", "Läsningstid: 3 min", "3 دقائق للقراءة", "읽는 시간 3분").
 * The units are CLDR's (Intl.NumberFormat's `minute`, `hour`, `second` in every style and plural
 * form, in the article's language and English), so no language needs a list of its own.
 */
import { wordsOf } from "../segments.js";

const memo = new Map<string, Set<string>>();

/** The words CLDR writes for minutes, hours and seconds in `locale` and English ("min", "Minuten", "دقائق", "분"), lower case. */
export function timeUnits(locale: string): Set<string> {
  const known = memo.get(locale);
  if (known) return known;
  const units = new Set<string>();
  for (const lang of new Set([locale, "en"])) {
    for (const unit of ["minute", "hour", "second"] as const) {
      for (const unitDisplay of ["long", "short", "narrow"] as const) {
        let format: Intl.NumberFormat;
        try {
          format = new Intl.NumberFormat(lang, { style: "unit", unit, unitDisplay });
        } catch {
          continue;
        }
        for (const n of [1, 2, 3, 5, 11, 22, 101]) {
          for (const part of format.formatToParts(n)) {
            if (part.type !== "unit") continue;
            const word = part.value.trim().toLocaleLowerCase(lang);
            units.add(word);
            units.add(word.replace(/\.$/u, ""));
          }
        }
      }
    }
  }
  units.delete("");
  memo.set(locale, units);
  return units;
}

/**
 * A whole short line that is one duration: one number, a unit of time, and at most three other
 * words. (A title can have this shape, "24 Hours in Kyiv": ask it only of the lines between the
 * headline and the lede, where the page's metadata stands.) `unitsOf` is `timeUnits(…)` or a
 * function that gives it, asked only when the line has one number and few words.
 */
export function isDurationLine(text: string, unitsOf: Set<string> | (() => Set<string>)): boolean {
  if (text.length > 60 || !/\p{Nd}/u.test(text) || /[:：]\s*$/u.test(text)) return false;
  // one number (a range "3–5" is one)
  if ((text.replace(/\p{Nd}+\s*[-–]\s*\p{Nd}+/gu, "0").match(/\p{Nd}+(?:[.,]\p{Nd}+)?/gu) ?? []).length !== 1) return false;
  const lettered = [...wordsOf(text)].filter((w) => /\p{L}/u.test(w));
  if (lettered.length > 5) return false;
  // (the units, CLDR's through Intl.NumberFormat, only for a line that has got this far)
  const units = typeof unitsOf === "function" ? unitsOf() : unitsOf;
  let unit = 0;
  let others = 0;
  for (const word of lettered) {
    const bare = word.replace(/\p{Nd}+/gu, "").toLocaleLowerCase();
    if (units.has(bare) || units.has(bare.replace(/\.$/u, ""))) unit++;
    else others++;
  }
  // a sentence's end is not a duration's ("It took 3 hours.")
  // (a unit's own abbreviation dot, "4 Min.", is CLDR's: the word with its dot is one of the units)
  if (/[!?。！？]$/u.test(text) || (/\.$/u.test(text) && !units.has((/(\S+)$/u.exec(text)?.[1] ?? "").replace(/^\p{Nd}+/u, "").toLocaleLowerCase()))) return false;
  return unit >= 1 && others <= 3;
}
