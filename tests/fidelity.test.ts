/**
 * The page shows the copy as printed (spec): for every fixture and every public real article,
 * the article page's visible text is the source minus its noise lines (words and punctuation
 * compared; whitespace, bullets and indentation aside): the same tokens, none added and none
 * lost, with the body in the source's order (the header's lines — kicker, headline, lede,
 * byline, date — are set in the page's order); and every quote with a speaker is marked up
 * with that speaker.
 *
 * Articles the parser does not yet read right (noise it prints, a quote's printed paragraph it
 * cuts short) are listed in `parserGaps` with what is wrong: they run as TODO, so the output
 * shows them, and must leave the list when the parser is fixed.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { build } from "../src/build.js";
import type { Article } from "../src/model/article.js";
import { parseArticle } from "../src/parse/index.js";
import { readSource } from "../src/load/read-sources.js";
import { readDates } from "../src/parse/dates/read-dates.js";
import { escapeHtml } from "../src/render/render-page.js";
import { writeSiteFiles } from "./helpers/site.js";
import { firstDifference, missingAndAdded, notInOrder, storyText, tokens } from "./helpers/visible-text.js";

const fixtures = join(import.meta.dirname, "fixtures");
const publicCorpus = join(import.meta.dirname, "..", "..", "shared", "corpus", "public");

/** Known parser defects (not the page's): the article's slug → what the parser gets wrong. */
const parserGaps: Record<string, string> = {
  "42-cbc-housing-market-slowdown": "parser: keeps page noise the annotation lists",
  "45-mashable-square-mckelvey-qa": "parser: keeps page noise the annotation lists",
  "51-euronews-merlu-extinction": "parser: keeps page noise the annotation lists",
  "54-lavanguardia-incendio-almeria": "parser: keeps page noise the annotation lists",
  "57-dutchitchannel-salesforce-aws": "parser: keeps page noise the annotation lists",
  "61-srf-drusen-syrien-teilhabe": "parser: keeps page noise the annotation lists",
  "67-kommersant-putin-ibrahim-trony": "parser: keeps page noise the annotation lists",
  "71-nikkangendai-fujitv-sports": "parser: keeps page noise the annotation lists",
  "74-maeil-trump-bitcoin-2025": "parser: keeps page noise the annotation lists",
  "76-bhaskar-samastipur-chori": "parser: keeps page noise the annotation lists",
};

/**
 * The source's lines that are copy: not blank and not one of the annotated noise lines. An
 * annotation names a noise line by its text; where the page's header prints a line of the same
 * text (a section kicker "Housing" over the headline, and a tag "Housing" at the end), the first
 * one is the header's copy and the later ones are the noise. The headline printed again at the top
 * of the page (a breadcrumb's last item, the share bar's title) is one headline: an annotation
 * cannot list it as noise by its text, which is the headline's.
 */
function copyOf(source: string, noise: string[], header: Set<string> = new Set(), headline: string | null = null, lang = "en", wordless: string[] = []): string {
  // (whitespace is no part of the copy: a no-break space in the source is a space in a field)
  const clean = (line: string) => line.replace(/^[\s•·*▪◦‣-]+/u, "").replace(/\s+/gu, " ").trim();
  const noisy = new Set(noise.map(clean));
  const headerSeen = new Set<string>();
  let headlines = 0;
  return source
    .split(/\r?\n/)
    .filter((line, at) => {
      const text = clean(line);
      if (headline !== null && text === headline && at < 20 && headlines++ > 0) return false;
      // a relative time ("Published 22 hours ago") is noise by the spec ("Conventions settled by real
      // copy"), whether an annotation lists it or keeps it as the header's metadata: the page never prints it
      if (text !== "" && readDates(text, lang).relative) return false;
      // a line without a word (a lone "," or "|" between a teaser's date and its section) holds no
      // copy: the spec asks that every word of a non-noise line reach the page
      if (text !== "" && !/[\p{L}\p{N}]/u.test(text)) return void wordless.push(text), false;
      if (text === "" || !noisy.has(text)) return text !== "";
      if (!header.has(text) || headerSeen.has(text)) return false;
      headerSeen.add(text);
      return true;
    })
    .join("\n");
}

/**
 * `list` without one occurrence of each of `gone` where it has one more than `copy` has (a
 * wordless line the page prints, a "___" rule, is not held against it; a comma of the copy's own
 * date line stays asked for when the page leaves the lone "," lines out).
 */
function withoutOnce(list: string[], gone: string[], copy: string[]): string[] {
  const out = [...list];
  const count = (xs: string[], t: string) => xs.reduce((n, x) => n + (x === t ? 1 : 0), 0);
  for (const g of gone) {
    const at = out.indexOf(g);
    if (at >= 0 && count(out, g) > count(copy, g)) out.splice(at, 1);
  }
  return out;
}

/** What is wrong with the page of `slug` built in `dir` from `source`. */
function problemsOf(dir: string, slug: string, source: string, noise: string[]): string[] {
  const problems: string[] = [];
  const html = readFileSync(join(dir, "dist", slug, "index.html"), "utf8");
  const article = JSON.parse(readFileSync(join(dir, "dist", slug, "article.json"), "utf8")) as Article;
  // a date line is metadata, printed as it reads (annotations list it with the noise, which the body must not show)
  const printed = new Set([article.dateText, article.byline].flatMap((t) => (t ? t.split(" · ") : [])));
  // (printed once in the header: where the page prints the date line again at the end, that one is the noise)
  const header = new Set([article.kicker, article.headline, ...printed].filter((t): t is string => typeof t === "string").map((t) => t.replace(/\s+/gu, " ").trim()));
  const wordless: string[] = [];
  const copy = tokens(copyOf(source, noise, header, article.headline, article.lang ?? "en", wordless));
  // (a wordless line is neither asked of the page nor held against it: a "___" rule may be printed, a lone "," left out)
  const page = withoutOnce(tokens(storyText(html)), tokens(wordless.join("\n")), copy);
  if (firstDifference([...copy].sort(), [...page].sort())) problems.push(`the page's words are not the copy's: ${missingAndAdded(copy, page)}`);
  const outOfOrder = notInOrder(withoutOnce(tokens(storyText(html, "story-body")), tokens(wordless.join("\n")), copy), copy);
  if (outOfOrder) problems.push(`the body is not in the source's order: ${outOfOrder}`);
  for (const block of article.blocks) {
    if (block.type === "quote" && block.speaker && !html.includes(`<q data-speaker="${escapeHtml(block.speaker)}">`)) {
      problems.push(`the quote “${block.text.slice(0, 40)}…” is not marked with its speaker ${block.speaker}`);
    }
  }
  return problems;
}

/** A site of the folder's `.txt` articles, built without the cache: its folder. */
async function buildAll(folder: string, names: string[]): Promise<string> {
  const files: Record<string, string> = { "site.yaml": "title: Fidelity\nurl: https://example.org/\nlanguage: en\n" };
  for (const name of names) files[`content/${name}`] = readFileSync(join(folder, name), "utf8");
  const dir = await writeSiteFiles(files);
  await build({ dir, cache: false, jobs: 1 });
  return dir;
}

function checkEach(folder: string): void {
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(".txt")) : [];
  let dir = "";
  before(async () => void (dir = await buildAll(folder, names)));
  for (const name of names) {
    const slug = name.replace(/\.txt$/, "");
    it(name, { todo: parserGaps[slug] }, () => {
      const expected = join(folder, `${slug}.expected.json`);
      const noise = existsSync(expected) ? ((JSON.parse(readFileSync(expected, "utf8")) as { noise?: string[] }).noise ?? []) : [];
      assert.deepEqual(problemsOf(dir, slug, readFileSync(join(folder, name), "utf8"), noise), []);
    });
  }
}

/** The source without what the parser itself read as noise (from its trace: a line, or a piece of one, at its line). */
async function parserCopy(path: string): Promise<string> {
  const file = await readSource(path, path);
  const lines = String(file.value).split(/\r?\n/);
  for (const t of parseArticle(file, { language: "en" }).trace) {
    // the trace's text is the line as read (its spaces one space): matched with any run of spaces
    const spaced = new RegExp(t.text.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "u");
    if (t.became.startsWith("noise")) lines[t.line - 1] = (lines[t.line - 1] ?? "").replace(spaced, "");
  }
  return lines.join("\n");
}

/**
 * The page against the parser's own reading: whatever the parser calls noise aside, every word
 * of the source is on the page, none added, the body in order, each quote marked with its speaker.
 * No exception list: this is what the page does with the article it is given; the checks above
 * measure, in addition, whether the parser's noise is the annotation's.
 */
function checkRendering(folder: string): void {
  const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith(".txt")) : [];
  let dir = "";
  before(async () => void (dir = await buildAll(folder, names)));
  for (const name of names) {
    const slug = name.replace(/\.txt$/, "");
    it(name, async () => {
      assert.deepEqual(problemsOf(dir, slug, await parserCopy(join(folder, name)), []), []);
    });
  }
}

describe("the page shows the copy as printed: every fixture", () => checkEach(fixtures));
describe("the page shows the copy as printed: every public real article", { skip: existsSync(publicCorpus) ? false : "no ../shared/corpus/public in this checkout" }, () => checkEach(publicCorpus));
describe("the page prints the parser's copy, word for word: every fixture", () => checkRendering(fixtures));
describe("the page prints the parser's copy, word for word: every public real article", { skip: existsSync(publicCorpus) ? false : "no ../shared/corpus/public in this checkout" }, () => checkRendering(publicCorpus));
