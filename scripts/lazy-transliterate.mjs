/**
 * What scripts/bundle-cli.mjs changes in @sindresorhus/transliterate (slugify's transliteration)
 * for `galley parse`'s bundle: the tables and expressions it builds at import are built when
 * first needed, with the same results (tests/parse-bundle.test.ts compares them with the
 * package's own on strings of many scripts and locales).
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The package builds at import, for each of its locales, a copy of its whole replacement table
 * and one expression of every replacement, though Galley never passes a locale: here each locale's table and expression are built when first asked for, with
 * the same keys in the same order, so slugs are the same. Left as it is (only slower) if the
 * package's text is not the one this expects.
 */
const localeEntry = "\tconst replacements = new Map(builtinReplacements);\n\tfor (const [key, value] of localeMap) {\n\t\treplacements.set(key, value);\n\t}\n\n\tlocaleCache.set(locale, {\n\t\treplacements,\n\t\tpattern: buildReplacementPattern(replacements),\n\t});\n";
const lazyLocaleEntry = [
  "\tlocaleCache.set(locale, {",
  "\t\tget replacements() { const value = new Map(builtinReplacements); for (const [key, to] of localeMap) value.set(key, to); Object.defineProperty(this, \"replacements\", { value }); return value; },",
  "\t\tget pattern() { const value = buildReplacementPattern(this.replacements); Object.defineProperty(this, \"pattern\", { value }); return value; },",
  "\t});\n",
].join("\n");
/**
 * Its default expression (an alternation of all 1,880 keys of its table, sorted and escaped) is
 * built at import too, though a slug of an ASCII file name (`world/story.txt`) cannot match it:
 * every key holds a character beyond ASCII (checked here when bundling). In the bundle it is built
 * when a string first holds such a character; an ASCII string skips the replacement it could not
 * make. Left eager if the package's text or table is not the one this expects.
 */
const defaultEntry = "// Pre-compile the default pattern for performance\nconst defaultPattern = buildReplacementPattern(builtinReplacements);\n";
const lazyDefaultEntry = "let builtDefaultPattern;\nconst defaultPatternOf = () => (builtDefaultPattern ??= buildReplacementPattern(builtinReplacements));\n";
const defaultUse = ["\tlet pattern = defaultPattern;\n", "\tstring = string.replace(pattern, match => replacements.get(match) ?? match);\n"];
const lazyDefaultUse = ["\tlet pattern;\n", "\tif (pattern !== undefined || /[^\\u0000-\\u007f]/u.test(string)) {\n\t\tstring = string.replace(pattern ?? defaultPatternOf(), match => replacements.get(match) ?? match);\n\t}\n"];
async function asciiKeyless(dir) {
  const { default: table } = await import(pathToFileURL(join(dir, "replacements.js")).href);
  return table instanceof Map && [...table.keys()].every((key) => typeof key === "string" && /[^\u0000-\u007f]/u.test(key));
}
/** The package's index.js (`text`, from the folder `dir`) with both changes, or as much of them as still fits it. */
export async function lazyTransliterate(text, dir) {
  if (text.split(localeEntry).length !== 2) {
    console.log("bundle-cli: @sindresorhus/transliterate has changed; its locale tables stay eager");
    return text;
  }
  const lazy = text.replace(localeEntry, lazyLocaleEntry);
  if ([defaultEntry, ...defaultUse].some((part) => lazy.split(part).length !== 2) || !(await asciiKeyless(dir))) {
    console.log("bundle-cli: @sindresorhus/transliterate has changed; its default expression stays eager");
    return lazy;
  }
  return lazy.replace(defaultEntry, lazyDefaultEntry).replace(defaultUse[0], lazyDefaultUse[0]).replace(defaultUse[1], lazyDefaultUse[1]);
}
