/** Whole sites written inline, built, and their pages read back. */
import assert from "node:assert/strict";
import { readFileSync, symlinkSync } from "node:fs";
import { join, posix } from "node:path";
import { describe, it } from "node:test";
import { build } from "../src/build.js";
import { buildSite, buildSiteError, listFiles, siteAt, siteYaml, writeSiteFiles } from "./helpers/site.js";

const article = (title: string, date: string, body = "The lede of the story.\n\nA second paragraph.") =>
  `---\ntitle: "${title}"\ndate: ${date}\n---\n\n${body}\n`;

describe("build: pages", () => {
  it("writes a front page listing every article newest first, linking to slug/index.html", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/older.md": article("Older story", "2026-11-01T09:00:00+01:00"),
      "content/newer.md": article("Newer story", "2026-11-20T09:00:00+01:00"),
      "content/world/plain.txt": "Undated plain story\n\nIts lede is here.\n",
    });
    const index = site.read("index.html");
    const order = ["Newer story", "Older story", "Undated plain story"].map((h) => index.indexOf(h));
    assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0))), `order ${order}`);
    for (const slug of ["newer", "older", "plain"]) {
      assert.match(index, new RegExp(`href="${slug}/index.html"`));
      assert.ok(site.exists(`${slug}/index.html`));
    }
    assert.equal(site.result.articles, 3);
    // front page, 3 articles, section world, archive of the month and its index, 404, search
    assert.equal(site.result.pages, 9);
  });

  it("renders an article page as semantic news HTML", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/local/wall.md": [
        "---",
        "title: Harbour wall to close",
        "date: 2026-11-12T16:05:00+01:00",
        "author: Tom Haldane",
        "description: The mole closes for repairs.",
        "---",
        "",
        "The North Mole will close for 14 weeks.",
        "",
        "## What closes",
        "",
        "> “We cannot wait,” said Mayor Ingrid Solberg.",
        "",
        '![Map of the works](map.svg "The works area. Graphic: The Gazette")',
        "",
        "The stages are:",
        "",
        "- Berths close",
        "- Divers survey",
        "",
        "Read more:",
        "",
        "- [Storm: Waves breach the mole](https://example.org/storm/)",
      ].join("\n"),
      "content/local/map.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
    });
    const page = site.read("wall/index.html");
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<title>Harbour wall to close – The Test Times<\/title>/);
    assert.match(page, /<meta name="description" content="The mole closes for repairs.">/);
    assert.equal(page.match(/<h1[ >]/g)?.length, 1);
    assert.match(page, /<h1 class="headline">Harbour wall to close<\/h1>/);
    assert.match(page, /<p class="lede">The North Mole will close for 14 weeks.<\/p>/);
    assert.match(page, /<time datetime="2026-11-12T16:05:00\+01:00">November 12, 2026 at 16:05<\/time>/);
    assert.match(page, /<span class="author"><a href="..\/authors\/tom-haldane\/index.html" rel="author">Tom Haldane<\/a><\/span>/);
    assert.match(page, /<h2 class="subhead">What closes<\/h2>/);
    // the quote as printed, in its paragraph, the quoted words marked with the speaker (no pull-quote)
    assert.match(page, /<p class="quote" data-speaker="Ingrid Solberg">“<q data-speaker="Ingrid Solberg">We cannot wait,?<\/q>,?” said Mayor Ingrid Solberg.<\/p>/);
    assert.doesNotMatch(page, /pull-quote/);
    assert.match(page, /<img src="map.svg" alt="Map of the works"/);
    assert.match(page, /<figcaption>The works area. Graphic: <span class="credit">The Gazette<\/span><\/figcaption>/);
    assert.match(page, /<ul>\s*<li>Berths close<\/li>/);
    assert.match(page, /<aside class="related"[^>]*>\s*<h2 class="related-title"[^>]*>Read more<\/h2>\s*<ul>\s*<li><span class="kicker">Storm:<\/span> <a href="https:\/\/example.org\/storm\/">Waves breach the mole<\/a><\/li>/);
    assert.ok(site.exists("wall/map.svg"), "the local image is copied next to the page");
    assert.match(page, /<link rel="stylesheet" href="..\/assets\/style.css">/);
    assert.ok(site.exists("assets/style.css"));
  });

  it("links only to files that exist, so dist/ works from disk and under any path", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml.replace("https://news.example.org/", "https://example.org/news/"),
      "content/a.md": article("A", "2026-11-01"),
      "content/sport/b.txt": "B headline\n\nB lede.\n",
    });
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      const html = site.read(file);
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
        if (!url || /^(https?:|mailto:|#)/.test(url)) continue;
        // the 404 page links from the site's path, since it is served at any depth
        const target = url.startsWith("/news/") ? url.slice("/news/".length) || "index.html" : posix.normalize(posix.join(posix.dirname(file), url));
        assert.ok(site.exists(target), `${file} links to ${url}, which is not in dist/`);
      }
    }
    assert.match(site.read("a/index.html"), /<link rel="canonical" href="https:\/\/example.org\/news\/a\/">/);
  });

  it("escapes article text: HTML and template tags in content print as text", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/x.txt": "Title with <script>alert(1)</script>\n\nLede with {{ site.title }} and {% raw %} tags.\n\nA paragraph with <%= it.site.title %> and <%~ process.exit(1) %> in it.\n",
    });
    assert.match(site.read("x/index.html"), /A paragraph with (&#x3C;|&lt;)%= it.site.title %(>|&gt;) and (&#x3C;|&lt;)%~ process.exit\(1\) %(>|&gt;) in it./);
    const page = site.read("x/index.html");
    assert.doesNotMatch(page, /<script>alert/);
    assert.match(page, /Title with &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(page, /Lede with \{\{ site.title \}\} and \{% raw %\} tags./);
  });

  it("lets a site override a built-in template file by file", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/a.md": article("A", "2026-11-01"),
      "templates/blocks/paragraph.eta": '<p class="custom"><%~ it.block.html %></p>',
    });
    assert.match(site.read("a/index.html"), /<p class="custom">A second paragraph.<\/p>/);
    assert.match(site.read("a/index.html"), /<h1 class="headline">A<\/h1>/, "other templates stay built-in");
  });

  it("reads nested folders, .markdown files and text files with front matter", async () => {
    const site = await buildSite({
      "site.yaml": siteYaml,
      "content/a/b/deep.markdown": "# Deep\n\nLede.\n",
      "content/c.txt": "---\ntitle: Front matter title\nauthor: Jane Doe\n---\nThe lede line.\n",
    });
    assert.ok(site.exists("deep/index.html"));
    const page = site.read("c/index.html");
    assert.match(page, /<h1 class="headline">Front matter title<\/h1>/);
    assert.match(page, /<p class="lede">The lede line.<\/p>/);
  });
});

describe("build: errors", () => {
  it("reports bad front matter with file:line:column and leaves dist/ byte-for-byte intact", async () => {
    const files = { "site.yaml": siteYaml, "content/a.md": article("A", "2026-11-01"), "content/b.txt": "B\n\nLede.\n" };
    const dir = await writeSiteFiles(files);
    await build({ dir });
    const snapshot = () => listFiles(join(dir, "dist")).map((f) => [f, readFileSync(f, "utf8")]);
    const before = snapshot();
    await writeSiteFiles({ "content/a.md": "---\ntitle: A\ndate: yesterday\n---\n\nLede.\n", "content/c.md": "" }, dir);
    await assert.rejects(build({ dir }), (error: Error) => {
      const lines = error.message.split("\n");
      assert.match(lines[0] ?? "", /content\/a\.md:3:7: error: front matter `date` must be an ISO 8601 date/);
      assert.match(lines[1] ?? "", /content\/c\.md:1:1: error: empty file/);
      return true;
    });
    assert.deepEqual(snapshot(), before);
  });

  it("reports every bad file, sorted by file", async () => {
    const { lines } = await buildSiteError({
      "site.yaml": siteYaml,
      "content/z.md": "---\ntitle: [unclosed\n---\n\nLede.\n",
      "content/m.md": "---\ntags: 5\n---\n\n# M\n\nLede.\n",
      "content/a.txt": "   \n\n",
    });
    assert.deepEqual(
      lines.map((l) => l.split(": ")[0]),
      lines.map((l) => l.split(": ")[0]).sort(),
    );
    assert.ok(lines.some((l) => l.includes("content/a.txt:1:1: error: empty file")));
    assert.ok(lines.some((l) => /content\/m\.md:2:7: error: front matter `tags` must be a list/.test(l)));
    assert.ok(lines.some((l) => /content\/z\.md:\d+:\d+: error: invalid YAML in front matter/.test(l)));
  });

  it("reports an unreadable file", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": "# A\n\nLede.\n" });
    symlinkSync(join(dir, "nowhere.md"), join(dir, "content", "gone.md"));
    await assert.rejects(build({ dir }), /content\/gone\.md:1:1: error: cannot read file \(ENOENT\)/);
  });

  it("reports two articles with one slug, naming both files", async () => {
    const { lines } = await buildSiteError({ "site.yaml": siteYaml, "content/news/same.md": "# A\n\nL.\n", "content/sport/same.txt": "B\n\nL.\n" });
    assert.match(lines.join("\n"), /content\/sport\/same\.txt:1:1: error: slug `same` is also used by .*content\/news\/same\.md/);
  });

  it("reports an article whose slug is the address of a section's page or the archive", async () => {
    const { lines } = await buildSiteError({
      "site.yaml": siteYaml,
      "content/news/harbour.md": "---\ntitle: Harbour\nsection: world\n---\n\nLede.\n",
      "content/world.md": "# The world\n\nLede.\n",
      "content/archive.md": "# Archive\n\nLede.\n",
    });
    assert.deepEqual(
      lines.filter((l) => l.includes("slug-clash")).map((l) => l.replace(/^.*?content\//, "content/")),
      [
        "content/archive.md:1:1: error: slug `archive` is the address of the archive (archive/): set a different `slug` in front matter or rename the file [galley:slug-clash]",
        "content/world.md:1:1: error: slug `world` is the address of the front page of section `world` (world/): set a different `slug` in front matter or rename the file [galley:slug-clash]",
      ],
    );
  });

  it("reports a missing image at its line", async () => {
    const { lines } = await buildSiteError({ "site.yaml": siteYaml, "content/a.md": "# A\n\nLede.\n\n![Alt](missing.jpg)\n" });
    assert.match(lines[0] ?? "", /content\/a\.md:5:8: error: image `missing\.jpg` not found/);
  });

  it("reports a wrong site.yaml field at its line", async () => {
    const { lines } = await buildSiteError({ "site.yaml": "title: T\nlanguage: English\nurl: ftp://x\n", "content/a.md": "# A\n\nL.\n" });
    assert.match(lines[0] ?? "", /site\.yaml:2:11: error: `language` must be a BCP 47 language tag/);
    assert.match(lines[1] ?? "", /site\.yaml:3:6: error: `url` must use http or https/);
  });

  it("reports a missing site.yaml", async () => {
    const { lines } = await buildSiteError({ "content/a.md": "# A\n\nL.\n" });
    assert.match(lines[0] ?? "", /site\.yaml:1:1: error: no site\.yaml here/);
  });

  it("reports a template error with the template's file and line, leaving dist/ untouched", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": "# A\n\nL.\n" });
    await build({ dir });
    const before = readFileSync(join(dir, "dist/a/index.html"), "utf8");
    await writeSiteFiles({ "templates/blocks/subhead.eta": "x", "templates/article.eta": '<% layout("base") %>\n<h1>\n  <%= nosuchfunction(it.article.headline) %>\n</h1>' }, dir);
    await assert.rejects(build({ dir }), /templates\/article\.eta:3:3: error: template error while rendering a\/index\.html: nosuchfunction is not defined/);
    // the same from a render worker
    await assert.rejects(build({ dir, jobs: 2, renderWorkersFrom: 1 }), /templates\/article\.eta:3:3: error: template error while rendering a\/index\.html: nosuchfunction is not defined/);
    assert.equal(readFileSync(join(dir, "dist/a/index.html"), "utf8"), before);
    assert.equal(listFiles(dir).some((f) => f.includes("dist-new")), false, "no staging folder is left behind");
  });

  it("warns about an unknown site.yaml field without failing", async () => {
    const dir = await writeSiteFiles({ "site.yaml": `${siteYaml}titel: typo\n`, "content/a.md": "# A\n\nL.\n" });
    const site = siteAt(dir, await build({ dir }));
    assert.ok(site.result.warnings.some((w) => w.reason.startsWith("unknown field `titel`") && w.line === 5));
  });
});

describe("build: site words", () => {
  it("drops page noise that site.yaml adds for a language", async () => {
    const site = await buildSite({
      "site.yaml": `${siteYaml}words:\n  en:\n    noise: ["Support our journalism"]\n    noisePatterns: ["^donate today\\\\b"]\n`,
      "content/a.txt": "Headline\n\nThe lede.\n\nSupport our journalism\n\nDonate today and help us.\n\nLast paragraph.\n",
    });
    const page = site.read("a/index.html");
    assert.doesNotMatch(page, /Support our journalism|Donate today/);
    assert.match(page, /Last paragraph\./);
  });

  it("reports a word list that does not exist and a bad pattern, at their line", async () => {
    const { lines } = await buildSiteError({ "site.yaml": `${siteYaml}words:\n  en:\n    nois: [x]\n`, "content/a.md": "# A\n\nL.\n" });
    assert.match(lines[0] ?? "", /site\.yaml:6:3: error: `words` `en\.nois` is not a word list/);
    const bad = await buildSiteError({ "site.yaml": `${siteYaml}words:\n  sv:\n    noisePatterns: ["(unclosed"]\n`, "content/a.md": "# A\n\nL.\n" });
    assert.match(bad.lines[0] ?? "", /site\.yaml:6:3: error: `words` `sv\.noisePatterns` has an invalid regular expression `\(unclosed`/);
  });
});
