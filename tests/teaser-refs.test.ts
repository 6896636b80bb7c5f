/**
 * A render thread is sent each story's teaser once; later pages name it by slug, and the
 * thread puts the same teaser back: the page it renders is the page planned.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ArticleSummary } from "../src/model/views.js";
import { resolveRefs, tableSize, withRefs } from "../src/render/teaser-refs.js";

const teaser = (slug: string) =>
  ({ slug, headline: `Harbour story ${slug}`, summary: "The council met.", canonical: `https://example.org/${slug}/`, path: `${slug}/index.html`, sectionLink: { name: "Local", url: "local/", canonical: "https://example.org/local/" }, tags: [] }) as unknown as ArticleSummary;

describe("teasers sent once per thread", () => {
  it("a page's teasers go whole the first time, then by slug, and come back as the same data", () => {
    const known = new Set<string>();
    const table = new Map<string, ArticleSummary>();
    const [a, b, c] = [teaser("a"), teaser("b"), teaser("c")];
    const front = { lead: a, sections: [{ name: "Local", articles: [a, b] }], latest: [c], page: { title: "Front", prev: null } };
    const fresh: ArticleSummary[] = [];
    const sent = withRefs(front, known, fresh);
    assert.deepEqual(fresh.map((s) => s.slug), ["a", "b", "c"], "each teaser once, though the lead story is also in its section");
    assert.deepEqual(sent.lead, { $teaser: "a" });
    assert.deepEqual(resolveRefs(structuredClone(sent), table, structuredClone(fresh)), front);

    const list = { articles: [b, c], pagination: { page: 2, pages: 3 } };
    const again: ArticleSummary[] = [];
    const second = withRefs(list, known, again);
    assert.deepEqual(again, [], "known teasers are not sent again");
    assert.deepEqual(second.articles, [{ $teaser: "b" }, { $teaser: "c" }]);
    assert.deepEqual(resolveRefs(structuredClone(second), table, again), list);
  });

  it("leaves other objects as they are: links with a URL but no slug, whole articles with blocks", () => {
    const known = new Set<string>();
    const article = { ...teaser("d"), blocks: [] };
    const data = { article, link: { name: "Local", url: "local/", canonical: "https://example.org/local/" } };
    const fresh: ArticleSummary[] = [];
    assert.deepEqual(withRefs(data, known, fresh), data);
    assert.equal(fresh.length, 0);
  });

  it("a full table sends new teasers whole (a thread's memory stays bounded)", () => {
    const known = new Set(Array.from({ length: tableSize }, (_, i) => `s${i}`));
    const fresh: ArticleSummary[] = [];
    const late = teaser("late");
    const sent = withRefs({ articles: [late, teaser("s1")] }, known, fresh);
    assert.deepEqual(sent.articles, [late, { $teaser: "s1" }]);
    assert.equal(known.has("late"), false);
  });

  it("a reference the thread was never sent is an error, not a blank teaser", () => {
    assert.throws(() => resolveRefs({ articles: [{ $teaser: "x" }] }, new Map(), []), /never sent/);
  });
});
