/**
 * The site as pages: which HTML page is written where, with what data. Pure: article views and
 * config in, pages out. Feeds, sitemaps and JSON files are planned in render/ from the same views.
 */
import type { SiteConfig } from "./site.js";
import { breadcrumbs, newsArticle } from "./structured-data.js";
import { absolute, archiveDir, authorDir, basePath, fileOf, pageDir, rootOf, sectionDir, tagDir } from "./urls.js";
import { link, sectionTitle, socialImage, summarize, type ArticleSummary, type ArticleView, type ImageView, type Link } from "./views.js";

export interface FeedLinks {
  rss: string;
  atom: string;
  json: string;
  title: string;
}

export interface PageMeta {
  /** Output file: `index.html`, `slug/index.html`. */
  path: string;
  /** Relative prefix from this page to the site root: `""`, `"../"`. */
  root: string;
  title: string;
  /** The `<title>`: the page title and the site's name, kept within 70 characters. */
  documentTitle: string;
  description: string;
  lang: string;
  canonical: string;
  /** Open Graph type. */
  type: "website" | "article";
  /** Absolute URL of the page's image, for Open Graph and Twitter cards (a raster: the lead image's 16:9 crop when one was made). */
  image: string | null;
  /** Its size in pixels, when known. */
  imageWidth?: number | null;
  imageHeight?: number | null;
  /** Links to the previous and next page of a paginated listing (from the site root). */
  prev: string | null;
  next: string | null;
  /** Feeds to announce with `<link rel="alternate">` (paths from the site root). */
  feeds: FeedLinks[];
  /** schema.org objects for `<script type="application/ld+json">`. */
  jsonld: Record<string, unknown>[];
}

/** A standalone page of the site (pages/about.md), read by src/load/standalone-pages.ts. */
export interface StandalonePage {
  slug: string;
  title: string;
  description: string | null;
  lang: string | null;
  /** Order in the footer (front matter `weight`, then title). */
  weight: number;
  /** The body as sanitized HTML. */
  html: string;
  /** The source file, for messages. */
  source: string;
}

export interface PageData {
  site: SiteConfig & { nav: Link[]; feeds: FeedLinks };
  page: PageMeta;
  [key: string]: unknown;
}

export interface Page {
  path: string;
  /** Template name without extension: `index`, `article`, `list`, `404`. */
  template: string;
  data: PageData;
}

export interface Listing {
  kind: "section" | "tag" | "author" | "archive";
  /** Directory of the first page: `world/`. */
  dir: string;
  title: string;
  description: string | null;
  articles: ArticleSummary[];
  feeds: FeedLinks | null;
}

export const feedsOf = (dir: string, title: string): FeedLinks => ({ rss: `${dir}feed.xml`, atom: `${dir}atom.xml`, json: `${dir}feed.json`, title });

/**
 * Groups articles (already newest first) by the folder their names lead to: "Climate" and
 * "climate", or "José" and "Jose", are one listing (named as first seen), never two pages
 * written to one place. Groups come in order of first appearance.
 */
function groupBy(articles: ArticleSummary[], names: (a: ArticleSummary) => string[], dirOf: (name: string) => string): Map<string, { name: string; list: ArticleSummary[] }> {
  const groups = new Map<string, { name: string; list: ArticleSummary[] }>();
  for (const article of articles) {
    for (const name of names(article)) {
      const dir = dirOf(name);
      const group = groups.get(dir);
      if (!group) groups.set(dir, { name, list: [article] });
      else if (group.list.at(-1) !== article) group.list.push(article);
    }
  }
  return groups;
}

/** Every listing of the site: sections, tags, authors, months. */
export function planListings(articles: ArticleSummary[], config: SiteConfig): Listing[] {
  const listings: Listing[] = [];
  for (const [dir, { name: section, list }] of groupBy(articles, (a) => (a.section ? [a.section] : []), sectionDir)) {
    const title = sectionTitle(config, section);
    listings.push({ kind: "section", dir, title, description: config.sections[section]?.description ?? null, articles: list, feeds: feedsOf(dir, `${config.title}: ${title}`) });
  }
  for (const [dir, { name: tag, list }] of groupBy(articles, (a) => a.tags, tagDir)) {
    listings.push({ kind: "tag", dir, title: tag, description: null, articles: list, feeds: null });
  }
  for (const [dir, { name: author, list }] of groupBy(articles, (a) => (a.author ? [a.author] : []), authorDir)) {
    listings.push({ kind: "author", dir, title: author, description: config.authors[author]?.bio ?? null, articles: list, feeds: null });
  }
  const monthDir = (month: string) => archiveDir(month.slice(0, 4), month.slice(5));
  for (const [dir, { name: month, list }] of groupBy(articles, (a) => (a.published ? [`${a.published.year}/${a.published.month}`] : []), monthDir)) {
    const name = new Intl.DateTimeFormat(config.language, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1)));
    listings.push({ kind: "archive", dir, title: name, description: null, articles: list, feeds: null });
  }
  return listings;
}

/** Plans every HTML page of the site. `articles` are newest first. */
export function planPages(articles: ArticleSummary[], config: SiteConfig, listings: Listing[] = planListings(articles, config), standalone: readonly StandalonePage[] = []): Page[] {
  return [...sitePages(articles, config, listings, standalone)];
}

/** The pages of `planPages`, one at a time: a large site's article pages are never all planned at once. */
export function* sitePages(articles: ArticleSummary[], config: SiteConfig, listings: Listing[], standalone: readonly StandalonePage[] = []): Generator<Page> {
  const siteFeeds = feedsOf("", config.title);
  const nav = listings.filter((l) => l.kind === "section").map((l) => link(config, l.title, l.dir));
  const pages = standalone.map((p) => link(config, p.title, `${p.slug}/`));
  const site = { ...config, nav, pages, feeds: siteFeeds };
  const meta = (path: string, fields: Partial<PageMeta>): PageMeta => ({
    documentTitle: documentTitle(fields.title ?? config.title, config.title),
    path,
    root: rootOf(path),
    title: config.title,
    description: config.description,
    lang: config.language,
    canonical: absolute(config, path.replace(/index\.html$/, "")),
    type: "website",
    image: null,
    prev: null,
    next: null,
    feeds: [siteFeeds],
    jsonld: [],
    ...fields,
  });

  const lead = articles.find((a) => a.featured) ?? articles[0] ?? null;
  const rest = articles.filter((a) => a !== lead);
  yield {
    path: "index.html",
    template: "index",
    data: {
      site,
      page: meta("index.html", socialMeta(lead?.leadImage)),
      lead,
      latest: rest.slice(0, config.page_size),
      sections: listings.filter((l) => l.kind === "section").map((l) => ({ link: link(config, l.title, l.dir), articles: l.articles.slice(0, 4) })),
      archive: listings.filter((l) => l.kind === "archive").map((l) => ({ ...link(config, l.title, l.dir), count: l.articles.length })),
    },
  };

  const bySection = new Map(listings.filter((l) => l.kind === "section").map((l) => [l.dir, l.articles]));
  for (const article of articles) {
    const more = article.section ? (bySection.get(sectionDir(article.section)) ?? []).slice(0, 5).filter((a) => a !== article).slice(0, 4) : [];
    yield articlePage(article, more, config, site);
  }

  for (const listing of listings) yield* paginate(listing, config, (path, fields) => meta(path, fields), site);

  yield {
    path: "archive/index.html",
    template: "list",
    data: {
      site,
      page: meta("archive/index.html", { title: "Archive" }),
      listing: { kind: "archive-index", title: "Archive", description: null, months: listings.filter((l) => l.kind === "archive").map((l) => ({ ...link(config, l.title, l.dir), count: l.articles.length })) },
      articles: [],
      pagination: null,
    },
  };

  // the search page: Pagefind's UI over the index of the articles (src/render/search.ts); its words come from the templates
  if (config.search) yield { path: "search/index.html", template: "search", data: { site, page: meta("search/index.html", { title: "Search" }) } };

  // standalone pages (pages/about.md): their own template, linked from every page's footer
  for (const p of standalone) {
    const path = `${p.slug}/index.html`;
    yield { path, template: "page", data: { site, page: meta(path, { title: p.title, description: p.description ?? config.description, lang: p.lang ?? config.language }), standalone: p } };
  }

  // The 404 page is served at any depth: its links start from the site's path, not relative.
  yield { path: "404.html", template: "404", data: { site, page: { ...meta("404.html", { title: "Page not found" }), root: basePath(config) }, latest: articles.slice(0, 5) } };
}

/** How many pages `sitePages` yields. */
export function countPages(articles: ArticleSummary[], config: SiteConfig, listings: Listing[], standalone: readonly StandalonePage[] = []): number {
  // the front page, the archive index and 404 (and the search page), one page per article, and each listing's pages
  return 3 + (config.search ? 1 : 0) + standalone.length + articles.length + listings.reduce((n, l) => n + Math.max(1, Math.ceil(l.articles.length / config.page_size)), 0);
}

/**
 * The page of one article; `more` are the stories shown under it from its section. Planned from
 * the article's summary; rendered with its whole view (the same page, with the blocks).
 */
export function articlePage(article: ArticleSummary, more: ArticleSummary[], config: SiteConfig, site: PageData["site"]): Page {
  const siteFeeds = feedsOf("", config.title);
  return {
    path: article.path,
    template: "article",
    data: {
      site,
      page: {
        path: article.path,
        root: rootOf(article.path),
        title: article.headline,
        documentTitle: documentTitle(article.headline, config.title),
        description: article.summary,
        lang: article.lang,
        canonical: article.canonical,
        type: "article",
        ...socialMeta(article.leadImage),
        prev: null,
        next: null,
        feeds: [siteFeeds, ...(article.sectionLink ? [feedsOf(article.sectionLink.url.replace(/index\.html$/, ""), `${config.title}: ${article.sectionLink.name}`)] : [])],
        jsonld: [newsArticle(article, config), breadcrumbs(article, config)],
      },
      article,
      more,
    },
  };
}

/** A planned article page, given its article's whole view (with the blocks) to render. */
export function withArticle(page: Page, article: ArticleView, config: SiteConfig): Page {
  return articlePage(article, (page.data.more as ArticleSummary[] | undefined) ?? [], config, page.data.site);
}

/** What teasers and listings show of an article: when it is unchanged, only the article's own page changes. */
export function teaserKey(article: ArticleView): string {
  return JSON.stringify(summarize(article));
}

/** "Headline – Site" when it fits in 70 characters (what search results show), else the headline, cut at a word. */
export function documentTitle(title: string, site: string): string {
  if (title === site) return site.length <= 70 ? site : `${site.slice(0, 69)}…`;
  const full = `${title} – ${site}`;
  if (full.length <= 70) return full;
  if (title.length <= 70) return title;
  const cut = title.slice(0, 69);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

function paginate(listing: Listing, config: SiteConfig, meta: (path: string, fields: Partial<PageMeta>) => PageMeta, site: PageData["site"]): Page[] {
  const size = config.page_size;
  const count = Math.max(1, Math.ceil(listing.articles.length / size));
  const pages: Page[] = [];
  for (let n = 1; n <= count; n++) {
    const path = fileOf(pageDir(listing.dir, n));
    const prev = n > 1 ? fileOf(pageDir(listing.dir, n - 1)) : null;
    const next = n < count ? fileOf(pageDir(listing.dir, n + 1)) : null;
    const title = n > 1 ? `${listing.title} (page ${n})` : listing.title;
    pages.push({
      path,
      template: "list",
      data: {
        site,
        page: meta(path, { title, description: listing.description ?? `${listing.title}: ${config.title}`, prev, next, feeds: listing.feeds ? [site.feeds, listing.feeds] : [site.feeds] }),
        listing,
        articles: listing.articles.slice((n - 1) * size, n * size),
        pagination: count > 1 ? { page: n, pages: count, prev, next } : null,
      },
    });
  }
  return pages;
}

/**
 * What a page shows: its template, its own fields and the version of every article on it.
 * Two renders with one signature give the same page (for the same templates and settings).
 */
export function pageSignature(page: Page, versions: ReadonlyMap<string, number | string>): string {
  const refs: string[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === "object" && "canonical" in value && "slug" in value) {
      const slug = (value as ArticleSummary).slug;
      refs.push(`${slug}@${versions.get(slug) ?? 0}`);
    }
  };
  const { site: _site, page: meta, ...rest } = page.data;
  // article, more, lead, latest, articles (a listing's page): the articles the page shows
  for (const value of Object.values(rest)) add(value);
  const sections = page.data.sections as { articles: ArticleSummary[] }[] | undefined;
  sections?.forEach((s) => add(s.articles));
  const listing = page.data.listing as { title?: string; months?: unknown } | undefined;
  const { jsonld: _jsonld, ...fields } = meta;
  const site = page.data.site as PageData["site"] & { pages?: unknown };
  return JSON.stringify([page.template, fields, refs, listing ? [listing.title, listing.months] : null, page.data.pagination ?? null, site.nav, site.pages ?? null, page.data.standalone ?? null]);
}

/** The page's social image fields from its lead image (views.ts `socialImage`). */
function socialMeta(image: ImageView | null | undefined): Pick<PageMeta, "image" | "imageWidth" | "imageHeight"> {
  const social = socialImage(image);
  return { image: social?.url ?? null, imageWidth: social?.width ?? null, imageHeight: social?.height ?? null };
}
