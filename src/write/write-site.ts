/**
 * Writes a built site all or nothing. Nothing in the output folder changes until every file of
 * the new site is made:
 *
 * - The first build writes everything into a fresh folder next to the output folder and renames
 *   it into place.
 * - A rebuild writes only the files whose bytes changed into that fresh folder. Once all are
 *   there, it records the change (a commit file: files to move in, files to remove) and applies
 *   it: a few renames and unlinks. Should the process die while applying, the next build finishes
 *   the recorded change before it starts. Unchanged files are never touched, so their dates stay.
 *
 * A failed build (an error, a crash before the commit) leaves the previous output untouched.
 * Every build writes the list of its files (`.galley-manifest.json`, output-guard.ts); a rebuild
 * removes only files listed there, never a file Galley did not write.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cp, mkdir, readFile, rename, rm, rmdir, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { manifestBytes, manifestFile, readManifest } from "./output-guard.js";

export type OutputFile =
  | {
      /** Path inside the output folder, with `/` separators. */
      path: string;
      contents: string | Uint8Array;
    }
  | {
      path: string;
      /** An unchanged file of the previous output (left in place, or linked into a new output). */
      reuse: string;
    };

export interface CopiedFile {
  /** Path inside the output folder. */
  path: string;
  /** File to copy from. */
  from: string;
  /** The file changes only with its size or modification time (originals and processed images): compared by those, not byte by byte. */
  stable?: boolean;
}

export interface WriteResult {
  /** Files in the output. */
  files: number;
  /** Files written or replaced, and removed, by this build. */
  changed: number;
  removed: number;
}

interface Commit {
  /** Paths (with `/`) to move from the staging folder into the output folder. */
  written: string[];
  /** Paths to delete from the output folder. */
  removed: string[];
}

const commitFile = ".galley-commit.json";

/**
 * Writes `files` (rendered lazily, one at a time) and `copies` as the new content of `outDir`.
 * If anything throws, the staging folder is removed and `outDir` is unchanged.
 */
export async function writeSite(outDir: string, files: AsyncIterable<OutputFile>, copies: readonly CopiedFile[]): Promise<WriteResult> {
  const parent = dirname(outDir);
  await recoverOutput(outDir);
  const staging = join(parent, `.${basename(outDir)}-new-${process.pid}-${Date.now()}`);
  await mkdir(staging, { recursive: true });
  const update = existsSync(outDir) && statSync(outDir).isDirectory();
  const paths = new Set<string>();
  const written: string[] = [];
  const inFlight = new Set<Promise<void>>();
  try {
    // files are written synchronously: measured on a 4000-article build, fs/promises spent
    // three times the CPU (its thread pool, a promise and a file handle per file) for no gain
    const made = new Set<string>();
    const ensureDir = (path: string) => {
      const dir = dirname(join(staging, path));
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
    };
    const unchanged = (path: string, bytes: string | Uint8Array) => {
      if (!update) return false;
      const old = join(outDir, path);
      if (!existsSync(old)) return false;
      let previous: Buffer;
      try {
        previous = readFileSync(old);
      } catch {
        return false;
      }
      return previous.equals(typeof bytes === "string" ? Buffer.from(bytes) : bytes);
    };
    const write = async (file: OutputFile) => {
      const target = join(staging, file.path);
      if ("reuse" in file) {
        if (update && file.reuse === join(outDir, file.path)) return;
        ensureDir(file.path);
        try {
          linkSync(file.reuse, target);
        } catch {
          copyFileSync(file.reuse, target);
        }
      } else {
        if (unchanged(file.path, file.contents)) return;
        ensureDir(file.path);
        writeFileSync(target, file.contents);
      }
      written.push(file.path);
    };
    const copy = async ({ path, from, stable }: CopiedFile) => {
      if (stable) {
        const b = update ? statSync(join(outDir, path), { throwIfNoEntry: false }) : undefined;
        if (b) {
          const a = statSync(from);
          if (a.size === b.size && Math.abs(a.mtimeMs - b.mtimeMs) < 1) return; // the copy keeps the time to within a millisecond (utimes rounds)
        }
      } else if (unchanged(path, await readFile(from))) return;
      ensureDir(path);
      await cp(from, join(staging, path), { preserveTimestamps: true });
      written.push(path);
    };
    // a few writes in flight at once: the disk, not the renderer, is the limit here; the first
    // write that fails fails the build (a job's rejection was once dropped: "built", a page missing)
    let failed: { error: unknown } | null = null;
    const start = (job: Promise<void>) => {
      const tracked: Promise<void> = job.catch((error: unknown) => void (failed ??= { error })).finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    };
    const check = () => {
      if (failed) throw failed.error;
    };
    for await (const file of files) {
      if (paths.has(file.path)) throw new Error(`two files of this build would be written to ${file.path}: is an article's slug also the name of a page of the site?`);
      paths.add(file.path);
      start(write(file));
      if (inFlight.size >= 16) await Promise.race(inFlight);
      check();
    }
    for (const item of copies) {
      if (paths.has(item.path)) continue;
      paths.add(item.path);
      start(copy(item));
      if (inFlight.size >= 16) await Promise.race(inFlight);
      check();
    }
    await Promise.all(inFlight);
    check();
    // what this build wrote, for the next one: it removes only these
    const manifest = manifestBytes(paths);
    await write({ path: manifestFile, contents: manifest });
  } catch (error) {
    await Promise.allSettled(inFlight);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const clash = folderClash(paths);
  if (clash) {
    await rm(staging, { recursive: true, force: true });
    throw Object.assign(new Error(`ENOTDIR: ${clash} is a file of this build and a folder of another of its files`), { code: "ENOTDIR", path: join(staging, clash) });
  }
  if (!update) {
    await rename(staging, outDir).catch(async (error) => {
      await rm(staging, { recursive: true, force: true });
      throw error;
    });
    return { files: paths.size, changed: paths.size, removed: 0 };
  }
  const removed = (readManifest(outDir)?.files ?? []).filter((path) => !paths.has(path));
  // the commit: from here on the change is applied, now or by the next build
  await writeFile(join(staging, commitFile), JSON.stringify({ written, removed } satisfies Commit));
  await apply(staging, outDir);
  return { files: paths.size, changed: written.filter((path) => path !== manifestFile).length, removed: removed.length };
}

/** Moves a committed change into `outDir`, then removes the staging folder. */
async function apply(staging: string, outDir: string): Promise<void> {
  const { written, removed } = JSON.parse(await readFile(join(staging, commitFile), "utf8")) as Commit;
  for (const path of removed) await unlink(join(outDir, path)).catch(() => undefined);
  await removeEmptyDirs(outDir, new Set(removed.map((p) => dirname(join(outDir, p)))));
  const made = new Set<string>();
  for (const path of written) {
    const target = join(outDir, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    // already moved when an earlier attempt died half-way
    await rename(join(staging, path), target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT" || !existsSync(target)) throw error;
    });
  }
  await rm(staging, { recursive: true, force: true });
}

/**
 * What builds that died left next to `outDir`: a change one had committed is finished; a
 * staging folder without a commit is removed; an output moved aside by an earlier Galley
 * (`.dist-old-…`) is put back when there is no output, else removed. Folders of live builds are left alone.
 */
export async function recoverOutput(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(outDir)}-`;
  for (const name of readdirSync(parent).sort()) {
    const match = /^(new|old)-(\d+)-\d+$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : "");
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isAlive(pid)) continue;
    const path = join(parent, name);
    if (match[1] === "old") {
      if (!existsSync(outDir)) await rename(path, outDir).catch(() => undefined);
      else await rm(path, { recursive: true, force: true });
    } else if (existsSync(join(path, commitFile)) && existsSync(outDir)) {
      await apply(path, outDir);
    } else {
      await rm(path, { recursive: true, force: true });
    }
  }
}

/** A path of `paths` that another path needs as a folder (`a.css` and `a.css/x`), else null. */
function folderClash(paths: ReadonlySet<string>): string | null {
  for (const path of paths) {
    for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) {
      if (paths.has(path.slice(0, i))) return path.slice(0, i);
    }
  }
  return null;
}

/** Whether process `pid` is running on this machine (a process of another user counts as running). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes `dirs` (and their parents inside `root`) when they are empty. */
async function removeEmptyDirs(root: string, dirs: Set<string>): Promise<void> {
  const deepestFirst = [...dirs].sort((a, b) => b.length - a.length);
  for (let dir of deepestFirst) {
    while (dir.startsWith(root + sep)) {
      try {
        await rmdir(dir);
      } catch {
        break;
      }
      dir = dirname(dir);
    }
  }
}
