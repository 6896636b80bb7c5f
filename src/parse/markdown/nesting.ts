/**
 * How deep Markdown nests its containers (block quotes `>` and list items) on one line, checked
 * before remark reads it: 4000 nested `>` make remark and the tree walks after it recurse for
 * minutes and overflow the stack. No article nests anywhere near `maxDepth`.
 */
export const maxDepth = 100;

/** The first place where containers nest deeper than `maxDepth` (1-based line and column of the marker), or null. */
export function tooDeep(source: string, limit = maxDepth): { line: number; column: number; depth: number } | null {
  let line = 1;
  for (let start = 0; start <= source.length; line++) {
    const end = source.indexOf("\n", start);
    const stop = end < 0 ? source.length : end;
    let depth = 0;
    let over = -1;
    let i = start;
    while (i < stop) {
      const c = source.charCodeAt(i);
      if (c === 32 || c === 9) {
        i++;
        continue;
      }
      let marker = 0;
      if (c === 62 /* > */) marker = 1;
      else if ((c === 45 || c === 42 || c === 43) /* - * + */ && (i + 1 === stop || source[i + 1] === " " || source[i + 1] === "\t")) marker = 1;
      else {
        let j = i;
        while (j < stop && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
        if (j > i && (source[j] === "." || source[j] === ")") && (j + 1 === stop || source[j + 1] === " ")) marker = j + 1 - i;
      }
      if (marker === 0) break;
      depth++;
      if (depth > limit && over < 0) over = i;
      i += marker;
    }
    if (over >= 0) return { line, column: over - start + 1, depth };
    if (end < 0) break;
    start = end + 1;
  }
  return null;
}
