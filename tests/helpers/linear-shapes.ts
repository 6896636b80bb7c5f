/**
 * Plain-text inputs of the shapes that once made parsing quadratic (issue 12, "Time"), at any
 * size: the same few lines repeated under a headline. Shared by tests/linear-time.test.ts and
 * bench/linear.ts.
 */
export interface Shape {
  name: string;
  /** The repeated unit (a paragraph or a line) and what separates repeats. */
  unit: (i: number) => string;
  separator: string;
}

/** Short words of a few languages and scripts, for the shapes of many short lines. */
const shortWordList = ["yes", "no", "ja", "nei", "oui", "sí", "да", "是", "und", "tak", "ok", "mai"];
const shortWord = (i: number): string => shortWordList[i % shortWordList.length] as string;

export const shapes: readonly Shape[] = [
  { name: "mark quotes", unit: () => "“We will,” said Mayor Ingrid Solberg.", separator: "\n\n" },
  { name: "dash quotes", unit: () => "– We will, said he.", separator: "\n\n" },
  { name: "result lines", unit: (i) => `Arsenal ${i % 5} Chelsea ${(i + 2) % 4}`, separator: "\n" },
  { name: "date lines", unit: () => "Published 12 March 2025 08:15", separator: "\n" },
  { name: "named paragraphs", unit: (i) => `Council leader Amira Jadoon${i % 7} said the budget would pass, and he added that the vote was close.`, separator: "\n\n" },
  // one paragraph with no line break (V8's Intl.Segmenter slows with the length of what it walks)
  { name: "one long line", unit: (i) => `w${i}`, separator: " " },
  { name: "one long line without spaces", unit: (i) => `予算案は${i % 10}日に可決された`, separator: "" },
  // many very short lines (a word list, a column of figures pasted as text): ~650,000 lines in 2 MB
  { name: "one-word lines", unit: shortWord, separator: "\n" },
  { name: "two-word lines", unit: (i) => `${shortWord(i)} ${shortWord(i * 7 + 3)}`, separator: "\n" },
  { name: "lines of a single digit", unit: (i) => String(i % 10), separator: "\n" },
  { name: "empty lines between one-word lines", unit: shortWord, separator: "\n\n" },
];

/** The article text of `shape` at about `bytes` bytes (UTF-8). */
export function shapeText(shape: Shape, bytes: number): string {
  const parts = ["Council sets the budget for next year", ""];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const unit = shape.unit(i);
    parts.push(unit);
    size += Buffer.byteLength(unit) + shape.separator.length;
  }
  return parts[0] + "\n\n" + parts.slice(2).join(shape.separator) + "\n";
}
