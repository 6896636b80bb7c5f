/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site and each section, written with an XML
 * builder (fast-xml-parser's XMLBuilder escapes every text and attribute) so each field is what
 * its spec says:
 *
 * - text is text: headline and summary go to Atom as `type="text"`, to RSS `<title>` as escaped
 *   text and to RSS `<description>` (HTML by the spec) as HTML that shows the text; only the
 *   article body is HTML (`content:encoded`, Atom `type="html"`, `content_html`), rendered by the
 *   feed-content template from sanitized blocks;
 * - no invented date: an undated article has no RSS `pubDate`, no Atom `published` and no JSON
 *   Feed dates; Atom requires `updated`, which is then the newest date the site knows;
 * - the author is RSS `dc:creator` (RSS `<author>` wants an e-mail address);
 * - the lead image is an enclosure with its MIME type and its length in bytes (RSS only when the
 *   length is known: a file next to the article); the feeds' icon is `publisher.icon`, square.
 */
import { XMLBuilder } from "fast-xml-parser";
import type { DisplayDate } from "../model/dates.js";
import type { FeedLinks } from "../model/pages.js";
import type { SiteConfig } from "../model/site.js";
import { publisherIcon, publisherName } from "../model/structured-data.js";
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
  /**
   * The newest date the site knows (ms), for Atom's required `updated` of an article without a
   * date (and of a feed none of whose articles has one); see `latestKnown`.
   */
  latest: { time: number; iso: string };
}

/** The newest date (published or updated) of any article, as written; else `fallback` (the build's time). */
export function latestKnown(articles: ArticleSummary[], fallback: number): { time: number; iso: string } {
  let latest: DisplayDate | null = null;
  for (const a of articles) for (const d of [a.published, a.modified]) if (d && (!latest || d.time > latest.time)) latest = d;
  return latest ? { time: latest.time, iso: latest.iso } : { time: fallback, iso: rfc3339(fallback) };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", format: true, suppressEmptyNode: true, suppressBooleanAttributes: false, processEntities: true });
const declaration = { "?xml": { "@version": "1.0", "@encoding": "UTF-8" } };

// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Characters XML 1.0 cannot hold become spaces: a feed is never ill-formed. */
const xmlText = (text: string): string => text.replace(notXml, " ");

/** Plain text as HTML that shows exactly that text (RSS `<description>` is HTML). */
const textAsHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** RFC 822 (RSS): "Tue, 24 Nov 2026 08:30:00 +0100", at the offset the date was written with. */
export function rfc822(date: DisplayDate): string {
  const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(date.iso)?.[1] ?? "Z";
  const offset = zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const wall = new Date(date.time + offset * 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${days[wall.getUTCDay()]}, ${pad(wall.getUTCDate())} ${months[wall.getUTCMonth()]} ${wall.getUTCFullYear()} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** RFC 3339 of a time in ms (UTC). */
const rfc3339 = (time: number): string => new Date(time).toISOString().replace(/\.000Z$/, "Z");

/** The categories of an article: its section's name, then its tags. */
const categories = (a: ArticleSummary): string[] => [...(a.sectionLink ? [a.sectionLink.name] : []), ...a.tags];

interface Item {
  article: ArticleSummary;
  html: string;
  /** Atom's `updated`: the article's update, else its date, else the newest date the site knows. */
  updated: string;
}

/** The three feed files of one feed. */
export async function renderFeeds(input: FeedInput, config: SiteConfig): Promise<OutputFile[]> {
  const newest = input.articles.slice(0, feedSize);
  const items: Item[] = [];
  for (const article of newest) {
    const date = article.modified ?? article.published;
    items.push({ article, html: xmlText(await input.content(article)), updated: date ? date.iso : input.latest.iso });
  }
  const latest = newest.reduce<DisplayDate | null>((best, a) => {
    const date = a.modified ?? a.published;
    return date && (!best || date.time > best.time) ? date : best;
  }, null);
  const feed: FeedHead = {
    title: xmlText(input.links.title),
    description: xmlText(config.description || input.links.title),
    home: absolute(config, input.dir),
    rss: absolute(config, input.links.rss),
    atom: absolute(config, input.links.atom),
    json: absolute(config, input.links.json),
    icon: publisherIcon(config),
    publisher: xmlText(publisherName(config)),
    latest,
    updated: latest ? latest.iso : input.latest.iso,
  };
  return [
    { path: input.links.rss, contents: rss(feed, items, config) },
    { path: input.links.atom, contents: atom(feed, items, config) },
    { path: input.links.json, contents: jsonFeed(feed, items, config) },
  ];
}

interface FeedHead {
  title: string;
  description: string;
  home: string;
  rss: string;
  atom: string;
  json: string;
  icon: string | null;
  publisher: string;
  /** The newest date of the feed's articles, or null when none has one. */
  latest: DisplayDate | null;
  /** Atom's `updated` of the feed. */
  updated: string;
}

function rss(feed: FeedHead, items: Item[], config: SiteConfig): string {
  const channel = {
    title: feed.title,
    link: feed.home,
    description: feed.description,
    "atom:link": { "@href": feed.rss, "@rel": "self", "@type": "application/rss+xml" },
    language: config.language,
    copyright: `© ${feed.publisher}`,
    ...(feed.latest ? { lastBuildDate: rfc822(feed.latest) } : {}),
    generator: "Galley",
    ...(feed.icon ? { image: { url: feed.icon, title: feed.title, link: feed.home } } : {}),
    item: items.map(({ article: a, html }) => {
      const image = a.leadImage;
      return {
        title: xmlText(a.headline),
        link: a.canonical,
        guid: { "@isPermaLink": "true", "#text": a.canonical },
        description: textAsHtml(xmlText(a.summary)),
        "content:encoded": html,
        ...(a.author ? { "dc:creator": xmlText(a.author) } : {}),
        ...(a.published ? { pubDate: rfc822(a.published) } : {}),
        category: categories(a).map(xmlText),
        // RSS requires an enclosure's length in bytes: known for a file next to the article
        ...(image?.type && image.bytes !== null ? { enclosure: { "@url": image.url, "@length": image.bytes, "@type": image.type } } : {}),
      };
    }),
  };
  return builder.build({
    ...declaration,
    rss: {
      "@version": "2.0",
      "@xmlns:atom": "http://www.w3.org/2005/Atom",
      "@xmlns:content": "http://purl.org/rss/1.0/modules/content/",
      "@xmlns:dc": "http://purl.org/dc/elements/1.1/",
      channel,
    },
  });
}

function atom(feed: FeedHead, items: Item[], config: SiteConfig): string {
  const entry = items.map(({ article: a, html, updated }) => {
    const image = a.leadImage;
    return {
      id: a.canonical,
      title: { "@type": "text", "#text": xmlText(a.headline) },
      updated,
      ...(a.published ? { published: a.published.iso } : {}),
      ...(a.author ? { author: { name: xmlText(a.author), ...(a.authorLink ? { uri: a.authorLink.canonical } : {}) } } : {}),
      link: [
        { "@rel": "alternate", "@type": "text/html", "@href": a.canonical },
        ...(image?.type ? [{ "@rel": "enclosure", "@type": image.type, "@href": image.url, ...(image.bytes !== null ? { "@length": image.bytes } : {}) }] : []),
      ],
      ...(a.summary ? { summary: { "@type": "text", "#text": xmlText(a.summary) } } : {}),
      content: { "@type": "html", "#text": html },
      category: categories(a).map((name) => ({ "@term": xmlText(name), "@label": xmlText(name) })),
    };
  });
  return builder.build({
    ...declaration,
    feed: {
      "@xmlns": "http://www.w3.org/2005/Atom",
      "@xml:lang": config.language,
      id: feed.home,
      title: { "@type": "text", "#text": feed.title },
      ...(config.description ? { subtitle: { "@type": "text", "#text": xmlText(config.description) } } : {}),
      updated: feed.updated,
      link: [
        { "@rel": "alternate", "@type": "text/html", "@href": feed.home },
        { "@rel": "self", "@type": "application/atom+xml", "@href": feed.atom },
      ],
      // an entry without a byline has the feed's author: the publisher
      author: { name: feed.publisher, uri: config.url },
      generator: "Galley",
      ...(feed.icon ? { icon: feed.icon } : {}),
      rights: `© ${feed.publisher}`,
      entry,
    },
  });
}

function jsonFeed(feed: FeedHead, items: Item[], config: SiteConfig): string {
  const json = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.home,
    feed_url: feed.json,
    ...(config.description ? { description: config.description } : {}),
    ...(feed.icon ? { icon: feed.icon, favicon: feed.icon } : {}),
    authors: [{ name: feed.publisher, url: config.url }],
    language: config.language,
    items: items.map(({ article: a, html }) => ({
      id: a.canonical,
      url: a.canonical,
      title: a.headline,
      ...(a.summary ? { summary: a.summary } : {}),
      content_html: html,
      ...(a.leadImage ? { image: a.leadImage.url } : {}),
      ...(a.published ? { date_published: a.published.iso } : {}),
      ...(a.modified ? { date_modified: a.modified.iso } : {}),
      ...(a.author ? { authors: [{ name: a.author, ...(a.authorLink ? { url: a.authorLink.canonical } : {}) }] } : {}),
      tags: categories(a),
      language: a.lang,
      ...(a.leadImage?.type
        ? { attachments: [{ url: a.leadImage.url, mime_type: a.leadImage.type, ...(a.leadImage.bytes !== null ? { size_in_bytes: a.leadImage.bytes } : {}) }] }
        : {}),
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
