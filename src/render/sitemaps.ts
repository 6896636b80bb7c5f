/**
 * sitemap.xml (sitemaps.org, with lastmod; split with an index past 45,000 URLs), the Google
 * News sitemap (articles of the last two days, at most 1000) and robots.txt naming them —
 * written with the `sitemap` library. Neither schema allows an empty `<urlset>`: with no news
 * in the last two days there is no news sitemap, and robots.txt does not name one.
 */
import { Readable } from "node:stream";
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from "sitemap";
import type { SiteConfig } from "../model/site.js";
import { publisherName } from "../model/structured-data.js";
import { absolute } from "../model/urls.js";
import type { ArticleSummary } from "../model/views.js";
import type { OutputFile } from "../write/write-site.js";

/** URLs per sitemap file (the protocol allows 50,000). */
export const sitemapSize = 45_000;
/** Google News: articles published in the last two days, at most 1000. */
export const newsWindowMs = 2 * 24 * 3600 * 1000;
export const newsLimit = 1000;

export interface SitemapInput {
  articles: ArticleSummary[];
  /** Other pages (front page, listings) as site paths with their newest article's time. */
  pages: { path: string; lastmod: number | null }[];
  /** The build's time: what "the last two days" counts from. */
  now: number;
}

/** A urlset of one or more URLs (the schemas allow no empty one). */
const toXml = async (items: SitemapItemLoose[], news: boolean) =>
  String(await streamToPromise(Readable.from(items).pipe(new SitemapStream({ xmlns: { news, image: false, video: false, xhtml: false } }))));

export async function renderSitemaps(input: SitemapInput, config: SiteConfig): Promise<OutputFile[]> {
  const iso = (time: number | null) => (time === null ? undefined : new Date(time).toISOString());
  const items: SitemapItemLoose[] = [
    ...input.pages.map((p) => ({ url: absolute(config, p.path), lastmod: iso(p.lastmod) })),
    ...input.articles.map((a) => ({ url: a.canonical, lastmod: iso((a.modified ?? a.published)?.time ?? null) })),
  ];
  const files: OutputFile[] = [];
  if (items.length <= sitemapSize) {
    files.push({ path: "sitemap.xml", contents: await toXml(items, false) });
  } else {
    const index: { url: string }[] = [];
    for (let i = 0; i * sitemapSize < items.length; i++) {
      const path = `sitemap-${i + 1}.xml`;
      files.push({ path, contents: await toXml(items.slice(i * sitemapSize, (i + 1) * sitemapSize), false) });
      index.push({ url: absolute(config, path) });
    }
    files.push({ path: "sitemap.xml", contents: String(await streamToPromise(Readable.from(index).pipe(new SitemapIndexStream()))) });
  }
  const recent = input.articles
    .filter((a) => a.published && a.published.time <= input.now && input.now - a.published.time <= newsWindowMs)
    .slice(0, newsLimit);
  const news = recent.map((a) => ({
    url: a.canonical,
    news: {
      publication: { name: publisherName(config), language: googleLanguage(a.lang) },
      publication_date: a.published?.iso ?? "",
      title: a.headline,
    },
  }));
  // a quiet weekend: no news sitemap rather than an invalid empty one (a rebuild removes the old one)
  if (news.length > 0) files.push({ path: "news-sitemap.xml", contents: await toXml(news, true) });
  const sitemaps = ["sitemap.xml", ...(news.length > 0 ? ["news-sitemap.xml"] : [])];
  files.push({ path: "robots.txt", contents: `User-agent: *\nAllow: /\n\n${sitemaps.map((s) => `Sitemap: ${absolute(config, s)}\n`).join("")}` });
  return files;
}

/** Google News wants ISO 639 codes, with zh-cn and zh-tw as the exceptions. */
function googleLanguage(lang: string): string {
  const lower = lang.toLowerCase();
  if (lower === "zh-cn" || lower === "zh-tw") return lower;
  return lower.split("-")[0] ?? lower;
}
