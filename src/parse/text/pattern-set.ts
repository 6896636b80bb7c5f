/**
 * A set of regular expressions asked as one ("does any of them match this line?"), without
 * compiling them as one alternation: V8 spends ~33 ms of CPU compiling the 4 kB alternation of
 * the noise patterns on its first lines (bytecode, then native code), and every parse paid it.
 * A pattern anchored on a literal opening (`^we use cookies`, `^(?:get|download) …`) is compiled
 * alone, on the first line that starts with that literal, and only such lines try it; the others
 * stay one (smaller) alternation. Same answers as the whole alternation: the literal is read
 * conservatively, and a pattern whose opening is not plain text goes with the others.
 */

/** What a line must have before a pattern is worth trying: a start (anchored) or a piece it contains. */
interface Needle {
  anchored: boolean;
  /** Any of these (each non-empty). */
  literals: string[];
}

const meta = new Set(["\\", "(", ")", "[", "]", "{", "}", "|", "?", "*", "+", ".", "^", "$"]);
const quantifier = new Set(["?", "*", "+", "{"]);

/** The plain text a pattern (or one alternative) opens with, from `at`; "" if none. */
function literalAt(source: string, at: number): string {
  let end = at;
  while (end < source.length && !meta.has(source.charAt(end))) end++;
  // a quantifier after the run makes its last character optional (or repeated): leave it out
  if (end > at && quantifier.has(source.charAt(end))) end--;
  // (a surrogate pair is not cut in two)
  const code = source.charCodeAt(end - 1);
  if (end > at && code >= 0xd800 && code <= 0xdbff) end--;
  return source.slice(at, end);
}

/** The alternatives of the group opening at `open` ("(" or "(?:"), with the index after its ")"; undefined if it is not plain. */
function groupAt(source: string, open: number): { alternatives: number[]; close: number } | undefined {
  const capturing = !source.startsWith("(?", open);
  if (!capturing && !source.startsWith("(?:", open)) return undefined;
  const first = open + (capturing ? 1 : 3);
  const alternatives = [first];
  let depth = 0;
  let inClass = false;
  for (let i = first; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (c === ")") return { alternatives, close: i + 1 };
    else if (c === "|" && depth === 0) alternatives.push(i + 1);
  }
  return undefined;
}

/** Whether the pattern has a `|` outside every group and class (then it has no one opening). */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** The needle of a pattern, or undefined when its opening is not plain text (then it is always tried). */
export function needleOf(source: string): Needle | undefined {
  if (hasTopLevelBar(source)) return undefined;
  const anchored = source.startsWith("^");
  let at = anchored ? 1 : 0;
  // a word boundary before the text asks nothing of the text itself
  if (source.startsWith("\\b", at)) at += 2;
  const plain = literalAt(source, at);
  if (plain !== "") return { anchored, literals: [plain] };
  if (source.charAt(at) !== "(") return undefined;
  const group = groupAt(source, at);
  // a group that may be skipped or repeated (`(…)?`, `(…){0,2}`) proves nothing
  if (!group || quantifier.has(source.charAt(group.close))) return undefined;
  const literals = group.alternatives.map((from) => literalAt(source, source.startsWith("\\b", from) ? from + 2 : from));
  return literals.every((l) => l !== "") ? { anchored, literals } : undefined;
}

export interface PatternSet {
  /** Whether any pattern of the set matches `text` (as `new RegExp(all.join("|"), flags).test(text)` would). */
  test(text: string): boolean;
}

/**
 * A pattern set of `sources` (regular expression sources) with `flags` (case-sensitive: no `i`).
 * A pattern anchored on a literal opening is compiled alone, when a line first starts with that
 * literal; one found anywhere whose opening is literal likewise, when a line first contains that
 * literal; the others stay one alternation, compiled on first use: a few hundred characters,
 * which V8 scans faster than it would try them one by one.
 */
export function patternSet(sources: readonly string[], flags: string): PatternSet {
  const anchored: { source: string; literals: string[]; compiled?: RegExp }[] = [];
  const inside: { source: string; literals: string[]; compiled?: RegExp }[] = [];
  const rest: string[] = [];
  for (const source of sources) {
    const needle = needleOf(source);
    if (needle?.anchored) anchored.push({ source, literals: needle.literals });
    else if (needle && !flags.includes("i")) inside.push({ source, literals: needle.literals });
    else rest.push(source);
  }
  // anchored patterns by the first character of their literals
  const byFirst = new Map<string, typeof anchored>();
  for (const pattern of anchored) {
    for (const first of new Set(pattern.literals.map((l) => String.fromCodePoint(l.codePointAt(0) ?? 0)))) {
      let list = byFirst.get(first);
      if (!list) byFirst.set(first, (list = []));
      list.push(pattern);
    }
  }
  let anywhere: RegExp | undefined;
  return {
    test(text) {
      const first = text.codePointAt(0);
      const candidates = first === undefined ? undefined : byFirst.get(String.fromCodePoint(first));
      if (candidates?.some((p) => p.literals.some((l) => text.startsWith(l)) && (p.compiled ??= new RegExp(p.source, flags)).test(text))) return true;
      if (inside.some((p) => p.literals.some((l) => text.includes(l)) && (p.compiled ??= new RegExp(p.source, flags)).test(text))) return true;
      if (rest.length === 0) return false;
      anywhere ??= new RegExp(rest.map((p) => `(?:${p})`).join("|"), flags);
      return anywhere.test(text);
    },
  };
}
