/**
 * The versions of the code that makes Galley's output: Galley's own and every dependency's as
 * installed (`remark-parse@11.0.0 unified@11.0.5 …`). The caches are keyed on them, so
 * upgrading the Markdown parser, the template engine or the XML writer never reuses a stale
 * parse or page.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Galley's folder: the one holding its package.json, above src/ or lib/. */
export const galleyRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
}

const readJson = (path: string): PackageJson | null => {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as PackageJson;
  } catch {
    return null;
  }
};

/** The installed version of `name`, looked for as Node does: node_modules of Galley's folder and every folder above it. */
function installedVersion(name: string): string {
  for (let dir = galleyRoot; ; dir = dirname(dir)) {
    const path = join(dir, "node_modules", name, "package.json");
    if (existsSync(path)) return readJson(path)?.version ?? "?";
    if (dirname(dir) === dir) return "missing";
  }
}

let memo: string | null = null;

/** `galley@0.1.0 dep@version …` for Galley and each of its dependencies, as installed. */
export function codeVersions(): string {
  if (memo !== null) return memo;
  const own = readJson(join(galleyRoot, "package.json")) ?? {};
  const deps = Object.keys(own.dependencies ?? {}).sort();
  memo = [`${own.name ?? "galley"}@${own.version ?? "?"}`, ...deps.map((name) => `${name}@${installedVersion(name)}`)].join(" ");
  return memo;
}
