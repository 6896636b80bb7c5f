/**
 * How the `galley` process uses memory and V8's optimizing compiler. A build keeps one summary
 * per article for its whole run and makes short-lived garbage (texts, pages) all along; left to
 * its defaults, V8 lets the heap grow to several times what is alive before it collects, which
 * on an archive of 100,000 articles is the difference between 0.5 and 1.5 GB. Collecting when
 * the heap has grown by a third over what was alive at the last collection keeps the peak near
 * the real need, at a few per cent of the time. The flags are process-wide (worker threads too),
 * so only the command sets them.
 */
import { setFlagsFromString } from "node:v8";

/**
 * Functions V8's optimizing compiler (TurboFan) leaves alone. `compiler` is
 * mdast-util-from-markdown's: called once per Markdown parse, it only builds ~100 closures, so
 * optimized code gains nothing, but optimizing it costs more than any other function of a build
 * (its escape analysis over all those closures: ~30 % of TurboFan's time, in every thread that
 * parses). V8's filter takes one name, and a function of that name anywhere else is left to the
 * baseline tiers too.
 */
export const notOptimized = "compiler";

export function tuneHeap(): void {
  setFlagsFromString("--heap-growing-percent=30");
  setFlagsFromString(`--turbo-filter=-${notOptimized}`);
}
