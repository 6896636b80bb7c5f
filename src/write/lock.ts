/**
 * One build at a time per output folder. A build holds a lock file next to its output
 * (`dist/` → `.dist.lock`, holding the pid, host and start time). A second build fails at once
 * with an error naming the lock and the pid that holds it; a lock left by a build that died
 * (its pid is gone) is taken over, and what that build left is recovered (write-site.ts): a
 * change it had committed is finished, a staging folder it had not is removed.
 */
import { hostname } from "node:os";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import { VFile } from "vfile";
import { fail, GalleyError } from "../diagnostics.js";
import { isAlive, recoverOutput } from "./write-site.js";

export interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

/** The lock file of an output folder: `site/dist` → `site/.dist.lock`. */
export const lockPathOf = (outDir: string): string => join(dirname(outDir), `.${basename(outDir)}.lock`);

async function readLock(path: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(path, "utf8")) as Partial<LockInfo>;
    return { pid: Number(info.pid), host: String(info.host ?? ""), started: String(info.started ?? "") };
  } catch {
    return null;
  }
}

/** A lock nobody holds any more: its build ran on this machine and its process is gone. */
const isStale = (info: LockInfo | null): boolean => info === null || (info.host === hostname() && !isAlive(info.pid));

/** Takes the lock of `outDir`, or throws a GalleyError naming the build that holds it. Resolves to a release function. */
export async function acquireBuildLock(outDir: string, show: (path: string) => string = (p) => relative(process.cwd(), p) || p): Promise<() => Promise<void>> {
  const path = lockPathOf(outDir);
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(mine)}\n`, { flag: "wx" });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw error;
    }
    const held = await readLock(path);
    if (attempt < 3 && isStale(held)) {
      // move the stale lock aside (only one taker succeeds), check it is the one we judged, retry
      const aside = `${path}.stale-${process.pid}`;
      try {
        await rename(path, aside);
        const moved = await readLock(aside);
        if (!isStale(moved)) await rename(aside, path).catch(() => undefined);
        else await unlink(aside).catch(() => undefined);
      } catch {
        // another build moved it first: try again
      }
      continue;
    }
    const file = new VFile({ path: show(path) });
    const who = held ? `pid ${held.pid}${held.host && held.host !== hostname() ? ` on ${held.host}` : ""}, started ${held.started}` : "unknown process";
    fail(file, `another build is writing ${show(outDir)}/ (${who}): wait for it to finish, or delete ${show(path)} if no build is running`, { line: 1, column: 1 }, "build-locked");
    throw new GalleyError(file.messages);
  }
  await recoverOutput(outDir);
  return async () => {
    const now = await readLock(path);
    if (now?.pid === mine.pid && now.started === mine.started) await unlink(path).catch(() => undefined);
  };
}

const writeProblems: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "no permission to write there",
  EPERM: "no permission to write there",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a file is in the way",
  ENAMETOOLONG: "the path is too long",
};

/** A file system error while writing the output, as a GalleyError naming the output folder; other errors as they are. */
export function outputError(error: unknown, outDir: string, show: (path: string) => string = (p) => relative(process.cwd(), p) || p): unknown {
  if (error instanceof GalleyError) return error;
  const e = error as NodeJS.ErrnoException & { dest?: string };
  if (!e || typeof e.code !== "string") return error;
  const ours = (p: string | undefined) =>
    p !== undefined && (p === outDir || p.startsWith(outDir + sep) || (outDir + sep).startsWith(p + sep) || p.startsWith(join(dirname(outDir), `.${basename(outDir)}`)));
  if (!ours(e.path) && !ours(e.dest)) return error;
  const file = new VFile({ path: show(outDir) });
  const why = writeProblems[e.code] ?? e.code;
  fail(file, `cannot write the site here: ${why} (${e.code} on ${show(e.path ?? outDir)}); the previous output, if any, is untouched`, { line: 1, column: 1 }, "output-unwritable");
  return new GalleyError(file.messages);
}

/** Runs `build` holding the lock of `outDir`; a file system error on the output becomes a GalleyError. */
export async function withBuildLock<T>(outDir: string, build: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    await mkdir(dirname(outDir), { recursive: true });
    release = await acquireBuildLock(outDir);
  } catch (error) {
    throw outputError(error, outDir);
  }
  try {
    return await build();
  } catch (error) {
    throw outputError(error, outDir);
  } finally {
    await release();
  }
}
