/**
 * Where things live in the built site. Every path here is relative to the site root and
 * lower-case: `world/`, `tags/harbour/`, `authors/tom-haldane/`, `archive/2026/11/`.
 * Pages link with relative paths that name `index.html`, so `dist/` works from disk, at a
 * domain root and under any sub-path; canonical URLs use the configured `url`.
 */
import slugify from "@sindresorhus/slugify";
import type { SiteConfig } from "./site.js";

/**
 * A lower-case name for an address: "Tom Haldane" → "tom-haldane", "Río" → "rio". Letters that
 * transliteration gives nothing for (Chinese, Hebrew, Thai, …) are kept as they are: "经济" →
 * "经济", "王芳" → "王芳" (an IRI; absolute URLs percent-encode them). At most `maxSlug`
 * characters and `maxSlugBytes` bytes, so a folder name always fits the file system. Names repeat: each is worked out once.
 */
const slugs = new Map<string, string>();
export function slug(name: string): string {
  let value = slugs.get(name);
  if (value === undefined) slugs.set(name, (value = makeSlug(name)));
  return value;
}

export const maxSlug = 100;

/** Whether transliteration gives something for a letter (memoized by letter). */
const transliterable = new Map<string, boolean>();
const hasLatin = (letter: string): boolean => {
  let value = transliterable.get(letter);
  if (value === undefined) transliterable.set(letter, (value = slugify(letter) !== ""));
  return value;
};

function makeSlug(name: string): string {
  if (![...name].some((char) => /\p{L}/u.test(char) && !hasLatin(char))) return cut(slugify(name));
  const pieces: string[] = [];
  // word by word; a word is cut where it changes between letters with and without a transliteration
  for (const word of name.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}\s]+/gu) ?? []) {
    let run = "";
    let kept = false;
    const flush = () => {
      if (run) pieces.push(kept ? run.toLocaleLowerCase() : slugify(run));
      run = "";
    };
    for (const char of word) {
      const keep: boolean = /\p{L}/u.test(char) ? !hasLatin(char) : /\p{M}/u.test(char) ? kept : false;
      if (run && keep !== kept) flush();
      kept = keep;
      run += char;
    }
    flush();
  }
  return cut(pieces.filter(Boolean).join("-").replace(/-{2,}/g, "-").replace(/^-|-$/g, ""));
}

/** At most this many bytes of UTF-8 too: a folder's name has at most 255 on most file systems (经济 is 6). */
export const maxSlugBytes = 200;

const cut = (value: string): string => {
  let out = "";
  let bytes = 0;
  for (const char of [...value].slice(0, maxSlug)) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxSlugBytes) break;
    out += char;
  }
  return out.replace(/-+$/, "") || "x";
};

/** A site path as a URL path: letters of any script, spaces, `#`, `?` and `%` (but an escape) percent-encoded. */
export const encodePath = (path: string): string => path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]|%(?![0-9A-Fa-f]{2})/gu, (c) => encodeURIComponent(c));

/**
 * The file a local image reference names: `a%23b.svg` → `a#b.svg`; a `%` that is no escape stays
 * as written (`50%off.svg`), and so does `a#b.svg` (a fragment means nothing for a file next to an article).
 */
export const mediaFile = (src: string): string =>
  src
    .split("/")
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    })
    .join("/");

/** The `src` a page prints for an image reference: a local file's name as a URL path (`a#b.svg` → `a%23b.svg`); a remote URL as written. */
export const mediaUrl = (src: string): string => (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src) ? src : encodePath(mediaFile(src)));

/** The file a directory path is served from: `world/` → `world/index.html`, `` → `index.html`. */
export const fileOf = (dir: string): string => `${dir}index.html`;

/** The prefix that leads from a file back to the site root: `a/b/index.html` → `../../`. */
export const rootOf = (file: string): string => "../".repeat(file.split("/").length - 1);

/**
 * The absolute URL of a site path, resolved with the URL API: `./a b.svg` under `x/` →
 * `https://example.org/x/a%20b.svg` (dot segments gone, characters encoded). A path starting
 * with `/` is taken from the site's root, not the domain's. (With a path-only `url`, which
 * site.yaml no longer accepts, it stays root-relative.)
 */
export const absolute = (config: SiteConfig, path: string): string => resolveUrl(config.url, encodePath(path.replace(/^\/+/, "")));

/** `ref` resolved against `base` as a browser would; `base` may be path-only (`/news/`). */
export function resolveUrl(base: string, ref: string): string {
  if (hasScheme(base)) return new URL(ref, base).href;
  const url = new URL(ref, new URL(base, "http://x.invalid"));
  return url.pathname + url.search + url.hash;
}

const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** Whether `url` in site.yaml is a full URL (feeds, sitemaps and Open Graph want one). */
export const hasAbsoluteUrl = (config: SiteConfig): boolean => /^https?:\/\//.test(config.url);

/** The path part of the site URL: `https://example.org/news/` → `/news/`. */
export const basePath = (config: SiteConfig): string => (hasAbsoluteUrl(config) ? new URL(config.url).pathname : config.url);

export const sectionDir = (section: string): string => `${slug(section)}/`;
export const tagDir = (tag: string): string => `tags/${slug(tag)}/`;
export const authorDir = (author: string): string => `authors/${slug(author)}/`;
export const archiveDir = (year: string, month: string): string => `archive/${year}/${month}/`;

/** Page `n` (1-based) of a paginated listing: `world/`, `world/page/2/`. */
export const pageDir = (dir: string, n: number): string => (n <= 1 ? dir : `${dir}page/${n}/`);
