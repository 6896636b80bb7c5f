/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site and each section, through the `feed`
 * library: full content, author, dates, categories and the lead image as enclosure.
 */
import { Feed } from "feed";
import { lookup } from "mrmime";
import type { FeedLinks } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { publisherLogo, publisherName } from "../model/structured-data.js";
import { absolute } from "../model/urls.js";
import type { ArticleSummary } from "../model/views.js";
import type { OutputFile } from "../write/write-site.js";

/** How many articles a feed carries (the newest). */
export const feedSize = 50;

export interface FeedInput {
  links: FeedLinks;
  /** Directory the feed describes (`""` for the site, `world/` for a section). */
  dir: string;
  articles: ArticleSummary[];
  /** Full HTML of an article's body, with absolute URLs. */
  content: (article: ArticleSummary) => Promise<string>;
}

/** The three feed files of one feed. */
export async function renderFeeds(input: FeedInput, config: SiteConfig): Promise<OutputFile[]> {
  const newest = input.articles.slice(0, feedSize);
  const logo = publisherLogo(config);
  const feed = new Feed({
    title: input.links.title,
    description: config.description || undefined,
    id: absolute(config, input.dir),
    link: absolute(config, input.dir),
    language: config.language,
    ...(logo ? { image: logo } : {}),
    copyright: `© ${publisherName(config)}`,
    updated: newest[0] ? new Date((newest[0].modified ?? newest[0].published)?.time ?? 0) : new Date(0),
    generator: "Galley",
    feedLinks: { rss: absolute(config, input.links.rss), atom: absolute(config, input.links.atom), json: absolute(config, input.links.json) },
    author: { name: publisherName(config), link: config.url },
  });
  for (const article of newest) {
    const published = article.published ? new Date(article.published.time) : new Date(0);
    const image = article.leadImage;
    feed.addItem({
      title: article.headline,
      id: article.canonical,
      link: article.canonical,
      description: article.summary,
      content: await input.content(article),
      date: article.modified ? new Date(article.modified.time) : published,
      published,
      ...(article.author ? { author: [{ name: article.author, link: article.authorLink?.canonical }] } : {}),
      category: [...(article.sectionLink ? [article.sectionLink.name] : []), ...article.tags].map((name) => ({ name, term: name })),
      ...(image ? { enclosure: { url: image.url, type: lookup(image.url) ?? "image/jpeg", length: 0 } } : {}),
    });
  }
  return [
    { path: input.links.rss, contents: feed.rss2() },
    { path: input.links.atom, contents: escapeCategories(feed.atom1()) },
    { path: input.links.json, contents: jsonFeed11(feed.json1(), newest, config) },
  ];
}

/**
 * The `feed` library writes JSON Feed 1; version 1.1 renames `author` to `authors` and adds
 * `language`. Everything else is the same.
 */
function jsonFeed11(json: string, articles: ArticleSummary[], config: SiteConfig): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[]; author?: unknown };
  feed.version = "https://jsonfeed.org/version/1.1";
  feed.language = config.language;
  if (feed.author) {
    feed.authors = [feed.author];
    delete feed.author;
  }
  feed.items.forEach((item, i) => {
    if (item.author) {
      item.authors = [item.author];
      delete item.author;
    }
    const article = articles[i];
    if (article) {
      item.language = article.lang;
      if (article.leadImage) item.image = article.leadImage.url;
    }
  });
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** The `feed` library escapes only `&` and `"` in Atom category attributes: a tag with `<` would make the XML invalid. */
const escapeCategories = (atom: string): string =>
  atom.replace(/<category label="([^"]*)" term="([^"]*)"/g, (_, label: string, term: string) => `<category label="${label.replace(/</g, "&lt;")}" term="${term.replace(/</g, "&lt;")}"`);
