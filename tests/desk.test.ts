/**
 * The desk's endpoints on the dev server (the page itself is tested in desk-browser.test.ts):
 * given a paste and corrections, these lines and this page; bad requests get a message and the
 * server keeps serving; Save writes Markdown into content/ and never replaces a file unasked.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { withFixes } from "../src/dev/desk.js";
import { startDevServer, type DevServer } from "../src/dev/dev-server.js";
import { buildSite, siteYaml, writeSiteFiles } from "./helpers/site.js";

const wire = "Harbour wall to be rebuilt\n\nThe North Mole will close for 14 weeks, the council said on Monday.\n\nWork starts in March\n\nThe council approved the budget after a long debate about the cost of the repairs.\n\n– We cannot wait another winter, said the harbourmaster.\n";

let dir = "";
let server: DevServer;
let desk = "";
const post = async (path: string, body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) => {
  const res = await fetch(desk + path, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: res.status, data: (await res.json()) as Record<string, unknown> & { error?: string; ask?: string } };
};

describe("the desk's endpoints", () => {
  before(async () => {
    dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/local/wire.txt": wire });
    server = await startDevServer({ dir, port: 0, log: () => {} });
    desk = new URL("/__galley/desk", server.url).href;
  });
  after(() => server?.close());

  it("serves the desk page, and lists the site's text articles", async () => {
    const page = await fetch(desk);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<h1>Desk<\/h1>/);
    const list = (await (await fetch(`${desk}/articles`)).json()) as { articles: { path: string }[] };
    assert.deepEqual(list.articles.map((a) => a.path), ["local/wire.txt"]);
    const source = (await (await fetch(`${desk}/source?path=local%2Fwire.txt`)).json()) as { text: string };
    assert.equal(source.text, wire);
    assert.equal((await fetch(`${desk}/source?path=..%2Fsite.yaml`)).status, 404);
  });

  it("reads a paste into lines and the article page; a correction is read as a fix of that line", async () => {
    const first = await post("/parse", { text: wire, fixes: {} });
    assert.equal(first.status, 200);
    const lines = first.data.lines as { line: number; kind: string; fixed: boolean }[];
    assert.deepEqual(lines.map((l) => `${l.line} ${l.kind}`), ["1 headline", "3 lede", "5 subhead", "7 paragraph", "9 quote"]);
    assert.match(String(first.data.html), /<h2 class="subhead">Work starts in March<\/h2>/);
    const fixed = await post("/parse", { text: wire, fixes: { 5: "paragraph", 9: "quote: Harald Munro" } });
    const after = fixed.data.lines as { line: number; kind: string; became: string; fixed: boolean }[];
    assert.deepEqual(after.map((l) => `${l.line} ${l.kind}${l.fixed ? " ✎" : ""}`), ["1 headline", "3 lede", "5 paragraph ✎", "7 paragraph", "9 quote ✎"]);
    assert.equal(after[4]?.became, "quote (speaker: Harald Munro)");
    assert.doesNotMatch(String(fixed.data.html), /class="subhead"/);
    // the same corrections as front matter, for a site that keeps the text as it came
    assert.equal(fixed.data.front, '---\nfix: { "8": paragraph, "12": "quote: Harald Munro" }\n---\n');
  });

  it("refuses what is not a paste from its own page, with a message, and keeps serving", async () => {
    assert.equal((await post("/parse", { text: "x".repeat(5 * 1024 * 1024) })).data.error, "this paste is 5.0 MB: an article may be at most 2 MB of text (is it a whole file or a book?)");
    assert.match((await post("/parse", { text: "Headline\n\nPK\u0003\u0004\u0000\u0000" })).data.error ?? "", /not article text: it holds binary data \(control character U\+0003\)/);
    assert.equal((await post("/parse", wire, { "content-type": "text/plain" })).status, 415);
    assert.equal((await post("/parse", { text: wire }, { "content-type": "application/json", origin: "http://evil.example" })).status, 403);
    assert.equal((await post("/parse", "{not json")).status, 400);
    assert.equal((await fetch(`${desk}/parse`)).status, 404);
    assert.equal((await fetch(desk)).status, 200);
  });

  it("saves as Markdown in content/SECTION/slug.md, asks before replacing, keeps an opened .txt as _name.txt", async () => {
    const saved = await post("/save", { text: wire, fixes: { 5: "paragraph" }, section: "Local" });
    assert.equal(saved.status, 200);
    assert.equal(saved.data.path, "content/local/harbour-wall-to-be-rebuilt.md");
    const markdown = readFileSync(join(dir, "content/local/harbour-wall-to-be-rebuilt.md"), "utf8");
    assert.match(markdown, /^---\ntitle: Harbour wall to be rebuilt\nslug: harbour-wall-to-be-rebuilt\nsection: local\n/);
    const again = await post("/save", { text: wire, fixes: {}, section: "local" });
    assert.equal(again.status, 409);
    assert.equal(again.data.ask, "overwrite");
    assert.equal(readFileSync(join(dir, "content/local/harbour-wall-to-be-rebuilt.md"), "utf8"), markdown);
    assert.equal((await post("/save", { text: wire, fixes: {}, section: "local", overwrite: true })).status, 200);
    // an article opened from the site: its .txt is kept, renamed so it is not built twice
    const opened = await post("/save", { text: wire, fixes: {}, path: "local/wire.txt" });
    assert.equal(opened.data.ask, "keepSource");
    const kept = await post("/save", { text: wire, fixes: {}, path: "local/wire.txt", keepSource: true });
    assert.equal(kept.data.path, "content/local/wire.md");
    assert.ok(existsSync(join(dir, "content/local/_wire.txt")));
    assert.ok(!existsSync(join(dir, "content/local/wire.txt")));
  });

  it("is never part of a build", async () => {
    const site = await buildSite({ "site.yaml": siteYaml, "content/local/wire.txt": wire });
    assert.ok(!site.files().some((f) => f.includes("__galley") || f.includes("desk")));
  });
});

describe("desk corrections as front matter", () => {
  it("adds `fix:` to a paste, moving the line numbers by the lines it adds", () => {
    assert.deepEqual(withFixes("Headline\n\nText.\n", { 3: "subhead" }), { source: '---\nfix: { "6": subhead }\n---\nHeadline\n\nText.\n', shift: 3, front: '---\nfix: { "6": subhead }\n---\n' });
  });
  it("merges with a paste's own front matter and fixes", () => {
    const { source, shift } = withFixes("---\ntitle: T\nfix: { 5: noise }\n---\nText.\n\nMore.\n", { 7: "endnote" });
    assert.equal(shift, 0);
    assert.equal(source, '---\ntitle: T\nfix: { "5": noise, "7": endnote }\n---\nText.\n\nMore.\n');
  });
});
