/**
 * The site as pages: which page is written where, with what data. Pure: articles and config
 * in, a list of pages out. Links between pages are relative, so `dist/` works from disk, at a
 * domain root and under any sub-path; canonical URLs use the configured `url`.
 */
import type { Article } from "./article.js";
import { displayDate, type DisplayDate } from "./dates.js";
import type { SiteConfig } from "./site.js";

/** An article as listings and templates see it: the article plus derived fields. */
export interface ArticleView extends Article {
  /** Output path of its page, from the site root: `slug/index.html`. */
  path: string;
  /** Link from the site root (same as `path`; relative links are made per page with `root`). */
  url: string;
  /** Absolute (or root-relative) canonical URL: `https://example.org/news/slug/`. */
  canonical: string;
  /** Description, else the lede: for listings and meta tags. */
  summary: string;
  published: DisplayDate | null;
  modified: DisplayDate | null;
}

export interface PageData {
  site: SiteConfig;
  page: {
    /** Output path: `index.html`, `slug/index.html`. */
    path: string;
    /** Relative prefix from this page to the site root: `""`, `"../"`. */
    root: string;
    title: string;
    description: string;
    lang: string;
    canonical: string;
  };
  [key: string]: unknown;
}

export interface Page {
  path: string;
  /** Template name without extension: `index`, `article`. */
  template: string;
  data: PageData;
}

/** The prefix that leads from `path` back to the site root. */
export const rootOf = (path: string): string => "../".repeat(path.split("/").length - 1);

/** The canonical URL of a site path (`slug/`) under the configured base URL. */
export const canonicalUrl = (config: SiteConfig, prettyPath: string): string => config.url + prettyPath;

/** Newest first; undated articles last; ties by headline. */
export function byNewest(a: ArticleView, b: ArticleView): number {
  return (b.published?.time ?? -Infinity) - (a.published?.time ?? -Infinity) || a.headline.localeCompare(b.headline);
}

export function toView(article: Article, config: SiteConfig): ArticleView {
  const path = `${article.slug}/index.html`;
  return {
    ...article,
    path,
    url: path,
    canonical: canonicalUrl(config, `${article.slug}/`),
    summary: article.description ?? article.lede,
    published: displayDate(article.date, article.lang),
    modified: displayDate(article.updated, article.lang),
  };
}

/** Plans every page of the site. */
export function planPages(articles: readonly Article[], config: SiteConfig): Page[] {
  const views = articles.map((a) => toView(a, config)).sort(byNewest);
  const pages: Page[] = [
    {
      path: "index.html",
      template: "index",
      data: {
        site: config,
        page: { path: "index.html", root: "", title: config.title, description: config.description, lang: config.language, canonical: canonicalUrl(config, "") },
        articles: views,
      },
    },
  ];
  for (const article of views) {
    pages.push({
      path: article.path,
      template: "article",
      data: {
        site: config,
        page: {
          path: article.path,
          root: rootOf(article.path),
          title: article.headline,
          description: article.summary,
          lang: article.lang,
          canonical: article.canonical,
        },
        article,
      },
    });
  }
  return pages;
}
