/// <reference lib="dom" />
/**
 * `galley dev` end to end in headless Chromium: open an article, edit its file and see the new
 * text without reloading by hand; break its front matter and see the overlay; fix it and see
 * the overlay go.
 */
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { startDevServer, type DevServer } from "../src/dev/dev-server.js";
import { siteYaml, writeSiteFiles } from "./helpers/site.js";
import { launchChromium, noChromium } from "./helpers/browser.js";

const skip = noChromium;
const article = (lede: string) => `---\ntitle: Harbour wall to close\ndate: 2026-11-12T16:05:00+01:00\n---\n\n${lede}\n\nA second paragraph.\n`;

let dir = "";
let server: DevServer;
let browser: Browser;
let page: Page;

describe("galley dev in a browser", { skip }, () => {
  before(async () => {
    dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/local/wall.md": article("The North Mole will close for 14 weeks.") });
    server = await startDevServer({ dir, port: 0, log: () => {} });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${server.url}wall/`);
    // give the page's EventSource a moment to connect before the first edit
    await new Promise((r) => setTimeout(r, 300));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows an edit without a manual reload", async () => {
    assert.match((await page.textContent(".lede")) ?? "", /14 weeks/);
    writeFileSync(join(dir, "content/local/wall.md"), article("The North Mole will close for sixteen weeks."));
    await page.waitForFunction(() => document.querySelector(".lede")?.textContent?.includes("sixteen weeks"), null, { timeout: 10_000 });
  });

  it("shows an overlay with file:line:col for broken front matter, and clears it when fixed", async () => {
    writeFileSync(join(dir, "content/local/wall.md"), "---\ntitle: [unclosed\n---\n\nText.\n");
    await page.waitForSelector("#galley-overlay", { timeout: 10_000 });
    assert.match((await page.textContent("#galley-overlay")) ?? "", /content\/local\/wall\.md:2:\d+: error: invalid YAML in front matter/);
    assert.match((await page.textContent(".lede")) ?? "", /sixteen weeks/, "the last good page stays");
    writeFileSync(join(dir, "content/local/wall.md"), article("The North Mole will close for twelve weeks."));
    await page.waitForFunction(() => !document.querySelector("#galley-overlay") && document.querySelector(".lede")?.textContent?.includes("twelve weeks"), null, { timeout: 10_000 });
  });
});
