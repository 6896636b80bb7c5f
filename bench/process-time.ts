/**
 * Runs a command in a process of its own and measures it as the issue asks: wall time, and the
 * CPU time (user + system) of the whole process tree, read from bash's `times` after the command
 * ends. CPU time stays steady on a busy machine when wall time does not.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface Timed {
  wallMs: number;
  /** User + system CPU of the command and every process it started, milliseconds. */
  cpuMs: number;
  stdout: string;
}

const seconds = (text: string) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/** `command args…` in `cwd`; throws with its stderr when it fails. */
export function timed(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Timed {
  // `times` prints the shell's own times, then its children's: the second line is the command's tree
  const script = '"$@"; status=$?; times >&2; exit $status';
  const started = performance.now();
  const result = spawnSync("bash", ["-c", script, "timed", command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    // no stdin (no command reads it): with a pipe there, as spawnSync gives by default, every Node
    // process the bench started from a background job (`npm run bench … &`, a job in a script)
    // took 0.9 s of CPU to start on this machine instead of 0.1 s, bare `node -e 0` included
    stdio: ["ignore", "pipe", "pipe"],
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}):\n${result.stderr}`);
  const lines = result.stderr.trim().split("\n");
  const children = (lines.at(-1) ?? "").trim().split(/\s+/);
  const cpuMs = (seconds(children[0] ?? "") + seconds(children[1] ?? "")) * 1000;
  return { wallMs, cpuMs, stdout: result.stdout };
}

/** Files and bytes below `dir`, as a tool wrote them. */
export function outputSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        files++;
        bytes += statSync(path).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
