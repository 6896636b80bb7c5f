/** Markdown with front matter → Article, read from the mdast. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { blocksOf, md } from "./helpers/parse.js";

const doc = (...lines: string[]) => lines.join("\n");

describe("markdown: front matter and structure", () => {
  it("takes the headline from front matter and the first paragraph as lede", () => {
    const a = md(doc("---", "title: Harbour wall to close", "date: 2026-11-12T16:05:00+01:00", "author: Tom Haldane", "section: local", "tags: [harbour, council]", "description: Summary.", "---", "", "The lede *paragraph*.", "", "Second paragraph."));
    assert.equal(a.headline, "Harbour wall to close");
    assert.equal(a.lede, "The lede paragraph.");
    assert.equal(a.date, "2026-11-12T16:05:00+01:00");
    assert.equal(a.byline, "By Tom Haldane");
    assert.equal(a.author, "Tom Haldane");
    assert.equal(a.section, "local");
    assert.deepEqual(a.tags, ["harbour", "council"]);
    assert.equal(a.description, "Summary.");
    assert.equal(a.source.format, "markdown");
  });

  it("takes a level-1 heading as headline when front matter has no title", () => {
    const a = md(doc("# The headline", "", "The lede.", "", "## A subhead", "", "Body."));
    assert.equal(a.headline, "The headline");
    assert.deepEqual(a.blocks.map((b) => b.type), ["subhead", "paragraph"]);
  });

  it("keeps inline markup in html and plain words in text", () => {
    const a = md(doc("# H", "", "Lede.", "", "Read the **full** [report](https://example.org/r)."));
    const [p] = blocksOf(a, "paragraph");
    assert.equal(p?.text, "Read the full report.");
    assert.equal(p?.html, 'Read the <strong>full</strong> <a href="https://example.org/r">report</a>.');
  });

  it("sanitizes raw HTML and script URLs out of html fields", () => {
    const a = md(doc("# H", "", "Lede.", "", 'A [link](javascript:alert(1)) and <img src=x onerror="alert(1)"> here.'));
    const [p] = blocksOf(a, "paragraph");
    assert.doesNotMatch(p?.html ?? "", /javascript:|onerror|<img/);
  });
});

describe("markdown: quotes", () => {
  it("reads a blockquote with a “…,” said X attribution", () => {
    const a = md(doc("# H", "", "Lede.", "", "> “We cannot leave a wall in this condition,” said Mayor Ingrid Solberg."));
    const [q] = blocksOf(a, "quote");
    assert.equal(q?.text, "We cannot leave a wall in this condition");
    assert.equal(q?.speaker, "Ingrid Solberg");
    assert.equal(q?.attribution, "said Mayor Ingrid Solberg.");
  });

  it("reads a blockquote signed with a dash line", () => {
    const a = md(doc("# H", "", "Lede.", "", "> The boats will move to temporary pontoons.", ">", "> — Harald Munro, harbourmaster"));
    const [q] = blocksOf(a, "quote");
    assert.equal(q?.text, "The boats will move to temporary pontoons.");
    assert.equal(q?.speaker, "Harald Munro");
    assert.equal(q?.attribution, "Harald Munro, harbourmaster");
  });

  it("resolves a role in a later quote to the person named earlier", () => {
    const a = md(doc("# H", "", "Lede.", "", "> “First,” said Mayor Ingrid Solberg.", "", "Councillor Dougie Strand disagreed.", "", "> “Second,” the mayor said."));
    assert.deepEqual(blocksOf(a, "quote").map((q) => q.speaker), ["Ingrid Solberg", "Ingrid Solberg"]);
  });
});

describe("markdown: related boxes, media and lists", () => {
  it("reads “Read more:” followed by a list of links as a related box", () => {
    const a = md(doc("# H", "", "Lede.", "", "Read more:", "", "- [Storm: Waves breach the mole](https://example.org/storm/)", "- [Ferries: Timetable cut](https://example.org/ferry/)"));
    const [r] = blocksOf(a, "related");
    assert.equal(r?.title, "Read more");
    assert.deepEqual(r?.links, [
      { text: "Storm: Waves breach the mole", kicker: "Storm", title: "Waves breach the mole", url: "https://example.org/storm/" },
      { text: "Ferries: Timetable cut", kicker: "Ferries", title: "Timetable cut", url: "https://example.org/ferry/" },
    ]);
  });

  it("reads a “## Related” heading over a list as a related box, not a subhead", () => {
    const a = md(doc("# H", "", "Lede.", "", "## Related", "", "- [Harbour: Mole to close](https://example.org/a/)"));
    assert.equal(blocksOf(a, "subhead").length, 0);
    assert.equal(blocksOf(a, "related").length, 1);
  });

  it("drops a related link whose URL is not http(s)", () => {
    const a = md(doc("# H", "", "Lede.", "", "Read more:", "", "- [Bad](javascript:alert(1))"));
    assert.equal(blocksOf(a, "related")[0]?.links[0]?.url, null);
  });

  it("reads a lone image with a title as media with caption and credit", () => {
    const a = md(doc("# H", "", "Lede.", "", '![Map of the harbour](map.svg "The works area. Graphic: The Galley Gazette")'));
    assert.deepEqual(blocksOf(a, "media")[0], {
      type: "media", kind: "image", text: "The works area. Graphic: The Galley Gazette", src: "map.svg", alt: "Map of the harbour", caption: "The works area.", credit: "The Galley Gazette",
    });
  });

  it("takes an emphasized line under an image as its caption", () => {
    const a = md(doc("# H", "", "Lede.", "", "![Alt](photo.jpg)", "", "*The quay at dawn. Photo: Kirsty Lund*"));
    const [m] = blocksOf(a, "media");
    assert.equal(m?.caption, "The quay at dawn.");
    assert.equal(m?.credit, "Kirsty Lund");
    assert.equal(a.blocks.length, 1);
  });

  it("reads other lists as lists", () => {
    const a = md(doc("# H", "", "Lede.", "", "Stages:", "", "1. One", "2. Two"));
    const [l] = blocksOf(a, "list");
    assert.equal(l?.ordered, true);
    assert.deepEqual(l?.items, ["One", "Two"]);
    assert.equal(l?.html, "<ol><li>One</li><li>Two</li></ol>");
  });
});

describe("markdown: front matter errors", () => {
  it("reports a wrong field type with the field's line", () => {
    const a = md(doc("---", "title: T", "date: yesterday", "---", "", "Lede."));
    assert.ok(a.messages.includes("3:7 front matter `date` must be an ISO 8601 date such as `2024-05-01` or `2024-05-01T09:30:00+02:00`"), a.messages.join("\n"));
  });

  it("warns about an unknown field", () => {
    const a = md(doc("---", "title: T", "titel: typo", "---", "", "Lede."));
    assert.ok(a.messages.some((m) => m.startsWith("3:1 unknown front matter field `titel`")), a.messages.join("\n"));
  });

  it("reports invalid YAML with its line", () => {
    const a = md(doc("---", "title: T", "tags: [a, b", "---", "", "Lede."));
    assert.ok(a.messages.some((m) => /^[34]:\d+ invalid YAML in front matter/.test(m)), a.messages.join("\n"));
  });

  it("reports front matter that is never closed", () => {
    const a = md(doc("---", "title: T", "", "Lede."));
    assert.ok(a.messages.some((m) => m.startsWith("1:1 front matter opened by `---` on line 1 is never closed")), a.messages.join("\n"));
  });
});
