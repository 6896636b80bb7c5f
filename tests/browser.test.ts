/// <reference lib="dom" />
/**
 * The sample site in headless Chromium (Debian's, through playwright-core): no axe-core
 * violations on the front page, an article, a real article (the seed), a section and the 404 page; nothing wider than
 * the viewport at phone and desktop width; screenshots saved in test-artifacts/ to look at.
 */
import axe from "axe-core";
import assert from "node:assert/strict";
import { createReadStream, existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser } from "playwright-core";
import { repo, sampleSite } from "./helpers/sample-site.js";
import { launchChromium, noChromium, staticHost } from "./helpers/browser.js";

const skip = noChromium;
// "real" is the seed: a real wire article pasted as plain text, as a newsroom would
const pages = {
  front: "index.html",
  article: "north-mole-harbour-wall-repairs/index.html",
  real: "russia-taliban-terror-list/index.html",
  section: "local/index.html",
  notFound: "no-such-page/",
};
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const artifacts = join(repo, "test-artifacts", "screenshots");

let browser: Browser;
let server: Server;
let origin = "";

describe("in a browser", { skip }, () => {
  before(async () => {
    const { out } = await sampleSite();
    // like a static host: the site's 404 page with status 404
    ({ server, origin } = await staticHost(out));
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const [name, path] of Object.entries(pages)) {
    it(`${name} page: no axe-core violations`, async () => {
      const page = await browser.newPage();
      const response = await page.goto(`${origin}/${path}`);
      assert.equal(response?.status(), name === "notFound" ? 404 : 200);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] });
        return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
      });
      await page.close();
      assert.deepEqual(violations, []);
    });
  }

  for (const [size, viewport] of Object.entries(widths)) {
    it(`nothing overflows the viewport at ${size} width (${viewport.width}px); screenshots saved`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const overflowing: string[] = [];
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${origin}/${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > viewport.width) overflowing.push(`${name}: ${width}px`);
        await page.screenshot({ path: join(artifacts, `${size}-${name}.png`), fullPage: true });
      }
      await context.close();
      assert.deepEqual(overflowing, []);
    });
  }
});
