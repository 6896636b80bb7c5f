/**
 * Articles as templates, listings and feeds see them: the Article plus its links, dates with
 * offsets, lead image and image sizes. Pure data, built once per article.
 */
import type { Article, Block, MediaBlock } from "./article.js";
import { displayDate, type DisplayDate } from "./dates.js";
import type { SiteConfig } from "./site.js";
import { lookup } from "mrmime";
import { absolute, authorDir, fileOf, mediaUrl, resolveUrl, sectionDir, slug, tagDir } from "./urls.js";

export interface Link {
  name: string;
  /** Link from the site root (`world/index.html`); templates prefix `page.root`. */
  url: string;
  /** Absolute URL of the page. */
  canonical: string;
}

export interface ImageView {
  /** As the article gives it: a file next to the article, or a URL. */
  src: string;
  /** Absolute URL, for feeds and structured data. */
  url: string;
  alt: string | null;
  width: number | null;
  height: number | null;
  /** The file's size in bytes when it is next to the article (feeds' enclosure length), else null. */
  bytes: number | null;
  /** MIME type from the file name (`image/jpeg`, `image/svg+xml`), or null when unknown. */
  type: string | null;
  /** The caption and credit the article prints with it, or null. */
  caption: string | null;
  credit: string | null;
  /** Resized variants by format (modern first, the JPEG/PNG fallback last), `srcset` strings from the article's folder; empty when none were made. */
  sources: PictureSource[];
  /** 1200-pixel-wide crops (16:9, 4:3, 1:1) for social cards and structured data, absolute URLs; empty when none were made. */
  social: { ratio: string; url: string; width: number; height: number }[];
}

/** One `<source>` of a `<picture>` (the last is the `<img>`'s own `srcset`). */
export interface PictureSource {
  type: string;
  /** `photo-480w.webp 480w, photo-800w.webp 800w`, paths from the article's folder. */
  srcset: string;
}

/** A local image as measured and processed at load (src/load/local-media.ts); paths are from the article's folder. */
export interface LocalImage {
  width: number;
  height: number;
  bytes?: number;
  sources?: { type: string; srcset: { file: string; width: number; height: number }[] }[];
  social?: { ratio: string; file: string; width: number; height: number }[];
}

/** What a page shows of a processed image, as a short text for page versions: its variants' files and sizes. */
export const imageVersion = (image: LocalImage): string =>
  [...(image.sources ?? []).flatMap((s) => s.srcset.map((v) => `${v.file}@${v.width}x${v.height}`)), ...(image.social ?? []).map((c) => `${c.file}@${c.width}x${c.height}`)].join(",");

/** The `sizes` of article images: the column is 38rem wide at most, the whole screen less its margins below that. */
export const imageSizes = "(min-width: 40rem) 38rem, calc(100vw - 2rem)";

const pictureSources = (image: LocalImage | null): PictureSource[] =>
  (image?.sources ?? []).map((s) => ({ type: s.type, srcset: s.srcset.map((v) => `${mediaUrl(v.file)} ${v.width}w`).join(", ") }));

/** A media block as a page shows it: its size, its variants and whether it is the lead image (loaded first, never lazily). */
export type MediaView = MediaBlock & { width: number | null; height: number | null; sources: PictureSource[]; sizes: string; lead: boolean };

export interface ArticleView extends Omit<Article, "blocks"> {
  /** Blocks, with `width`/`height` and variants on local images. */
  blocks: (Block | MediaView)[];
  /** Output file from the site root: `slug/index.html`. */
  path: string;
  /** Link from the site root (the same as `path`). */
  url: string;
  /** Absolute URL of the article: `https://example.org/news/slug/`. */
  canonical: string;
  /** Description, else the lede: for listings and meta tags. */
  summary: string;
  published: DisplayDate | null;
  modified: DisplayDate | null;
  sectionLink: Link | null;
  tagLinks: Link[];
  authorLink: Link | null;
  leadImage: ImageView | null;
}

/** Sizes of local images, by article slug and `src`, measured when they are copied. */
export type ImageSizes = ReadonlyMap<string, LocalImage>;

/** A remote image's URL, normalised (`https://cdn.example/a b.jpg` → `…/a%20b.jpg`); as written if it does not parse. */
const remoteUrl = (src: string) => (URL.canParse(src) ? new URL(src).href : src);

const isLocal = (src: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src);

export function sectionTitle(config: SiteConfig, section: string): string {
  return config.sections[section]?.title ?? section.charAt(0).toLocaleUpperCase() + section.slice(1);
}

export function link(config: SiteConfig, name: string, dir: string): Link {
  return { name, url: fileOf(dir), canonical: absolute(config, dir) };
}

/** Links to sections, tags and authors are shared by every article that has them (an archive has 100,000 articles, a few hundred links). */
const sharedLinks = new WeakMap<SiteConfig, Map<string, Link>>();
function sharedLink(config: SiteConfig, name: string, dir: string): Link {
  let links = sharedLinks.get(config);
  if (!links) sharedLinks.set(config, (links = new Map()));
  const key = `${name}\0${dir}`;
  let found = links.get(key);
  if (!found) links.set(key, (found = Object.freeze(link(config, name, dir))));
  return found;
}

/** The view of one article. `sizes` holds measured local images, keyed `slug/src`. */
export function toView(article: Article, config: SiteConfig, sizes: ImageSizes = new Map()): ArticleView {
  const sized = (src: string) => sizes.get(`${article.slug}/${src}`) ?? null;
  const more = derived(article, config, sizes);
  // the lead image is the first of its kind on the page: the one block loaded eagerly, with high priority
  let leadShown = false;
  const blocks = article.blocks.map((block): Block | MediaView => {
    if (block.type !== "media" || !block.src) return block;
    const lead = !leadShown && block.kind === "image" && more.leadImage !== null && mediaUrl(block.src) === more.leadImage.src;
    if (lead) leadShown = true;
    const size = sized(block.src);
    return { ...block, src: mediaUrl(block.src), width: size?.width ?? null, height: size?.height ?? null, sources: pictureSources(size), sizes: imageSizes, lead };
  });
  return { ...article, blocks, ...more };
}

/** What a view adds to its article: where it lives, its dates, links and lead image. */
function derived(article: Article, config: SiteConfig, sizes: ImageSizes) {
  const dir = `${article.slug}/`;
  const path = `${dir}index.html`;
  const canonical = absolute(config, dir);
  const sized = (src: string) => sizes.get(`${article.slug}/${src}`) ?? null;
  const firstImage = article.blocks.find((b): b is MediaBlock => b.type === "media" && b.kind === "image" && b.src !== null);
  const leadSrc = article.image ?? firstImage?.src ?? null;
  const leadBlock = article.blocks.find((b): b is MediaBlock => b.type === "media" && b.src === leadSrc);
  let leadImage: ImageView | null = null;
  if (leadSrc) {
    // URLs are resolved, never joined: `./harbour map.svg` → `…/slug/harbour%20map.svg`
    const url = isLocal(leadSrc) ? (leadSrc.startsWith("/") ? absolute(config, leadSrc) : resolveUrl(canonical, mediaUrl(leadSrc))) : remoteUrl(leadSrc);
    const size = sized(leadSrc);
    leadImage = {
      src: mediaUrl(leadSrc),
      url,
      alt: leadBlock ? (leadBlock.alt ?? leadBlock.caption) : article.headline,
      width: size?.width ?? null,
      height: size?.height ?? null,
      bytes: isLocal(leadSrc) ? (size?.bytes ?? null) : null,
      type: lookup(new URL(url, "http://x.invalid").pathname) ?? null,
      caption: leadBlock?.caption ?? null,
      credit: leadBlock?.credit ?? null,
      sources: pictureSources(size),
      social: (size?.social ?? []).map((c) => ({ ratio: c.ratio, url: resolveUrl(canonical, mediaUrl(c.file)), width: c.width, height: c.height })),
    };
  }
  return {
    path,
    url: path,
    canonical,
    summary: article.description ?? article.lede,
    published: displayDate(article.date, article.lang, config.timezone),
    modified: displayDate(article.updated, article.lang, config.timezone),
    sectionLink: article.section ? sharedLink(config, sectionTitle(config, article.section), sectionDir(article.section)) : null,
    tagLinks: article.tags.map((tag) => sharedLink(config, tag, tagDir(tag))),
    authorLink: article.author ? sharedLink(config, article.author, authorDir(article.author)) : null,
    leadImage,
  };
}

/**
 * The image for social cards (og:image, twitter:image): the 16:9 crop when one was made, else the
 * lead image itself when it is a raster (Facebook and X show no SVG), else none.
 */
export function socialImage(image: ImageView | null | undefined): { url: string; width: number | null; height: number | null } | null {
  if (!image) return null;
  const crop = image.social.find((c) => c.ratio === "16x9") ?? image.social[0];
  if (crop) return crop;
  if (image.type === "image/svg+xml") return null;
  return { url: image.url, width: image.width, height: image.height };
}

/**
 * What listings, teasers, feeds' item lists, sitemaps and the page planner see of an article:
 * the fields a teaser shows, small enough that an archive of 100,000 articles fits in memory.
 * Teasers (`more`, `latest`, a listing's `articles`) get these in every mode; an article's own
 * page gets the whole `ArticleView`.
 */
export type ArticleSummary = Pick<
  ArticleView,
  "slug" | "headline" | "summary" | "kicker" | "author" | "section" | "tags" | "lang" | "featured" | "path" | "url" | "canonical" | "published" | "modified" | "sectionLink" | "tagLinks" | "authorLink" | "leadImage"
>;

/** Strings many articles share (authors, sections, tags, languages) are kept once. */
const interned = new Map<string, string>();
function intern<T extends string | null>(value: T): T {
  if (value === null) return value;
  const known = interned.get(value);
  if (known !== undefined) return known as T;
  if (interned.size < 50_000) interned.set(value, value);
  return value;
}

/** The summary of an article, straight from the article (no whole view is made). */
export function toSummary(article: Article, config: SiteConfig, sizes: ImageSizes = new Map()): ArticleSummary {
  return summarize({ ...article, ...derived(article, config, sizes) });
}

/** The summary of a view: its teaser fields, with the strings many articles share kept once. */
export function summarize(view: Omit<ArticleView, "blocks">): ArticleSummary {
  const date = (d: DisplayDate | null) => d && { ...d, year: intern(d.year), month: intern(d.month) };
  return {
    slug: view.slug,
    headline: view.headline,
    summary: view.summary,
    kicker: view.kicker,
    author: intern(view.author),
    section: intern(view.section),
    tags: view.tags.length === 0 ? noTags : view.tags.map(intern),
    lang: intern(view.lang),
    featured: view.featured,
    path: view.path,
    url: view.url,
    canonical: view.canonical,
    published: date(view.published),
    modified: date(view.modified),
    sectionLink: view.sectionLink,
    tagLinks: view.tagLinks.length === 0 ? noLinks : view.tagLinks,
    authorLink: view.authorLink,
    leadImage: view.leadImage,
  };
}

const noTags = Object.freeze([]) as unknown as string[];
const noLinks = Object.freeze([]) as unknown as Link[];

/** Newest first; undated articles last; ties by headline. */
export function byNewest(a: ArticleSummary, b: ArticleSummary): number {
  return (b.published?.time ?? -Infinity) - (a.published?.time ?? -Infinity) || a.headline.localeCompare(b.headline);
}

