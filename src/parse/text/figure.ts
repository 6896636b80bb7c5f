/**
 * Figures in plain text: a caption and its credit on one line or on two adjacent lines, in
 * either order ("Photo: Jane Doe/AP" over "Protesters march …"), a lone "Credit" label over the
 * credit, and screen-reader labels glued before the caption ("Image caption, …").
 */
import type { Lexicon } from "../lexicon/index.js";
import { isBareCreditLabel, readCaption, readLabelledCaption } from "./caption.js";
import type { Unit } from "./units.js";
import { countWords } from "../segments.js";

export interface Figure {
  caption: string | null;
  credit: string | null;
  /** The lines as printed. */
  text: string;
  /** Index of the first unit after the figure. */
  next: number;
  /** The caption is the unit just before (already read as a paragraph): take it back. */
  takesPrevious: boolean;
}

const plausibleCaption = (unit: Unit | undefined, atMost = 45): unit is Unit =>
  unit !== undefined && unit.bullet === null && countWords(unit.text, atMost + 1) <= atMost && !/^[–—―-]\s|^[“„»«"‘]/u.test(unit.text);
/**
 * A caption printed under its credit is short; a paragraph of body length under a credit is the
 * story going on, and before the body has begun (a lead photo's credit over the lede) only a
 * short line can be the caption.
 */
const captionBelow = (bodyStarted: boolean) => (bodyStarted ? 25 : 12);

const shortCredit = (text: string) => text.length <= 70 && text.split(/\s+/).length <= 9 && !/[.!?]$/.test(text);

/**
 * Reads a figure starting at `units[i]`. `previous` is the unit before it when that unit became
 * a paragraph (a caption printed above a credit line).
 */
export function readFigure(units: Unit[], i: number, lex: Lexicon, previous: Unit | null, bodyStarted = true): Figure | null {
  const u = units[i];
  if (!u) return null;
  const printed = [u.text];
  let caption: string | null = null;
  let credit: string | null = null;
  let next = i + 1;
  const after = units[i + 1];
  if (isBareCreditLabel(u.text, lex) && after && !after.afterBlank && shortCredit(after.text)) {
    credit = after.text;
    printed.push(after.text);
    next = i + 2;
  } else {
    const read = readCaption(u.text, lex);
    const labelled = readLabelledCaption(u.text, lex);
    if (read) {
      credit = read.credit;
      caption = read.caption === null ? null : (readLabelledCaption(read.caption, lex) ?? read.caption);
    } else if (labelled) {
      caption = labelled;
    } else {
      return null;
    }
  }
  let takesPrevious = false;
  const adjacent = units[next];
  if (caption === null) {
    // a credit line's caption: the line right above it, else the line right below it, else the
    // paragraph above it across a blank line (copy that sets every line apart)
    const above = previous !== null && plausibleCaption(previous) && !readCaption(previous.text, lex) ? previous : null;
    const below = adjacent && !adjacent.afterBlank && (plausibleCaption(adjacent, captionBelow(bodyStarted)) || (plausibleCaption(adjacent) && readLabelledCaption((adjacent as Unit).text, lex) !== null)) && !readCaption(adjacent.text, lex) ? adjacent : null;
    if (above && (!u.afterBlank || !below)) {
      caption = above.text;
      printed.unshift(above.text);
      takesPrevious = true;
    } else if (below) {
      caption = readLabelledCaption(below.text, lex) ?? below.text;
      printed.push(below.text);
      next++;
    }
  } else if (credit === null && adjacent && !adjacent.afterBlank) {
    const read = readCaption(adjacent.text, lex);
    if (read && read.caption === null) {
      credit = read.credit;
      printed.push(adjacent.text);
      next++;
    } else if (isBareCreditLabel(adjacent.text, lex) && units[next + 1] && shortCredit((units[next + 1] as Unit).text)) {
      credit = (units[next + 1] as Unit).text;
      printed.push(adjacent.text, credit);
      next += 2;
    }
  }
  return { caption, credit, text: printed.join("\n"), next, takesPrevious };
}
