/**
 * The head of an article in many languages and page shapes, as tables (tests/fixtures/head/*.json,
 * articles written for these tests): given a headline, the lines a page prints under it and a
 * lede, the byline, author, dateline, headline and lede are these. `bylines.json`: several authors,
 * outlets, places and openers; `datelines.json`: the wires' and papers' forms in 20 languages and
 * ledes that only look like one; `heads.json`: whole page tops (breadcrumbs, menus, site names,
 * labels, standfirsts, reading times); `signoffs.json`: the byline after the last paragraph.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "./helpers/parse.js";

interface HeadCase {
  id: string;
  /** The first line. */
  h: string;
  /** The lines between it and the lede. */
  head?: string[];
  lede: string;
  body?: string[];
  /** What the parse gives: `lede` is what it starts with. */
  x: Partial<Record<"headline" | "byline" | "author" | "dateline" | "lede", string | null>>;
  /** A known gap: what the parser cannot tell yet (the case runs as TODO). */
  todo?: string;
}

const folder = join(import.meta.dirname, "fixtures", "head");
for (const table of ["bylines", "bylines-world", "datelines", "heads", "ledes", "signoffs"]) {
  const cases = JSON.parse(readFileSync(join(folder, `${table}.json`), "utf8")) as HeadCase[];
  describe(`head: ${table}`, () => {
    for (const c of cases) {
      it(c.id, { todo: c.todo }, () => {
        const body = c.body ?? ["Second paragraph of the story follows here, with more detail about it."];
        const a = parse([c.h, ...(c.head ?? []), c.lede, ...body].join("\n\n"));
        for (const [field, want] of Object.entries(c.x)) {
          if (field === "lede") assert.ok(a.lede.startsWith(want as string), `lede: ${a.lede}`);
          else assert.equal(a[field as "headline" | "byline" | "author" | "dateline"], want, field);
        }
      });
    }
  });
}
