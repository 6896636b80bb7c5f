/**
 * Site files and pages: given a site with static/, pages/ and interface words, these outputs.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { buildSite, buildSiteError, siteYaml } from "./helpers/site.js";

const story = (title: string, extra = "") => `---\ntitle: ${title}\ndate: 2026-11-12T10:00:00Z\nsection: local\n${extra}---\n\nThe lede of ${title}.\n\nA second paragraph.\n`;

describe("site files and pages", () => {
  it("copies static/ to the root of dist/ as is, dot folders included", async () => {
    const icon = new Uint8Array([0, 0, 1, 0, 1, 0]);
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/a.md": story("A"),
      "static/favicon.ico": icon,
      "static/CNAME": "news.example.org\n",
      "static/_headers": "/*\n  X-Frame-Options: DENY\n",
      "static/.well-known/security.txt": "Contact: mailto:desk@example.org\n",
    });
    assert.deepEqual(new Uint8Array(readFileSync(join(site.out, "favicon.ico"))), icon);
    assert.equal(site.read("CNAME"), "news.example.org\n");
    assert.equal(site.read("_headers"), "/*\n  X-Frame-Options: DENY\n");
    assert.equal(site.read(".well-known/security.txt"), "Contact: mailto:desk@example.org\n");
  });

  it("renders pages/*.md with their own template and links them from every page's footer", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/a.md": story("A"),
      "pages/about.md": "---\ntitle: About us\n---\n\nWe are a <b>local</b> paper.\n",
      "pages/corrections.md": "# Corrections policy\n\nWe correct errors quickly.\n",
    });
    const about = site.read("about/index.html");
    assert.match(about, /<h1 class="listing-title">About us<\/h1>/);
    assert.match(about, /<p>We are a (<b>)?local(<\/b>)? paper.<\/p>/, "the text, sanitized as articles are");
    assert.doesNotMatch(about, /<script/);
    assert.match(site.read("corrections/index.html"), /<h1 class="listing-title">Corrections policy<\/h1>[^]*We correct errors quickly./);
    for (const page of ["index.html", "a/index.html", "about/index.html"]) {
      assert.match(site.read(page), /<footer class="site-footer">[^]*href="(\.\.\/)*about\/index.html">About us<\/a>[^]*href="(\.\.\/)*corrections\/index.html">Corrections policy<\/a>/, page);
    }
  });

  it("a page without a title is an error at its file", async () => {
    const { lines } = await buildSiteError({ "site.yaml": siteYaml, "content/a.md": story("A"), "pages/x.md": "Just text.\n" });
    assert.match(lines.join("\n"), /pages\/x\.md:1:1: error: a page needs a title/);
  });

  it("prints the interface in the site's language, with site.yaml's words over the built-in ones", async () => {
    const site = await buildSite({
      "site.yaml": `${siteYaml.replace(/language: \w+\n/, "")}language: sv\npage_size: 1\nstrings:\n  sv:\n    latest: Nytt just nu\n`,
      "content/a.md": story("A"),
      "content/b.md": story("B"),
      "content/c.md": story("C"),
      "content/d.md": story("D"),
      "content/e.md": story("E"),
      "content/f.md": story("F"),
    });
    const index = site.read("index.html");
    assert.match(index, /<html lang="sv">/);
    assert.match(index, /Hoppa till innehållet/);
    assert.match(site.read("local/index.html"), /Sida 1 av 6/);
    assert.match(site.read("404.html"), /Sidan hittades inte/);
  });

  it("marks an article in another language than the site's with its own lang", async () => {
    const site = await buildSite({ "site.yaml": siteYaml, "content/a.md": story("Un article", "lang: fr\n") });
    assert.match(site.read("a/index.html"), /<article class="story" lang="fr"[ >]/);
  });
});

describe("preview marks", () => {
  it("a draft built with --drafts and a scheduled article built with --future carry a banner; a published one none", async () => {
    const { writeSiteFiles } = await import("./helpers/site.js");
    const { build } = await import("../src/build.js");
    const dir = await writeSiteFiles({
      "site.yaml": siteYaml,
      "content/a.md": story("Published"),
      "content/d.md": story("Draft", "draft: true\n"),
      "content/f.md": "---\ntitle: Later\ndate: 2099-01-01T10:00:00Z\n---\n\nLede.\n",
    });
    await build({ dir, drafts: true, future: true });
    const read = (p: string) => readFileSync(join(dir, "dist", p), "utf8");
    assert.match(read("d/index.html"), /<p class="preview-banner" role="status">Draft: not published<\/p>/);
    assert.match(read("f/index.html"), /<p class="preview-banner" role="status">Scheduled: published [^<]*2099[^<]*<\/p>/);
    assert.doesNotMatch(read("a/index.html"), /preview-banner/);
  });
});
