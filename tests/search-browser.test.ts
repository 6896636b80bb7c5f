/// <reference lib="dom" />
/**
 * Site search in headless Chromium: a built site served under `/news/`; a reader types a word
 * into the header's search box, gets the search page's results (articles in another language
 * too) and follows one to the right article. The search page has no axe-core violations.
 */
import axe from "axe-core";
import assert from "node:assert/strict";
import { createReadStream, existsSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { build } from "../src/build.js";
import { writeSiteFiles } from "./helpers/site.js";
import { launchChromium, noChromium, staticHost } from "./helpers/browser.js";
import { indexInShards } from "./helpers/search-shards.js";

const skip = noChromium;
const story = (title: string, body: string, extra = "", date = "2026-11-12T10:00:00Z") => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\n${body}\n\nA second paragraph about the coast.\n`;

const siteFiles = {
  "site.yaml": "title: The Test Times\nlanguage: en\nurl: https://news.example.org/news/\ndescription: Tests\n",
  "content/harbour.md": story("Harbour wall repaired", "The north mole of the harbour is mended after the lighthouse storm.", "section: local\nauthor: Tom Haldane\n"),
  "content/ferry.md": story("Ferry timetable changes", "The winter ferry leaves an hour earlier from December.", "section: local\nauthor: Marit Ellison\n", "2025-06-03T09:00:00Z"),
  "content/fiske.md": story("Torsken tillbaka i fjorden", "Fiskarna i skärgården landar mer torsk än på tio år.", "lang: sv\nsection: world\n"),
};

let browser: Browser;
let server: Server;
let origin = "";
let shardedServer: Server;
let shardedOrigin = "";

/** axe-core's violations on the page, one line each (as tests/browser.test.ts checks them). */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

describe("site search in a browser", { skip }, () => {
  before(async () => {
    const dir = await writeSiteFiles(siteFiles);
    await build({ dir, now: Date.parse("2026-11-20T12:00:00Z") });
    const out = join(dir, "dist");
    // a static host serving the site under /news/
    ({ server, origin } = await staticHost(out, "/news/"));
    // the same site with its index in shards of two articles (as a large site's is made: Harbour in the first, Ferry and Torsken in the other), on another host
    const shardedDir = await writeSiteFiles(siteFiles);
    await build({ dir: shardedDir, now: Date.parse("2026-11-20T12:00:00Z") });
    await indexInShards(join(shardedDir, "dist"), [
      { path: "harbour/index.html", lang: "en", slug: "harbour" },
      { path: "ferry/index.html", lang: "en", slug: "ferry" },
      { path: "fiske/index.html", lang: "sv", slug: "fiske" },
    ], { shardSize: 2 });
    ({ server: shardedServer, origin: shardedOrigin } = await staticHost(join(shardedDir, "dist"), "/news/"));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    shardedServer?.close();
  });

  it("a word typed into the header's search box finds the article, and its result leads to it", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/news/ferry/index.html`);
    await page.getByRole("searchbox", { name: "Search this site" }).fill("lighthouse");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/\/news\/search\/index\.html\?q=lighthouse$/);
    const result = page.locator(".pagefind-ui__result-link").first();
    await result.waitFor({ timeout: 15_000 });
    assert.equal(await page.locator(".pagefind-ui__result-link").count(), 1);
    assert.equal(await result.textContent(), "Harbour wall repaired");
    assert.equal(await page.locator(".pagefind-ui__message").textContent(), "1 result for lighthouse");
    await result.click();
    await page.waitForURL(`${origin}/news/harbour/index.html`);
    assert.equal(await page.locator("h1").textContent(), "Harbour wall repaired");
    await page.close();
  });

  it("finds articles in another language than the site's, and filters by section and by year", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/news/search/index.html?q=torsk`);
    const result = page.locator(".pagefind-ui__result-link").first();
    await result.waitFor({ timeout: 15_000 });
    assert.equal(await result.textContent(), "Torsken tillbaka i fjorden");
    assert.equal(await result.getAttribute("href"), "/news/fiske/index.html");
    // "coast" is in every story: the section filter keeps the two of Local
    await page.goto(`${origin}/news/search/index.html?q=coast`);
    const titles = async (count: number) => {
      for (let i = 0; i < 100 && (await page.locator(".pagefind-ui__result-link").count()) !== count; i++) await page.waitForTimeout(100);
      return (await page.locator(".pagefind-ui__result-link").allTextContents()).sort();
    };
    assert.deepEqual(await titles(3), ["Ferry timetable changes", "Harbour wall repaired", "Torsken tillbaka i fjorden"]);
    await page.locator("summary.pagefind-ui__filter-name", { hasText: "Section" }).click();
    await page.locator('label[for="Section-Local"]').click();
    assert.deepEqual(await titles(2), ["Ferry timetable changes", "Harbour wall repaired"]);
    // and the year of publication, under the site's word for the date, narrows them to last year's
    await page.locator("summary.pagefind-ui__filter-name", { hasText: "Published" }).click();
    assert.deepEqual((await page.locator("label.pagefind-ui__filter-label").allTextContents()).filter((t) => /^\s*20\d\d/.test(t)).map((t) => t.trim()), ["2025 (1)", "2026 (1)"]);
    await page.locator('label[for="Published-2025"]').click();
    assert.deepEqual(await titles(1), ["Ferry timetable changes"]);
    await page.close();
  });

  it("an index in shards (a large site's) is searched whole: results and filters of every shard", async () => {
    const page = await browser.newPage();
    await page.goto(`${shardedOrigin}/news/search/index.html?q=coast`);
    const titles = async (count: number) => {
      for (let i = 0; i < 100 && (await page.locator(".pagefind-ui__result-link").count()) !== count; i++) await page.waitForTimeout(100);
      return (await page.locator(".pagefind-ui__result-link").allTextContents()).sort();
    };
    assert.deepEqual(await titles(3), ["Ferry timetable changes", "Harbour wall repaired", "Torsken tillbaka i fjorden"]);
    await page.locator("summary.pagefind-ui__filter-name", { hasText: "Published" }).click();
    await page.locator('label[for="Published-2026"]').click();
    assert.deepEqual(await titles(2), ["Harbour wall repaired", "Torsken tillbaka i fjorden"]);
    await page.goto(`${shardedOrigin}/news/search/index.html?q=lighthouse`);
    const result = page.locator(".pagefind-ui__result-link").first();
    await result.waitFor({ timeout: 15_000 });
    assert.equal(await result.getAttribute("href"), "/news/harbour/index.html");
    await page.close();
  });

  it("the search page, with results shown: no axe-core violations", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/news/search/index.html?q=harbour`);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
});
