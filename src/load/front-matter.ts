/**
 * Splits a source file into its front matter and its body. gray-matter finds the `---` block;
 * the YAML inside is parsed by `parseYamlMapping` so every error has a file position.
 */
import type matterType from "gray-matter";
import { createRequire } from "node:module";
import type { VFile } from "vfile";
import { fail } from "../diagnostics.js";
import { parseYamlMapping } from "./yaml.js";

export interface FrontMatter {
  /** The front matter fields (empty when the file has none). */
  data: Record<string, unknown>;
  /** Position of a field's value, for messages about it. */
  placeOf: (key: string, part?: "key" | "value") => { line: number; column: number } | undefined;
  /** The body after the front matter. */
  body: string;
  /** The 1-based line of the file on which `body` starts. */
  bodyLine: number;
  /** Whether the file had a front matter block. */
  present: boolean;
}

// gray-matter only splits; the YAML engine returns nothing so js-yaml never runs.
const splitOnly = { engines: { yaml: () => ({}) } };
// loaded only for a file that has front matter (plain-text copy mostly has none)
const matter = (text: string, options: typeof splitOnly) => (createRequire(import.meta.url)("gray-matter") as typeof matterType)(text, options);

/** Reads the front matter of `file` (whose value is the decoded text). Errors become fatal messages. */
export function readFrontMatter(file: VFile, text: string): FrontMatter {
  const none: FrontMatter = { data: {}, placeOf: () => undefined, body: text, bodyLine: 1, present: false };
  if (!/^---[ \t]*\r?\n/.test(text)) return none;
  const closed = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(3));
  if (!closed) {
    fail(file, "front matter opened by `---` on line 1 is never closed: add a line `---` after the last field", { line: 1, column: 1 }, "front-matter-unclosed");
    return { ...none, body: "" };
  }
  const split = matter(text, splitOnly);
  const yaml = parseYamlMapping(split.matter, file, 0, "front matter");
  const body = split.content;
  const prefix = text.slice(0, text.length - body.length);
  const bodyLine = prefix.split("\n").length;
  return { data: yaml.data, placeOf: yaml.placeOf, body, bodyLine, present: true };
}
