/**
 * Feeds read back the way feed readers read them — two real parsers (rss-parser, and
 * @extractus/feed-extractor) — and checked against the rules of their specs that Galley must
 * keep: RSS 2.0 (required channel elements, RFC 822 dates, `dc:creator` rather than a name in
 * `<author>`, enclosures with url, length in bytes and a registered MIME type), RFC 4287 Atom
 * (id, title, updated in RFC 3339 on the feed and on every entry, an author for every entry,
 * text constructs typed, a square icon) and JSON Feed 1.1.
 */
import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, parseAttributeValue: false });
export const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** RFC 822 as RSS 2.0 uses it (four-digit years): "Wed, 25 Nov 2026 06:40:00 +0100". */
const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|UT|Z)$/;
/** RFC 3339 date-time, as Atom requires. */
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** Image MIME types as registered (`image/jpg` and `image/svg` are not). */
const imageTypes = /^image\/(jpeg|png|gif|webp|avif|svg\+xml)$/;
const isHttpUrl = (u: unknown) => typeof u === "string" && /^https?:\/\//.test(u) && URL.canParse(u) && new URL(u).href === u;

/** Problems with an RSS 2.0 file by the rules above; [] when it keeps them. */
export function rssProblems(text: string): string[] {
  const problems: string[] = [];
  if (XMLValidator.validate(text) !== true) return ["not well-formed XML"];
  const doc = xml.parse(text) as { rss?: { "@version"?: string; channel?: Record<string, unknown> } };
  const channel = doc.rss?.channel;
  if (doc.rss?.["@version"] !== "2.0" || !channel) return ["no <rss version=\"2.0\"><channel>"];
  for (const field of ["title", "link", "description"]) if (!channel[field]) problems.push(`channel has no <${field}>`);
  if (channel.lastBuildDate !== undefined && !rfc822.test(String(channel.lastBuildDate))) problems.push(`channel lastBuildDate ${String(channel.lastBuildDate)} is not RFC 822`);
  const image = channel.image as Record<string, unknown> | undefined;
  if (image && !(isHttpUrl(image.url) && image.title && image.link)) problems.push("channel <image> needs url, title and link");
  for (const [i, item] of list(channel.item as Record<string, unknown>[]).entries()) {
    const where = `item ${i + 1}`;
    if (!item.title && !item.description) problems.push(`${where} has neither title nor description`);
    if (item.pubDate !== undefined && !rfc822.test(String(item.pubDate))) problems.push(`${where} pubDate ${String(item.pubDate)} is not RFC 822`);
    if (/1970/.test(String(item.pubDate ?? ""))) problems.push(`${where} has an invented date`);
    if (item.author !== undefined && !/^\S+@\S+/.test(String(item.author))) problems.push(`${where} <author> is not an e-mail address (use dc:creator for a name)`);
    for (const enclosure of list(item.enclosure as Record<string, string>[])) {
      if (!isHttpUrl(enclosure["@url"])) problems.push(`${where} enclosure url ${enclosure["@url"]} is not an absolute, normalised URL`);
      if (!/^[1-9]\d*$/.test(enclosure["@length"] ?? "")) problems.push(`${where} enclosure length ${enclosure["@length"]} is not a size in bytes`);
      if (!imageTypes.test(enclosure["@type"] ?? "")) problems.push(`${where} enclosure type ${enclosure["@type"]} is not a registered image type`);
    }
  }
  return problems;
}

type AtomText = string | { "#text"?: string; "@type"?: string };

/** Problems with an Atom 1.0 file by the rules above. `icon`: the size of the icon file, when known. */
export function atomProblems(text: string, icon?: { width: number; height: number }): string[] {
  const problems: string[] = [];
  if (XMLValidator.validate(text) !== true) return ["not well-formed XML"];
  const feed = (xml.parse(text) as { feed?: Record<string, unknown> }).feed;
  if (!feed || feed["@xmlns"] !== "http://www.w3.org/2005/Atom") return ["no <feed> in the Atom namespace"];
  const textConstruct = (value: unknown, where: string) => {
    const type = typeof value === "object" && value !== null ? (value as { "@type"?: string })["@type"] : undefined;
    if (type !== undefined && !["text", "html", "xhtml"].includes(type)) problems.push(`${where} has type ${type}`);
  };
  for (const field of ["id", "title", "updated"]) if (!feed[field]) problems.push(`feed has no <${field}>`);
  if (feed.updated && !rfc3339.test(String(feed.updated))) problems.push(`feed updated ${String(feed.updated)} is not RFC 3339`);
  textConstruct(feed.title, "feed title");
  const feedAuthor = feed.author !== undefined;
  if (icon && icon.width !== icon.height) problems.push(`feed icon is ${icon.width}×${icon.height}: Atom's icon is square`);
  for (const [i, entry] of list(feed.entry as Record<string, unknown>[]).entries()) {
    const where = `entry ${i + 1}`;
    for (const field of ["id", "title", "updated"]) if (!entry[field]) problems.push(`${where} has no <${field}>`);
    for (const field of ["updated", "published"]) {
      if (entry[field] !== undefined && !rfc3339.test(String(entry[field]))) problems.push(`${where} ${field} ${String(entry[field])} is not RFC 3339`);
      if (/^1970/.test(String(entry[field] ?? ""))) problems.push(`${where} has an invented ${field}`);
    }
    if (!feedAuthor && entry.author === undefined) problems.push(`${where} has no author (and the feed none)`);
    for (const field of ["title", "summary", "content"]) textConstruct(entry[field] as AtomText, `${where} ${field}`);
    const links = list(entry.link as Record<string, string>[]);
    if (!links.some((l) => (l["@rel"] ?? "alternate") === "alternate")) problems.push(`${where} has no alternate link`);
    for (const link of links.filter((l) => l["@rel"] === "enclosure")) {
      if (!isHttpUrl(link["@href"])) problems.push(`${where} enclosure href ${link["@href"]} is not an absolute, normalised URL`);
      if (!imageTypes.test(link["@type"] ?? "")) problems.push(`${where} enclosure type ${link["@type"]} is not a registered image type`);
      if (link["@length"] !== undefined && !/^[1-9]\d*$/.test(link["@length"])) problems.push(`${where} enclosure length ${link["@length"]} is not a size in bytes`);
    }
  }
  return problems;
}

/** Problems with a JSON Feed 1.1 file. */
export function jsonFeedProblems(text: string): string[] {
  const problems: string[] = [];
  const feed = JSON.parse(text) as Record<string, unknown> & { items?: Record<string, unknown>[] };
  if (feed.version !== "https://jsonfeed.org/version/1.1") problems.push("version is not 1.1");
  if (typeof feed.title !== "string" || !feed.title) problems.push("no title");
  if (!Array.isArray(feed.items)) return [...problems, "no items"];
  for (const [i, item] of feed.items.entries()) {
    const where = `item ${i + 1}`;
    if (typeof item.id !== "string") problems.push(`${where} has no id`);
    if (typeof item.content_html !== "string" && typeof item.content_text !== "string") problems.push(`${where} has no content`);
    for (const field of ["date_published", "date_modified"]) {
      if (item[field] !== undefined && !rfc3339.test(String(item[field]))) problems.push(`${where} ${field} is not RFC 3339`);
      if (/^1970/.test(String(item[field] ?? ""))) problems.push(`${where} has an invented ${field}`);
    }
    if ("author" in item) problems.push(`${where} has JSON Feed 1.0's author`);
  }
  return problems;
}

/** A feed as rss-parser reads it (RSS or Atom), with `dc:creator`. */
export async function readWithRssParser(text: string) {
  const parser = new Parser<Record<string, unknown>, { "dc:creator"?: string; creator?: string; enclosure?: { url: string; length?: string; type?: string } }>();
  return parser.parseString(text);
}

/** A feed as @extractus/feed-extractor reads it, raw fields kept (`getExtraEntryFields`). */
export function readWithFeedExtractor(text: string, json = false) {
  const options = { normalization: true, getExtraEntryFields: (entry: unknown) => ({ raw: entry }) };
  return json ? extractFromJson(JSON.parse(text), options) : extractFromXml(text, options);
}
