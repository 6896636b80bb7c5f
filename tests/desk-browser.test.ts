/// <reference lib="dom" />
/**
 * The editor's desk in `galley dev`, in headless Chromium: paste the seed article, see its quotes
 * and related box marked, turn a paragraph into a subhead, save, and the saved Markdown builds
 * into a page with that subhead. A bad paste (binary, 5 MB) gets a clear message and the server
 * keeps running. Screenshots at 1280 and 390 px; axe-core finds nothing; the time of one
 * parse-and-preview round on a 2,000-word article is printed.
 */
import axe from "axe-core";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { build } from "../src/build.js";
import { startDevServer, type DevServer } from "../src/dev/dev-server.js";
import { siteYaml, writeSiteFiles } from "./helpers/site.js";
import { launchChromium, noChromium } from "./helpers/browser.js";

const skip = noChromium;
const repo = join(import.meta.dirname, "..");
const artifacts = join(repo, "test-artifacts", "screenshots");
const seed = readFileSync(join(repo, "tests/fixtures/00-russia-taliban-terror-list.txt"), "utf8");
const savedSlug = "russia-may-remove-the-taliban-from-the-terror-list";

let dir = "";
let server: DevServer;
let browser: Browser;
let page: Page;
let desk = "";

const axeViolations = async (p: Page) => {
  await p.addScriptTag({ content: axe.source });
  return p.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
};

const paste = async (p: Page, text: string) => {
  await p.fill("#text", text);
};

describe("the desk in a browser", { skip }, () => {
  before(async () => {
    dir = await writeSiteFiles({
      "site.yaml": siteYaml,
      "content/world/earlier.md": "---\ntitle: Earlier story\ndate: 2026-11-10T09:00:00Z\n---\n\nAn earlier story from the world desk.\n",
    });
    server = await startDevServer({ dir, port: 0, log: () => {} });
    desk = new URL("/__galley/desk", server.url).href;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(desk);
    mkdirSync(artifacts, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("pasting the seed shows its 3 quotes with their speakers and its related box", async () => {
    await paste(page, seed);
    await page.waitForFunction(() => document.querySelectorAll("#lines li.k-quote").length === 3, null, { timeout: 10_000 });
    const quotes = await page.$$eval("#lines li.k-quote", (items) => items.map((li) => (li as HTMLElement).dataset.became));
    assert.deepEqual(quotes, ["quote (speaker: Peskov)", "quote (speaker: Amira Jadoon)", "quote (speaker: Putin)"]);
    assert.equal(await page.locator('#lines li[data-became^="related (title"]').count(), 1);
    assert.match((await page.textContent('#lines li[data-became^="related (title"]')) ?? "", /Terror attack in Moscow/);
    // the page beside it, rendered by the site's templates
    await page.frameLocator("#page").locator("h1", { hasText: "Russia may remove the Taliban" }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await axeViolations(page), []);
  });

  it("screenshots at 1280 and 390 px; nothing wider than the phone", async () => {
    await page.screenshot({ path: join(artifacts, "desk-1280.png"), fullPage: false });
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(desk);
    await paste(phone, seed);
    await phone.waitForFunction(() => document.querySelectorAll("#lines li.k-quote").length === 3, null, { timeout: 10_000 });
    await phone.screenshot({ path: join(artifacts, "desk-390.png"), fullPage: false });
    await phone.click('#lines li[data-line="13"] .pick');
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth), 390);
    await phone.screenshot({ path: join(artifacts, "desk-390-correcting.png"), fullPage: false });
    assert.deepEqual(await axeViolations(phone), []);
    await phone.close();
  });

  it("turns a paragraph into a subhead with the keyboard, and the article is read again around it", async () => {
    await page.focus('#lines li[data-line="17"] .pick');
    await page.keyboard.press("Enter");
    await page.selectOption('#lines li[data-line="17"] select[name="kind"]', "subhead");
    await page.click('#lines li[data-line="17"] .fix button:text("Apply")');
    await page.waitForSelector('#lines li[data-line="17"][data-kind="subhead"].fixed', { timeout: 10_000 });
    await page.frameLocator("#page").locator("h2.subhead", { hasText: "IS Khorasan, a branch" }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("#lines li.k-quote").count(), 3);
  });

  it("saves the corrected article as Markdown in content/SECTION/slug.md, and the page is built from it", async () => {
    await page.fill("#section", "world");
    await page.click("#save");
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.startsWith("Saved "), null, { timeout: 10_000 });
    const saved = join(dir, "content/world", `${savedSlug}.md`);
    const markdown = readFileSync(saved, "utf8");
    assert.match(markdown, /\n## IS Khorasan, a branch of the terrorist sect Islamic State/);
    assert.match(markdown, /:::quote\{speaker="Putin"\}/);
    // the preview now shows the site's own page of the saved file
    await page.waitForFunction(() => (document.getElementById("page") as HTMLIFrameElement).src.includes("/russia-may-remove"), null, { timeout: 10_000 });
    await page.frameLocator("#page").locator("h2.subhead", { hasText: "IS Khorasan, a branch" }).waitFor({ timeout: 10_000 });
    // and `galley build` makes the same page
    await build({ dir });
    const built = readFileSync(join(dir, "dist", savedSlug, "index.html"), "utf8");
    assert.match(built, /<h2 class="subhead">IS Khorasan, a branch of the terrorist sect Islamic State/);
  });

  it("asks before replacing a file it saved before", async () => {
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.click("#save");
    await page.waitForFunction(() => document.getElementById("status")?.classList.contains("error"), null, { timeout: 10_000 });
    assert.match(asked, /content\/world\/russia-may-remove-the-taliban-from-the-terror-list\.md exists: replace it\?/);
  });

  it("a binary or 5 MB paste gets a clear message, and the server keeps running", async () => {
    await paste(page, `Headline\n\n${"\u0000\u0001\u0002PK\u0003\u0004".repeat(20)}`);
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("not article text"), null, { timeout: 10_000 });
    const big = await page.evaluate(async () => {
      const res = await fetch("/__galley/desk/parse", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "word ".repeat(1024 * 1024) }) });
      return { status: res.status, body: (await res.json()) as { error: string } };
    });
    assert.equal(big.status, 413);
    assert.match(big.body.error, /this paste is 5\.0 MB: an article may be at most 2 MB/);
    await paste(page, seed);
    await page.waitForFunction(() => document.querySelectorAll("#lines li.k-quote").length === 3, null, { timeout: 10_000 });
    assert.equal((await fetch(desk)).status, 200);
  });

  it("reads and shows a 2,000-word article within a round (reported)", async (t) => {
    const body = seed.split("\n").slice(2).join("\n");
    let long = seed;
    while (long.split(/\s+/u).length < 2000) long += `\n\n${body}`;
    const rounds: number[] = [];
    let status = "";
    for (let round = 0; round < 9; round++) {
      await page.evaluate((value) => {
        delete document.body.dataset.round;
        const area = document.getElementById("text") as HTMLTextAreaElement;
        area.value = value;
        area.dispatchEvent(new Event("input"));
      }, `${long}\n\nRound ${round} ends here.`);
      await page.waitForFunction(() => document.body.dataset.round !== undefined, null, { timeout: 10_000 });
      rounds.push(Number(await page.evaluate(() => document.body.dataset.round)));
      status = (await page.textContent("#status")) ?? "";
    }
    rounds.sort((a, b) => a - b);
    t.diagnostic(`2,000-word article, last round: ${status}`);
    t.diagnostic(`parse-and-preview round, request to page shown (median of 9): ${rounds[4]} ms (fastest ${rounds[0]} ms)`);
    assert.ok((rounds[4] ?? Infinity) < 2000);
  });
});
