/**
 * Rendering: given Eta templates and page data, this HTML. Escaping is on by default, a site's
 * templates override the built-in ones file by file, and a broken or runaway template is an
 * error naming the template file and the place in it.
 */
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { GalleyError } from "../src/diagnostics.js";
import { createRenderer } from "../src/render/render-page.js";
import { writeSiteFiles } from "./helpers/site.js";

async function folder(files: Record<string, string>) {
  return writeSiteFiles(files, await mkdtemp(join(tmpdir(), "galley-render-")));
}
async function renderer(files: Record<string, string>) {
  const dir = await folder(files);
  return createRenderer({ roots: [dir], base: dir });
}
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof GalleyError, String(error));
    return error.message;
  }
  assert.fail("rendering did not fail");
}

describe("render: Eta templates", () => {
  it("escapes every printed value; only <%~ %> prints raw", async () => {
    const r = await renderer({ "page.eta": "<h2><%= it.t %></h2><%~ it.html %>" });
    assert.equal(await r.renderTemplate("page", { t: `<script>"x" & 'y'</script>`, html: "<em>ok</em>" }), "<h2>&lt;script&gt;&#34;x&#34; &amp; &#39;y&#39;&lt;/script&gt;</h2><em>ok</em>");
  });

  it("includes partials with their own data and wraps a page in its layout", async () => {
    const r = await renderer({
      "base.eta": "<main><%~ it.body %></main>",
      "page.eta": '<% layout("base") %><% for (const a of it.items) { %><%~ include("partials/item", { a }) %>|<% } %>',
      "partials/item.eta": "<%= it.root %><%= it.a.url %>",
    });
    assert.equal(await r.renderTemplate("page", { root: "../", items: [{ url: "x/" }, { url: "y/" }] }), "<main>../x/|../y/|</main>");
  });

  it("takes each template from the first folder that has it: a site overrides file by file", async () => {
    const builtin = await folder({ "page.eta": '[<%~ include("partials/a") %><%~ include("partials/b") %>]', "partials/a.eta": "built-in a", "partials/b.eta": "built-in b" });
    const own = await folder({ "partials/b.eta": "own b" });
    const r = createRenderer({ roots: [own, builtin], base: own });
    assert.equal(await r.renderTemplate("page", {}), "[built-in aown b]");
  });

  it("offers clip: text cut at a sentence or a word, with an ellipsis", async () => {
    const r = await renderer({ "page.eta": "<%= clip(it.t, it.n) %>" });
    assert.equal(await r.renderTemplate("page", { t: "Short.", n: 20 }), "Short.");
    assert.equal(await r.renderTemplate("page", { t: "The council met on Tuesday. It voted to close the harbour.", n: 40 }), "The council met on Tuesday.");
    assert.equal(await r.renderTemplate("page", { t: "According to Russian state media the talks ended", n: 30 }), "According to Russian state…");
  });

  it("names the template file, line and column of a syntax error", async () => {
    const r = await renderer({ "page.eta": "<p>\n<%= it.a \n</p>" });
    assert.match(await failure(r.renderTemplate("page", {})), /page\.eta:2:1: error: template error while rendering page: unclosed tag/);
  });

  it("names the tag that opens a block it never closes", async () => {
    const r = await renderer({ "page.eta": "<h2>\n<% if (it.text) { %>\n<%= it.text %>\n</h2>\n" });
    assert.match(await failure(r.renderTemplate("page", { text: "x" })), /page\.eta:2:1: error: template error while rendering page: this tag opens a block \(\{\) that is never closed/);
  });

  it("names the file and line where a template fails while running, inside a partial too", async () => {
    const r = await renderer({ "page.eta": 'a\n<%~ include("partials/p") %>', "partials/p.eta": "ok\n\n<%= it.missing.field %>" });
    assert.match(await failure(r.renderTemplate("page", {})), /partials\/p\.eta:3:1: error: template error while rendering page: .*(undefined|missing)/);
  });

  it("names a missing partial and where it is asked for", async () => {
    const r = await renderer({ "page.eta": 'a\n  <%~ include("partials/nothing") %>' });
    assert.match(await failure(r.renderTemplate("page", {})), /page\.eta:2:3: error: template error while rendering page: no template "partials\/nothing"/);
  });

  it("stops a runaway loop instead of hanging the build", async () => {
    const r = await renderer({ "page.eta": "<% let n = 0 %>\n<% for (let i = 0; i < 1e8; i++) { %><% n++ %><% } %><%= n %>" });
    const cpu = () => process.cpuUsage().user / 1000;
    const started = cpu();
    assert.match(await failure(r.renderTemplate("page", {})), /page\.eta:2:1: error: template error while rendering page: runaway template/);
    assert.ok(cpu() - started < 5000, "stopped within 5 s of CPU");
    const small = await renderer({ "page.eta": "<% let n = 0 %><% for (let i = 0; i < 1e5; i++) { %><% n++ %><% } %><%= n %>" });
    assert.equal(await small.renderTemplate("page", {}), "100000", "a long but finite loop is fine");
  });
});
