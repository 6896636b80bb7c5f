/**
 * Where things live in the built site. Every path here is relative to the site root and
 * lower-case: `world/`, `tags/harbour/`, `authors/tom-haldane/`, `archive/2026/11/`.
 * Pages link with relative paths that name `index.html`, so `dist/` works from disk, at a
 * domain root and under any sub-path; canonical URLs use the configured `url`.
 */
import slugify from "@sindresorhus/slugify";
import type { SiteConfig } from "./site.js";

/** A URL-safe, lower-case name: "Tom Haldane" → "tom-haldane" (names repeat: each is worked out once). */
const slugs = new Map<string, string>();
export function slug(name: string): string {
  let value = slugs.get(name);
  if (value === undefined) slugs.set(name, (value = slugify(name) || "x"));
  return value;
}

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
export const absolute = (config: SiteConfig, path: string): string => resolveUrl(config.url, path.replace(/^\/+/, ""));

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
