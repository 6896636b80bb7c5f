/**
 * Tables Galley derives from its dependencies and Node's ICU data (ELD's n-grams, CLDR's date
 * names), kept between processes in `node_modules/.cache/galley/` beside Galley's own install,
 * the place build tools keep such caches. A table's name says what it was made from (versions,
 * a hash of the code that made it), so a stale one is never read. Nothing here is the user's:
 * a missing, unreadable or unwritable cache only means the table is made again in memory.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Galley's package folder (this file is in src/ or lib/). */
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const toolCacheDir = join(packageDir, "node_modules", ".cache", "galley");

/**
 * A short hash of `parts` (for names that change when what made the table changes): 48 bits of
 * two FNV-1a hashes of the UTF-16 code units, in plain JavaScript, since `galley parse` names its
 * tables on every start and loading node:crypto for it cost more than the hashing (bench/startup.ts).
 */
export function hashOf(...parts: string[]): string {
  const text = parts.join("\0");
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x01000193) ^ (a >>> 15);
  }
  return ((a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0")).slice(0, 12);
}

/** The text stored under `name`, or null. */
export function readToolCache(name: string): string | null {
  try {
    return readFileSync(join(toolCacheDir, name), "utf8");
  } catch {
    return null;
  }
}

/** The bytes stored under `name`, or null (a table searched as bytes, never decoded whole). */
export function readToolCacheBytes(name: string): Buffer | null {
  try {
    return readFileSync(join(toolCacheDir, name));
  } catch {
    return null;
  }
}

/** Stores `text` under `name` (written whole, then renamed, so a reader never sees half). */
export function writeToolCache(name: string, text: string): void {
  try {
    mkdirSync(toolCacheDir, { recursive: true });
    const temporary = join(toolCacheDir, `${name}.${process.pid}.${Math.random().toString(36).slice(2)}`);
    writeFileSync(temporary, text);
    renameSync(temporary, join(toolCacheDir, name));
  } catch {
    // a read-only install: the table is made in memory each time
  }
}
