/**
 * YAML for site.yaml and front matter, through the `yaml` package: YAML 1.2 core schema, so
 * dates stay strings (their timezone is kept) and every value knows its line and column.
 */
import { createRequire } from "node:module";
import type { Node, Document } from "yaml";
import type { VFile } from "vfile";
import { fail, type Place } from "../diagnostics.js";
import { flatMapping } from "./flat-yaml.js";

// the yaml package is loaded only for YAML the fast path does not read (`galley parse` of plain text never needs it)
const yaml = (): typeof import("yaml") => createRequire(import.meta.url)("yaml") as typeof import("yaml");

export interface YamlData {
  /** The parsed mapping, or an empty object when the YAML was not a mapping or had errors. */
  data: Record<string, unknown>;
  /** Position of a top-level field's value (or of its key), for messages about that field. */
  placeOf: (key: string, part?: "key" | "value") => Place | undefined;
  /** Whether parsing failed (messages were added to the file). */
  failed: boolean;
}

/**
 * Parses `source` as a YAML mapping. `lineOffset` is the number of file lines before `source`
 * begins; positions are reported in lines of the whole file. Errors become fatal messages on `file`.
 */
export function parseYamlMapping(source: string, file: VFile, lineOffset: number, what: string): YamlData {
  // most front matter is flat `key: value` lines: read without building a YAML document (same result)
  const flat = flatMapping(source, lineOffset);
  if (flat) return { ...flat, failed: false };
  const { LineCounter, parseDocument, isAlias, isMap, isScalar, visit } = yaml();
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const placeOf = (key: string, part: "key" | "value" = "value"): Place | undefined => {
    if (!isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    const node = ((part === "value" ? pair?.value : undefined) ?? pair?.key) as Node | undefined;
    return node?.range ? toPlace(node.range[0]) : undefined;
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      // the position is in the message's own place: drop yaml's "at line 2, column 15"
      const reason = (error.message.split("\n")[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, "");
      fail(file, `invalid YAML in ${what}: ${reason}`, toPlace(error.code === "MISSING_CHAR" ? (openingQuote(doc, error.pos[0]) ?? error.pos[0]) : error.pos[0]), "yaml-syntax");
    }
    return { data: {}, placeOf, failed: true };
  }
  if (doc.contents === null) return { data: {}, placeOf, failed: false };
  if (!isMap(doc.contents)) {
    const range = (doc.contents as Node).range;
    fail(file, `${what} must be a mapping of \`key: value\` lines`, range ? toPlace(range[0]) : undefined, "yaml-not-mapping");
    return { data: {}, placeOf, failed: true };
  }
  try {
    return { data: doc.toJS() as Record<string, unknown>, placeOf, failed: false };
  } catch (error) {
    // an "alias bomb": aliases of aliases that would expand to millions of values
    let first: Place | undefined;
    visit(doc, { Alias: (_key, node) => void (first ??= isAlias(node) && node.range ? toPlace(node.range[0]) : undefined) });
    const reason = error instanceof ReferenceError && /alias/i.test(error.message) ? "its aliases (`*name`) expand to too many values: write the values out instead" : (error as Error).message;
    fail(file, `invalid YAML in ${what}: ${reason}`, first ?? toPlace(0), "yaml-syntax");
    return { data: {}, placeOf, failed: true };
  }
}


/**
 * Where a quoted value that is never closed opens: yaml reports the end of the text it took in
 * (lines later), but the mistake is at the opening quote.
 */
function openingQuote(doc: Document, end: number): number | undefined {
  let start: number | undefined;
  yaml().visit(doc, {
    Scalar(_key, node) {
      if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && node.range && node.range[0] < end && node.range[1] >= end) start = node.range[0];
    },
  });
  return start;
}
