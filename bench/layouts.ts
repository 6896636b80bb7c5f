/**
 * `npm run eval:layouts [DIR]`: the tune articles of an annotated corpus (default
 * ../shared/corpus/public, the check set left out) parsed again in other layouts that copying
 * from another page or browser gives the same words: no blank lines, a blank line after every
 * line, CRLF line ends, indentation, trailing spaces, no-break spaces; and with a site's
 * furniture printed above and below it (a skip link, a menu, share and follow prompts, a rights
 * line: noise the annotation then lists too). Prints the fields per
 * layout and each article whose score falls in one: a reader that depends on one paper's
 * layout shows here before it meets the next paper.
 */
import { existsSync } from "node:fs";
import { basename } from "node:path";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/parse-article.js";
import { fieldCounts, type FieldCounts } from "../tests/helpers/score.js";
import { CHECK_SET, readAnnotated } from "./corpus.js";

const dir = process.argv[2] ?? "../shared/corpus/public";
if (!existsSync(dir)) {
  console.log(`eval:layouts: ${dir} not found: nothing to score`);
  process.exit(0);
}
const FIELDS = ["headline", "lede", "byline", "dateline", "subheads", "quotes", "speakers", "related", "media", "noise"] as const;
const f1 = (tp: number, exp: number, got: number) => (exp === 0 && got === 0 ? 1 : (2 * tp) / (exp + got || 1));
const lines = (t: string) => t.replace(/\r\n?/g, "\n").split("\n");
/** A site's furniture around the copy (noise the annotation then lists too): a skip link, a menu, a login, share and follow prompts, a rights line. */
const above = ["Skip to main content", "Menu", "Search", "Sign in", "Subscribe"];
const below = ["Share this article", "Follow us on Facebook", "© 2025 The Courier. All rights reserved."];
const furnished = (t: string) => [...above, "", t, "", ...below].join("\n");

const layouts: Record<string, (t: string) => string> = {
  printed: (t) => t,
  packed: (t) => lines(t).filter((l) => l.trim() !== "").join("\n"),
  spaced: (t) => lines(t).filter((l) => l.trim() !== "").join("\n\n"),
  crlf: (t) => t.replace(/\r?\n/g, "\r\n"),
  indented: (t) => lines(t).map((l) => (l.trim() ? `    ${l}` : l)).join("\n"),
  trailing: (t) => lines(t).map((l) => (l.trim() ? `${l}  ` : l)).join("\n"),
  nbsp: (t) => t.replace(/ /g, (space, at: number) => (at % 7 === 0 ? "\u00a0" : space)),
  furnished,
};

const fieldScores = (c: FieldCounts) => FIELDS.map((f) => f1(c[f].tp, c[f].exp, c[f].got));
const rows: Record<string, FieldCounts[]> = {};
const falls: string[] = [];
for (const a of readAnnotated(dir).filter((x) => !CHECK_SET.has(x.name))) {
  let printed: number[] = [];
  for (const [name, layout] of Object.entries(layouts)) {
    const text = layout(a.text);
    const { article } = parseArticle(new VFile({ path: a.path, value: text }), { contentPath: basename(a.path) });
    const want = name === "furnished" ? { ...a.want, noise: [...a.want.noise, ...above, ...below] } : a.want;
    const counts = fieldCounts(article, want, text);
    (rows[name] ??= []).push(counts);
    const scores = fieldScores(counts);
    if (name === "printed") printed = scores;
    const fell = FIELDS.filter((_, k) => (scores[k] ?? 0) < (printed[k] ?? 0) - 0.001);
    if (fell.length) falls.push(`  ${a.name.padEnd(44)} ${name.padEnd(9)} ${fell.join(", ")}`);
  }
}
for (const [name, counts] of Object.entries(rows)) {
  const sum = (f: (typeof FIELDS)[number]) => counts.reduce((acc, r) => ({ tp: acc.tp + r[f].tp, exp: acc.exp + r[f].exp, got: acc.got + r[f].got }), { tp: 0, exp: 0, got: 0 });
  const scores = FIELDS.map((f) => { const s = sum(f); return f1(s.tp, s.exp, s.got); });
  console.log(`${name.padEnd(9)} ${FIELDS.map((f, k) => `${f} ${(scores[k] ?? 0).toFixed(3)}`).join("  ")}  → ${(scores.reduce((x, y) => x + y, 0) / FIELDS.length).toFixed(3)}`);
}
if (falls.length) console.log(`\nfields that fall against the printed layout:\n${falls.join("\n")}`);
