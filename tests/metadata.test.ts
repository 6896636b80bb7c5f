/**
 * Article metadata by Google's Article structured data and Open Graph: the lead image as an
 * ImageObject with its size and credit, never the logo as an article's image, the whole
 * headline, and URLs resolved with the URL API rather than joined as strings.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildSite, siteYaml } from "./helpers/site.js";

const jsonld = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "null") as Record<string, unknown>);
const newsArticle = (html: string) => jsonld(html).find((d) => d["@type"] === "NewsArticle") as Record<string, unknown>;
const map = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="800" height="450"/></svg>';
const long = "Council approves the harbour budget after a nine-hour meeting in which every member spoke and the public gallery stayed full until midnight";

const site = () =>
  buildSite({
    "site.yaml": `${siteYaml}publisher:\n  logo: assets/logo.svg\n  icon: assets/icon.svg\n`,
    "content/local/berth.md": `---\ntitle: Harbour berth opens\ndate: 2026-11-20T10:00:00+01:00\n---\n\nThe new berth opened on Friday.\n\n![Map of the berth](<./harbour map.svg> "The new berth. Graphic: Jane Doe")\n`,
    "content/local/harbour map.svg": map,
    "content/local/long.md": `---\ntitle: ${JSON.stringify(long)}\ndate: 2026-11-19T10:00:00+01:00\n---\n\nA lede without a picture.\n`,
  });

describe("metadata: URLs", () => {
  it("`![](<./harbour map.svg>)` gives a normalised, encoded absolute URL in og:image, JSON-LD and feeds", async () => {
    const built = await site();
    const url = "https://news.example.org/berth/harbour%20map.svg";
    const page = built.read("berth/index.html");
    // social cards and structured data get the SVG's 1200-pixel raster crops (README, "Images"); feeds the image itself
    const social = "https://news.example.org/berth/harbour%20map-social-16x9.jpg";
    assert.match(page, new RegExp(`<meta property="og:image" content="${social}">`));
    assert.equal((newsArticle(page).image as { url: string }[])[0]?.url, social);
    assert.match(built.read("feed.xml"), new RegExp(`<enclosure url="${url}"`));
    for (const name of ["feed.xml", "atom.xml", "feed.json"]) assert.doesNotMatch(built.read(name), /\/\.\/|harbour map\.svg/, `${name}: the body's image too`);
    assert.match(built.read("feed.json"), /harbour%20map\.svg/);
  });
});

describe("metadata: JSON-LD NewsArticle", () => {
  it("the image is ImageObjects of its 1200-pixel crops (16:9, 4:3, 1:1) with width, height and the credit the parser found", async () => {
    const images = newsArticle((await site()).read("berth/index.html")).image as Record<string, unknown>[];
    const object = (ratio: string, height: number) => ({
      "@type": "ImageObject",
      url: `https://news.example.org/berth/harbour%20map-social-${ratio}.jpg`,
      contentUrl: `https://news.example.org/berth/harbour%20map-social-${ratio}.jpg`,
      width: 1200,
      height,
      caption: "The new berth.",
      creditText: "Jane Doe",
    });
    assert.deepEqual(images, [object("16x9", 675), object("4x3", 900), object("1x1", 1200)]);
  });

  it("an article without an image has none: the publisher's logo is never an article's image", async () => {
    const article = newsArticle((await site()).read("long/index.html"));
    assert.equal(article.image, undefined);
    assert.deepEqual(article.publisher, { "@type": "Organization", name: "The Test Times", url: "https://news.example.org/", logo: { "@type": "ImageObject", url: "https://news.example.org/assets/logo.svg" } });
  });

  it("the headline is the whole headline (110 characters was AMP's limit, not Google's)", async () => {
    assert.ok(long.length > 110);
    assert.equal(newsArticle((await site()).read("long/index.html")).headline, long);
  });
});
