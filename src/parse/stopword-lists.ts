/**
 * The stopword lists of `stopwords-iso` (120 languages), read the fast way. The package is one
 * JSON file of every list: `require` parses all of it (~10 ms of CPU) where an article needs one
 * or two lists, and the union of every list (the line model's "stopword of some language") took
 * another ~20 ms to make into one set of 19,000 words on every start. Here both are kept in one
 * table in `node_modules/.cache/galley/` (src/tool-cache.ts), read as bytes: a language's list is
 * found by its line, and the union is asked one bucket at a time (the words of one first letter,
 * made into a set when a word of that letter is first asked for). The answers are the package's
 * exactly: the lists as it has them, the union lower-cased as `String#toLowerCase` does.
 */
import { createRequire } from "node:module";
import { hashOf, readToolCacheBytes, writeToolCache } from "../tool-cache.js";

const require = createRequire(import.meta.url);

type Lists = Record<string, string[]>;

/**
 * The table: a line per language (`L:` code, tab, its words parted by tabs), a line per first
 * letter of the union (`U:` letter, tab, the lower-cased words of every list that begin with it),
 * between a leading newline and a closing `END` line, which tells a table cut short.
 */
export function toTable(lists: Lists): string | null {
  const words = Object.values(lists).flat();
  if (words.some((w) => /[\t\n]/u.test(w))) return null;
  const lines = Object.entries(lists).map(([lang, list]) => `L:${lang}\t${list.join("\t")}`);
  const buckets = new Map<string, Set<string>>();
  for (const word of words.map((w) => w.toLowerCase())) {
    const first = firstLetter(word);
    let bucket = buckets.get(first);
    if (!bucket) buckets.set(first, (bucket = new Set()));
    bucket.add(word);
  }
  for (const [first, bucket] of buckets) lines.push(`U:${first}\t${[...bucket].join("\t")}`);
  return `\n${lines.join("\n")}\nEND\n`;
}

const firstLetter = (word: string): string => (word === "" ? "" : String.fromCodePoint(word.codePointAt(0) as number));

/** What the table answers: a language's list, and whether a lower-cased word is in any list. */
export interface StopwordTable {
  list(lang: string): string[] | undefined;
  inAny(lower: string): boolean;
}

/** The answers over a table's bytes, or null when it is damaged. */
export function fromTable(table: Buffer | string): StopwordTable | null {
  const bytes = typeof table === "string" ? Buffer.from(table) : table;
  if (bytes[0] !== 0x0a || !bytes.subarray(bytes.length - 5).equals(Buffer.from("\nEND\n"))) return null;
  const line = (key: string): string[] | undefined => {
    const start = bytes.indexOf(`\n${key}\t`);
    if (start < 0) return undefined;
    const from = start + 1 + Buffer.byteLength(key) + 1;
    return bytes.toString("utf8", from, bytes.indexOf(0x0a, from)).split("\t");
  };
  const lists = new Map<string, string[] | undefined>();
  const buckets = new Map<string, Set<string> | null>();
  return {
    list(lang) {
      if (!lists.has(lang)) lists.set(lang, line(`L:${lang}`));
      return lists.get(lang);
    },
    inAny(lower) {
      const first = firstLetter(lower);
      let bucket = buckets.get(first);
      if (bucket === undefined) {
        const words = line(`U:${first}`);
        buckets.set(first, (bucket = words ? new Set(words) : null));
      }
      return bucket !== null && bucket.has(lower);
    },
  };
}

/** The answers straight from the package (when the table cannot be read or written). */
function fromLists(lists: Lists): StopwordTable {
  let union: Set<string> | undefined;
  return {
    list: (lang) => (Object.hasOwn(lists, lang) ? lists[lang] : undefined),
    inAny: (lower) => (union ??= new Set(Object.values(lists).flat().map((w) => w.toLowerCase()))).has(lower),
  };
}

let table: StopwordTable | undefined;

function stopwordTable(): StopwordTable {
  if (!table) {
    const name = `stopword-lists-${hashOf((require("stopwords-iso/package.json") as { version: string }).version, toTable.toString(), fromTable.toString())}.txt`;
    const bytes = readToolCacheBytes(name);
    table = (bytes && fromTable(bytes)) ?? undefined;
    if (!table) {
      const lists = require("stopwords-iso") as Lists;
      const text = toTable(lists);
      if (text !== null) writeToolCache(name, text);
      table = fromLists(lists);
    }
  }
  return table;
}

/** `lang`'s stopwords as `stopwords-iso` lists them, or undefined for a language it has not. */
export const stopwordList = (lang: string): string[] | undefined => stopwordTable().list(lang);

/** Whether `lower` (a lower-cased word) is a stopword of some language. */
export const isAnyStopword = (lower: string): boolean => stopwordTable().inAny(lower);
