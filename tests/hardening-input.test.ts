/**
 * Hardening, part 1: bad input gets a clear error at its file, line and column (exit 1, the
 * previous dist/ untouched), or a warning and a page that keeps every word.
 * Each case: given these files, this outcome.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { run } from "../src/cli/run.js";
import { listSources, readSource } from "../src/load/read-sources.js";
import { writeSiteFiles } from "./helpers/site.js";
import { assertBuilds, assertBuildFails, cpuMs, galley, md, siteYaml } from "./hardening-helpers.js";

const fmType = "front matter `date` must be an ISO 8601 date such as `2024-05-01` or `2024-05-01T09:30:00+02:00` [galley:front-matter-type]";

describe("hardening: front matter", () => {
  it("invalid YAML → error at the bad token", async () => {
    await assertBuildFails({ "content/a.md": "---\ntitle: A\ntags: [one, two\n---\n\nLede.\n" }, [
      "content/a.md:3:16: error: invalid YAML in front matter: Flow sequence in block collection must be sufficiently indented and end with a ] [galley:yaml-syntax]",
    ]);
  });

  it("`date: yesterday` → error at the value", async () => {
    await assertBuildFails({ "content/a.md": "---\ntitle: A\ndate: yesterday\n---\n\nLede.\n" }, [`content/a.md:3:7: error: ${fmType}`]);
  });

  it("`date: 2026-02-30`, a day that does not exist → error, not March 2", async () => {
    await assertBuildFails({ "content/a.md": "---\ntitle: A\ndate: 2026-02-30\n---\n\nLede.\n" }, [`content/a.md:3:7: error: ${fmType}`]);
  });

  it("`tags: 5` → error at the value", async () => {
    await assertBuildFails({ "content/a.md": "---\ntitle: A\ntags: 5\n---\n\nLede.\n" }, [
      "content/a.md:3:7: error: front matter `tags` must be a list of words, such as `[climate, energy]` [galley:front-matter-type]",
    ]);
  });

  it("an unknown field → a warning at its key, and the page is built", async () => {
    const site = await assertBuilds({ "content/a.md": md("A", "Lede.", "titel: Typo\n") }, [
      "content/a.md:4:1: warning: unknown front matter field `titel` (known: title, slug, date, updated, author, section, tags, lang, description, image, draft, featured, correction, kicker, byline, dateline, dateText, fix) [galley:front-matter-unknown-field]",
    ]);
    assert.match(site.read("a/index.html"), /<h1 class="headline">A<\/h1>/);
  });

  it("a duplicate key → error at the second one", async () => {
    await assertBuildFails({ "content/a.md": "---\ntitle: A\ndate: 2026-11-12\ntitle: B\n---\n\nLede.\n" }, [
      "content/a.md:4:1: error: invalid YAML in front matter: Map keys must be unique [galley:yaml-syntax]",
    ]);
  });

  it("`---` never closed → error at line 1", async () => {
    await assertBuildFails({ "content/a.md": "---\ntitle: A\n\nThe lede, but the block above never ends.\n" }, [
      "content/a.md:1:1: error: front matter opened by `---` on line 1 is never closed: add a line `---` after the last field [galley:front-matter-unclosed]",
    ]);
  });

  it("front matter that is a list, not fields → error", async () => {
    await assertBuildFails({ "content/a.md": "---\n- title\n- date\n---\n\nLede.\n" }, ["content/a.md:2:1: error: front matter must be a mapping of `key: value` lines [galley:yaml-syntax]".replace("yaml-syntax", "yaml-not-mapping")]);
  });

  it("front matter in a .txt file gives the headline and metadata; the text is read as plain text", async () => {
    const site = await assertBuilds({ "content/a.txt": "---\ntitle: From front matter\ndate: 2026-11-12\nauthor: Jane Doe\n---\nThe lede line *not emphasis*.\n\nA second paragraph.\n" });
    const page = site.read("a/index.html");
    assert.match(page, /<h1 class="headline">From front matter<\/h1>/);
    assert.match(page, /<p class="lede">The lede line \*not emphasis\*\.<\/p>/);
    assert.match(page, /rel="author">Jane Doe<\/a>/);
  });

  it("a huge front matter block (1 MB description, 2000 fields) builds, with a warning per unknown field", async () => {
    const fields = Array.from({ length: 2000 }, (_, i) => `x${i}: ${i}`).join("\n");
    const started = cpuMs();
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": `---\ntitle: Huge\ndate: 2026-11-12\ndescription: ${"word ".repeat(200_000)}\n${fields}\n---\n\nLede.\n` });
    const { galley } = await import("./hardening-helpers.js");
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.equal(outcome.code, 0);
    assert.equal(outcome.lines.length, 2000);
    assert.match(outcome.lines[0] ?? "", /^content\/a\.md:5:1: warning: unknown front matter field `x0`/);
    assert.ok(cpuMs() - started < 15_000, "in reasonable time");
  });
});

describe("hardening: files", () => {
  it("an empty file → error", async () => {
    await assertBuildFails({ "content/a.md": "" }, ["content/a.md:1:1: error: empty file: an article needs at least a headline and a paragraph [galley:source-empty]"]);
  });

  it("a file of only whitespace → error", async () => {
    await assertBuildFails({ "content/a.txt": " \n\t\n\u00A0\n\n" }, ["content/a.txt:1:1: error: empty file: an article needs at least a headline and a paragraph [galley:source-empty]"]);
  });

  it("only a headline → a warning, and the page shows the headline", async () => {
    const site = await assertBuilds({ "content/a.md": md("Only a headline", "") }, ["content/a.md:5:1: warning: no body text found under the headline [galley:article-no-body]"]);
    assert.match(site.read("a/index.html"), /<h1 class="headline">Only a headline<\/h1>/);
  });

  it("an image (PNG bytes) renamed .md → error: not text", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await assertBuildFails({ "content/photo.md": png }, ["content/photo.md:1:1: error: not UTF-8 text: save the file as UTF-8 (is it a binary file or in another encoding?) [galley:source-encoding]"]);
  });

  it("invalid UTF-8 (Latin-1 é on line 4) → error at the byte", async () => {
    const text = Buffer.concat([Buffer.from("Headline\n\nThe lede.\nCaf"), Buffer.from([0xe9]), Buffer.from(" au lait\n")]);
    await assertBuildFails({ "content/a.txt": text }, ["content/a.txt:4:4: error: not UTF-8 text: save the file as UTF-8 (is it a binary file or in another encoding?) [galley:source-encoding]"]);
  });

  it("a NUL byte in otherwise valid UTF-8 → error at it: a binary file", async () => {
    await assertBuildFails({ "content/a.txt": "Headline\n\nThe lede\0 here.\n" }, [
      "content/a.txt:3:9: error: not text: the file holds a NUL character (a binary file, or UTF-16 without a byte order mark?) [galley:source-encoding]",
    ]);
  });

  it("UTF-16 with a BOM (little and big endian) → read as text, front matter and all", async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(md("Sixteen LE", "Smörgåsbord lede."), "utf16le")]);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(md("Sixteen BE", "Crème brûlée lede."), "utf16le").swap16()]));
    const site = await assertBuilds({ "content/le.md": le, "content/be.md": be });
    assert.match(site.read("le/index.html"), /<h1 class="headline">Sixteen LE<\/h1>[^]*Smörgåsbord lede\./);
    assert.match(site.read("be/index.html"), /<h1 class="headline">Sixteen BE<\/h1>[^]*Crème brûlée lede\./);
  });

  it("a UTF-8 BOM before the front matter → dropped; the front matter is read", async () => {
    const site = await assertBuilds({ "content/a.md": `\uFEFF${md("With a BOM")}` });
    assert.match(site.read("a/index.html"), /<title>With a BOM – The Test Times<\/title>/);
  });

  it("CRLF line ends → read; positions count lines as an editor does", async () => {
    await assertBuildFails({ "content/a.md": "---\r\ntitle: A\r\ndate: yesterday\r\n---\r\n\r\nLede.\r\n" }, [`content/a.md:3:7: error: ${fmType}`]);
    const site = await assertBuilds({ "content/b.md": md("Windows", "Lede.\r\n\r\nSecond.").replace(/\n/g, "\r\n") });
    assert.match(site.read("b/index.html"), /<p>Second\.<\/p>/);
  });

  it("lone CR line ends (old Mac) → front matter is recognized; positions count lines", async () => {
    await assertBuildFails({ "content/a.md": "---\rtitle: A\rdate: yesterday\r---\r\rLede.\r" }, [`content/a.md:3:7: error: ${fmType}`]);
    const site = await assertBuilds({ "content/b.md": md("Old Mac", "Lede.\n\nSecond.").replace(/\n/g, "\r") });
    assert.match(site.read("b/index.html"), /<h1 class="headline">Old Mac<\/h1>[^]*<p>Second\.<\/p>/);
  });

  it("control characters → replaced by spaces, with a warning at the first", async () => {
    const site = await assertBuilds({ "content/a.md": md("Bell", "The lede\u0007 rings\u0008 twice.") }, [
      "content/a.md:6:9: warning: control character U+0007 replaced by a space (2 in the file) [galley:source-control-character]",
    ]);
    assert.match(site.read("a/index.html"), /The lede  rings  twice\./);
    assert.match(site.read("feed.xml"), /The lede  rings  twice\./);
  });

  it("a 20 MB article → error at once: too large to be an article", async () => {
    const started = cpuMs();
    await assertBuildFails({ "content/huge.txt": `Headline\n\n${"All work and no play. ".repeat(1_000_000)}` }, [
      "content/huge.txt:1:1: error: file is 21.0 MB: an article may be at most 2 MB (is it a data file or a whole book?) [galley:source-too-large]",
    ]);
    assert.ok(cpuMs() - started < 10_000);
  });

  it("a line of 1 MB → built, every word kept, in reasonable time", async () => {
    const line = Array.from({ length: 100_000 }, (_, i) => `w${i}`).join(" ");
    const started = cpuMs();
    const site = await assertBuilds({ "content/a.txt": `A very long line\n\n${line}.\n`, "content/b.md": md("Long Markdown line", `${line}.`) }, [
      "content/a.txt:1:1: warning: no date: add `date:` in front matter (the article is listed last and left out of the news sitemap) [galley:article-no-date]",
    ]);
    for (const page of ["a/index.html", "b/index.html"]) assert.ok(site.read(page).includes(`w0 w1 w2`) && site.read(page).includes("w99999."), page);
    assert.ok(cpuMs() - started < 20_000);
  });

  it("a file name with spaces, unicode and capitals → a lower-case ASCII URL", async () => {
    const site = await assertBuilds({ "content/World News/Río Über Story.MD": md("Río") });
    assert.ok(site.exists("rio-ueber-story/index.html"));
    assert.ok(site.exists("world-news/index.html"), "the folder is the section, as a slug");
    assert.match(site.read("index.html"), /href="rio-ueber-story\/index.html"/);
  });

  it("two files with the same slug → error naming both", async () => {
    await assertBuildFails({ "content/news/same.md": md("One"), "content/sport/Same.txt": "Two\n\nLede.\n" }, [
      "content/sport/Same.txt:1:1: error: slug `same` is also used by content/news/same.md: set a different `slug` in front matter or rename one file [galley:slug-clash]",
      "content/sport/Same.txt:1:1: warning: no date: add `date:` in front matter (the article is listed last and left out of the news sitemap) [galley:article-no-date]",
    ].slice(0, 1));
  });

  it("`slug: ../evil` and `slug: a/b` → errors at the value; nothing is written outside dist/", async () => {
    const slugType = "front matter `slug` must be lower-case letters, digits and hyphens, such as `harbour-wall-repairs` [galley:front-matter-type]";
    await assertBuildFails({ "content/a.md": md("A", "Lede.", "slug: ../evil\n"), "content/b.md": md("B", "Lede.", "slug: a/b\n") }, [`content/a.md:4:7: error: ${slugType}`, `content/b.md:4:7: error: ${slugType}`]);
  });

  it("a symlink to a file outside content/ → error: not read", async () => {
    const outside = await writeSiteFiles({ "secret.md": md("Secret") });
    const dir = join(outside, "site");
    await writeSiteFiles(goodSiteWith({}), dir);
    const { galley } = await import("./hardening-helpers.js");
    symlinkSync(join(outside, "secret.md"), join(dir, "content", "leak.md"));
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.equal(outcome.code, 1);
    assert.deepEqual(outcome.lines, [`content/leak.md:1:1: error: is a link to ${join(outside, "secret.md")}, outside content/: copy the file into content/ instead [galley:source-outside]`]);
  });

  it("a symlink to another file inside content/ → read like any file", async () => {
    const dir = await writeSiteFiles(goodSiteWith({}));
    mkdirSync(join(dir, "content", "alias"));
    symlinkSync(join(dir, "content", "local", "good.md"), join(dir, "content", "alias", "copy.md"));
    const { galley } = await import("./hardening-helpers.js");
    assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
  });

  it("a file that disappears during the build (a dangling link) → error naming it", async () => {
    const dir = await writeSiteFiles(goodSiteWith({}));
    symlinkSync(join(dir, "gone.md"), join(dir, "content", "gone.md"));
    const { galley } = await import("./hardening-helpers.js");
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.equal(outcome.code, 1);
    assert.deepEqual(outcome.lines, [
      "content/gone.md:1:1: error: cannot read file (ENOENT): it was deleted or moved while the site was read, or it is a link to a file that does not exist [galley:source-unreadable]",
    ]);
  });

  it("a file removed between listing content/ and reading it → error, not a crash", async () => {
    const dir = await writeSiteFiles({ "content/a.md": md("A"), "content/b.md": md("B") });
    const listed = await listSources(join(dir, "content"));
    assert.deepEqual(listed, ["a.md", "b.md"]);
    rmSync(join(dir, "content", "b.md"));
    const file = await readSource(join(dir, "content", "b.md"), "content/b.md", join(dir, "content"));
    assert.deepEqual(
      file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`),
      ["1:1 cannot read file (ENOENT): it was deleted or moved while the site was read, or it is a link to a file that does not exist"],
    );
    assert.equal(file.messages[0]?.fatal, true);
  });
});

function goodSiteWith(files: Record<string, string>) {
  return { "site.yaml": siteYaml, "content/local/good.md": md("A good story"), ...files };
}

describe("hardening: site.yaml and templates", () => {
  it("site.yaml missing → error (site.yaml is named relative to the working folder, like every file)", async () => {
    await assertBuildFails({ "site.yaml": null }, ["site.yaml:1:1: error: no site.yaml here: a site folder needs one; `galley init` starts a site here (see README, “Start a site”) [galley:config-missing]"]);
  });

  it("site.yaml with invalid YAML → error at the bad token", async () => {
    await assertBuildFails({ "site.yaml": "title: T\nurl: https://x.example/\nsections: {local: {title: Local}\n" }, [
      "site.yaml:4:1: error: invalid YAML in site.yaml: Flow map in block collection must be sufficiently indented and end with a } [galley:yaml-syntax]",
    ]);
  });

  for (const [url, reason] of [
    ["not a url", "must be the full URL the site is deployed at, such as `https://example.org/` or `https://example.org/news/`"],
    ["ftp://files.example/", "must use http or https, such as `https://example.org/` or `https://example.org/news/`"],
    ["/news/", "must be a full URL, not only a path: feeds, sitemaps and social cards need absolute addresses (such as `https://example.org/` or `https://example.org/news/`)"],
    ["https://x.example/?page=1", "must not have a query or a #fragment, such as `https://example.org/` or `https://example.org/news/`"],
  ] as const) {
    it(`\`url: ${url}\` → error at the value`, async () => {
      await assertBuildFails({ "site.yaml": `title: T\nurl: ${url}\n` }, [`site.yaml:2:6: error: \`url\` ${reason} [galley:config-invalid-field]`]);
    });
  }

  it("`url` missing → error (feeds and sitemaps need it; it used to crash the build with `Invalid URL`)", async () => {
    await assertBuildFails({ "site.yaml": "title: T\n" }, ["site.yaml:1:1: error: `url` is missing: the full URL the site is deployed at, e.g. `url: https://example.org/` [galley:config-invalid-field]"]);
  });

  it("an article in a section site.yaml does not list → a warning", async () => {
    await assertBuilds({ "site.yaml": `${siteYaml}sections:\n  local:\n    title: Local\n`, "content/locl/a.md": md("Typo section") }, [
      "content/locl/a.md:1:1: warning: section `locl` is not in site.yaml `sections` (local) [galley:section-unknown]",
    ]);
  });

  it("front matter `layout:` (Galley has no per-article layouts) → a warning, the article template is used", async () => {
    const site = await assertBuilds({ "content/a.md": md("A", "Lede.", "layout: fancy\n") }, [
      "content/a.md:4:1: warning: unknown front matter field `layout` (known: title, slug, date, updated, author, section, tags, lang, description, image, draft, featured, correction, kicker, byline, dateline, dateText, fix) [galley:front-matter-unknown-field]",
    ]);
    assert.match(site.read("a/index.html"), /<article class="story"( [^>]*)?>/);
  });

  it("a template that renders a partial that does not exist → error at the render tag", async () => {
    await assertBuildFails({ "templates/blocks/paragraph.eta": "<p><%~ it.block.html %></p>\n  <%~ include(\"partials/byline-box\") %>\n" }, [
      /^templates\/blocks\/paragraph\.eta:2:3: error: template error while rendering good\/index\.html: no template "partials\/byline-box" in templates or [^ ]*templates\/? \[galley:template-error\]$/,
    ]);
  });

  it("a template with a syntax error → error naming the template file and line", async () => {
    await assertBuildFails({ "templates/blocks/subhead.eta": "<h2>\n<% if (it.block.text) { %>\n<%= it.block.text %>\n</h2>\n", "content/local/good.md": md("A good story", "Lede.\n\n## A subhead\n\nMore.") }, [
      "templates/blocks/subhead.eta:2:1: error: template error while rendering good/index.html: this tag opens a block ({) that is never closed [galley:template-error]",
    ]);
  });

  it("a wrong type in site.yaml → error at the value (a failed build prints its errors only)", async () => {
    await assertBuildFails({ "site.yaml": `${siteYaml}page_size: many\ntitel: Typo\n` }, [
      "site.yaml:5:12: error: `page_size` must be a whole number from 1 to 1000 [galley:config-invalid-field]",
    ]);
  });
});

describe("hardening: inputs that crashed with a stack trace and no file named", () => {
  const known = "(known: title, slug, date, updated, author, section, tags, lang, description, image, draft, featured, correction, kicker, byline, dateline, dateText, fix) [galley:front-matter-unknown-field]";

  it("front matter keys `constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__proto__` → unknown-field warnings, the page is built", async () => {
    const keys = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"];
    const site = await assertBuilds(
      { "content/a.md": md("Prototype keys", "Lede.", `${keys.map((k) => `${k}: {a: 1}`).join("\n")}\n`) },
      keys.map((k, i) => `content/a.md:${4 + i}:1: warning: unknown front matter field \`${k}\` ${known}`),
    );
    assert.match(site.read("a/index.html"), /<h1 class="headline">Prototype keys<\/h1>/);
  });

  it("sections and authors named `constructor`, `toString`, `__proto__` in site.yaml and front matter → their own pages", async () => {
    const site = await assertBuilds({
      "site.yaml": `${siteYaml}sections:\n  constructor: {title: Builders}\n  __proto__: {title: Proto}\nauthors:\n  toString: {bio: A bio of toString.}\n`,
      "content/constructor/a.md": md("A", "Lede.", "author: toString\n"),
      "content/b.md": md("B", "Lede.", "section: __proto__\nauthor: valueOf\n"),
    });
    assert.match(site.read("constructor/index.html"), /Builders/);
    assert.match(site.read("proto/index.html"), /Proto/);
    assert.match(site.read("authors/to-string/index.html"), /A bio of toString\./);
    assert.ok(site.exists("authors/value-of/index.html"));
  });

  it("a YAML alias bomb in front matter → error at the first alias, not an uncaught `Excessive alias count`", async () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdef"[i]}`).join(", ")}]`)].join("\n");
    await assertBuildFails({ "content/a.md": `---\ntitle: A\n${bomb}\n---\n\nLede.\n` }, [
      "content/a.md:4:8: error: invalid YAML in front matter: its aliases (`*name`) expand to too many values: write the values out instead [galley:yaml-syntax]",
    ]);
  });

  it("a section named `archive` (its folder, or front matter) → error on the article: the archive's address", async () => {
    await assertBuildFails({ "content/archive/a.md": md("A"), "content/b.md": md("B", "Lede.", "section: Archive\n") }, [
      "content/archive/a.md:1:1: error: section `archive` (from the folder `archive/`) has the address of the archive (archive/): name the section differently [galley:section-reserved]",
      "content/b.md:1:1: error: section `archive` (from front matter `section`) has the address of the archive (archive/): name the section differently [galley:section-reserved]",
    ]);
  });

  it("an image reference that is a folder (`![x](.)`, `image: .`) → error at it, not EISDIR", async () => {
    await assertBuildFails({ "content/local/a.md": md("A", "Lede.\n\n![x](.)"), "content/local/b.md": md("B", "Lede.", "image: .\n") }, [
      "content/local/a.md:6:5: error: image `.` is a folder, not an image file (looked at content/local) [galley:media-not-file]",
      "content/local/b.md:4:8: error: image `.` is a folder, not an image file (looked at content/local) [galley:media-not-file]",
    ]);
  });

  it("a .txt of 150,000 short lines (`Math.max(...lines)` overflowed the stack) → parsed, every line kept", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.txt": `Headline\n\n${Array.from({ length: 150_000 }, () => "ab").join("\n")}\n` });
    const { galley } = await import("./hardening-helpers.js");
    const out: string[] = [];
    const { run } = await import("../src/cli/run.js");
    const code = await run(["parse", join(dir, "content", "a.txt")], { out: (s) => out.push(s), err: () => undefined });
    assert.equal(code, 0);
    const article = JSON.parse(out.join("\n")) as { lede: string; blocks: { text?: string }[] };
    assert.equal(`${article.lede}\n${article.blocks.map((b) => b.text ?? "").join("\n")}`.split("ab").length - 1, 150_000);
    void galley;
  });

  it("Markdown nested 4000 deep (`>` or list markers) → error at the 101st level at once (it used to overflow the stack after 23 s)", async () => {
    const started = cpuMs();
    await assertBuildFails({ "content/a.md": md("Deep", `Lede.\n\n${">".repeat(4000)} x`), "content/b.md": md("Lists", `Lede.\n\n${"- ".repeat(4000)}x`) }, [
      "content/a.md:8:101: error: Markdown nested 4000 levels deep (`>` and list markers on one line): at most 100 levels are read [galley:markdown-too-deep]",
      "content/b.md:8:201: error: Markdown nested 4000 levels deep (`>` and list markers on one line): at most 100 levels are read [galley:markdown-too-deep]",
    ]);
    assert.ok(cpuMs() - started < 10_000);
  });

  it("a 300-character slug → error at the article's `slug`, not ENAMETOOLONG blamed on dist/", async () => {
    await assertBuildFails({ "content/a.md": md("A", "Lede.", `slug: ${"a".repeat(300)}\n`) }, [
      "content/a.md:4:7: error: front matter `slug` is 300 characters long: a slug names a folder of the site and may have at most 100 [galley:front-matter-type]",
    ]);
  });

  it("a tag or author of 300 characters → an address of 100, the page is built", async () => {
    const site = await assertBuilds({ "content/a.md": md("A", "Lede.", `tags: [${"t".repeat(300)}]\nauthor: ${"n".repeat(300)}\n`) });
    assert.ok(site.exists(`tags/${"t".repeat(100)}/index.html`));
    assert.ok(site.exists(`authors/${"n".repeat(100)}/index.html`));
  });
  it("a tag or author of 300 letters kept as they are (经济…: 900 bytes) → an address of at most 200 bytes, the page is built (it was ENAMETOOLONG on a folder of dist/, and a build said to succeed)", async () => {
    const site = await assertBuilds({ "content/a.md": md("A", "Lede.", `tags: [${"经济".repeat(150)}]\nauthor: ${"עברית".repeat(60)}\n`) });
    assert.ok(site.exists(`tags/${"经济".repeat(33)}/index.html`), "66 letters of 3 bytes");
    assert.ok(site.exists(`authors/${"עברית".repeat(20)}/index.html`), "100 letters of 2 bytes");
  });

  it("`slug:` of 100 Chinese letters (300 bytes) → error at the value: a folder's name has at most 200 bytes", async () => {
    await assertBuildFails({ "content/a.md": md("A", "Lede.", `slug: ${"经".repeat(100)}\n`) }, [
      "content/a.md:4:7: error: front matter `slug` is 300 bytes long in UTF-8: a slug names a folder of the site and may have at most 200 bytes (100 letters of Latin script, 66 of Chinese) [galley:front-matter-type]",
    ]);
  });
});

describe("hardening: names in any script", () => {
  it("authors 李明 and 王芳 get two author pages; tags 经济, 体育, עברית three tag pages (they all used to be `x`); sitemaps percent-encode them", async () => {
    const site = await assertBuilds({ "content/a.md": md("A", "Lede.", "author: 李明\ntags: [经济, 体育, עברית]\n"), "content/b.md": md("B", "Lede.", "author: 王芳\n"), "content/经济.md": md("Economy") });
    for (const path of ["authors/李明/", "authors/王芳/", "tags/经济/", "tags/体育/", "tags/עברית/", "经济/"]) assert.ok(site.exists(`${path}index.html`), path);
    assert.match(site.read("authors/李明/index.html"), /<a [^>]*href="..\/..\/a\/index.html"/);
    assert.doesNotMatch(site.read("authors/李明/index.html"), /href="..\/..\/b\/index.html"/);
    assert.match(site.read("a/index.html"), /href="..\/tags\/经济\/index.html"/);
    const sitemap = site.read("sitemap.xml");
    assert.match(sitemap, /<loc>https:\/\/news\.example\.org\/tags\/%E7%BB%8F%E6%B5%8E\/<\/loc>/);
    assert.match(sitemap, /<loc>https:\/\/news\.example\.org\/%E7%BB%8F%E6%B5%8E\/<\/loc>/);
    assert.doesNotMatch(sitemap, /经济/);
  });

  it("two different names that still give one address (`经济` and `经济!`, `C++` and `C`) → a warning naming both", async () => {
    await assertBuilds({ "content/a.md": md("A", "Lede.", "tags: [经济, C]\n"), "content/b.md": md("B", "Lede.", "tags: [经济!, C++, c]\n") }, [
      "content/b.md:1:1: warning: tag `经济!` has the address of tag `经济` (tags/经济/): both are listed on one page; name one differently to keep them apart [galley:name-clash]",
      "content/b.md:1:1: warning: tag `C++` has the address of tag `C` (tags/c/): both are listed on one page; name one differently to keep them apart [galley:name-clash]",
    ]);
  });
});

describe("hardening: a line dropped as page noise is said, never silently lost", () => {
  const text = [
    "Council approves budget",
    "",
    "The council approved the budget for next year on Tuesday evening after a long debate.",
    "",
    "Advertisement revenue at the Gazette fell 12 percent, the council's auditor said on Tuesday.",
    "",
    "The mayor said the harbour works would start in the spring and finish by the autumn.",
    "",
    "We use cookies to give you the best experience on our website. You can change your cookie settings at any time.",
    "",
    "Share this article",
    "",
  ].join("\n");
  const dropped = /^content\/a\.txt:9:1: warning: dropped as page noise \([^)]+\): “We use cookies to give you the best experience on our websit…” \[galley:noise-dropped\]$/;

  it("`galley build` prints a warning at each dropped line of more than four words (a short one, `Share this article`, goes quietly); the sentence with a noise word stays on the page", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.txt": text });
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.equal(outcome.code, 0);
    assert.deepEqual(outcome.lines.filter((l) => l.includes("noise")).length, 1, outcome.lines.join("\n"));
    assert.match(outcome.lines.find((l) => l.includes("noise")) ?? "", dropped);
    const page = readFileSync(join(dir, "dist", "a", "index.html"), "utf8");
    assert.match(page, /Advertisement revenue at the Gazette fell 12 percent/);
    assert.doesNotMatch(page, /We use cookies|Share this article/);
  });

  it("`galley parse --explain` prints the same warning, and marks both lines noise with the rule or the model's reason", async () => {
    const dir = await writeSiteFiles({ "content/a.txt": text });
    const out: string[] = [];
    const err: string[] = [];
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.equal(await run(["parse", "--explain", "content/a.txt"], { out: (l) => out.push(...l.split("\n")), err: (l) => err.push(...l.split("\n")) }), 0);
    } finally {
      process.chdir(cwd);
    }
    assert.match(err.find((l) => l.includes("noise")) ?? "", dropped);
    assert.match(out.join("\n"), /^ +9 +noise +We use cookies/m);
    assert.match(out.join("\n"), /^ +11 +noise +Share this article\n +↳ rule: noise phrase/m);
    assert.match(out.join("\n"), /^ +5 +paragraph +Advertisement revenue/m);
  });

  it(
    "a real sentence with a noise word in the page's tail (“Advertisement revenue … the auditor said on Tuesday.”, just before a cookie prompt) stays on the page",
    async () => {
      const tail = text.replace("The mayor said the harbour works would start in the spring and finish by the autumn.\n\n", "");
      const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.txt": tail });
        assert.equal((await galley(["build", dir, "--quiet"], dir)).code, 0);
        assert.match(readFileSync(join(dir, "dist", "a", "index.html"), "utf8"), /Advertisement revenue at the Gazette fell 12 percent/);
    },
  );
});
