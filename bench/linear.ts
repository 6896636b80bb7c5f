/**
 * Parse time of the shapes that once made parsing quadratic (issue 12, "Time"): each shape at
 * 2 MB, CPU time of one parse. Target: ≤ 2 s each. Part of `npm run bench`; alone:
 *
 *   node --import tsx bench/linear.ts [--bytes 2000000] [--only "mark quotes"]
 */
import { parseArgs } from "node:util";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { shapes, shapeText } from "../tests/helpers/linear-shapes.js";

export interface LinearMeasure {
  shape: string;
  bytes: number;
  cpuMs: number;
}

/** CPU time (user + system) of parsing each shape once at `bytes` bytes. */
export function measureLinear(bytes = 2_000_000, only?: string): LinearMeasure[] {
  const results: LinearMeasure[] = [];
  for (const shape of shapes) {
    if (only && shape.name !== only) continue;
    const text = shapeText(shape, bytes);
    const started = process.cpuUsage();
    parseArticle(new VFile({ path: "shape.txt", value: text }), { contentPath: "shape.txt" });
    const used = process.cpuUsage(started);
    results.push({ shape: shape.name, bytes: Buffer.byteLength(text), cpuMs: (used.user + used.system) / 1000 });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { bytes: { type: "string" }, only: { type: "string" } } });
  for (const m of measureLinear(Number(values.bytes ?? 2_000_000), values.only)) {
    console.log(`  parse ${m.shape}, ${(m.bytes / 1e6).toFixed(1)} MB: ${(m.cpuMs / 1000).toFixed(2)} s CPU${m.cpuMs > 2000 ? "  (over the 2 s target)" : ""}`);
  }
}
