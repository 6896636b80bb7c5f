/**
 * ELD's detector with its n-gram data read the fast way. ELD's own `eld/extrasmall` entry builds
 * its table as one JavaScript object literal of 49,553 n-grams: compiling and running it costs
 * about 0.3–0.7 s of CPU, which was most of `galley parse FILE`'s start-up. Here the same data is
 * kept as one text sorted by the UTF-8 bytes of its n-grams (one n-gram and its scores a line),
 * written once to `node_modules/.cache/galley/` (src/tool-cache.ts), read as bytes (no decoding,
 * no index: a binary search over byte offsets finds a line) and looked up only for the n-grams an
 * article has. ELD's own code (`createEld`, its `detect`, `isReliable`) does the detecting: only
 * where the table lives changes, so results are ELD's exactly (tests/lang-table.test.ts compares
 * the two).
 *
 * Everything is loaded on the first detection, synchronously (`require` of ELD's ES modules,
 * Node ≥ 20.19; `galley parse`'s bundle has ELD's code inside, scripts/bundle-cli.mjs), so
 * importing the parser costs nothing until an article needs its language.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readToolCacheBytes, writeToolCache } from "../../tool-cache.js";

interface NgramsData {
  type: string;
  languages: Record<number, string>;
  isSubset?: boolean;
  ngrams: Record<string, Record<number, number>>;
}

export interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}

const require = createRequire(import.meta.url);
/** The table's format; a new one is written when this or ELD's version changes. */
const format = 2;

let detector: Detector | undefined;

/** ELD with the extra-small data (built on first use). */
export function eldDetector(): Detector {
  return (detector ??= build());
}

function build(): Detector {
  // eld/src/entries/static.extrasmall.js → eld/src/languageDetector.js, eld/src/ngrams/extrasmall.js
  const entry = fileURLToPath(import.meta.resolve("eld/extrasmall"));
  const src = dirname(dirname(entry));
  const { createEld } = require(join(src, "languageDetector.js")) as { createEld: () => { instance: Detector; loadData: (data: NgramsData) => string } };
  const { instance, loadData } = createEld();
  loadData(loadTable(src));
  return instance;
}

/** The data from the cached table, or from ELD's module (then written to the cache for next time). */
function loadTable(src: string): NgramsData {
  const version = (JSON.parse(readFileSync(join(dirname(src), "package.json"), "utf8")) as { version: string }).version;
  const name = `eld-${version}-extrasmall-${format}.txt`;
  const bytes = readToolCacheBytes(name);
  const table = bytes === null ? null : fromText(bytes);
  if (table) return table;
  const { ngramsData } = require(join(src, "ngrams", "extrasmall.js")) as { ngramsData: NgramsData };
  writeToolCache(name, toText(ngramsData));
  return ngramsData;
}

/** The order of the table's lines: by the UTF-8 bytes of the n-gram, the order a search of the bytes needs. */
const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * First line: the header as JSON (with the byte length of the lines after it, which tells a
 * damaged table); then `ngram\tlang:score lang:score` lines sorted by the n-gram's UTF-8 bytes.
 */
export function toText(data: NgramsData): string {
  const keys = Object.keys(data.ngrams).sort(byBytes);
  const lines: string[] = [];
  for (const key of keys) {
    const scores = data.ngrams[key] ?? {};
    lines.push(`${key}\t${Object.entries(scores).map(([lang, score]) => `${lang}:${score}`).join(" ")}\n`);
  }
  const body = lines.join("");
  return `${JSON.stringify({ type: data.type, languages: data.languages, isSubset: data.isSubset ?? false, count: keys.length, bytes: Buffer.byteLength(body) })}\n${body}`;
}

const newline = 0x0a;
const tab = 0x09;

/** The data over a table (its text or bytes): `ngrams` answers lookups by binary search; null if the table is damaged. */
export function fromText(table: string | Buffer): NgramsData | null {
  const bytes = typeof table === "string" ? Buffer.from(table) : table;
  const headerEnd = bytes.indexOf(newline);
  if (headerEnd < 0) return null;
  let header: { type: string; languages: Record<number, string>; isSubset: boolean; count: number; bytes: number };
  try {
    header = JSON.parse(bytes.toString("utf8", 0, headerEnd)) as typeof header;
  } catch {
    return null;
  }
  const bodyStart = headerEnd + 1;
  if (header.bytes !== bytes.length - bodyStart || (bytes.length > bodyStart && bytes[bytes.length - 1] !== newline)) return null;
  const found = new Map<string, Record<number, number> | undefined>();
  const lookup = (ngram: string): Record<number, number> | undefined => {
    if (found.has(ngram)) return found.get(ngram);
    const key = Buffer.from(ngram);
    let value: Record<number, number> | undefined;
    // `low` is always a line's start, `high` a line's start or the end
    let low = bodyStart;
    let high = bytes.length;
    while (low < high) {
      let start = (low + high) >>> 1;
      while (start > low && bytes[start - 1] !== newline) start--;
      const keyEnd = bytes.indexOf(tab, start);
      const end = bytes.indexOf(newline, start);
      if (keyEnd < 0 || keyEnd > end) return undefined;
      const order = bytes.compare(key, 0, key.length, start, keyEnd);
      if (order < 0) low = end + 1;
      else if (order > 0) high = start;
      else {
        value = {};
        for (const pair of bytes.toString("latin1", keyEnd + 1, end).split(" ")) {
          const colon = pair.indexOf(":");
          value[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1));
        }
        break;
      }
    }
    found.set(ngram, value);
    return value;
  };
  const ngrams = new Proxy({} as Record<string, Record<number, number>>, {
    get: (_target, property) => (typeof property === "string" ? lookup(property) : undefined),
  });
  return { type: header.type, languages: header.languages, isSubset: header.isSubset, ngrams };
}
