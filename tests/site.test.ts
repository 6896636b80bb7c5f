/** The pages of a news site: listings, pagination, feeds, sitemaps, structured data, deploying under a sub-path. */
import assert from "node:assert/strict";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import sirv from "sirv";
import { build } from "../src/build.js";
import { buildSite, siteAt, siteYaml, writeSiteFiles } from "./helpers/site.js";

const story = (fields: Record<string, string>, body = "The lede of the story.\n\nA second paragraph.") =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n\n${body}\n`;

const newsroom = {
  "site.yaml": `${siteYaml}page_size: 2\ntimezone: Europe/Stockholm\npublisher:\n  logo: assets/logo.png\nauthors:\n  Tom Haldane:\n    bio: Covers the harbour.\nsections:\n  local:\n    title: Local news\n  sport:\n    title: Sport\n`,
  "content/local/a.md": story({ title: "Harbour wall to close", date: "2026-11-12T16:05:00+01:00", author: "Tom Haldane", tags: "[harbour, council]" }),
  "content/local/b.md": story({ title: "Ferry timetable cut", date: "2026-11-18T07:45:00+01:00", author: "Tom Haldane", tags: "[ferries]", correction: "\"An earlier version misspelt Hallvik.\"" }),
  "content/local/c.md": story({ title: "Council backs budget", date: "2026-10-30T10:00:00+01:00", author: "Tom Haldane", tags: "[council]" }),
  "content/sport/d.md": story({ title: "Rovers reach the final", date: "2026-11-23T21:38", author: "Fiona Raeburn", featured: "true" }),
};

describe("site: pages and URLs", () => {
  it("makes section, tag, author and month pages, paginated with rel prev/next", async () => {
    const site = await buildSite(newsroom);
    assert.match(site.read("local/index.html"), /<h1 class="listing-title">Local news<\/h1>/);
    assert.match(site.read("local/index.html"), /<link rel="next" href="..\/local\/page\/2\/index.html">/);
    const page2 = site.read("local/page/2/index.html");
    assert.match(page2, /<link rel="prev" href="..\/..\/..\/local\/index.html">/);
    assert.match(page2, /Council backs budget/);
    assert.doesNotMatch(page2, /Ferry timetable cut/);
    assert.match(site.read("tags/council/index.html"), /Harbour wall to close[^]*Council backs budget/);
    assert.match(site.read("authors/tom-haldane/index.html"), /<p class="listing-description">Covers the harbour.<\/p>/);
    assert.match(site.read("archive/2026/11/index.html"), /<h1 class="listing-title">November 2026<\/h1>/);
    assert.match(site.read("archive/index.html"), /href="..\/archive\/2026\/10\/index.html">October 2026<\/a> <span class="count">\(1\)<\/span>/);
    assert.ok(site.files().every((f) => f === f.toLowerCase()), "every URL is lower-case");
  });

  it("leads the front page with the featured story, then secondary stories, then a block per section, every story once", async () => {
    const index = (await buildSite(newsroom)).read("index.html");
    const lead = index.indexOf('class="lead-story"');
    assert.ok(lead > 0 && index.indexOf("Rovers reach the final") > lead && index.indexOf("Rovers reach the final") < index.indexOf('class="secondary"'));
    assert.ok(index.indexOf("Ferry timetable cut") > index.indexOf('class="secondary"'), "the next stories are secondary");
    assert.match(index, /<h2 class="section-title" id="section-\d"><a href="local\/index.html">Local news<\/a><\/h2>/);
    for (const headline of ["Rovers reach the final", "Ferry timetable cut", "Harbour wall to close", "Council backs budget"]) {
      assert.equal(index.split(`>${headline}</a>`).length - 1, 1, `${headline} is on the front page once`);
    }
    // no empty blocks: a section whose stories are all shown above is left out (sport has only the lead)
    assert.doesNotMatch(index, /href="sport\/index.html">Sport<\/a><\/h2>/);
    for (const block of index.split("<section").slice(1)) assert.match(block.split("</section>")[0] ?? "", /<li class="teaser">|class="teaser-body"/);
  });

  it("links an article's section, tags and author, shows its times, correction and more from the section", async () => {
    const page = (await buildSite(newsroom)).read("b/index.html");
    assert.match(page, /<p class="section-label"( data-pagefind-ignore)?><a href="..\/local\/index.html">Local news<\/a><\/p>/);
    assert.match(page, /<a href="..\/tags\/ferries\/index.html" rel="tag">ferries<\/a>/);
    assert.match(page, /<a href="..\/authors\/tom-haldane\/index.html" rel="author">Tom Haldane<\/a>/);
    assert.match(page, /<time datetime="2026-11-18T07:45:00\+01:00">/);
    assert.match(page, /<aside class="correction"[^>]*>\s*<h2[^>]*>Correction<\/h2>\s*<p>An earlier version misspelt Hallvik.<\/p>/);
    assert.match(page, /More from Local news[^]*Harbour wall to close/);
  });

  it("reads a date without an offset in the site's time zone", async () => {
    const page = (await buildSite(newsroom)).read("d/index.html");
    assert.match(page, /<time datetime="2026-11-23T21:38:00\+01:00">/);
  });

  it("makes one listing of tags, authors and sections whose names lead to one address, named as first seen", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/a.md": story({ title: "Newer", date: "2026-11-12T10:00:00Z", author: "José Díaz", section: "World", tags: "[Climate]" }),
      "content/b.md": story({ title: "Older", date: "2026-11-11T10:00:00Z", author: "Jose Diaz", section: "world", tags: "[climate, CLIMATE]" }),
    });
    for (const page of ["tags/climate/index.html", "authors/jose-diaz/index.html", "world/index.html"]) {
      const html = site.read(page);
      assert.match(html, /Newer[\s\S]*Older/, `${page} lists both, newest first`);
      assert.equal(html.match(/class="teaser-headline"/g)?.length, 2, `${page} lists each article once`);
    }
    assert.match(site.read("tags/climate/index.html"), /<h1 class="listing-title">Climate<\/h1>/);
    assert.match(site.read("authors/jose-diaz/index.html"), /<h1 class="listing-title">José Díaz<\/h1>/);
    assert.match(site.read("b/index.html"), /More from World[\s\S]*Newer/, "an article of `world` shows more from the one section");
  });

  it("prints a reporter named inside the wire's dateline once: in the dateline, not again over the story", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/world/port.txt": "港口吞吐量创新高\n\n新华社上海12月5日电（记者 王小明）上海港今年前十一个月集装箱吞吐量达到四千五百万标准箱，同比增长百分之六。\n\n港口方面表示，全年吞吐量有望再创新高。\n",
    });
    const page = site.read("port/index.html");
    assert.match(page, /class="dateline">新华社上海12月5日电（记者 王小明）/);
    const story = page.slice(page.indexOf("<article"), page.indexOf("</article>"));
    assert.equal(story.replace(/<[^>]*>/gu, "").split("王小明").length - 1, 1, "the name is printed once in the article");
  });

  it("writes a 404 page that links from the site's path", async () => {
    const site = await buildSite({ ...newsroom, "site.yaml": newsroom["site.yaml"].replace("https://news.example.org/", "https://example.org/news/") });
    assert.match(site.read("404.html"), /<link rel="stylesheet" href="\/news\/assets\/style.css">/);
    assert.match(site.read("404.html"), /<h1 class="listing-title">Page not found<\/h1>/);
  });
});

describe("site: deploying under a sub-path", () => {
  it("serves every link and asset under /news/ with a plain static server: 0 broken links", async () => {
    const site = await buildSite({
      ...newsroom,
      "site.yaml": newsroom["site.yaml"].replace("https://news.example.org/", "https://example.org/news/").replace("assets/logo.png", "https://example.org/logo.png"),
      "content/local/e.md": story({ title: "With a map", date: "2026-11-01" }, "Lede.\n\n![A map](map.svg \"The map. Graphic: Gazette\")"),
      "content/local/map.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>',
    });
    const serve = sirv(site.out, { dev: true });
    const server = createServer((req, res) => {
      if (!req.url?.startsWith("/news/")) return void res.writeHead(404).end();
      req.url = req.url.slice("/news".length);
      serve(req, res, () => void res.writeHead(404).end());
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const seen = new Set<string>();
      const queue = [`${origin}/news/index.html`];
      const broken: string[] = [];
      while (queue.length > 0 && seen.size < 500) {
        const url = queue.shift() as string;
        if (seen.has(url)) continue;
        seen.add(url);
        const response = await fetch(url);
        if (!response.ok) {
          broken.push(`${url} ${response.status}`);
          continue;
        }
        if (!(response.headers.get("content-type") ?? "").includes("html")) continue;
        const html = await response.text();
        for (const [, href] of html.matchAll(/(?:href|src)="([^"#]+)"/g)) {
          const target = new URL(href ?? "", url);
          if (target.origin === origin) queue.push(target.href);
        }
      }
      assert.deepEqual(broken, []);
      assert.ok(seen.size > 20, `crawled ${seen.size} URLs`);
      assert.ok([...seen].some((u) => u.endsWith("/news/e/map.svg")));
    } finally {
      server.close();
    }
  });
});

describe("site: feeds, sitemaps and structured data", () => {
  it("puts only the last two days' articles in the news sitemap", async () => {
    const dir = await writeSiteFiles(newsroom);
    const site = siteAt(dir, await build({ dir, now: Date.parse("2026-11-24T12:00:00Z") }));
    const news = site.read("news-sitemap.xml");
    assert.match(news, /<loc>https:\/\/news.example.org\/d\/<\/loc>/);
    assert.doesNotMatch(news, /<loc>https:\/\/news.example.org\/b\/<\/loc>/);
    assert.match(news, /<news:publication><news:name>The Test Times<\/news:name><news:language>en<\/news:language><\/news:publication>/);
  });

  it("keeps HTML in front matter out of JSON-LD, meta tags and feeds", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/x.md": story({ title: '"Breaking </script><script>alert(1)</script> news"', date: "2026-11-01", description: '"<b>bold</b> & more"' }),
    });
    const page = site.read("x/index.html");
    assert.doesNotMatch(page, /<script>alert/);
    assert.match(page, /"headline":"Breaking \\u003c\/script\\u003e\\u003cscript\\u003ealert\(1\)\\u003c\/script\\u003e news"/);
    assert.match(page, /<meta property="og:description" content="&lt;b&gt;bold&lt;\/b&gt; &amp; more">/);
    assert.match(site.read("feed.xml"), /<title><!\[CDATA\[Breaking <\/script><script>alert\(1\)<\/script> news\]\]><\/title>|<title>Breaking &lt;\/script&gt;/);
  });

  it("announces the site and section feeds on pages", async () => {
    const page = (await buildSite(newsroom)).read("a/index.html");
    assert.match(page, /<link rel="alternate" type="application\/rss\+xml" title="The Test Times \(RSS\)" href="..\/feed.xml">/);
    assert.match(page, /<link rel="alternate" type="application\/atom\+xml" title="The Test Times: Local news \(Atom\)" href="..\/local\/atom.xml">/);
  });
});
