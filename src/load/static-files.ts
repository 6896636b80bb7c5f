/** The files of a site's `static/` folder, copied to the root of dist/ as they are (dot files and folders such as `.well-known/` included). */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { CopiedFile } from "../write/write-site.js";

export async function staticFiles(dir: string): Promise<CopiedFile[]> {
  const folder = join(dir, "static");
  if (!existsSync(folder)) return [];
  const files: CopiedFile[] = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    files.push({ path: relative(folder, from).split(sep).join("/"), from });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
