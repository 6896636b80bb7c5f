/**
 * sitemap.xml and the Google News sitemap are valid against their schemas (xmllint) in every
 * state a newsroom goes through: no news in the last two days, some news, more than 1000
 * stories, an archive past 45,000 URLs; robots.txt names only sitemaps that exist.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, it } from "node:test";
import { build } from "../src/build.js";
import { displayDate } from "../src/model/dates.js";
import { defaultConfig, type SiteConfig } from "../src/model/site.js";
import type { ArticleSummary } from "../src/model/views.js";
import { renderSitemaps } from "../src/render/sitemaps.js";
import type { OutputFile } from "../src/write/write-site.js";
import { repo } from "./helpers/sample-site.js";
import { siteAt, siteYaml, writeSiteFiles } from "./helpers/site.js";

const noXmllint = spawnSync("xmllint", ["--version"]).error ? "xmllint is not installed (Debian: libxml2-utils)" : false;
const schemas = join(repo, "tests", "fixtures", "xsd");
const sitemapXsd = join(repo, "node_modules", "sitemap", "schema", "sitemap.xsd");

/** A schema that takes sitemaps.org's urlset with the Google News extension inside it. */
function sitemapWithNews(): string {
  const dir = mkdtempSync(join(tmpdir(), "galley-xsd-"));
  const path = join(dir, "sitemap-with-news.xsd");
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="${pathToFileURL(sitemapXsd).href}"/>
  <xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="${pathToFileURL(join(schemas, "sitemap-news.xsd")).href}"/>
</xsd:schema>
`,
  );
  return path;
}

/** xmllint's complaints about `xml` against `xsd`; "" when it is valid. */
function xmllint(xml: string, xsd: string): string {
  const dir = mkdtempSync(join(tmpdir(), "galley-xml-"));
  const file = join(dir, "file.xml");
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  return run.status === 0 ? "" : `${run.stderr}`.trim();
}

const config: SiteConfig = { ...defaultConfig, title: "The Test Times", url: "https://news.example.org/" };
const now = Date.parse("2026-11-24T12:00:00Z");

/** The text of an output file. */
const text = (files: OutputFile[], path: string): string => {
  const file = files.find((f) => f.path === path);
  return file && "contents" in file ? String(file.contents) : "";
};

/** `count` stories, one a minute back from `newest`. */
function stories(count: number, newest: number): ArticleSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const iso = new Date(newest - i * 60000).toISOString();
    return { slug: `s${i}`, headline: `Story ${i} & <more>`, lang: "en", canonical: `https://news.example.org/s${i}/`, published: displayDate(iso, "en"), modified: null } as unknown as ArticleSummary;
  });
}

const story = (title: string, date: string, extra = "") => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\nThe lede of ${title}.\n`;
const newsroom = {
  "site.yaml": siteYaml,
  "content/local/a.md": story("Harbour wall to close", "2026-11-12T16:05:00+01:00", "featured: true\nupdated: 2026-11-24T09:00:00+01:00\n"),
  "content/local/b.md": story("Ferry timetable cut", "2026-11-23T07:45:00+01:00"),
};

describe("sitemaps: valid against their schemas in every state", { skip: noXmllint }, () => {
  it("some news: sitemap.xml and news-sitemap.xml validate, robots.txt names both", async () => {
    const dir = await writeSiteFiles(newsroom);
    const site = siteAt(dir, await build({ dir, now }));
    assert.equal(xmllint(site.read("sitemap.xml"), sitemapXsd), "");
    assert.equal(xmllint(site.read("news-sitemap.xml"), sitemapWithNews()), "");
    assert.match(site.read("news-sitemap.xml"), /<loc>https:\/\/news.example.org\/b\/<\/loc>/);
    assert.equal(site.read("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\nSitemap: https://news.example.org/news-sitemap.xml\n");
  });

  it("no news in the last two days: no news sitemap (an empty urlset is invalid), robots.txt names only sitemap.xml; a rebuild removes the old one", async () => {
    const dir = await writeSiteFiles(newsroom);
    await build({ dir, now });
    const site = siteAt(dir, await build({ dir, now: now + 5 * 86400000 }));
    assert.equal(site.exists("news-sitemap.xml"), false);
    assert.equal(site.read("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\n");
    assert.equal(xmllint(site.read("sitemap.xml"), sitemapXsd), "");
    // the schema refuses the empty urlset Galley used to write
    assert.match(xmllint('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>\n', sitemapWithNews()), /fails to validate|Missing child element/);
  });

  it("more than 1000 stories in two days: the news sitemap has the newest 1000 and validates", async () => {
    const files = await renderSitemaps({ articles: stories(1200, now - 3600000), pages: [{ path: "", lastmod: now }], now }, config);
    const news = text(files, "news-sitemap.xml");
    assert.equal(news.match(/<url>/g)?.length, 1000);
    assert.match(news, /<loc>https:\/\/news.example.org\/s0\/<\/loc>/);
    assert.doesNotMatch(news, /<loc>https:\/\/news.example.org\/s1000\/<\/loc>/);
    assert.equal(xmllint(news, sitemapWithNews()), "");
    assert.equal(xmllint(text(files, "sitemap.xml"), sitemapXsd), "");
  });

  it("past 45,000 URLs: a sitemap index and its parts validate", async () => {
    const files = await renderSitemaps({ articles: stories(45_001, now - 10 * 86400000), pages: [{ path: "", lastmod: now }], now }, config);
    assert.deepEqual(files.map((f) => f.path), ["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml", "robots.txt"]);
    assert.equal(xmllint(text(files, "sitemap.xml"), join(schemas, "siteindex.xsd")), "");
    for (const part of ["sitemap-1.xml", "sitemap-2.xml"]) assert.equal(xmllint(text(files, part), sitemapXsd), "", part);
  });
});

describe("sitemaps: lastmod", () => {
  it("the front page's lastmod is its newest story, the lead story (and its update) included", async () => {
    const dir = await writeSiteFiles(newsroom);
    const site = siteAt(dir, await build({ dir, now }));
    const front = /<url><loc>https:\/\/news.example.org\/<\/loc><lastmod>([^<]+)<\/lastmod>/.exec(site.read("sitemap.xml"))?.[1];
    assert.equal(front, "2026-11-24T08:00:00.000Z", "the featured lead was updated after the latest story");
  });
});

