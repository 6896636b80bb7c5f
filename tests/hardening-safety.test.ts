/**
 * Hardening, part 2: content never becomes code. Whatever an article holds — HTML, Liquid,
 * `javascript:` URLs, HTML in front matter — the built pages, feeds and structured data show it
 * as text, or drop it with a warning at its position.
 */
import assert from "node:assert/strict";
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { writeSiteFiles } from "./helpers/site.js";
import { assertBuildFails, assertBuilds, galley, goodSite, md, siteYaml } from "./hardening-helpers.js";

/** Every `href`/`src` of a page. */
const urls = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? "");
/** The JSON-LD objects of a page, parsed. */
const jsonld = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? "null") as Record<string, unknown>);
const xml = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false });

describe("hardening: HTML and Liquid in article text", () => {
  it("`<script>` and `<img onerror>` in a plain-text article → printed as text", async () => {
    const site = await assertBuilds({ "content/a.txt": "Headline <script>alert(1)</script>\n\nLede <img src=x onerror=alert(2)> here.\n\nDate: 2026-11-12\n" });
    const page = site.read("a/index.html");
    assert.doesNotMatch(page, /<script>alert|<img src=x/);
    assert.match(page, /<h1 class="headline">Headline &lt;script&gt;alert\(1\)&lt;\/script&gt;<\/h1>/);
    assert.match(page, /Lede &lt;img src=x onerror=alert\(2\)&gt; here\./);
  });

  it("raw HTML in Markdown (`<script>`, `<img onerror>`, a `<div onclick>` block) → left out, a warning at each", async () => {
    const site = await assertBuilds({ "content/a.md": md("A", "Lede with <b>bold</b> words.\n\n<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> after.\n\n<div onclick=\"steal()\">Block text</div>\n\nEnd.") }, [
      "content/a.md:6:11: warning: raw HTML is not passed through: `<b>` left out (write it as Markdown) [galley:markdown-raw-html]",
      "content/a.md:6:18: warning: raw HTML is not passed through: `</b>` left out (write it as Markdown) [galley:markdown-raw-html]",
      "content/a.md:8:1: warning: raw HTML is not passed through: `<script>alert(1)</script>` left out (write it as Markdown) [galley:markdown-raw-html]",
      "content/a.md:10:6: warning: raw HTML is not passed through: `<img src=x onerror=alert(2)>` left out (write it as Markdown) [galley:markdown-raw-html]",
      "content/a.md:12:1: warning: raw HTML is not passed through: `<div onclick=\\\"steal()\\\">Block text</div>` left out (write it as Markdown) [galley:markdown-raw-html]",
    ]);
    const page = site.read("a/index.html");
    assert.doesNotMatch(page, /<script>alert|onerror|onclick|<b>/);
    assert.match(page, /<p class="lede">Lede with bold words\.<\/p>/, "the words between tags stay");
    assert.match(page, /<p>Text  after\.<\/p>/);
  });

  it("`javascript:` and `data:` URLs in Markdown links and images → removed with a warning; link text kept", async () => {
    const site = await assertBuilds({
      "content/a.md": md("A", [
        "Lede [click](javascript:alert(1)) and [CLICK](JaVaScRiPt:alert(2)) and [encoded](java&#115;cript:alert(3)).",
        "",
        "More [data](data:text/html;base64,PHNjcmlwdD4=) and [ok](https://example.org/ok).",
        "",
        "![pixel](data:image/png;base64,iVBORw0KGgo= \"A caption. Photo: X\")",
        "",
        "Read more:",
        "",
        "- [Disguised](<java\tscript:alert(4)>)",
        "- [Fine](https://example.org/fine/)",
      ].join("\n")),
    }, [
      "content/a.md:6:6: warning: link target `javascript:alert(1)` removed: only http(s), mailto and relative URLs are kept [galley:markdown-unsafe-url]",
      "content/a.md:6:39: warning: link target `JaVaScRiPt:alert(2)` removed: only http(s), mailto and relative URLs are kept [galley:markdown-unsafe-url]",
      "content/a.md:6:72: warning: link target `javascript:alert(3)` removed: only http(s), mailto and relative URLs are kept [galley:markdown-unsafe-url]",
      "content/a.md:8:6: warning: link target `data:text/html;base64,PHNjcmlwdD4=` removed: only http(s), mailto and relative URLs are kept [galley:markdown-unsafe-url]",
      "content/a.md:10:1: warning: image target `data:image/png;base64,iVBORw0KGgo=` removed: only http(s), mailto and relative URLs are kept [galley:markdown-unsafe-url]",
      "content/a.md:14:3: warning: link target `java\\tscript:alert(4)` removed: only http(s), mailto and relative URLs are kept [galley:markdown-unsafe-url]",
    ]);
    const page = site.read("a/index.html");
    for (const url of urls(page)) assert.doesNotMatch(url.replace(/[\s\u0000-\u001f]/g, ""), /^(javascript|data|vbscript):/i, url);
    assert.match(page, /<a href="https:\/\/example.org\/ok">ok<\/a>/);
    assert.match(page, /<li>Disguised<\/li>/, "the related link keeps its title, without a target");
    assert.match(page, /<p class="caption-line caption-image">A caption\. Photo: <span class="credit">X<\/span><\/p>/, "the caption stays, as a caption line (its image was removed)");
  });

  it("`{{ }}` and `{% %}` in article text and front matter → printed as text, never evaluated", async () => {
    const site = await assertBuilds({
      "content/a.md": md("{{ site.title }} and {% raw %}", "Lede {{ 7 | times: 6 }} and {% include 'base' %}.\n\n## {% if true %}subhead{% endif %}\n\nText {{'{{'}}."),
      "content/b.txt": "Plain {{ page.path }}\n\nLede {% layout 'x' %} here.\n\nDate: 2026-11-12\n",
    });
    const a = site.read("a/index.html");
    assert.match(a, /<h1 class="headline">\{\{ site.title \}\} and \{% raw %\}<\/h1>/);
    assert.match(a, /Lede \{\{ 7 \| times: 6 \}\} and \{% include &#39;base&#39; %\}\./);
    assert.match(a, /<h2 class="subhead">\{% if true %\}subhead\{% endif %\}<\/h2>/);
    assert.doesNotMatch(a, /42/);
    assert.match(site.read("b/index.html"), /Plain \{\{ page.path \}\}[^]*Lede \{% layout &#39;x&#39; %\} here\./);
  });
});

describe("hardening: front matter fields in <title>, meta tags, JSON-LD and feeds", () => {
  const title = `</title><script>alert("t")</script> ]]> & "quotes" 'single'`;
  const author = `<img src=x onerror=alert(2)> & Co`;
  const description = `"><script>alert(3)</script></script><!-- ]]>`;
  const tag = `R&D <b>"x"</b>`;
  const files = {
    "content/a.md": `---\ntitle: ${JSON.stringify(title)}\nauthor: ${JSON.stringify(author)}\ndescription: ${JSON.stringify(description)}\ntags: [${JSON.stringify(tag)}]\ndate: 2026-11-12T09:00:00+01:00\n---\n\nLede \\</script> ]]> & text.\n`,
  };

  it("the HTML page escapes them in <title>, meta tags and text; JSON-LD cannot be closed early and round-trips", async () => {
    const site = await assertBuilds(files);
    const page = site.read("a/index.html");
    assert.match(page, /<title>&lt;\/title&gt;&lt;script&gt;alert\(&#34;t&#34;\)&lt;\/script&gt; \]\]&gt; &amp; &#34;quotes&#34; &#39;single&#39;<\/title>/, "(too long for the site name after it)");
    assert.match(page, /<meta name="description" content="&#34;&gt;&lt;script&gt;alert\(3\)&lt;\/script&gt;&lt;\/script&gt;&lt;!-- \]\]&gt;">/);
    assert.match(page, /<meta property="og:title" content="&lt;\/title&gt;&lt;script&gt;/);
    assert.match(page, /<meta property="article:tag" content="R&amp;D &lt;b&gt;&#34;x&#34;&lt;\/b&gt;">/);
    assert.equal(page.match(/<script/g)?.length, 2, "only the two JSON-LD scripts");
    const [article, crumbs] = jsonld(page);
    assert.equal(article?.headline, title);
    assert.equal(article?.description, description);
    assert.deepEqual(article?.author, [{ "@type": "Person", name: author, url: "https://news.example.org/authors/img-src-x-onerror-alert-2-and-co/" }]);
    assert.equal(article?.keywords, tag);
    assert.equal((crumbs?.itemListElement as { name: string }[])[1]?.name, title);
  });

  it("RSS, Atom and JSON Feed are well-formed and give the fields back exactly", async () => {
    const site = await assertBuilds(files);
    for (const name of ["feed.xml", "atom.xml"]) assert.equal(XMLValidator.validate(site.read(name)), true, name);
    const rss = xml.parse(site.read("feed.xml")).rss.channel.item;
    assert.equal(rss.title, title);
    // RSS <description> is HTML: the text arrives as HTML that shows it (issue 15)
    assert.equal(rss.description, description.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
    assert.equal(rss["dc:creator"], author, "a name is dc:creator: RSS <author> wants an e-mail address");
    assert.equal(rss.category, tag);
    assert.match(rss["content:encoded"], /Lede &lt;\/script&gt; \]\]&gt; &amp; text\./);
    const atom = xml.parse(site.read("atom.xml")).feed.entry;
    assert.equal(atom.title["#text"], title);
    assert.equal(atom.summary["#text"], description);
    assert.equal(atom.author.name, author);
    assert.equal(atom.category["@_label"], tag, "an Atom category is an attribute: `<` in it is escaped (it used not to be)");
    assert.equal(atom.category["@_term"], tag, "and it has the `term` Atom requires");
    const json = JSON.parse(site.read("feed.json"));
    assert.equal(json.items[0].title, title);
    assert.equal(json.items[0].summary, description);
    assert.deepEqual(json.items[0].tags, [tag]);
    assert.equal(json.items[0].authors[0].name, author);
  });

  it("control characters written as YAML escapes (`\\x01`) → spaces: feeds stay valid XML", async () => {
    const site = await assertBuilds({ "content/a.md": md("Bell\x07 title", "Lede.", 'author: "Ann\\x01 Lee"\ntags: ["a\\x02b"]\n').replace('"Bell\\u0007 title"', '"Bell\\x07 title"') });
    assert.match(site.read("a/index.html"), /<h1 class="headline">Bell  title<\/h1>/);
    for (const name of ["feed.xml", "atom.xml"]) assert.equal(XMLValidator.validate(site.read(name)), true, name);
    assert.match(site.read("feed.xml"), /<dc:creator>Ann  Lee<\/dc:creator>/);
  });

  it("front matter `image: javascript:alert(1)` → error at the value", async () => {
    await assertBuildFails({ "content/a.md": md("A", "Lede.", "image: javascript:alert(1)\n") }, [
      "content/a.md:4:8: error: front matter `image` must be an image file next to the article or an http(s) URL, not `javascript:alert(1)` [galley:front-matter-type]",
    ]);
  });

  it("front matter `image: data:…` and `image: //cdn…` → errors at the value", async () => {
    await assertBuildFails({ "content/a.md": md("A", "Lede.", "image: data:image/png;base64,AAAA\n"), "content/b.md": md("B", "Lede.", "image: //cdn.example/b.jpg\n") }, [
      "content/a.md:4:8: error: front matter `image` must be an image file next to the article or an http(s) URL, not `data:image/png;base64,AAAA` [galley:front-matter-type]",
      "content/b.md:4:8: error: front matter `image` must name its scheme: `https://cdn.example/b.jpg` [galley:front-matter-type]",
    ]);
  });

  it("a Markdown image at `//cdn…` → https; one with a `%` that is no escape → looked for as it is (it used to crash)", async () => {
    const site = await assertBuilds({ "content/a.md": md("A", "Lede.\n\n![Chart](//cdn.example/chart.png \"Chart. Graphic: X\")"), "content/b.md": md("B", "Lede.\n\n![Half](50%off.svg \"Half. Graphic: X\")"), "content/50%off.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"></svg>' });
    assert.match(site.read("a/index.html"), /<img src="https:\/\/cdn.example\/chart.png"/);
    assert.equal(XMLValidator.validate(site.read("atom.xml")), true);
    assert.ok(site.exists("b/50%off.svg"));
  });

  it("an image next to an article that is a link to a file outside content/ → error (it was copied into dist/ as a link out)", async () => {
    const outside = await writeSiteFiles({ "secret.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>' });
    const dir = await writeSiteFiles({ ...goodSite, "content/local/good.md": md("Good", "Lede.\n\n![Map](map.svg \"Map. Graphic: X\")") });
    symlinkSync(join(outside, "secret.svg"), join(dir, "content", "local", "map.svg"));
    const outcome = await galley(["build", dir, "--quiet"], dir);
    assert.deepEqual(outcome.lines, ["content/local/good.md:8:8: error: image `map.svg` is a link to a file outside content/: copy the image next to the article [galley:media-outside]"]);
    assert.equal(outcome.code, 1);
  });
});

void siteYaml;

describe("hardening: what the built site gives away, and addresses that must be escaped", () => {
  it("`article.json`'s `source.path` is relative to the site folder, whatever folder the build runs from (it leaked the builder's folders)", async () => {
    const site = await assertBuilds({ "content/local/a.md": md("A") });
    const article = JSON.parse(site.read("a/article.json")) as { source: { path: string } };
    assert.equal(article.source.path, "content/local/a.md");
    assert.ok(!site.read("articles.json").includes(site.dir), "no folder of the machine in the site");
  });

  it("image names with `#`, `?`, `%` and a space → copied under their names, `src` percent-encoded", async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"></svg>';
    const site = await assertBuilds({
      "content/a.md": md("A", "Lede.\n\n![One](<one#1.svg> \"One. Graphic: X\")\n\n![Two](<two?.svg> \"Two. Graphic: X\")\n\n![Half](50%off.svg \"Half. Graphic: X\")\n\n![Map](<my map.svg> \"Map. Graphic: X\")\n\n![Hash](hash%23b.svg \"Hash. Graphic: X\")"),
      "content/one#1.svg": svg, "content/two?.svg": svg, "content/50%off.svg": svg, "content/my map.svg": svg, "content/hash#b.svg": svg,
    });
    for (const name of ["one#1.svg", "two?.svg", "50%off.svg", "my map.svg", "hash#b.svg"]) assert.ok(site.exists(`a/${name}`), name);
    const srcs = urls(site.read("a/index.html")).filter((u) => u.endsWith(".svg") && !u.includes("assets/"));
    assert.deepEqual(srcs, ["one%231.svg", "two%3F.svg", "50%25off.svg", "my%20map.svg", "hash%23b.svg"]);
    assert.match(site.read("a/index.html"), /<img src="one%231.svg" [^>]*width="4" height="2"/, "and measured");
  });

  it("`url` with a space in site.yaml → error at the value (it gave canonical URLs with a raw space)", async () => {
    await assertBuildFails({ "site.yaml": "title: T\nurl: https://news.example.org/my site/\n" }, ["site.yaml:2:6: error: `url` must not hold spaces: write a space in the address as `%20` [galley:config-invalid-field]"]);
  });
});
