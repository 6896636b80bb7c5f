/**
 * Start-up: how long a command takes from `node` to exit, for the commands that should answer at
 * once (`galley --help`, `galley parse FILE`), beside bare `node -e 0` on the same machine.
 * Runs the compiled CLI (lib/, `npx tsc -p tsconfig.build.json` first); each figure is the median
 * of `runs` processes, wall time and CPU time (user + system, bench/process-time.ts).
 *
 *   node --import tsx bench/startup.ts [--runs 15]
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { timed } from "./process-time.js";

export interface StartupMeasure {
  name: string;
  wallMs: number;
  cpuMs: number;
}

const root = join(import.meta.dirname, "..");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median wall and CPU of bare node, `galley --help` and `galley parse` of a plain-text and a Markdown article. */
export function measureStartup(runs = 15): StartupMeasure[] {
  const cli = join(root, "lib", "cli", "main.js");
  const commands: [string, string[]][] = [
    ["node -e 0 (bare Node, for scale)", ["-e", "0"]],
    ["galley --help", [cli, "--help"]],
    ["galley parse FILE.txt", [cli, "parse", join(root, "content", "world", "russia-taliban-terror-list.txt")]],
    ["galley parse FILE.md", [cli, "parse", join(root, "content", "business", "nordhavn-seafood-jobs.md")]],
  ];
  // warm the file cache (and Galley's language table in node_modules/.cache) once
  for (const [, args] of commands) timed(process.execPath, args, { cwd: root });
  const times = commands.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  // alternated, so a busy spell of a shared machine falls on all of them alike
  for (let run = 0; run < runs; run++) {
    commands.forEach(([, args], i) => {
      const t = timed(process.execPath, args, { cwd: root });
      times[i]?.wall.push(t.wallMs);
      times[i]?.cpu.push(t.cpuMs);
    });
  }
  return commands.map(([name], i) => ({ name, wallMs: median(times[i]?.wall ?? []), cpuMs: median(times[i]?.cpu ?? []) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: "string" } } });
  for (const m of measureStartup(Number(values.runs ?? 15))) console.log(`${m.name}: ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU (median)`);
}
