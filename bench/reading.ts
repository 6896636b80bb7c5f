/**
 * Galley's own reading per article (issue 16: "reading at ≤ 1.5 ms per article beyond
 * remark-parse"): the CPU time of `parseArticle` over the generated corpus (bench/gen-corpus.ts,
 * seed 1, 600 words) minus the CPU time of remark-parse alone (with remark-directive, as Galley
 * runs it) over the same Markdown bodies. One thread, no cache, no workers; the median of
 * `--runs` alternated passes.
 *
 *   node --import tsx bench/reading.ts [--count 1000] [--format md|txt] [--runs 3]
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { articles } from "./gen-corpus.js";

export interface ReadingMeasure {
  articles: number;
  format: "md" | "txt";
  /** CPU per article of the whole parse (front matter, remark-parse, Galley's reading). */
  parseMs: number;
  /** CPU per article of remark-parse alone over the bodies (0 for plain text). */
  remarkMs: number;
  /** What Galley's own reading costs: `parseMs - remarkMs`. */
  readingMs: number;
}

/** The target of issue 16: Galley's reading beyond remark-parse, per article. */
export const readingTargetMs = 1.5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const cpuMs = (run: () => void) => {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

export function measureReading(count = 1000, format: "md" | "txt" = "md", runs = 3): ReadingMeasure {
  const corpus = [...articles({ out: "", count, format, seed: 1, words: 600 })];
  // the body as remark-parse sees it: the text after the front matter
  const bodies = corpus.map(({ text }) => (text.startsWith("---\n") ? text.slice(text.indexOf("\n---\n", 4) + 5) : text));
  const remark = unified().use(remarkParse).use(remarkDirective).freeze();
  const parseAll = () => {
    for (const { path, text } of corpus) parseArticle(new VFile({ path, value: text }), { contentPath: path });
  };
  const remarkAll = () => {
    for (const body of bodies) remark.parse(body);
  };
  // warm up: compile the code paths and load the word lists before timing
  for (const { path, text } of corpus.slice(0, 100)) parseArticle(new VFile({ path, value: text }), { contentPath: path });
  for (const body of bodies.slice(0, 100)) remark.parse(body);
  const parseRuns: number[] = [];
  const remarkRuns: number[] = [];
  for (let run = 0; run < runs; run++) {
    parseRuns.push(cpuMs(parseAll) / corpus.length);
    if (format === "md") remarkRuns.push(cpuMs(remarkAll) / corpus.length);
  }
  const parseMs = median(parseRuns);
  const remarkMs = format === "md" ? median(remarkRuns) : 0;
  return { articles: corpus.length, format, parseMs, remarkMs, readingMs: parseMs - remarkMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: "string" }, format: { type: "string" }, runs: { type: "string" } } });
  const formats = values.format ? [values.format as "md" | "txt"] : (["md", "txt"] as const);
  for (const format of formats) {
    const m = measureReading(Number(values.count ?? 1000), format, Number(values.runs ?? 3));
    const verdict = m.readingMs > readingTargetMs ? "OVER" : "within";
    console.log(
      `${format}: ${m.articles} articles (load average ${loadavg()[0]?.toFixed(1)}), CPU per article: parse ${m.parseMs.toFixed(2)} ms, remark-parse alone ${m.remarkMs.toFixed(2)} ms, Galley's reading ${m.readingMs.toFixed(2)} ms (${verdict} the ${readingTargetMs} ms target)`,
    );
  }
}
