/**
 * A pure answer about one line, read once. The parser asks the same question of a line many times
 * (alone, in the line model, in the header, in the box readers from every start above it); the memo
 * keeps the answer by the line's text, holds at most `size` lines and is emptied when it fills, so
 * its memory stays bounded on any input.
 */
export function lineMemo<T extends NonNullable<unknown> | null>(read: (text: string) => T, size = 4096): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let found = memo.get(text);
    if (found === undefined) {
      found = read(text);
      if (memo.size >= size) memo.clear();
      memo.set(text, found);
    }
    return found;
  };
}
