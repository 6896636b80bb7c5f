/**
 * Which parse-cache entry an article's source has, known from the file's stamp (size, inode,
 * modification and change times): a rebuild finds the parsed article of an unchanged file
 * without reading, decoding and hashing its text (4,000 articles are a third of a no-change
 * rebuild's reading). The entry itself stays keyed by the text (parse-cache.ts): a stamp only
 * says which key the text had when it was last read.
 *
 * As git's index does, a stamp is trusted only when it cannot hide a change: the change time
 * moves on every write (tools that set a file's date back cannot set it), and a file written
 * less than two seconds before it was read is not stamped, so an edit that lands within the same
 * tick of the file system's clock is still read. Only files read without any message are
 * stamped. Kept in `<cache>/sources.json` for the parser and language settings that made the
 * keys (other settings: an empty index); an unreadable index is an empty one.
 *
 * A build also keeps there the summary of each stamped file's entry (what it holds in memory of
 * the article, `summaryOf`): a rebuild of unchanged files reads this one file, not every entry.
 */
import type { Stats } from "node:fs";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedEntry } from "./parsed-entry.js";

export interface SourceStamps {
  /** The cache key of `contentPath` when its file's stamp is still the one recorded, else null. */
  find(contentPath: string, info: Stats): string | null;
  /** Records the key of a file read now (ignored for a file written in the last two seconds). */
  set(contentPath: string, info: Stats, key: string): void;
  /** The summary kept with the key `find` or `set` gave `contentPath` in this load, or null. */
  summary(contentPath: string): ParsedEntry | null;
  /** Keeps `summary` (of the entry of the key recorded for `contentPath`) with its stamp; ignored for a file not stamped. */
  keep(contentPath: string, summary: ParsedEntry): void;
  /** Writes the index of the files seen since it was opened (atomically), when anything changed; then lets go of the summaries. */
  save(): void;
}

/** Seconds a file must have been left alone before its stamp is trusted (coarse file system clocks tick once a second or two). */
const settleMs = 2000;

const stampOf = (info: Stats) => `${info.size}:${info.ino}:${info.mtimeMs}:${info.ctimeMs}`;

/** A file's stamp, the key of its entry, and the entry's summary once a build has kept it. */
type Stamp = [string, string] | [string, string, ParsedEntry];

/** The stamps in `cacheDir` for entries whose keys were made with `settings` (the parser's code and the site's language settings, hashed). */
export function sourceStamps(cacheDir: string, settings: string): SourceStamps {
  const file = join(cacheDir, "sources.json");
  let known: Record<string, Stamp> = {};
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as { settings: string; stamps: Record<string, Stamp> };
    if (stored.settings === settings) known = stored.stamps;
  } catch {
    // no index yet, or a damaged one: every source is read once
  }
  const seen: Record<string, Stamp> = {};
  let changed = false;
  return {
    find(contentPath, info) {
      const record = known[contentPath];
      if (!record || record[0] !== stampOf(info)) return null;
      seen[contentPath] = record;
      return record[1];
    },
    set(contentPath, info, key) {
      if (Date.now() - Math.max(info.mtimeMs, info.ctimeMs) < settleMs) return;
      const record: Stamp = [stampOf(info), key];
      seen[contentPath] = record;
      const before = known[contentPath];
      if (!before || before[0] !== record[0] || before[1] !== key) changed = true;
    },
    summary(contentPath) {
      return seen[contentPath]?.[2] ?? null;
    },
    keep(contentPath, summary) {
      const record = seen[contentPath];
      if (!record || record[2] !== undefined) return;
      seen[contentPath] = [record[0], record[1], summary];
      changed = true;
    },
    save() {
      // files gone since the last build drop out
      if (changed || Object.keys(seen).length !== Object.keys(known).length) {
        const temp = `${file}.tmp-${process.pid}`;
        writeFileSync(temp, JSON.stringify({ settings, stamps: seen }));
        renameSync(temp, file);
        changed = false;
      }
      // the summaries are let go (a build holds its own): a later load reads entries from the cache
      for (const path of Object.keys(seen)) seen[path] = [(seen[path] as Stamp)[0], (seen[path] as Stamp)[1]];
      known = { ...seen };
    },
  };
}
