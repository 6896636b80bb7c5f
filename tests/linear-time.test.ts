/**
 * Parsing is linear in the size of the copy (issue 12, "Time"): for each shape that once made it
 * quadratic, parsing 4n bytes takes about four times the CPU of n bytes, never sixteen. The
 * bound is generous (a ratio under 8, the better of two tries) so that a busy shared machine
 * does not make it fail; a quadratic parse gives about 16. The 2 MB figures are in
 * `npm run bench` (bench/linear.ts).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { VFile } from "vfile";
import { parseArticle } from "../src/parse/index.js";
import { shapes, shapeText } from "./helpers/linear-shapes.js";

const small = 20_000;
const cpuMs = (text: string) => {
  const started = process.cpuUsage();
  parseArticle(new VFile({ path: "shape.txt", value: text }), { contentPath: "shape.txt" });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

for (const shape of shapes) {
  test(`given ${shape.name} repeated, 4× the copy takes about 4× the time`, () => {
    const n = shapeText(shape, small);
    const n4 = shapeText(shape, small * 4);
    cpuMs(n); // warm up: compile the parser's code paths before timing
    const ratios: number[] = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      const base = Math.max(cpuMs(n), 5);
      ratios.push(cpuMs(n4) / base);
      if (ratios[0]! < 8) break;
    }
    const best = Math.min(...ratios);
    assert.ok(best < 8, `${shape.name}: ${small * 4} bytes took ${best.toFixed(1)}× the time of ${small} bytes (linear is about 4)`);
  });
}
