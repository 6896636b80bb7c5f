/**
 * Start-up: how long a command takes from `node` to exit, for the commands that should answer at
 * once (`galley --help`, `galley parse FILE`), beside bare `node -e 0` on the same machine.
 * Runs the compiled CLI (lib/, `npx tsc -p tsconfig.build.json && node scripts/bundle-cli.mjs`
 * first) through package.json's `bin`; each figure is the median
 * of `runs` processes, wall time and CPU time (user + system, bench/process-time.ts).
 *
 * The commands run with no stdin (bench/process-time.ts: a pipe there made every Node process
 * started from a background job take ~0.9 s of CPU here, bare `node -e 0` too: the odd figures of
 * 5 December, 18:50) and in this process's environment without the variables that make every Node
 * process do more than the command (`startupEnv`): `NODE_OPTIONS` (a `--import tsx` there, or a
 * `--cpu-prof`, loads or writes hundreds of milliseconds before the first line of Galley runs, and
 * a shell that exported it for another tool passes it on to every process the bench starts),
 * `NODE_EXTRA_CA_CERTS` (Node reads and parses the whole bundle at start: ~80 ms here, and a
 * user's machine does not set it), `NODE_V8_COVERAGE`, `NODE_DEBUG` and the like. What was left
 * out is printed with the figures, and so is the load average, since wall time on a shared
 * machine is mostly the other processes'.
 *
 *   node --import tsx bench/startup.ts [--runs 15]
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { timed } from "./process-time.js";

export interface StartupMeasure {
  name: string;
  wallMs: number;
  cpuMs: number;
}

const root = join(import.meta.dirname, "..");

/** Variables that change what every `node` process does at start, whatever the command. */
const perProcess = ["NODE_OPTIONS", "NODE_EXTRA_CA_CERTS", "NODE_V8_COVERAGE", "NODE_DEBUG", "NODE_DEBUG_NATIVE", "NODE_COMPILE_CACHE", "NODE_REPL_EXTERNAL_MODULE", "UV_THREADPOOL_SIZE"];

/** This process's environment without `perProcess` (and the names that were set, to say so). */
export function startupEnv(env: NodeJS.ProcessEnv = process.env): { env: NodeJS.ProcessEnv; dropped: string[] } {
  const kept = { ...env };
  const dropped = perProcess.filter((name) => kept[name] !== undefined);
  for (const name of dropped) delete kept[name];
  return { env: kept, dropped };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Median wall and CPU of bare node, `galley --help` and `galley parse` of a plain-text and a Markdown article. */
export function measureStartup(runs = 15): StartupMeasure[] {
  // the `galley` command as package.json's `bin` names it (lib/cli/galley.cjs), as a user runs it
  const { bin } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: { galley: string } };
  const cli = join(root, bin.galley);
  const commands: [string, string[]][] = [
    ["node -e 0 (bare Node, for scale)", ["-e", "0"]],
    ["galley --help", [cli, "--help"]],
    ["galley parse FILE.txt", [cli, "parse", join(root, "content", "world", "russia-taliban-terror-list.txt")]],
    ["galley parse FILE.md", [cli, "parse", join(root, "content", "business", "nordhavn-seafood-jobs.md")]],
  ];
  const { env } = startupEnv();
  // warm the file cache (and Galley's language table in node_modules/.cache) once
  for (const [, args] of commands) timed(process.execPath, args, { cwd: root, env });
  const times = commands.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  // alternated, so a busy spell of a shared machine falls on all of them alike
  for (let run = 0; run < runs; run++) {
    commands.forEach(([, args], i) => {
      const t = timed(process.execPath, args, { cwd: root, env });
      times[i]?.wall.push(t.wallMs);
      times[i]?.cpu.push(t.cpuMs);
    });
  }
  return commands.map(([name], i) => ({ name, wallMs: median(times[i]?.wall ?? []), cpuMs: median(times[i]?.cpu ?? []) }));
}

/** The load average before and the variables left out, for the line above the figures. */
export function startupConditions(): string {
  const { dropped } = startupEnv();
  return `load average ${loadavg().map((x) => x.toFixed(1)).join(", ")}; run without ${dropped.length > 0 ? dropped.join(", ") : "(no Node variables were set)"}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: "string" } } });
  console.log(startupConditions());
  for (const m of measureStartup(Number(values.runs ?? 15))) console.log(`${m.name}: ${m.wallMs.toFixed(0)} ms wall, ${m.cpuMs.toFixed(0)} ms CPU (median)`);
}
