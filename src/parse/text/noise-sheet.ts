/**
 * A match's sheet, which sports pages print with the report: the line-ups ("Juventus (4-3-3):
 * Di Gregorio; Cambiaso, Gatti, …", "Real Betis: Rui Silva; Sabaly, Bartra, …"), and the lines
 * of labels and values around them (scorers, referee, bookings, attendance: "Marcatori: 12'
 * Adams (T), …", "Árbitro: …"), under their heading ("IL TABELLINO", "Ficha técnica:"). The proof
 * is the line-up's shape, the same in every language that writes names with capitals: a label, a
 * colon, then a list of seven names or more parted by commas and semicolons (a team's lines). A
 * sheet is the page's box of data for the match, not the reporter's copy.
 */
import { endsAsSentence, wordsOf, type LineLike } from "../lines/features.js";

/** The fewest names of a line-up: a team's eleven, or seven at least (a line-up cut short, a five-a-side). */
const LINEUP_NAMES = 7;
/** The most words of one name in a line-up ("Milinković-Savić", "Di Gregorio", "Isaac Romero"). */
const NAME_WORDS = 3;
/** The most words of a label before its colon ("Real Betis", "JUVENTUS (4-3-3)", "Goles"). */
const LABEL_WORDS = 3;
/** The most words of the sheet's heading over it ("IL TABELLINO", "Ficha técnica:"). */
const HEADING_WORDS = 3;

/** A label and its colon opening a line ("Árbitro: …", "TORINO (3-5-2): …"): the label's text, or null. */
function labelOf(text: string): string | null {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 40 || !/\s/u.test(text.charAt(colon + 1))) return null;
  const label = text.slice(0, colon).replace(/\s*\([^()]{1,12}\)\s*$/u, "").trim();
  const words = wordsOf(label);
  return words.length >= 1 && words.length <= LABEL_WORDS && /^\p{L}/u.test(label) ? label : null;
}

/** Whether a line is a team's line-up: a label, a colon, seven names or more in capitals, parted by commas and at least one semicolon. */
export function isLineup(text: string): boolean {
  const line = text.trim();
  if (!line.includes(";") || labelOf(line) === null) return false;
  // (a substitute's name and minute in brackets, "Altimira (Lo Celso, m.46)", belongs to the name before it)
  const value = line.slice(line.indexOf(":") + 1).replace(/\([^()]*\)/gu, "");
  const items = value.split(/[;,]|\.\s/u).map((s) => s.trim().replace(/[.]+$/u, "")).filter((s) => s !== "");
  if (items.length < LINEUP_NAMES) return false;
  const names = items.filter((s) => /^\p{Lu}/u.test(s) && wordsOf(s).length <= NAME_WORDS).length;
  return names >= items.length * 0.8;
}

/**
 * The lines of each match sheet among `lines`: its line-ups, the label lines above and under them
 * (one line after another, blank lines aside), and the short heading right over them. A sheet has
 * two line-ups, or one with two lines of labels beside it.
 */
export function matchSheets(lines: readonly LineLike[]): number[] {
  const out: number[] = [];
  const labelled = (k: number) => k >= 0 && k < lines.length && labelOf((lines[k] as LineLike).text.trim()) !== null;
  for (let k = 0; k < lines.length; k++) {
    if (!isLineup((lines[k] as LineLike).text)) continue;
    let first = k;
    while (labelled(first - 1)) first--;
    let last = k;
    while (labelled(last + 1)) last++;
    const lineups = lines.slice(first, last + 1).filter((l) => isLineup(l.text)).length;
    if (lineups < 2 && last - first + 1 - lineups < 2) {
      k = last;
      continue;
    }
    const heading = (lines[first - 1] as LineLike | undefined)?.text.trim() ?? "";
    const headingWords = wordsOf(heading).length;
    if (headingWords >= 1 && headingWords <= HEADING_WORDS && (!endsAsSentence(heading) || /[:：]$/u.test(heading)) && !/\p{Nd}/u.test(heading)) first--;
    for (let j = first; j <= last; j++) out.push(j);
    k = last;
  }
  return out;
}
