/**
 * Feeds by their specs (RSS 2.0, RFC 4287 Atom, JSON Feed 1.1), read back by two real feed
 * parsers and checked by the rules in tests/helpers/feeds.ts.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import { build } from "../src/build.js";
import { atomProblems, jsonFeedProblems, list, readWithFeedExtractor, readWithRssParser, rssProblems } from "./helpers/feeds.js";
import { sampleSite } from "./helpers/sample-site.js";
import { siteAt, siteYaml, writeSiteFiles, type TestSite } from "./helpers/site.js";

/** A real 3 × 2 JPEG (sharp makes its variants and crops: a header-only file would be a broken image). */
export const tinyJpeg = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x10, 0x0b, 0x0c, 0x0e, 0x0c, 0x0a, 0x10, 0x0e, 0x0d, 0x0e, 0x12, 0x11, 0x10,
  0x13, 0x18, 0x28, 0x1a, 0x18, 0x16, 0x16, 0x18, 0x31, 0x23, 0x25, 0x1d, 0x28, 0x3a, 0x33, 0x3d, 0x3c, 0x39, 0x33, 0x38,
  0x37, 0x40, 0x48, 0x5c, 0x4e, 0x40, 0x44, 0x57, 0x45, 0x37, 0x38, 0x50, 0x6d, 0x51, 0x57, 0x5f, 0x62, 0x67, 0x68, 0x67,
  0x3e, 0x4d, 0x71, 0x79, 0x70, 0x64, 0x78, 0x5c, 0x65, 0x67, 0x63, 0xff, 0xdb, 0x00, 0x43, 0x01, 0x11, 0x12, 0x12, 0x18,
  0x15, 0x18, 0x2f, 0x1a, 0x1a, 0x2f, 0x63, 0x42, 0x38, 0x42, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63,
  0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63,
  0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63, 0x63,
  0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x02, 0x00, 0x03, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff,
  0xc4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0xff, 0xc4, 0x00, 0x14, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xc4, 0x00, 0x14, 0x11, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f,
  0x00, 0x00, 0x0f, 0xff, 0xd9,
]);
const map = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="800" height="450"/></svg>';

const headline = "Headline with <script>alert(1)</script> & more";
const summary = "<img src=x onerror=alert(1)> & a lede";

export const feedSite = {
  "site.yaml": `${siteYaml}timezone: Europe/Oslo\npublisher:\n  logo: assets/logo.svg\n  icon: assets/icon.svg\n`,
  "content/local/harbour.md": `---\ntitle: Harbour berth opens\ndate: 2026-11-20T10:00:00+01:00\nauthor: Tom Haldane\ntags: [harbour]\n---\n\nThe new berth opened on Friday.\n\n![Map of the berth](<./harbour map.svg> "The new berth. Graphic: Jane Doe")\n`,
  "content/local/harbour map.svg": map,
  "content/local/photo.md": `---\ntitle: Ferry returns\ndate: 2026-11-19\nauthor: Ann Lee\nimage: photo.jpg\n---\n\nThe ferry is back.\n`,
  "content/local/photo.jpg": tinyJpeg,
  "content/undated.md": `---\ntitle: ${JSON.stringify(headline)}\nslug: undated\ndescription: ${JSON.stringify(summary)}\n---\n\nA body <b>with</b> markup.\n`,
};

let site: TestSite;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });

before(async () => {
  const dir = await writeSiteFiles(feedSite);
  site = siteAt(dir, await build({ dir, now: Date.parse("2026-11-21T12:00:00Z") }));
});

describe("feeds: dates", () => {
  it("an article without a date has no date in RSS and JSON Feed; Atom's required `updated` is the newest date the site knows", () => {
    for (const name of ["feed.xml", "atom.xml", "feed.json"]) assert.doesNotMatch(site.read(name), /1970/, name);
    const rss = list(xml.parse(site.read("feed.xml")).rss.channel.item) as Record<string, unknown>[];
    const undated = rss.find((i) => i.link === "https://news.example.org/undated/");
    assert.ok(undated && !("pubDate" in undated));
    const atom = list(xml.parse(site.read("atom.xml")).feed.entry) as Record<string, unknown>[];
    const entry = atom.find((e) => e.id === "https://news.example.org/undated/");
    assert.ok(entry && !("published" in entry));
    assert.equal(entry.updated, "2026-11-20T10:00:00+01:00");
    const json = JSON.parse(site.read("feed.json")).items as Record<string, unknown>[];
    const item = json.find((i) => i.id === "https://news.example.org/undated/");
    assert.ok(item && !("date_published" in item) && !("date_modified" in item));
  });

  it("dated articles keep their offset: RFC 822 in RSS, RFC 3339 in Atom and JSON Feed", () => {
    assert.match(site.read("feed.xml"), /<pubDate>Fri, 20 Nov 2026 10:00:00 \+0100<\/pubDate>/);
    assert.match(site.read("feed.xml"), /<pubDate>Thu, 19 Nov 2026 00:00:00 \+0100<\/pubDate>/);
    assert.match(site.read("atom.xml"), /<published>2026-11-20T10:00:00\+01:00<\/published>/);
  });
});

describe("feeds: text is text, only the body is HTML", () => {
  it("a headline and summary with markup reach RSS, Atom and JSON Feed as text", async () => {
    const rss = await readWithRssParser(site.read("feed.xml"));
    const atom = await readWithRssParser(site.read("atom.xml"));
    for (const feed of [rss, atom]) assert.ok(feed.items.some((i) => i.title === headline), "rss-parser reads the headline as written");
    const extracted = readWithFeedExtractor(site.read("atom.xml"));
    assert.ok(extracted.entries?.some((e) => e.title === headline), "feed-extractor reads the Atom title as written");
    const raw = xml.parse(site.read("atom.xml")).feed.entry.find((e: { id: string }) => e.id === "https://news.example.org/undated/");
    assert.deepEqual(raw.title, { "#text": headline, "@type": "text" });
    assert.deepEqual(raw.summary, { "#text": summary, "@type": "text" });
    // RSS <description> is HTML: the summary is HTML that shows the text, never an <img>
    const item = list(xml.parse(site.read("feed.xml")).rss.channel.item).find((i: { link: string }) => i.link === "https://news.example.org/undated/");
    assert.equal(item.description, "&lt;img src=x onerror=alert(1)&gt; &amp; a lede");
    assert.equal(item.title, headline);
    const json = JSON.parse(site.read("feed.json")).items.find((i: { id: string }) => i.id === "https://news.example.org/undated/");
    assert.equal(json.title, headline);
    assert.equal(json.summary, summary);
  });

  it("the body is sanitized HTML: no script, no event handler, raw HTML of the source left out", () => {
    for (const name of ["feed.xml", "atom.xml"]) {
      const text = site.read(name);
      assert.doesNotMatch(text, /<script|<img src=x/i, name);
      for (const content of [...text.matchAll(/<(?:content:encoded|content type="html")>([^]*?)<\/content/g)].map((m) => m[1] ?? "")) {
        const html = content.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
        assert.doesNotMatch(html, /<script|\son\w+=|<b>/i);
      }
    }
    assert.match(JSON.parse(site.read("feed.json")).items.find((i: { id: string }) => i.id.endsWith("/undated/")).content_html, /A body with markup\./);
  });
});

describe("feeds: authors, enclosures and the icon", () => {
  it("RSS names the author in dc:creator, never in <author> (which wants an e-mail address)", async () => {
    const text = site.read("feed.xml");
    assert.doesNotMatch(text, /<author>/);
    assert.match(text, /xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"/);
    const rss = await readWithRssParser(text);
    assert.equal(rss.items.find((i) => i.title === "Harbour berth opens")?.creator, "Tom Haldane");
  });

  it("the lead image is an enclosure with its registered MIME type and its length in bytes", async () => {
    const rss = await readWithRssParser(site.read("feed.xml"));
    const berth = rss.items.find((i) => i.title === "Harbour berth opens")?.enclosure;
    assert.deepEqual({ ...berth }, { url: "https://news.example.org/harbour/harbour%20map.svg", length: String(Buffer.byteLength(map)), type: "image/svg+xml" });
    const ferry = rss.items.find((i) => i.title === "Ferry returns")?.enclosure;
    assert.deepEqual({ ...ferry }, { url: "https://news.example.org/photo/photo.jpg", length: String(tinyJpeg.length), type: "image/jpeg" });
    assert.match(site.read("atom.xml"), /<link rel="enclosure" type="image\/jpeg" href="https:\/\/news.example.org\/photo\/photo.jpg" length="265"\/>/);
    const json = JSON.parse(site.read("feed.json")).items.find((i: { title: string }) => i.title === "Ferry returns");
    assert.deepEqual(json.attachments, [{ url: "https://news.example.org/photo/photo.jpg", mime_type: "image/jpeg", size_in_bytes: 265 }]);
  });

  it("the feeds' icon is the square `publisher.icon`, never the 600×60 logo", () => {
    const icon = "https://news.example.org/assets/icon.svg";
    assert.match(site.read("atom.xml"), new RegExp(`<icon>${icon}</icon>`));
    assert.equal(JSON.parse(site.read("feed.json")).icon, icon);
    assert.equal(xml.parse(site.read("feed.xml")).rss.channel.image.url, icon);
    for (const name of ["feed.xml", "atom.xml", "feed.json"]) assert.doesNotMatch(site.read(name), /logo\.svg/, name);
    const size = (svg: string) => /width="(\d+)" height="(\d+)"/.exec(svg)?.slice(1).map(Number) ?? [];
    const [w, h] = size(site.read("assets/icon.svg"));
    assert.ok(w && w === h, "the built-in icon is square");
  });
});

describe("feeds: the rules of their specs, read by two parsers", () => {
  const check = (read: (p: string) => string, paths: string[], icon?: { width: number; height: number }) => {
    const problems: string[] = [];
    for (const path of paths) {
      const text = read(path);
      const found = path.endsWith("feed.xml") ? rssProblems(text) : path.endsWith("atom.xml") ? atomProblems(text, icon) : jsonFeedProblems(text);
      problems.push(...found.map((p) => `${path}: ${p}`));
    }
    return problems;
  };
  const feedPaths = (files: string[]) => files.filter((f) => /(^|\/)(feed\.xml|atom\.xml|feed\.json)$/.test(f));

  it("every feed of a small site keeps the RSS, Atom and JSON Feed rules, and both parsers read every item", async () => {
    const paths = feedPaths(site.files());
    assert.ok(paths.length >= 6, paths.join(" "));
    assert.deepEqual(check(site.read, paths, { width: 512, height: 512 }), []);
    for (const path of paths) {
      const text = site.read(path);
      const json = path.endsWith(".json");
      const extracted = readWithFeedExtractor(text, json);
      const count = json ? JSON.parse(text).items.length : path.endsWith("atom.xml") ? list(xml.parse(text).feed.entry).length : list(xml.parse(text).rss.channel.item).length;
      assert.equal(extracted.entries?.length, count, `feed-extractor: ${path}`);
      assert.ok(extracted.entries?.every((e) => e.link?.startsWith("https://news.example.org/")), `feed-extractor links: ${path}`);
      if (!json) assert.equal((await readWithRssParser(text)).items.length, count, `rss-parser: ${path}`);
    }
  });

  it("the sample site's feeds keep the rules too", async () => {
    const { out, files } = await sampleSite();
    const read = (p: string) => readFileSync(join(out, p), "utf8");
    const paths = feedPaths(files.map((f) => f.slice(out.length + 1)));
    assert.ok(paths.length >= 6);
    assert.deepEqual(check(read, paths), []);
    for (const path of paths.filter((p) => !p.endsWith(".json"))) assert.ok((await readWithRssParser(read(path))).items.length > 0, path);
  });
});
