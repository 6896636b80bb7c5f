/**
 * A cache of parsed articles on disk, so a rebuild parses only what changed. An entry is keyed
 * by the article's path, its text, the site's language settings and the parser's own code:
 * editing any of them makes a new key, so a stale entry is never read.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../model/article.js";
import type { SiteConfig } from "../model/site.js";

/** A message as plain data (vfile messages do not cross threads or files). */
export interface PlainMessage {
  reason: string;
  line: number | undefined;
  column: number | undefined;
  ruleId: string | undefined;
  fatal: boolean;
}

export interface ParsedEntry {
  article: Article;
  messages: PlainMessage[];
}

export interface ParseCache {
  keyOf: (contentPath: string, text: string) => string;
  get: (key: string) => ParsedEntry | null;
  set: (key: string, entry: ParsedEntry) => void;
}

/** A hash of the parser's code (src/parse or lib/parse): a new parser never reads old entries. */
const parserCode = (() => {
  const hash = createHash("sha1");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|js)$/.test(name)) hash.update(name).update(readFileSync(path));
    }
  };
  walk(join(dirname(fileURLToPath(import.meta.url)), "..", "parse"));
  return hash.digest("hex");
})();

/** The cache in `dir` (made when first written), for articles parsed with `config`. */
export function openParseCache(dir: string, config: SiteConfig): ParseCache {
  const settings = JSON.stringify([config.language, config.words]);
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    keyOf: (contentPath, text) => createHash("sha1").update(parserCode).update(settings).update(contentPath).update("\0").update(text).digest("hex"),
    get: (key) => {
      try {
        return JSON.parse(readFileSync(pathOf(key), "utf8")) as ParsedEntry;
      } catch {
        return null;
      }
    },
    set: (key, entry) => {
      const path = pathOf(key);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(entry));
    },
  };
}
