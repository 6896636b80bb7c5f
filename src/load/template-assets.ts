/** The template folders of a site and the files of their `assets/` folders. */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { builtinTemplates } from "../render/render-page.js";
import type { CopiedFile } from "../write/write-site.js";

/** The site's own `templates/` (when it has one) before the built-in templates. */
export function templateRoots(dir: string): string[] {
  const own = join(dir, "templates");
  return [...(existsSync(own) && resolve(own) !== resolve(builtinTemplates) ? [own] : []), builtinTemplates];
}

/** Files under `assets/` of the template folders (a site's own override the built-in ones). */
export async function templateAssets(roots: string[]): Promise<CopiedFile[]> {
  const byPath = new Map<string, CopiedFile>();
  for (const root of [...roots].reverse()) {
    const assets = join(root, "assets");
    if (!existsSync(assets)) continue;
    for (const entry of await readdir(assets, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const from = join(entry.parentPath, entry.name);
      const path = `assets/${relative(assets, from).split(sep).join("/")}`;
      byPath.set(path, { path, from });
    }
  }
  return [...byPath.values()];
}
