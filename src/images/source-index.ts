/**
 * Which cache entry an original image has, known from its path, size and modification time:
 * a warm build finds its processed images without reading or hashing the originals (200 photos
 * are hundreds of megabytes). Only a file whose size or time changed is read and hashed again
 * (the entry stays keyed by content, so a touched but unchanged file still finds its images).
 * Kept in `<cacheDir>/sources.json`; an unreadable index is an empty one.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What the index remembers of one original. */
export interface SourceRecord {
  size: number;
  mtimeMs: number;
  /** The recipe (settings, sharp's version) the entry was made with. */
  recipe: string;
  /** The cache entry's folder name. */
  entry: string;
  /** The original's own pixel size (for `<img>` width and height), when it has one. */
  measured: { width: number; height: number } | null;
}

export interface SourceIndex {
  /** The record of `path` when its size, time and recipe are still the same. */
  find(path: string, size: number, mtimeMs: number, recipe: string): SourceRecord | null;
  set(path: string, record: SourceRecord): void;
  /** Writes the index when it changed (atomically: a build that dies leaves the old one). */
  save(): void;
}

export function sourceIndex(cacheDir: string): SourceIndex {
  const file = join(cacheDir, "sources.json");
  let records: Record<string, SourceRecord> = {};
  try {
    records = JSON.parse(readFileSync(file, "utf8")) as Record<string, SourceRecord>;
  } catch {
    // no index yet, or a damaged one: every original is read once
  }
  let changed = false;
  return {
    find(path, size, mtimeMs, recipe) {
      const r = records[path];
      return r && r.size === size && r.mtimeMs === mtimeMs && r.recipe === recipe ? r : null;
    },
    set(path, record) {
      const r = records[path];
      if (r && JSON.stringify(r) === JSON.stringify(record)) return;
      records[path] = record;
      changed = true;
    },
    save() {
      if (!changed) return;
      const temp = `${file}.tmp-${process.pid}`;
      writeFileSync(temp, JSON.stringify(records));
      renameSync(temp, file);
      changed = false;
    },
  };
}
