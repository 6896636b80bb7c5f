/**
 * Reads and validates `site.yaml`. Every problem is a message with the field's line and column;
 * unknown fields are warnings (a typo should not pass silently).
 */
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { VFile } from "vfile";
import { fail, warn, type Place } from "../diagnostics.js";
import { closest } from "../did-you-mean.js";
import { defaultConfig, type SiteConfig } from "../model/site.js";
import { decodeText } from "./read-sources.js";
import { parseYamlMapping } from "./yaml.js";

export interface ReadConfigResult {
  config: SiteConfig;
  /** site.yaml as a vfile, holding its messages. */
  file: VFile;
}

type Check = (value: unknown) => string | undefined;

// eslint-disable-next-line no-control-regex
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const isString: Check = (v) => (typeof v === "string" && v.trim() !== "" ? (controlCharacter.test(v) ? "must not hold control characters" : undefined) : "must be a non-empty text");
const isLanguage: Check = (v) =>
  typeof v === "string" && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v) ? undefined : "must be a BCP 47 language tag such as `en`, `sv` or `pt-BR`";
/** Where the site is deployed: a full http(s) URL, since feeds, sitemaps and social cards need absolute addresses. */
const isSiteUrl: Check = (v) => {
  const example = "such as `https://example.org/` or `https://example.org/news/`";
  if (typeof v !== "string") return `must be the full URL the site is deployed at, ${example}`;
  if (v.startsWith("/") && !v.startsWith("//")) return `must be a full URL, not only a path: feeds, sitemaps and social cards need absolute addresses (${example})`;
  if (!URL.canParse(v)) return `must be the full URL the site is deployed at, ${example}`;
  if (/\s/u.test(v)) return "must not hold spaces: write a space in the address as `%20`";
  const url = new URL(v);
  if (url.protocol !== "http:" && url.protocol !== "https:") return `must use http or https, ${example}`;
  if (url.search || url.hash || v.includes("#")) return `must not have a query or a #fragment, ${example}`;
  if (url.username || url.password) return "must not hold a user name or password";
  return undefined;
};
const anyText: Check = (v) => (typeof v !== "string" ? "must be text" : controlCharacter.test(v) ? "must not hold control characters" : undefined);

/** The word lists a site may extend (see src/parse/lexicon/types.ts). */
export const wordListNames = [
  "speechVerbs", "titles", "pronouns", "bylinePrefixes", "reporterWords", "creditLabels", "captionLabels", "relatedTitles",
  "noise", "noisePatterns", "videoMarkers", "updatedWords",
];
const isWords: Check = (v) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "must map languages to word lists, such as `sv: { noise: [Lyssna] }`";
  for (const [lang, lists] of Object.entries(v)) {
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) return `has \`${lang}\`, which is not a language tag`;
    if (typeof lists !== "object" || lists === null || Array.isArray(lists)) return `\`${lang}\` must map list names to lists`;
    for (const [name, list] of Object.entries(lists)) {
      if (!wordListNames.includes(name)) return `\`${lang}.${name}\` is not a word list (known: ${wordListNames.join(", ")})`;
      if (!Array.isArray(list) || !list.every((w) => typeof w === "string")) return `\`${lang}.${name}\` must be a list of texts`;
      if (name === "noisePatterns") {
        for (const pattern of list as string[]) {
          try {
            new RegExp(pattern, "iu");
          } catch (error) {
            return `\`${lang}.noisePatterns\` has an invalid regular expression \`${pattern}\`: ${(error as Error).message}`;
          }
        }
      }
    }
  }
  return undefined;
};

const isTimeZone: Check = (v) => {
  if (typeof v !== "string") return "must be an IANA time zone such as `Europe/Stockholm`";
  // (a canonical name is in Intl's list, read in a few ms; only another spelling, "utc" or an
  // alias, asks a formatter, whose first time-zone load costs a process 30-60 ms)
  if (Intl.supportedValuesOf("timeZone").includes(v)) return undefined;
  try {
    new Intl.DateTimeFormat("en", { timeZone: v });
    return undefined;
  } catch {
    return `\`${v}\` is not a time zone: use an IANA name such as \`Europe/Stockholm\` or \`UTC\``;
  }
};

const isPageSize: Check = (v) => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1000 ? undefined : "must be a whole number from 1 to 1000");

/** A mapping of names to mappings whose fields are texts from `allowed`. */
const mappingOf = (allowed: string[], what: string): Check => (v) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return `must map ${what} to their settings`;
  for (const [name, entry] of Object.entries(v)) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return `\`${name}\` must be a mapping with ${allowed.join(", ")}`;
    for (const [key, value] of Object.entries(entry)) {
      if (!allowed.includes(key)) return `\`${name}.${key}\` is not a setting (known: ${allowed.join(", ")})`;
      if (typeof value !== "string") return `\`${name}.${key}\` must be text`;
    }
  }
  return undefined;
};

const isPublisher: Check = (v) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "must be a mapping with name, logo and icon";
  for (const [key, value] of Object.entries(v)) {
    if (key !== "name" && key !== "logo" && key !== "icon") return `\`${key}\` is not a setting (known: name, logo, icon)`;
    if (typeof value !== "string") return `\`${key}\` must be text`;
  }
  return undefined;
};

const imageFormats = ["avif", "webp"];
const isImages: Check = (v) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "must be a mapping with widths, formats and quality, such as `{ widths: [480, 800, 1200], formats: [webp] }`";
  for (const [key, value] of Object.entries(v)) {
    if (key === "widths") {
      if (!Array.isArray(value) || value.length === 0 || !value.every((w) => Number.isInteger(w) && w >= 16 && w <= 8000)) return "`widths` must be a list of whole numbers of pixels from 16 to 8000, such as `[480, 800, 1200]`";
    } else if (key === "formats") {
      if (!Array.isArray(value) || !value.every((f) => imageFormats.includes(f as string))) return `\`formats\` must be a list of ${imageFormats.join(", ")} (the JPEG or PNG fallback is always made); \`[]\` for none`;
    } else if (key === "quality") {
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 100) return "`quality` must be a whole number from 1 to 100";
    } else {
      const guess = closest(key, ["widths", "formats", "quality"]);
      return `\`${key}\` is not a setting${guess ? `; did you mean \`${guess}\`?` : ""} (known: widths, formats, quality)`;
    }
  }
  return undefined;
};

/** The fields of site.yaml and how each is checked. */
const fields: Record<keyof SiteConfig, Check> = {
  title: isString,
  language: isLanguage,
  url: isSiteUrl,
  description: anyText,
  words: isWords,
  timezone: isTimeZone,
  page_size: isPageSize,
  publisher: isPublisher,
  authors: (v) =>
    mappingOf(["bio", "url"], "author names")(v) ??
    Object.entries(v as Record<string, { url?: string }>).map(([name, a]) => (a.url === undefined || (/^https?:\/\//.test(a.url) && URL.canParse(a.url)) ? undefined : `\`${name}.url\` must be an http(s) URL`)).find(Boolean),
  sections: mappingOf(["title", "description"], "section slugs"),
  images: isImages,
  strings: (v) =>
    typeof v !== "object" || v === null || Array.isArray(v)
      ? "must map languages to interface words, e.g. `sv: { latest: Nytt }`"
      : Object.entries(v).map(([lang, words]) => (typeof words !== "object" || words === null || Array.isArray(words) || Object.values(words).some((w) => typeof w !== "string") ? `\`${lang}\` must map names of interface words to text` : undefined)).find(Boolean),
  search: (v) => (typeof v === "boolean" ? undefined : "must be `true` or `false`"),
};

/** Reads `DIR/site.yaml`. A missing file is an error: a site folder is defined by it. */
export async function readConfig(dir: string): Promise<ReadConfigResult> {
  const path = join(dir, "site.yaml");
  // messages name the file as the content files' do: relative to the working folder
  const file = new VFile({ path: relative(process.cwd(), path) || path });
  let text: string;
  try {
    text = decodeText(await readFile(path), file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no site.yaml here: a site folder needs one; `galley init` starts a site here (see README, “Start a site”)" : `cannot read site.yaml (${code})`;
    fail(file, reason, undefined, "config-missing");
    return { config: defaultConfig, file };
  }
  file.value = text;
  if (file.messages.some((m) => m.fatal)) return { config: defaultConfig, file };
  return { config: validateConfig(text, file), file };
}

/**
 * A mapping read from YAML as an object without a prototype: a section or author named
 * `constructor` or `__proto__` is looked up as itself, never as a property of Object.
 */
function ownOnly(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  return Object.assign(Object.create(null) as object, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ownOnly(v)])));
}

/** Parses and checks the text of a site.yaml; problems are added to `file`. */
export function validateConfig(text: string, file: VFile): SiteConfig {
  const yaml = parseYamlMapping(text, file, 0, "site.yaml");
  const config: SiteConfig = { ...defaultConfig };
  if (yaml.failed) return config;
  for (const [key, value] of Object.entries(yaml.data)) {
    const place: Place | undefined = yaml.placeOf(key, Object.hasOwn(fields, key) ? "value" : "key");
    if (!Object.hasOwn(fields, key)) {
      const guess = closest(key, Object.keys(fields));
      warn(file, `unknown field \`${key}\`${guess ? `; did you mean \`${guess}\`?` : ""} (known: ${Object.keys(fields).join(", ")})`, place, "config-unknown-field");
      continue;
    }
    const name = key as keyof SiteConfig;
    const problem = fields[name](value);
    if (problem) fail(file, `\`${key}\` ${problem}`, place, "config-invalid-field");
    else (config as unknown as Record<string, unknown>)[name] = name === "publisher" ? { ...defaultConfig.publisher, ...(value as object) } : name === "images" ? { ...defaultConfig.images, ...(value as object) } : ownOnly(value);
  }
  if (!Object.hasOwn(yaml.data, "title")) fail(file, "`title` is missing: name the site, e.g. `title: The Daily Example`", { line: 1, column: 1 }, "config-invalid-field");
  if (!Object.hasOwn(yaml.data, "url")) fail(file, "`url` is missing: the full URL the site is deployed at, e.g. `url: https://example.org/`", { line: 1, column: 1 }, "config-invalid-field");
  if (!config.url.endsWith("/")) config.url += "/";
  return config;
}
