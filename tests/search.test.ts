/**
 * Site search (Pagefind): given a site, an index of its published articles in dist/pagefind/,
 * a search page in the site's words and a search box on every page; nothing of it with `search: false`.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, it } from "node:test";
import { build } from "../src/build.js";
import { startDevServer } from "../src/dev/dev-server.js";
import { buildSite, siteAt, siteYaml, writeSiteFiles, type SiteFiles, type TestSite } from "./helpers/site.js";
import { searchExtract, shardCount, shardOf } from "../src/render/search.js";
import { indexInShards, memoryPageCache, type IndexedArticle } from "./helpers/search-shards.js";

const story = (title: string, body: string, extra = "") => `---\ntitle: ${title}\ndate: 2026-11-12T10:00:00Z\n${extra}---\n\n${body}\n\nA second paragraph.\n`;

const files: SiteFiles = {
  "site.yaml": `${siteYaml}sections:\n  local:\n    title: Local news\n`,
  "content/harbour.md": story("Harbour wall repaired", "The north mole of the harbour is mended after the storm.", "section: local\nauthor: Tom Haldane\n"),
  "content/ferry.md": story("Ferry timetable changes", "The winter ferry leaves an hour earlier from December.", "section: local\nauthor: Marit Ellison\n"),
  "content/fiske.md": story("Fisket ökar i norr", "Fiskarna i Skärgården landar mer torsk än på tio år.", "lang: sv\n"),
  "content/draft.md": story("Secret plan", "A draft about the zeppelinfield nobody may read.", "draft: true\n"),
  "content/later.md": `---\ntitle: Tomorrow's news\ndate: 2099-01-01T10:00:00Z\n---\n\nAn embargoed story about the quokkaparade.\n`,
};

/** The pages Pagefind indexed: each fragment's URL, filters and metadata (fragments are gzip with a signature). */
function indexed(site: Pick<TestSite, "out">, shard = ""): { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> }[] {
  const dir = join(site.out, "pagefind", shard, "fragment");
  return readdirSync(dir)
    .map((name) => {
      const bytes = gunzipSync(readFileSync(join(dir, name)));
      assert.equal(bytes.subarray(0, 12).toString(), "pagefind_dcd");
      return JSON.parse(bytes.subarray(12).toString("utf8"));
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

describe("site search", () => {
  it("indexes every published article page, in its own language, with section, author and year filters and date metadata", async () => {
    const site = await buildSite(files);
    const entry = JSON.parse(site.read("pagefind/pagefind-entry.json"));
    assert.deepEqual(Object.fromEntries(Object.entries(entry.languages as Record<string, { page_count: number }>).map(([l, v]) => [l, v.page_count])), { en: 2, sv: 1 });
    const pages = indexed(site);
    assert.deepEqual(
      pages.map((p) => p.url),
      ["/ferry/index.html", "/fiske/index.html", "/harbour/index.html"],
      "article pages only: no listing, no draft, no article dated later",
    );
    const harbour = pages.find((p) => p.url === "/harbour/index.html");
    assert.deepEqual(harbour?.filters, { Section: ["Local news"], Author: ["Tom Haldane"], Published: ["2026"] }, "the date's filter is the year, under the site's word for it");
    assert.deepEqual(pages.find((p) => p.url === "/fiske/index.html")?.filters, { Published: ["2026"] }, "no section, no author: the year alone");
    assert.equal(harbour?.meta.title, "Harbour wall repaired");
    assert.match(harbour?.meta.date ?? "", /^2026-11-12T/);
    assert.match(harbour?.content ?? "", /north mole of the harbour/);
    assert.doesNotMatch(harbour?.content ?? "", /The Test Times|Ferry timetable|Sections|Latest/, "the story only: no masthead, footer or other stories");
    for (const page of pages) assert.doesNotMatch(page.content, /zeppelinfield|quokkaparade/);
  });

  it("writes the index through the site's writer: the manifest lists it, Pagefind's unused UIs are left out", async () => {
    const site = await buildSite(files);
    const manifest = JSON.parse(site.read(".galley-manifest.json")) as { files: string[] };
    const search = site.files().filter((f) => f.startsWith("pagefind/"));
    assert.ok(search.includes("pagefind/pagefind.js") && search.includes("pagefind/pagefind-ui.js") && search.includes("pagefind/pagefind-ui.css") && search.includes("pagefind/wasm.en.pagefind"));
    assert.deepEqual(search.filter((f) => !manifest.files.includes(f)), [], "every index file is in the manifest");
    assert.deepEqual(search.filter((f) => /component-ui|modular-ui|highlight|playground/.test(f)), []);
  });

  it("the same site gives the same index; an unchanged rebuild rewrites none of it", async () => {
    const dir = await writeSiteFiles(files);
    const first = siteAt(dir, await build({ dir }));
    const snapshot = (site: TestSite) => Object.fromEntries(site.files().filter((f) => f.startsWith("pagefind/")).map((f) => [f, readFileSync(join(site.out, f)).toString("base64")]));
    const before = snapshot(first);
    const again = await build({ dir });
    assert.equal(again.changed, 0);
    assert.deepEqual(snapshot(siteAt(dir, again)), before);
    const other = await buildSite(files);
    assert.deepEqual(snapshot(other), before, "another folder, another build: the same bytes");
  });

  it("a rebuild after one article is edited writes the index a fresh build of the same site writes", async () => {
    const snapshot = (site: TestSite) => Object.fromEntries(site.files().filter((f) => f.startsWith("pagefind/")).map((f) => [f, readFileSync(join(site.out, f)).toString("base64")]));
    // the newest article first in the site's order; edited, it is rendered again after the pages reused before it
    const newest = (title: string) => `---\ntitle: ${title}\ndate: 2026-11-14T10:00:00Z\nauthor: Ada Storm\n---\n\nThe storm closed the ferry for a day.\n`;
    const site = { ...files, "content/storm.md": newest("Storm closes the ferry") };
    const dir = await writeSiteFiles(site);
    await build({ dir });
    const edited = { ...site, "content/storm.md": newest("Storm closes the ferry for two days") };
    writeFileSync(join(dir, "content/storm.md"), edited["content/storm.md"]);
    const rebuilt = siteAt(dir, await build({ dir }));
    assert.deepEqual(snapshot(rebuilt), snapshot(await buildSite(edited)));
  });

  it("has a search page in the site's words and a search box on every page leading to it", async () => {
    const site = await buildSite(files);
    const page = site.read("search/index.html");
    assert.match(page, /<title>Search – The Test Times<\/title>/);
    assert.match(page, /<h1 class="listing-title">Search<\/h1>/);
    assert.match(page, /<link rel="stylesheet" href="..\/pagefind\/pagefind-ui.css">/);
    assert.match(page, /<div id="search" class="search" data-bundle="..\/pagefind\/" data-words="[^"]*&#34;zero_results&#34;:&#34;No results for \[SEARCH_TERM\]&#34;/);
    assert.match(page, /<script src="..\/pagefind\/pagefind-ui.js"><\/script>\n<script src="..\/assets\/search.js"><\/script>/);
    assert.match(page, /<noscript>/);
    assert.ok(site.exists("assets/search.js"));
    for (const [path, root] of [["index.html", ""], ["harbour/index.html", "../"], ["local/index.html", "../"], ["search/index.html", "../"]] as const) {
      assert.match(site.read(path), new RegExp(`<form class="site-search" role="search" action="${root.replaceAll(".", "\\.")}search/index.html" method="get">\\n<label class="visually-hidden" for="site-search-q">Search this site</label>\\n<input id="site-search-q" type="search" name="q"`), path);
    }
    assert.match(site.read("404.html"), /<form class="site-search" role="search" action="\/search\/index.html"/, "404 is served at any depth: from the site's path");
    assert.doesNotMatch(site.read("sitemap.xml"), /search\//, "the search page is no page for search engines");
  });

  it("speaks the site's language, with site.yaml's own words over the built-in ones", async () => {
    const site = await buildSite({ ...files, "site.yaml": `${siteYaml.replace("language: en", "language: sv")}strings:\n  sv:\n    search: Hitta\n` });
    const page = site.read("search/index.html");
    assert.match(page, /<html lang="sv">/);
    assert.match(page, /<h1 class="listing-title">Hitta<\/h1>/);
    assert.match(page, /&#34;zero_results&#34;:&#34;Inga resultat för \[SEARCH_TERM\]&#34;/);
    assert.match(site.read("index.html"), /<label class="visually-hidden" for="site-search-q">Sök på webbplatsen<\/label>[^]*<button type="submit">Hitta<\/button>/);
  });

  it("every interface language has the search words", () => {
    const dir = join(import.meta.dirname, "..", "templates", "i18n");
    const english = Object.keys(JSON.parse(readFileSync(join(dir, "en.json"), "utf8"))).filter((k) => k.startsWith("search"));
    assert.ok(english.length >= 10);
    for (const name of readdirSync(dir)) {
      const words = JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, string>;
      assert.deepEqual(english.filter((k) => typeof words[k] !== "string" || words[k] === ""), [], name);
      for (const k of ["search_none", "search_many", "search_one", "search_searching"]) assert.match(words[k] ?? "", /\{term\}/, `${name} ${k}`);
    }
  });

  it("`search: false` builds no index, no search page and no search box", async () => {
    const site = await buildSite({ ...files, "site.yaml": `${siteYaml}search: false\n` });
    assert.deepEqual(site.files().filter((f) => f.startsWith("pagefind/") || f.startsWith("search/")), []);
    for (const path of ["index.html", "harbour/index.html"]) assert.doesNotMatch(site.read(path), /site-search|data-pagefind/, path);
  });

  it("`search` must be true or false", async () => {
    const { buildSiteError } = await import("./helpers/site.js");
    const { lines } = await buildSiteError({ ...files, "site.yaml": `${siteYaml}search: sometimes\n` });
    assert.match(lines.join("\n"), /site\.yaml:5:9: error: `search` must be `true` or `false`/);
  });

  it("galley dev serves the search page and an index of the pages in memory, made again after a change", async () => {
    const dir = await writeSiteFiles({ ...files, "site.yaml": String(files["site.yaml"]).replace("https://news.example.org/", "https://news.example.org/news/") });
    const server = await startDevServer({ dir, port: 0, log: () => {} });
    try {
      assert.match(server.url, /\/news\/$/);
      const page = await fetch(`${server.url}search/`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<div id="search" class="search" data-bundle="..\/pagefind\/"/);
      const counts = async () => {
        const response = await fetch(`${server.url}pagefind/pagefind-entry.json`);
        assert.equal(response.status, 200);
        const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
        return Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count]));
      };
      // the preview shows drafts, but search never finds them
      assert.deepEqual(await counts(), { en: 2, sv: 1 });
      for (const path of ["pagefind/pagefind-ui.js", "pagefind/pagefind.js", "pagefind/wasm.en.pagefind"]) assert.equal((await fetch(`${server.url}${path}`)).status, 200, path);
      const changed = new Promise<void>((resolve) => server.onChange(() => resolve()));
      writeFileSync(join(dir, "content", "storm.md"), story("Storm closes the coast road", "The coast road is shut until the storm passes."));
      await changed;
      assert.deepEqual(await counts(), { en: 3, sv: 1 });
      assert.equal((await fetch(`${server.url}pagefind/no-such-file.js`)).status, 404);
    } finally {
      await server.close();
    }
  });
});

describe("what Pagefind is given of a page", () => {
  const page = (story: string) =>
    `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><header><form role="search">Search</form></header><main>${story}<aside><article class="teaser">Another story</article></aside></main><footer>About us</footer></body></html>`;

  it("given an article page, only its marked story, nested articles included, in the article's language", () => {
    const story = `<article class="story" data-pagefind-body data-section="Local"><h1>Harbour</h1><article class="embed">A post</article><p>The harbour reopens.</p></article>`;
    assert.equal(searchExtract(page(story), "sv"), `<!doctype html><html lang="sv"><head><meta charset="utf-8"></head><body>${story}</body></html>`);
  });

  it("given a site's own template marking another element, that element", () => {
    const html = `<html lang="en"><body><nav>Menu</nav><div class="x" data-pagefind-body><div>Inner</div><p>Body</p></div><footer>About</footer></body></html>`;
    assert.match(searchExtract(html, "en") ?? "", /<body><div class="x" data-pagefind-body><div>Inner<\/div><p>Body<\/p><\/div><\/body>/);
  });

  it("given a page with no marked story (a draft's, a listing), nothing", () => {
    assert.equal(searchExtract(page(`<article class="story"><h1>Draft</h1></article>`), "en"), null);
  });
});

describe("a large site's index, in shards", () => {
  const articles: IndexedArticle[] = [
    { path: "harbour/index.html", lang: "en", slug: "harbour" },
    { path: "ferry/index.html", lang: "en", slug: "ferry" },
    { path: "fiske/index.html", lang: "sv", slug: "fiske" },
  ];

  it("is one index up to a shard's size, then a power of two of shards, at most 64", () => {
    assert.deepEqual([0, 1, 125, 126, 250, 251, 4000, 100_000].map((n) => shardCount(n)), [1, 1, 1, 2, 2, 4, 32, 64]);
    assert.equal(shardCount(3, 1), 4);
  });

  it("puts each article in one shard by its path alone, whatever the other articles", () => {
    const shards = ["a/index.html", "b/index.html", "c/index.html", "d/index.html"].map((p) => shardOf(p, 8));
    assert.deepEqual(shards, ["a/index.html", "b/index.html", "c/index.html", "d/index.html"].map((p) => shardOf(p, 8)));
    assert.ok(shards.every((s) => s >= 0 && s < 8));
    assert.ok(new Set(Array.from({ length: 200 }, (_, i) => shardOf(`story-${i}/index.html`, 8))).size === 8, "200 articles reach every one of 8 shards");
  });

  it("indexes each article in its shard; the first shard has Pagefind's scripts, the others their index alone, all listed with their languages", async () => {
    const site = await buildSite(files);
    const outputs = await indexInShards(site.out, articles, { shardSize: 1 });
    const list = JSON.parse(site.read("pagefind/galley-shards.json")) as { shards: { path: string; languages: string[] }[] };
    const expected = new Map<number, IndexedArticle[]>();
    for (const a of articles) expected.set(shardOf(a.path, 4), [...(expected.get(shardOf(a.path, 4)) ?? []), a]);
    for (let shard = 0; shard < 4; shard++) {
      const mine = expected.get(shard) ?? [];
      const folder = shard === 0 ? "" : `shard-${shard}`;
      if (!mine.length) {
        assert.ok(!outputs.some((f) => f.path.startsWith(shard === 0 ? "pagefind/fragment/" : `pagefind/${folder}/`)), `an empty shard ${shard} has no pages`);
        continue;
      }
      assert.deepEqual(indexed(site, folder).map((p) => p.url), mine.map((a) => `/${a.path}`).sort(), `shard ${shard}`);
      if (shard > 0) {
        assert.deepEqual(list.shards.find((s) => s.path === `${folder}/`)?.languages, [...new Set(mine.map((a) => a.lang))].sort());
        assert.deepEqual(outputs.filter((f) => f.path.startsWith(`pagefind/${folder}/`) && !/\/(pagefind-entry\.json|[^/]*\.pf_meta|(index|filter|fragment)\/[^/]+)$/.test(f.path)).map((f) => f.path), [], "no scripts, WASM or UI in another shard");
      }
    }
    assert.ok(site.exists("pagefind/pagefind.js") && site.exists("pagefind/pagefind-ui.js") && site.exists("pagefind/pagefind-entry.json"));
    assert.equal(list.shards.length, new Set(articles.map((a) => shardOf(a.path, 4)).filter((s) => s > 0)).size);
  });

  it("a rebuild with one article changed indexes its shard again and takes the others from the last build", async () => {
    const site = await buildSite(files);
    const cache = memoryPageCache(site.out);
    const first = await indexInShards(site.out, articles, { shardSize: 1, cache });
    assert.ok(first.every((f) => "contents" in f), "nothing to reuse the first time");
    cache.next();
    const same = await indexInShards(site.out, articles, { shardSize: 1, cache });
    assert.deepEqual(same.filter((f) => "contents" in f).map((f) => f.path), ["pagefind/galley-shards.json"], "nothing changed: every shard reused");
    cache.next();
    const changed = articles.map((a) => (a.slug === "ferry" ? { ...a, version: "2" } : a));
    const again = await indexInShards(site.out, changed, { shardSize: 1, cache });
    const folder = (shard: number) => (shard === 0 ? "pagefind/" : `pagefind/shard-${shard}/`);
    const ferry = shardOf("ferry/index.html", 4);
    const fresh = again.filter((f) => "contents" in f && f.path !== "pagefind/galley-shards.json").map((f) => f.path);
    assert.ok(fresh.length > 0 && fresh.every((p) => p.startsWith(folder(ferry)) && (ferry !== 0 || !p.startsWith("pagefind/shard-"))), "only the changed article's shard is made again");
    assert.deepEqual(again.map((f) => f.path).sort(), first.map((f) => f.path).sort(), "the same files");
    assert.deepEqual(indexed(site, ferry === 0 ? "" : `shard-${ferry}`).map((p) => p.url), articles.filter((a) => shardOf(a.path, 4) === ferry).map((a) => `/${a.path}`).sort());
  });
});
