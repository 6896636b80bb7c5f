/**
 * The parser a bench times: the compiled one in lib/ (what `galley build` and `galley parse` run)
 * when it is there and fresh, else the TypeScript sources through tsx, with a note saying so.
 * Fresh: every module of src/ has its compiled file in lib/, written no earlier than the source
 * (`npx tsc -p tsconfig.build.json` makes it so). tsx compiles on load and keeps source maps, so
 * its figures run some 10–20 % above the compiled code's.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

type ParseModule = typeof import("../src/parse/index.js");

export interface ParserUnderTest {
  parseArticle: ParseModule["parseArticle"];
  /** "lib" (compiled) or "src" (TypeScript through tsx). */
  from: "lib" | "src";
  /** One line: which code is timed and, for src, why. */
  note: string;
}

const root = join(import.meta.dirname, "..");

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The first source of src/ whose compiled file in lib/ is missing or older, or null when lib/ is fresh. */
export function staleSource(src = join(root, "src"), lib = join(root, "lib")): string | null {
  if (!existsSync(lib)) return "lib/ (missing)";
  for (const source of files(src)) {
    const rel = relative(src, source);
    if (rel.endsWith(".d.ts")) continue;
    const compiled = rel.endsWith(".ts") ? join(lib, rel.replace(/\.ts$/, ".js")) : rel.endsWith(".json") ? join(lib, rel) : null;
    if (compiled === null) continue;
    if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs) return `src/${rel}`;
  }
  return null;
}

/** The compiled parser when lib/ is fresh, else the sources under tsx. */
export async function parserUnderTest(): Promise<ParserUnderTest> {
  const stale = staleSource();
  if (stale === null) {
    const module = (await import(pathToFileURL(join(root, "lib", "parse", "index.js")).href)) as ParseModule;
    return { parseArticle: module.parseArticle, from: "lib", note: "compiled parser (lib/)" };
  }
  const module = await import("../src/parse/index.js");
  return { parseArticle: module.parseArticle, from: "src", note: `TypeScript sources under tsx: lib/ is not fresh (${stale} is newer or not compiled; run \`npx tsc -p tsconfig.build.json\`)` };
}
