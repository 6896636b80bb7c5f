/** "Did you mean …?": the known name closest to a mistyped one, by edit distance. */

/** Levenshtein distance between `a` and `b`. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? Infinity;
}

/** The name of `known` closest to `name` (case ignored), when it is at most `max` edits away (default: 2, or 1 for short names); else null. */
export function closest(name: string, known: readonly string[], max = name.length <= 3 ? 1 : 2): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= max ? best : null;
}
