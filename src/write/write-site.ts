/**
 * Writes a built site all or nothing: everything goes into a fresh folder next to the output
 * folder, which replaces the old output only once every file is written. A failed build leaves
 * the previous output untouched.
 */
import { copyFile, cp, link, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export type OutputFile =
  | {
      /** Path inside the output folder, with `/` separators. */
      path: string;
      contents: string | Uint8Array;
    }
  | {
      path: string;
      /** An unchanged file of the previous output, linked (or copied) into the new one. */
      reuse: string;
    };

export interface CopiedFile {
  /** Path inside the output folder. */
  path: string;
  /** File to copy from. */
  from: string;
}

export interface WriteResult {
  files: number;
}

/**
 * Writes `files` (rendered lazily, one at a time) and `copies` into a staging folder, then swaps it
 * in for `outDir`. If anything throws, the staging folder is removed and `outDir` is unchanged.
 */
export async function writeSite(outDir: string, files: AsyncIterable<OutputFile>, copies: readonly CopiedFile[]): Promise<WriteResult> {
  const parent = dirname(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(outDir)}-new-${stamp}`);
  const retired = join(parent, `.${basename(outDir)}-old-${stamp}`);
  await mkdir(staging, { recursive: true });
  let count = 0;
  const inFlight = new Set<Promise<void>>();
  try {
    const made = new Set<string>();
    const ensureDir = async (path: string) => {
      const dir = dirname(join(staging, path));
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
    };
    // a few writes in flight at once: the disk, not the renderer, is the limit here
    const write = async (file: OutputFile) => {
      await ensureDir(file.path);
      const target = join(staging, file.path);
      if ("reuse" in file) await link(file.reuse, target).catch(() => copyFile(file.reuse, target));
      else await writeFile(target, file.contents);
    };
    for await (const file of files) {
      const job: Promise<void> = write(file).finally(() => inFlight.delete(job));
      inFlight.add(job);
      count++;
      if (inFlight.size >= 16) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    for (const copy of copies) {
      await ensureDir(copy.path);
      await cp(copy.from, join(staging, copy.path));
      count++;
    }
  } catch (error) {
    await Promise.allSettled(inFlight);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await swap(staging, outDir, retired);
  return { files: count };
}

async function swap(staging: string, outDir: string, retired: string): Promise<void> {
  let hadOld = true;
  try {
    await rename(outDir, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    hadOld = false;
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadOld) await rename(retired, outDir);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(retired, { recursive: true, force: true });
}
