/**
 * The part of an article that its language is detected on: its longest prose lines, in order,
 * up to a bounded length. Menus, bylines, dates and credits are short; prose lines are long in
 * every script, so length alone picks the body without knowing the language.
 */
const maxSample = 1200;
const minProse = 40;

/** At most `maxSample` characters of prose from `text` (whole lines, in reading order). */
export function languageSample(text: string, limit = maxSample): string {
  const picked: string[] = [];
  let length = 0;
  let start = 0;
  // a bounded scan: the first lines that are prose are enough (linear in what is read)
  while (start < text.length && length < limit && start < limit * 20) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length >= minProse && /\p{L}/u.test(line)) {
      picked.push(line);
      length += line.length + 1;
    }
  }
  // short copy (a brief, a headline): whatever it has
  const sample = picked.length > 0 ? picked.join("\n") : text.slice(0, limit);
  return sample.slice(0, limit);
}
