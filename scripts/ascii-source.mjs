/**
 * The bundle's source in ASCII alone, so that V8 holds it as a one-byte string (half the memory of
 * a two-byte one, and read without decoding UTF-8). esbuild escapes what is outside ASCII in
 * strings but not in regular expression literals and templates, where the parser's patterns keep
 * their letters ("’", "।", "。"): each such character becomes `\uXXXX` in an expression (a pair
 * of escapes for one beyond the BMP, which a `u` expression reads as one code point) and a
 * substitution `${"\uXXXX"}` in a template, whose raw text (`String.raw`) it keeps as it was.
 * Comments lose nothing they say. Anything else outside ASCII (an identifier) is left as it is.
 */
// (acorn, a dev dependency, tokenises the bundle; without it — an install without dev dependencies — the source stays as esbuild wrote it)
let acorn = null;
try {
  acorn = await import("acorn");
} catch {
  acorn = null;
}

const escapeUnit = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
/** Every UTF-16 unit outside ASCII in a comment as `\uXXXX`. */
const escapeUnits = (text) => text.replace(/[^\x00-\x7f]/g, escapeUnit);
/**
 * A regular expression literal's units outside ASCII as `\uXXXX`; one written with a backslash
 * before it (an identity escape, `\’`, which means the character itself) loses the backslash.
 */
const escapeExpression = (text) => text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escapeUnit(c));
/** In a template's text: each run outside ASCII as one substitution of a string that holds it; null when a backslash stands before one. */
const substituteRuns = (text) => (/\\[^\x00-\x7f]/.test(text) ? null : text.replace(/[^\x00-\x7f]+/g, (run) => `\${"${run.replace(/[^\x00-\x7f]/g, escapeUnit)}"}`));

/** `source` (a script) with its regular expressions, templates and comments in ASCII. */
export function asciiSource(source) {
  if (acorn === null || !/[^\x00-\x7f]/.test(source)) return source;
  const edits = [];
  const onComment = (_block, text, start, end) => {
    if (/[^\x00-\x7f]/.test(text)) edits.push([start, end, escapeUnits(source.slice(start, end))]);
  };
  for (const token of acorn.tokenizer(source, { ecmaVersion: "latest", allowHashBang: true, onComment })) {
    const text = source.slice(token.start, token.end);
    if (!/[^\x00-\x7f]/.test(text)) continue;
    const ascii = token.type.label === "regexp" ? escapeExpression(text) : token.type.label === "template" ? substituteRuns(text) : null;
    if (ascii !== null) edits.push([token.start, token.end, ascii]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [start, end, text] of edits) {
    out += source.slice(at, start) + text;
    at = end;
  }
  return out + source.slice(at);
}
