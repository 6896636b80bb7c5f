/**
 * What each page of the last build was rendered from, so a rebuild renders only pages whose
 * signature changed and takes the others from the previous output. The cache belongs to one
 * output folder, one set of templates, one config, one version of the renderer and of Galley
 * and its dependencies (template engine, XML writer …): a change to any of them starts it afresh.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { codeVersions } from "../load/versions.js";
import type { SiteConfig } from "../model/site.js";

export interface PageCache {
  /** The previous output of `path` when it was rendered from `signature`, else null. */
  reusable: (path: string, signature: string) => string | null;
  record: (path: string, signature: string) => void;
  /** Writes the signatures of this build (after it succeeded). */
  save: () => void;
}

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

function hashFolder(hash: ReturnType<typeof createHash>, dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashFolder(hash, path);
    else hash.update(path).update(readFileSync(path));
  }
}

/** The renderer's and model's own code: a new Galley never reuses pages of an old one. */
const codeHash = (() => {
  const hash = createHash("sha1");
  const here = dirname(fileURLToPath(import.meta.url));
  hashFolder(hash, here);
  hashFolder(hash, join(here, "..", "model"));
  return hash.digest("hex");
})();

export function openPageCache(file: string, outDir: string, roots: string[], config: SiteConfig, versions = codeVersions()): PageCache {
  const hash = createHash("sha1").update(codeHash).update(versions).update(outDir).update(JSON.stringify(config));
  for (const root of roots) hashFolder(hash, root);
  const fingerprint = hash.digest("hex");
  let previous: Record<string, string> = {};
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as { fingerprint: string; pages: Record<string, string> };
    if (saved.fingerprint === fingerprint) previous = saved.pages;
  } catch {
    // no cache yet
  }
  const current: Record<string, string> = {};
  return {
    reusable: (path, signature) => {
      const old = join(outDir, path);
      return previous[path] === sha1(signature) && existsSync(old) ? old : null;
    },
    record: (path, signature) => {
      current[path] = sha1(signature);
    },
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ fingerprint, pages: current }));
    },
  };
}
