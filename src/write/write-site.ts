/**
 * Writes a built site all or nothing: everything goes into a fresh folder next to the output
 * folder, which replaces the old output only once every file is written. A failed build leaves
 * the previous output untouched.
 */
import { cp, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface OutputFile {
  /** Path inside the output folder, with `/` separators. */
  path: string;
  contents: string | Uint8Array;
}

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
  try {
    const made = new Set<string>();
    const ensureDir = async (path: string) => {
      const dir = dirname(join(staging, path));
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
    };
    for await (const file of files) {
      await ensureDir(file.path);
      await writeFile(join(staging, file.path), file.contents);
      count++;
    }
    for (const copy of copies) {
      await ensureDir(copy.path);
      await cp(copy.from, join(staging, copy.path));
      count++;
    }
  } catch (error) {
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
