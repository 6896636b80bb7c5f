/**
 * The sample site in content/, checked by real tools: html-validate on every page, the
 * sitemaps.org XSD (xmllint), feeds read back with an XML parser, and the JSON-LD of every
 * article page.
 */
import { XMLParser } from "fast-xml-parser";
import { HtmlValidate } from "html-validate";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { before, describe, it } from "node:test";
import type { BuildResult } from "../src/build.js";
import { repo, sampleNow, sampleSite } from "./helpers/sample-site.js";

let out = "";
let files: string[] = [];
let result: BuildResult;
const read = (path: string) => readFileSync(join(out, path), "utf8");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

before(async () => {
  ({ out, files, result } = await sampleSite());
});

describe("sample site", () => {
  it("shows several sections, tags, authors, a correction, images, and leaves out a draft and a future article", () => {
    assert.ok(result.articles >= 7);
    assert.deepEqual(result.skipped, { drafts: 1, future: 1 });
    const paths = files.map((f) => relative(out, f));
    for (const section of ["local", "business", "culture", "sport", "world"]) assert.ok(paths.includes(`${section}/index.html`), section);
    assert.ok(paths.some((p) => p.startsWith("tags/")) && paths.some((p) => p.startsWith("authors/")));
    assert.ok(paths.some((p) => /^local\/page\/2\/index\.html$|^archive\/\d{4}\/\d{2}\/page\/2\/index\.html$/.test(p)), "a paginated listing");
    assert.match(read("north-mole-harbour-wall-repairs/index.html"), /class="correction"/);
    assert.match(read("north-mole-harbour-wall-repairs/index.html"), /<img src="north-mole-map.svg" alt="[^"]+" width="\d+" height="\d+"/);
  });
});

describe("validators", () => {
  it("html-validate finds no error on any page", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const pages = files.filter((f) => f.endsWith(".html"));
    assert.ok(pages.length > 20);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const r of report.results) for (const m of r.messages) errors.push(`${relative(out, page)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(errors, []);
  });

  it("sitemap.xml is valid against the sitemaps.org schema", { skip: spawnSync("xmllint", ["--version"]).error ? "xmllint is not installed (Debian: libxml2-utils)" : false }, () => {
    const xsd = join(repo, "node_modules", "sitemap", "schema", "sitemap.xsd");
    const output = execFileSync("xmllint", ["--noout", "--schema", xsd, join(out, "sitemap.xml")], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    assert.equal(output, "");
    const urls = list(xml.parse(read("sitemap.xml")).urlset.url) as { loc: string; lastmod?: string }[];
    assert.ok(urls.some((u) => u.loc === "https://galley-gazette.example/north-mole-harbour-wall-repairs/" && u.lastmod === "2026-11-13T08:20:00.000Z"));
  });

  it("the Google News sitemap has the fields Google documents, for the last two days only", () => {
    const doc = xml.parse(read("news-sitemap.xml"));
    assert.equal(doc.urlset["@xmlns:news"], "http://www.google.com/schemas/sitemap-news/0.9");
    const urls = list(doc.urlset.url) as { loc: string; "news:news": Record<string, unknown> }[];
    assert.ok(urls.length >= 1 && urls.length <= 1000);
    for (const url of urls) {
      const news = url["news:news"] as { "news:publication": { "news:name": string; "news:language": string }; "news:publication_date": string; "news:title": string };
      assert.equal(news["news:publication"]["news:name"], "The Galley Gazette");
      assert.match(news["news:publication"]["news:language"], /^[a-z]{2,3}$/);
      assert.ok(sampleNow - Date.parse(news["news:publication_date"]) <= 2 * 86400000);
      assert.ok(news["news:title"].length > 0);
    }
    assert.match(read("robots.txt"), /Sitemap: https:\/\/galley-gazette\.example\/sitemap\.xml\nSitemap: https:\/\/galley-gazette\.example\/news-sitemap\.xml/);
  });

  it("every feed carries every article with its dates and author", () => {
    const articles = JSON.parse(read("articles.json")).articles as { url: string; author: string | null; section: string | null; date: string | null }[];
    const rss = list(xml.parse(read("feed.xml")).rss.channel.item) as Record<string, unknown>[];
    const atom = list(xml.parse(read("atom.xml")).feed.entry) as Record<string, unknown>[];
    const json = JSON.parse(read("feed.json")) as { version: string; items: Record<string, unknown>[] };
    assert.equal(json.version, "https://jsonfeed.org/version/1.1");
    assert.ok(articles.some((a) => a.date === null), "the sample has an undated article (the seed)");
    for (const article of articles) {
      // an article without a date gets none (Atom's required `updated` is the site's newest date)
      const r = rss.find((i) => i.link === article.url);
      assert.ok(r && r.description && r["content:encoded"] && Boolean(r.pubDate) === Boolean(article.date), `RSS item for ${article.url}`);
      const a = atom.find((e) => (e.id as string) === article.url) as { published?: string; updated?: string; author?: { name: string } } | undefined;
      assert.ok(a && a.updated && Boolean(a.published) === Boolean(article.date), `Atom entry for ${article.url}`);
      const j = json.items.find((i) => i.url === article.url) as { date_published?: string; authors?: { name: string }[] } | undefined;
      assert.ok(j && Boolean(j.date_published) === Boolean(article.date), `JSON Feed item for ${article.url}`);
      if (article.author) {
        assert.equal(r["dc:creator"], article.author);
        assert.equal(a.author?.name, article.author);
        assert.equal(j.authors?.[0]?.name, article.author);
      }
    }
    const local = list(xml.parse(read("local/feed.xml")).rss.channel.item) as Record<string, unknown>[];
    assert.equal(local.length, articles.filter((a) => a.section === "local").length);
  });

  it("every article page has NewsArticle and BreadcrumbList JSON-LD with every field", () => {
    const articles = JSON.parse(read("articles.json")).articles as { url: string; date: string | null; image: string | null }[];
    for (const { url, date, image } of articles) {
      const path = `${new URL(url).pathname.slice(1)}index.html`;
      const html = read(path);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] ?? "{}"));
      const article = blocks.find((b) => b["@type"] === "NewsArticle");
      const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList");
      assert.ok(article && crumbs, path);
      // an article the copy gives no date (the seed) has no datePublished rather than an invented one
      const dated = date ? ["datePublished", "dateModified"] : [];
      for (const field of ["headline", "description", ...dated, "author", "publisher", "mainEntityOfPage", "articleSection", "inLanguage"]) {
        assert.ok(article[field], `${path}: ${field}`);
      }
      // the article's own image as an ImageObject; a logo is never an article's image
      const images = (article.image ?? []) as { "@type": string; url: string }[];
      assert.equal(images.length > 0, image !== null, `${path}: image`);
      assert.ok(images.every((i) => i["@type"] === "ImageObject" && /^https:\/\//.test(i.url) && !/logo/.test(i.url)), `${path}: ImageObject with an absolute URL`);
      if (date) assert.match(article.datePublished, /[+-]\d{2}:\d{2}$|Z$/, `${path}: datePublished has a timezone`);
      assert.ok(article.author[0].name && article.author[0].url, `${path}: author name and url`);
      assert.ok(article.publisher.name && article.publisher.logo.url, `${path}: publisher`);
      assert.equal(crumbs.itemListElement.at(-1).item, url);
      assert.match(html, /<meta property="og:type" content="article">/);
      if (date) assert.match(html, /<meta property="article:published_time" content="[^"]+">/);
      assert.match(html, /<meta name="twitter:card" content="summary(_large_image)?">/);
      assert.match(html, new RegExp(`<link rel="canonical" href="${url}">`));
    }
  });

  it("writes article.json next to every article page and an articles.json index", () => {
    const articles = JSON.parse(read("articles.json")).articles as { slug: string; headline: string }[];
    for (const a of articles) {
      const json = JSON.parse(read(`${a.slug}/article.json`));
      assert.equal(json.headline, a.headline);
      assert.ok(Array.isArray(json.blocks));
    }
  });
});
