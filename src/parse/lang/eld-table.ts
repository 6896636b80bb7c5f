/**
 * ELD's detector with its n-gram data read the fast way. ELD's own `eld/extrasmall` entry builds
 * its table as one JavaScript object literal of 49,553 n-grams: compiling and running it costs
 * about 0.3–0.7 s of CPU, which was most of `galley parse FILE`'s start-up. Here the same data is
 * kept as one sorted text (one n-gram and its scores a line) written once to
 * `node_modules/.cache/galley/` (src/tool-cache.ts), read in a millisecond and looked up by binary search only for
 * the n-grams an article has. ELD's own code (`createEld`, its `detect`, `isReliable`) does the
 * detecting: only where the table lives changes, so results are ELD's exactly
 * (tests/lang-table.test.ts compares the two).
 *
 * Everything is loaded on the first detection, synchronously (`require` of ELD's ES modules,
 * Node ≥ 20.19), so importing the parser costs nothing until an article needs its language.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readToolCache, writeToolCache } from "../../tool-cache.js";

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
const format = 1;

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
  const text = readToolCache(name);
  const table = text === null ? null : fromText(text);
  if (table) return table;
  const { ngramsData } = require(join(src, "ngrams", "extrasmall.js")) as { ngramsData: NgramsData };
  writeToolCache(name, toText(ngramsData));
  return ngramsData;
}

/** First line: the header as JSON; then `ngram\tlang:score lang:score` lines sorted by n-gram. */
export function toText(data: NgramsData): string {
  const keys = Object.keys(data.ngrams).sort();
  const lines = [JSON.stringify({ type: data.type, languages: data.languages, isSubset: data.isSubset ?? false, count: keys.length })];
  for (const key of keys) {
    const scores = data.ngrams[key] ?? {};
    lines.push(`${key}\t${Object.entries(scores).map(([lang, score]) => `${lang}:${score}`).join(" ")}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The data over a table text: `ngrams` answers lookups by binary search; null if the text is damaged. */
export function fromText(text: string): NgramsData | null {
  const headerEnd = text.indexOf("\n");
  if (headerEnd < 0) return null;
  let header: { type: string; languages: Record<number, string>; isSubset: boolean; count: number };
  try {
    header = JSON.parse(text.slice(0, headerEnd)) as typeof header;
  } catch {
    return null;
  }
  const starts = new Uint32Array(header.count);
  let at = headerEnd + 1;
  for (let i = 0; i < header.count; i++) {
    if (at >= text.length) return null;
    starts[i] = at;
    const end = text.indexOf("\n", at);
    if (end < 0) return null;
    at = end + 1;
  }
  if (at !== text.length) return null;
  const found = new Map<string, Record<number, number> | undefined>();
  const lookup = (ngram: string): Record<number, number> | undefined => {
    if (found.has(ngram)) return found.get(ngram);
    let low = 0;
    let high = header.count - 1;
    let value: Record<number, number> | undefined;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle] as number;
      const tab = text.indexOf("\t", start);
      const key = text.slice(start, tab);
      if (key < ngram) low = middle + 1;
      else if (key > ngram) high = middle - 1;
      else {
        value = {};
        const scores = text.slice(tab + 1, text.indexOf("\n", tab));
        for (const pair of scores.split(" ")) {
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
