/**
 * How the `galley` process uses memory. A build keeps one summary per article for its whole run
 * and makes short-lived garbage (texts, pages) all along; left to its defaults, V8 lets the heap
 * grow to several times what is alive before it collects, which on an archive of 100,000
 * articles is the difference between 0.5 and 1.5 GB. Collecting when the heap has grown by a
 * third over what was alive at the last collection keeps the peak near the real need, at a few
 * per cent of the time. The flag is process-wide (worker threads too), so only the command sets it.
 */
import { setFlagsFromString } from "node:v8";

export function tuneHeap(): void {
  setFlagsFromString("--heap-growing-percent=30");
}
