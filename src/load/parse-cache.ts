/**
 * A cache of parsed articles on disk, so a rebuild parses only what changed. An entry is keyed
 * by the article's path, its text, the site's language settings, the parser's own code and the
 * versions of Galley and its dependencies (remark, unified …, see `versions.ts`):
 * editing any of them makes a new key, so a stale entry is never read. A large build also
 * reads an article's blocks back from here when it renders its page.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteConfig } from "../model/site.js";
import { storeEntry, type ParsedEntry } from "./parsed-entry.js";
import { sourceStamps, type SourceStamps } from "./source-stamps.js";
import { codeVersions } from "./versions.js";

export interface ParseCache {
  /** The folder of the cache's files. */
  dir: string;
  keyOf: (contentPath: string, text: string) => string;
  /** The file an entry is stored in (workers read and write it themselves). */
  fileOf: (key: string) => string;
  get: (key: string) => ParsedEntry | null;
  set: (key: string, entry: ParsedEntry) => void;
  /** Which key each unchanged source had when last read (source-stamps.ts), opened when first asked for. */
  stamps: () => SourceStamps;
}

/** A hash of the parser's code (src/parse or lib/parse, and the entry's shape): a new parser never reads old entries. */
let parserCodeHash: string | null = null;
/** Made when a cache is opened (threads that only read entries never need it). */
const parserCode = (): string => (parserCodeHash ??= hashParserCode());
function hashParserCode(): string {
  const hash = createHash("sha1");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js)$/.test(name)) hash.update(name).update(readFileSync(path));
    }
  };
  const here = dirname(fileURLToPath(import.meta.url));
  walk(join(here, "..", "parse"));
  hash.update(readFileSync(join(here, fileURLToPath(import.meta.url).endsWith(".ts") ? "parsed-entry.ts" : "parsed-entry.js")));
  return hash.digest("hex");
}

/** The file of the entry `key` in the cache folder `dir`. */
export const entryFile = (dir: string, key: string): string => join(dir, key.slice(0, 2), `${key}.json`);

/** Reads an entry stored by `storeEntry`, or null when there is none. */
export function readEntry(path: string): ParsedEntry | null {
  // a cold build asks for every entry: a missing one is a stat, not a thrown and caught error
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ParsedEntry;
  } catch {
    return null;
  }
}

/** The cache in `dir` (made when first written), for articles parsed with `config` by the code of `versions`. */
export function openParseCache(dir: string, config: SiteConfig, versions = codeVersions()): ParseCache {
  const settings = JSON.stringify([config.language, config.words, versions]);
  const code = parserCode();
  const fileOf = (key: string) => entryFile(dir, key);
  let stamps: SourceStamps | null = null;
  return {
    dir,
    keyOf: (contentPath, text) => createHash("sha1").update(code).update(settings).update(contentPath).update("\0").update(text).digest("hex"),
    fileOf,
    get: (key) => readEntry(fileOf(key)),
    set: (key, entry) => storeEntry(fileOf(key), entry),
    stamps: () => (stamps ??= sourceStamps(dir, createHash("sha1").update(code).update(settings).digest("hex"))),
  };
}
