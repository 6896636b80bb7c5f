/**
 * Responsive images (README, "Images"): given a site with photos next to its articles, every
 * candidate a page offers exists at the width it states, social cards get 1200-pixel rasters,
 * structured data gets ImageObjects with size and credit, a warm build does no image work, and
 * a broken image is an error at the line that names it.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, it } from "node:test";
import sharp from "sharp";
import { build } from "../src/build.js";
import { imageWork, widthsFor } from "../src/images/process-image.js";
import { buildSite, buildSiteError, siteYaml, type SiteFiles } from "./helpers/site.js";

/** A photo-like picture: a smooth gradient with a little grain, `width` × `height`. */
async function photo(width: number, height: number, format: "jpeg" | "png"): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const grain = ((x * 7919 + y * 104729) % 23) - 11;
      raw[i] = Math.max(0, Math.min(255, (255 * x) / width + grain));
      raw[i + 1] = Math.max(0, Math.min(255, (255 * y) / height + grain));
      raw[i + 2] = 128 + grain;
    }
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === "jpeg" ? image.jpeg({ quality: 92 }).toBuffer() : image.png().toBuffer();
}

const jsonld = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "null") as Record<string, unknown>);
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;
const unescape = (s: string) => s.replaceAll("&amp;", "&").replaceAll("&#39;", "'").replaceAll("&quot;", '"');

const story = [
  "---",
  "title: Harbour wall repairs begin",
  "date: 2026-11-20T10:00:00+01:00",
  "---",
  "",
  "Repairs to the north mole began on Monday.",
  "",
  '![Workers on the mole](<./photos/mole works.jpg> "Workers on the north mole. Photo: Jane Doe")',
  "",
  "The work will take six weeks.",
  "",
  '![The old harbour wall](./wall.png "The wall before the storm. Photo: Ola Nord")',
  "",
  "![A remote picture](https://cdn.example.org/pictures/boat.jpg)",
  "",
  "![The harbour map](./map.svg)",
  "",
].join("\n");
const map = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="#2a6"/></svg>';

const files = async (): Promise<SiteFiles> => ({
  "site.yaml": `${siteYaml}images:\n  widths: [320, 640, 1600]\n  formats: [avif, webp]\n`,
  "content/local/wall.md": story,
  "content/local/photos/mole works.jpg": await photo(1000, 750, "jpeg"),
  "content/local/wall.png": await photo(500, 400, "png"),
  "content/local/map.svg": map,
});

/** The file a URL of the article page names, in the built site. */
const fileOf = (out: string, url: string) => join(out, "wall", ...decodeURIComponent(url).split("/"));

describe("images: variants", () => {
  it("widths are the settings' widths below the image's own, and its own width when smaller than the largest: never upscaled", () => {
    assert.deepEqual(widthsFor(1000, [320, 640, 1600]), [320, 640, 1000]);
    assert.deepEqual(widthsFor(3000, [480, 800, 1200, 1600]), [480, 800, 1200, 1600]);
    assert.deepEqual(widthsFor(200, [480, 800]), [200]);
  });

  it("every <img> and <source> candidate of a page exists in its format at the width it states, with width and height on every <img>", async () => {
    const site = await buildSite(await files());
    const page = site.read("wall/index.html");
    const pictures = [...page.matchAll(/<picture>([^]*?)<\/picture>/g)].map((m) => m[1] as string);
    assert.equal(pictures.length, 2, "the two raster images; the SVG and the remote image are shown as they are");
    let candidates = 0;
    for (const picture of pictures) {
      const tags = [...picture.matchAll(/<(source|img)\s[^>]*>/g)].map((m) => m[0]);
      assert.deepEqual(tags.map((t) => attr(t, "type") ?? "img"), ["image/avif", "image/webp", "img"]);
      for (const tag of tags) {
        assert.ok(attr(tag, "sizes"), `sizes on ${tag}`);
        const expected = attr(tag, "type")?.replace("image/", "") ?? null;
        for (const candidate of unescape(attr(tag, "srcset") ?? "").split(", ")) {
          const [url, descriptor] = candidate.split(" ");
          const meta = await sharp(fileOf(site.out, url as string)).metadata();
          assert.equal(`${meta.width}w`, descriptor, `${url} is ${meta.width} pixels wide`);
          if (expected) assert.equal(meta.format === "heif" ? "avif" : meta.format, expected, url);
          candidates++;
        }
      }
    }
    // the photo: 320, 640 and its own 1000 in three formats; the PNG: 320 and its own 500 in three
    assert.equal(candidates, 3 * 3 + 3 * 2);
    const imgs = [...page.matchAll(/<img\s[^>]*>/g)].map((m) => m[0]);
    for (const img of imgs.filter((i) => !i.includes("https:"))) assert.ok(attr(img, "width") && attr(img, "height"), `width and height on ${img}`);
    const photoImg = imgs.find((i) => i.includes("mole%20works.jpg")) as string;
    assert.equal(attr(photoImg, "width"), "1000");
    assert.equal(attr(photoImg, "height"), "750");
    assert.match(photoImg, /fetchpriority="high"/, "the lead image loads first");
    assert.doesNotMatch(photoImg, /loading="lazy"/);
    const wallImg = imgs.find((i) => i.includes("wall.png")) as string;
    assert.match(wallImg, /loading="lazy"/, "an image below the lead loads when scrolled to");
    assert.match(wallImg, /srcset="wall-320w\.png 320w, wall-500w\.png 500w"/, "the fallback keeps the original's format");
    assert.match(page, /<img src="https:\/\/cdn\.example\.org\/pictures\/boat\.jpg" alt="A remote picture" loading="lazy"/, "a remote image is left as it is");
    assert.match(page, /<img src="\.\/map\.svg" alt="The harbour map" width="400" height="300" loading="lazy"/, "an SVG in the body stays an SVG");
    assert.ok(site.exists("wall/photos/mole works.jpg"), "the original is copied too");
  });
});

describe("images: teasers", () => {
  it("the front page's lead story shows its picture's variants, paths from the front page, each existing at its stated width", async () => {
    const site = await buildSite(await files());
    const index = site.read("index.html");
    const picture = index.match(/<a class="teaser-image teaser-image-lead"[^]*?<\/a>/)?.[0] as string;
    assert.match(picture, /<picture><source type="image\/avif"/);
    assert.match(picture, /fetchpriority="high"/);
    const srcsets = [...picture.matchAll(/srcset="([^"]+)"/g)].map((m) => unescape(m[1] as string));
    assert.equal(srcsets.length, 3);
    for (const candidate of srcsets.flatMap((s) => s.split(", "))) {
      const [url, descriptor] = candidate.split(" ");
      assert.ok((url as string).startsWith("wall/photos/mole%20works-"), url);
      const meta = await sharp(join(site.out, ...decodeURIComponent(url as string).split("/"))).metadata();
      assert.equal(`${meta.width}w`, descriptor);
    }
  });
});

describe("images: social cards and structured data", () => {
  it("og:image and twitter:image are the lead image's 16:9 crop, a 1200 × 675 JPEG, with og:image:width and height", async () => {
    const site = await buildSite(await files());
    const page = site.read("wall/index.html");
    const og = page.match(/<meta property="og:image" content="([^"]+)">/)?.[1] as string;
    assert.equal(og, "https://news.example.org/wall/photos/mole%20works-social-16x9.jpg");
    assert.match(page, new RegExp(`<meta name="twitter:image" content="${og}">`));
    assert.match(page, /<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="675">/);
    const meta = await sharp(fileOf(site.out, og.replace("https://news.example.org/wall/", ""))).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ["jpeg", 1200, 675]);
  });

  it("JSON-LD image is three ImageObjects (16:9, 4:3, 1:1) with width, height, caption and creditText, each file of that size", async () => {
    const site = await buildSite(await files());
    const article = jsonld(site.read("wall/index.html")).find((d) => d["@type"] === "NewsArticle") as { image: Record<string, unknown>[] };
    assert.deepEqual(article.image.map((i) => [i.width, i.height]), [[1200, 675], [1200, 900], [1200, 1200]]);
    for (const image of article.image) {
      assert.equal(image["@type"], "ImageObject");
      assert.equal(image.creditText, "Jane Doe");
      assert.equal(image.caption, "Workers on the north mole.");
      const meta = await sharp(fileOf(site.out, (image.url as string).replace("https://news.example.org/wall/", ""))).metadata();
      assert.deepEqual([meta.width, meta.height], [image.width, image.height]);
    }
  });

  it("an SVG lead image is rasterised for social cards; the page still shows the SVG", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/chart.md": "---\ntitle: Landings fall\ndate: 2026-11-20T10:00:00+01:00\n---\n\nLandings fell.\n\n![Chart](./chart.svg)\n",
      "content/chart.svg": map,
    });
    const page = site.read("chart/index.html");
    assert.match(page, /<meta property="og:image" content="https:\/\/news\.example\.org\/chart\/chart-social-16x9\.jpg">/);
    assert.match(page, /<img src="\.\/chart\.svg" alt="Chart" width="400" height="300" fetchpriority="high"/);
    const meta = await sharp(join(site.out, "chart", "chart-social-1x1.jpg")).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ["jpeg", 1200, 1200]);
  });

  it("a page whose only image is remote keeps it as og:image; the site's logo is never an article's image", async () => {
    const site = await buildSite({
      "site.yaml": `${siteYaml}publisher:\n  logo: assets/logo.svg\n`,
      "content/boat.md": "---\ntitle: Boat\ndate: 2026-11-20T10:00:00+01:00\n---\n\nA boat.\n\n![Boat](https://cdn.example.org/boat.jpg)\n",
      "content/plain.md": "---\ntitle: Plain\ndate: 2026-11-19T10:00:00+01:00\n---\n\nNo picture.\n",
    });
    assert.match(site.read("boat/index.html"), /<meta property="og:image" content="https:\/\/cdn\.example\.org\/boat\.jpg">/);
    assert.doesNotMatch(site.read("plain/index.html"), /og:image|twitter:image" content/);
  });
});

describe("images: the cache", () => {
  it("a warm build does no image work and leaves the cached files untouched; new settings make the images again", async () => {
    const site = await buildSite(await files());
    const cache = join(site.dir, ".galley-cache", "images");
    const stamps = () => readdirSync(cache, { recursive: true, encoding: "utf8" }).sort().map((f) => `${f}@${statSync(join(cache, f)).mtimeMs}`);
    const before = stamps();
    assert.ok(before.some((f) => f.includes("image.json")));
    const processed = imageWork.processed;
    const hashed = imageWork.hashed;
    const warm = await build({ dir: site.dir });
    assert.equal(imageWork.processed, processed, "no image processed by the warm build");
    assert.equal(imageWork.hashed, hashed, "no original read and hashed: known by path, size and time");
    assert.deepEqual(stamps(), before, "no cached image written again");
    assert.equal(warm.changed, 0, "nothing in dist/ changed");
    await import("node:fs/promises").then((fs) => fs.writeFile(join(site.dir, "site.yaml"), `${siteYaml}images:\n  widths: [300]\n  formats: [webp]\n`));
    await build({ dir: site.dir });
    assert.equal(imageWork.processed, processed + 2, "both raster images made again with the new widths (the SVG's crops are reused)");
  });

  it("without the cache the images are made in a temporary folder and the output is the same", async () => {
    const site = await buildSite(await files());
    const { mkdtemp } = await import("node:fs/promises");
    const out = await mkdtemp(join((await import("node:os")).tmpdir(), "galley-images-out-"));
    await build({ dir: site.dir, out, cache: false });
    const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(jpg|png|webp|avif)$/.test(f)).map((f) => f.split("\\").join(posix.sep)).sort();
    assert.deepEqual(list(out), list(site.out));
  });
});

describe("images: errors", () => {
  it("a broken image is an error naming the file, line and column that reference it", async () => {
    const { lines } = await buildSiteError({
      "site.yaml": siteYaml,
      "content/a.md": "---\ntitle: A\n---\n\nThe lede.\n\n![Broken](./broken.jpg)\n",
      "content/broken.jpg": "this is not a JPEG",
    });
    assert.match(lines.join("\n"), /content\/a\.md:7:\d+: error: image `\.\/broken\.jpg` cannot be read as an image \(.+\): replace it with a JPEG, PNG, WebP, AVIF or SVG file \[galley:media-broken\]/);
  });

  it("a missing image keeps its message: not found, where it was looked for", async () => {
    const { lines } = await buildSiteError({ "site.yaml": siteYaml, "content/a.md": "---\ntitle: A\n---\n\nThe lede.\n\n![Gone](./gone.jpg)\n" });
    assert.match(lines.join("\n"), /content\/a\.md:7:\d+: error: image `\.\/gone\.jpg` not found \(looked for .*content\/gone\.jpg\) \[galley:media-missing\]/);
  });

  it("site.yaml `images:` is checked: a wrong setting is an error, a misspelt one says what was meant", async () => {
    const bad = await buildSiteError({ "site.yaml": `${siteYaml}images:\n  widths: [wide]\n`, "content/a.md": "# A\n\nText.\n" });
    assert.match(bad.lines.join("\n"), /site\.yaml:\d+:\d+: error: `images` `widths` must be a list of whole numbers/);
    const typo = await buildSiteError({ "site.yaml": `${siteYaml}images:\n  formts: [webp]\n`, "content/a.md": "# A\n\nText.\n" });
    assert.match(typo.lines.join("\n"), /did you mean `formats`\?/);
  });
});

describe("images: errors and remote images in front matter", () => {
  it("a broken or missing `image:` is an error at the front matter line that names it", async () => {
    const broken = await buildSiteError({ "site.yaml": siteYaml, "content/a.md": "---\ntitle: A\nimage: broken.jpg\n---\n\nThe lede.\n", "content/broken.jpg": "<html>not a picture</html>" });
    assert.match(broken.lines.join("\n"), /content\/a\.md:3:8: error: image `broken\.jpg` cannot be read as an image \(.+\): replace it with a JPEG, PNG, WebP, AVIF or SVG file \[galley:media-broken\]/);
    const missing = await buildSiteError({ "site.yaml": siteYaml, "content/a.md": "---\ntitle: A\nimage: gone.jpg\n---\n\nThe lede.\n" });
    assert.match(missing.lines.join("\n"), /content\/a\.md:3:8: error: image `gone\.jpg` not found \(looked for .*content\/gone\.jpg\) \[galley:media-missing\]/);
  });

  it("a truncated JPEG (a download cut short) is an error at its line, not a half-made set of variants", async () => {
    const whole = await photo(400, 300, "jpeg");
    const { lines, dir } = await buildSiteError({ "site.yaml": siteYaml, "content/a.md": "---\ntitle: A\n---\n\nThe lede.\n\n![Cut](./cut.jpg)\n", "content/cut.jpg": whole.subarray(0, 600) });
    assert.match(lines.join("\n"), /content\/a\.md:7:\d+: error: image `\.\/cut\.jpg` cannot be read as an image \(.+\).*\[galley:media-broken\]/);
    assert.deepEqual(readdirSync(dir).filter((f) => f === "dist"), [], "a failed build leaves no dist/");
  });

  it("a remote `image:` in front matter is left as written: no variants, no crops, og:image its URL", async () => {
    const site = await buildSite({ "site.yaml": siteYaml, "content/a.md": "---\ntitle: A\ndate: 2026-11-20T10:00:00+01:00\nimage: https://cdn.example.org/harbour.jpg\n---\n\nThe lede.\n" });
    const page = site.read("a/index.html");
    assert.match(page, /<meta property="og:image" content="https:\/\/cdn\.example\.org\/harbour\.jpg">/);
    assert.doesNotMatch(page, /og:image:width|<picture>|srcset=/);
    assert.deepEqual(readdirSync(join(site.out, "a")).filter((f) => /\.(jpg|webp|avif|png)$/.test(f)), []);
  });
});

/** schema.org ImageObject properties Galley may write, each with the check its value must pass (https://schema.org/ImageObject). */
const imageObject: Record<string, (v: unknown) => boolean> = {
  "@type": (v) => v === "ImageObject",
  url: (v) => typeof v === "string" && /^https?:\/\/[^\s]+$/.test(v),
  contentUrl: (v) => typeof v === "string" && /^https?:\/\/[^\s]+$/.test(v),
  width: (v) => Number.isInteger(v) && (v as number) > 0,
  height: (v) => Number.isInteger(v) && (v as number) > 0,
  caption: (v) => typeof v === "string" && v.trim() !== "",
  creditText: (v) => typeof v === "string" && v.trim() !== "",
  name: (v) => typeof v === "string",
  encodingFormat: (v) => typeof v === "string" && /^image\//.test(v),
};

/** Every ImageObject in a JSON-LD document, wherever it is nested. */
function imageObjects(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(imageObjects);
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  return [...(record["@type"] === "ImageObject" ? [record] : []), ...Object.values(record).flatMap(imageObjects)];
}

describe("images: the whole sample site", () => {
  it("every page: each <img>/<source> candidate exists at the width it states, og:image is a raster of its stated size, every JSON-LD ImageObject validates", async () => {
    const { sampleSite } = await import("./helpers/sample-site.js");
    const { out, files } = await sampleSite();
    const site = "https://galley-gazette.example/";
    const local = (url: string) => join(out, ...decodeURIComponent(url.slice(site.length)).split("/"));
    let candidates = 0;
    let articleImages = 0;
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = readFileSync(file, "utf8");
      const name = file.slice(out.length + 1);
      for (const tag of [...html.matchAll(/<(?:img|source)\s[^>]*srcset="[^"]*"[^>]*>/g)].map((m) => m[0])) {
        for (const candidate of unescape(attr(tag, "srcset") ?? "").split(", ")) {
          const [url, descriptor] = candidate.split(" ");
          const meta = await sharp(join(file, "..", ...decodeURIComponent(url as string).split("/"))).metadata();
          assert.equal(`${meta.width}w`, descriptor, `${name}: ${url}`);
          candidates++;
        }
      }
      const og = html.match(/<meta property="og:image" content="([^"]+)">/)?.[1];
      if (og?.startsWith(site)) {
        const meta = await sharp(local(og)).metadata();
        assert.ok(["jpeg", "png", "webp"].includes(meta.format as string), `${name}: og:image ${og} is a raster Facebook and X show, not ${meta.format}`);
        assert.equal(String(meta.width), html.match(/<meta property="og:image:width" content="(\d+)">/)?.[1], `${name}: og:image:width`);
        assert.equal(String(meta.height), html.match(/<meta property="og:image:height" content="(\d+)">/)?.[1], `${name}: og:image:height`);
      }
      for (const doc of jsonld(html)) {
        for (const image of imageObjects(doc)) {
          for (const [key, value] of Object.entries(image)) {
            assert.ok(key in imageObject, `${name}: ImageObject has ${key}, not a property Galley should write`);
            assert.ok(imageObject[key]?.(value), `${name}: ImageObject ${key} ${JSON.stringify(value)}`);
          }
          assert.ok(image.url, `${name}: ImageObject without url`);
        }
        // Google's article images: crawlable files of at least 1200 px in 16:9, 4:3 and 1:1 (width and height as the file has them)
        if (doc["@type"] !== "NewsArticle" || !doc.image) continue;
        const images = doc.image as Record<string, unknown>[];
        assert.deepEqual(images.map((i) => `${i.width}x${i.height}`), ["1200x675", "1200x900", "1200x1200"], name);
        for (const image of images) {
          const meta = await sharp(local(image.url as string)).metadata();
          assert.deepEqual([meta.format, meta.width, meta.height], ["jpeg", image.width, image.height], `${name}: ${image.url}`);
          articleImages++;
        }
      }
    }
    assert.ok(candidates >= 8, `the sample site's photo is offered in variants (${candidates} candidates)`);
    assert.ok(articleImages >= 9, `three articles with images (${articleImages} ImageObjects)`);
  });
});

describe("images: in a browser", { skip: (await import("./helpers/browser.js")).noChromium }, () => {
  it("the sample site's photo has its final box before it arrives at 390 and 1280 px: nothing below it moves when it loads", async () => {
    const { sampleSite } = await import("./helpers/sample-site.js");
    const { launchChromium, staticHost } = await import("./helpers/browser.js");
    const { out } = await sampleSite();
    const { server, origin } = await staticHost(out);
    const browser = await launchChromium();
    try {
      for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
        const page = await browser.newPage({ viewport });
        let release = () => {};
        const held = new Promise<void>((done) => (release = done));
        await page.route(/skerry-head-at-dusk[^/]*$/, async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${origin}/skerry-head-lighthouse-museum/`, { waitUntil: "domcontentloaded" });
        // the style sheets applied (on a loaded machine they may still be on their way at DOMContentLoaded)
        await page.waitForFunction(() => Array.from(document.querySelectorAll("link[rel=stylesheet]"), (l) => (l as HTMLLinkElement).sheet).every((sheet) => sheet !== null));
        const box = `(() => { const img = document.querySelector("img[src='skerry-head-at-dusk.jpg']"); const r = img.getBoundingClientRect(); return [img.complete && img.naturalWidth > 0, Math.round(r.width), Math.round(r.height)]; })()`;
        const before = (await page.evaluate(box)) as [boolean, number, number];
        release();
        await page.waitForLoadState("load");
        const after = (await page.evaluate(box)) as [boolean, number, number];
        assert.equal(before[0], false, "the photo was held back");
        assert.equal(after[0], true, "the photo loaded");
        assert.deepEqual(before.slice(1), after.slice(1), `at ${viewport.width} px the photo's box is its final size before it loads`);
        assert.ok(Math.abs((after[1] as number) / (after[2] as number) - 1.5) < 0.01, "the 3:2 photo keeps its shape");
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  });
});
