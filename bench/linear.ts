/**
 * Parse time of the shapes that once made parsing quadratic (issue 12, "Time"): each shape at
 * 2 MB, CPU time (user + system, all threads) of one parse. Target: ≤ 2 s each (issue 12), and
 * ≤ 1.6 s on a quiet machine for a margin on slower ones. The parser timed is the compiled one in
 * lib/ when it is fresh, as users run it, else the sources under tsx (bench/parser-under-test.ts;
 * the first line says which, with the load average). Before timing,
 * one small article of every shape is parsed, so that the one-time costs (loading the language
 * table and the stopword lists, compiling the parser's code) fall on no shape. Part of
 * `npm run bench` (`npm run bench -- --only parse` for the parse figures alone); alone:
 *
 *   node --import tsx bench/linear.ts [--bytes 2000000] [--only "mark quotes"] [--runs 3]
 *
 * With `--runs N` each shape is parsed N times and the median is printed (the machine is shared:
 * one run can land on a busy spell).
 */
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { VFile } from "vfile";
import { parserUnderTest } from "./parser-under-test.js";
import { shapes, shapeText } from "../tests/helpers/linear-shapes.js";

export interface LinearMeasure {
  shape: string;
  bytes: number;
  /** CPU time of one parse, the median of the runs. */
  cpuMs: number;
  /** Every run's CPU time, in the order they ran. */
  runsMs: number[];
  /** Wall time of one parse, the median of the runs (on a shared machine, more than the CPU time). */
  wallMs: number;
}

/** The target of issue 12: a 2 MB article parses in at most this much CPU time. */
export const targetMs = 2000;

/** The parser timed: lib/ when fresh, else src/ under tsx. */
export const parser = await parserUnderTest();

const parse = (text: string) => parser.parseArticle(new VFile({ path: "shape.txt", value: text }), { contentPath: "shape.txt" });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** CPU time (user + system) of parsing each shape at `bytes` bytes, the median of `runs` parses. */
export function measureLinear(bytes = 2_000_000, only?: string, runs = 1): LinearMeasure[] {
  const chosen = shapes.filter((shape) => !only || shape.name === only);
  for (const shape of chosen) parse(shapeText(shape, 20_000)); // warm up (see above)
  const results: LinearMeasure[] = [];
  for (const shape of chosen) {
    const text = shapeText(shape, bytes);
    const runsMs: number[] = [];
    const wallsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const wallStarted = performance.now();
      const started = process.cpuUsage();
      parse(text);
      const used = process.cpuUsage(started);
      wallsMs.push(performance.now() - wallStarted);
      runsMs.push((used.user + used.system) / 1000);
    }
    results.push({ shape: shape.name, bytes: Buffer.byteLength(text), cpuMs: median(runsMs), runsMs, wallMs: median(wallsMs) });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { bytes: { type: "string" }, only: { type: "string" }, runs: { type: "string" } } });
  const runs = Number(values.runs ?? 1);
  const load = () => loadavg().map((l) => l.toFixed(1)).join(" ");
  console.log(`parse CPU time (user + system) per shape, target ≤ ${targetMs / 1000} s${runs > 1 ? `, median of ${runs} runs` : ""}`);
  console.log(`  timing the ${parser.note}; load average (1, 5, 15 min) ${load()} on ${cpus().length} cores`);
  const measures = measureLinear(Number(values.bytes ?? 2_000_000), values.only, runs);
  console.log(`  load average after: ${load()}`);
  for (const m of measures) {
    const each = runs > 1 ? ` (runs: ${m.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(", ")})` : "";
    const verdict = m.cpuMs > targetMs ? "OVER the 2 s target" : "within the 2 s target";
    console.log(`  parse ${m.shape}, ${(m.bytes / 1e6).toFixed(1)} MB: ${(m.cpuMs / 1000).toFixed(2)} s CPU (${(m.wallMs / 1000).toFixed(2)} s wall), ${verdict}${each}`);
  }
}
