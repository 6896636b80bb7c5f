/**
 * Plain text → units. A unit is one paragraph-sized piece of copy with its position: usually
 * one line, or several lines when the copy was hard-wrapped. Copy artifacts are undone here:
 * CRLF and lone CR, BOM, non-breaking and zero-width spaces, soft hyphens, tabs, indentation
 * and bullet characters (which copying from web pages adds to lines that are not lists).
 * The zero-width non-joiner and joiner (U+200C, U+200D) are spelling, not artifacts: Persian
 * writes می‌گویند with one, Indic scripts and emoji sequences use both. They stay.
 */

export interface Unit {
  /** The text, trimmed, bullet removed, inner white space folded. */
  text: string;
  /** 1-based line and column of the first character of `text` in the source. */
  line: number;
  column: number;
  /** The bullet character the line started with (`•`, `·`, `*` …), or null. */
  bullet: string | null;
  /** Whether a blank line (or the start) stands before this unit. */
  afterBlank: boolean;
}

const bulletChars = "•·∙●○◦▪▫■□‣⁃*";
const bulletPattern = new RegExp(`^([${bulletChars}])\\s+`, "u");

/** Undoes encoding and typing artifacts; keeps line structure (one `\n` per line). */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, " ")
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, "")
    .replace(/\t/g, " ");
}

interface RawLine {
  text: string;
  line: number;
  column: number;
  bullet: string | null;
}

function readLine(raw: string, line: number, firstLine: number): RawLine {
  let text = raw.trim();
  // (most lines have no indentation, no bullet and no double space: each step is skipped then)
  const indent = text.length === raw.length || raw.charCodeAt(0) === text.charCodeAt(0) ? 0 : raw.length - raw.trimStart().length;
  let column = indent + 1;
  let bullet: string | null = null;
  const match = bulletChars.includes(text.charAt(0)) ? bulletPattern.exec(text) : null;
  if (match) {
    bullet = match[1] ?? null;
    column += match[0].length;
    text = text.slice(match[0].length);
  }
  return { text: text.includes("  ") ? text.replace(/ {2,}/g, " ") : text, line: line + firstLine, column, bullet };
}

/**
 * Splits normalized text into units. `firstLine` is the source line of the text's first line
 * (after front matter). Hard-wrapped paragraphs are joined: when most lines that continue a
 * paragraph end near one width, a line that reaches that width runs on into the next.
 */
export function toUnits(text: string, firstLine = 1, standsAlone: (line: string) => boolean = () => false): Unit[] {
  const lines = text.split("\n").map((raw, i) => readLine(raw, i, firstLine));
  const wrapWidth = detectWrapWidth(lines);
  const units: Unit[] = [];
  let afterBlank = true;
  let previous: RawLine | null = null;
  for (const line of lines) {
    if (line.text === "") {
      afterBlank = true;
      previous = null;
      continue;
    }
    const last = units.at(-1);
    if (last && previous && wrapWidth && continues(previous, line, wrapWidth) && !standsAlone(previous.text) && !standsAlone(line.text)) {
      last.text += ` ${line.text}`;
    } else {
      units.push({ text: line.text, line: line.line, column: line.column, bullet: line.bullet, afterBlank });
    }
    afterBlank = false;
    previous = line;
  }
  return units;
}

/**
 * A wrapped line reaches close to the wrap width, the next line's first word would not have fit
 * on it (else the wrapping would have put it there), and the next line does not open a new piece.
 */
function continues(previous: RawLine, next: RawLine, width: number): boolean {
  const firstWord = next.text.length - next.text.trimStart().replace(/^\S+/u, "").length;
  return previous.text.length >= width - 20 && previous.text.length + 1 + firstWord > width && next.bullet === null && !/^[–—-]\s/.test(next.text);
}

/**
 * The width copy was hard-wrapped at, or null when it was not: at least four lines that are
 * followed by another line, three in four of them within 20 characters of the longest (50 to
 * 100: wire, e-mail and terminal copy wrap at 60 to 80; a page's short header lines, a headline
 * over a byline, are not a wrap), and hardly a line longer than that.
 */
function detectWrapWidth(lines: RawLine[]): number | null {
  const followed = lines
    .filter((line, i) => line.text !== "" && line.bullet === null && (lines[i + 1]?.text ?? "") !== "")
    .map((l) => l.text.length);
  if (followed.length < 4) return null;
  // a loop, not Math.max(...followed): spreading 120,000 lines as arguments overflows the stack
  const width = followed.reduce((a, b) => (b > a ? b : a), 0);
  if (width > 100 || width < 50) return null;
  const near = followed.filter((n) => n >= width - 20).length;
  if (near / followed.length < 0.75) return null;
  // (wrapped copy has no line longer than its width: a few packed lines of like length among
  // paragraphs printed each on one long line, a box's links, are no wrap)
  let longer = 0;
  for (const line of lines) if (line.text.length > width) longer++;
  return longer * 10 <= followed.length ? width : null;
}
