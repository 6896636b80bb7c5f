/**
 * A fast path for the front matter most articles have: one `key: value` per line, values plain
 * words, double-quoted strings without escapes, `true`/`false`/`null` or flow lists of such
 * strings (`tags: [a, b]`). It gives exactly what the `yaml` package gives for them (YAML 1.2
 * core schema), positions included, at a fraction of the cost of building a YAML document;
 * anything else (numbers, comments, nesting, escapes, block scalars, repeated keys …) returns
 * null and goes to `yaml`. Tested against `yaml` in tests/flat-yaml.test.ts.
 */

export interface FlatYaml {
  data: Record<string, unknown>;
  /** Position of a field's value (or of its key). */
  placeOf: (key: string, part?: "key" | "value") => { line: number; column: number } | undefined;
}

const line = /^([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*): (.*)$/;
const quoted = /^"([^"\\\x00-\x1f\x7f]*)"$/;
// a plain scalar: starts with no YAML indicator nor space, no comment (` #`), no `: `
const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`\x00-\x1f\x7f\u0085\u2028\u2029\ufeff](?:[^\s#:\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]|:(?! |$)|(?<! )#| (?! |#|$))*$/u;
const listItem = /^[^\s\-?:,[\]{}#&*!|>'"%@`\x00-\x1f\x7f\u0085\u2028\u2029\ufeff][^\s#:,[\]{}"'\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]*(?: [^\s#:,[\]{}"'\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]+)*$/u;
// what the core schema reads as something else than a string: left to yaml
const notString = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const reservedKey = /^(?:__proto__|constructor|prototype|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

function scalar(text: string): { value: unknown } | null {
  const q = quoted.exec(text);
  if (q) return { value: q[1] };
  if (text === "true" || text === "false") return { value: text === "true" };
  if (text === "null") return { value: null };
  if (!plain.test(text) || notString.test(text) || /\s$/.test(text)) return null;
  return { value: text };
}

function list(text: string): { value: unknown } | null {
  if (!text.startsWith("[") || !text.endsWith("]")) return null;
  const inner = text.slice(1, -1);
  if (inner === "") return { value: [] };
  const items: string[] = [];
  for (const item of inner.split(", ")) {
    const q = quoted.exec(item);
    if (q && !(q[1] as string).includes(",")) items.push(q[1] as string);
    else if (listItem.test(item) && !notString.test(item) && !/\s$/.test(item)) items.push(item);
    else return null;
  }
  return { value: items };
}

/** The mapping of `source` when it is flat (see above), else null. Lines count from `lineOffset`. */
export function flatMapping(source: string, lineOffset: number): FlatYaml | null {
  if (source.includes("\r") || source.includes("\t")) return null;
  const data: Record<string, unknown> = {};
  const places = new Map<string, { line: number; column: number }>();
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text === "") continue;
    const m = line.exec(text);
    if (!m) return null;
    const key = m[1] as string;
    const raw = m[2] as string;
    if (reservedKey.test(key) || places.has(key)) return null;
    const found = raw.startsWith("[") ? list(raw) : scalar(raw);
    if (!found) return null;
    data[key] = found.value;
    places.set(key, { line: i + 1 + lineOffset, column: key.length + 3 });
  }
  if (places.size === 0) return null;
  return {
    data,
    placeOf: (key, part = "value") => {
      const place = places.get(key);
      return place && part === "key" ? { line: place.line, column: 1 } : place;
    },
  };
}
