/** `galley dev`: serving like a static host, rebuilding only what a change touches, telling the browser. */
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { build } from "../src/build.js";
import { clientScript } from "../src/dev/client.js";
import { startDevServer, type DevServer } from "../src/dev/dev-server.js";
import type { ChangeResult } from "../src/dev/dev-site.js";
import { requestPath } from "../src/dev/serve.js";
import { listFiles, siteYaml, writeSiteFiles } from "./helpers/site.js";

const files = {
  "site.yaml": siteYaml.replace("https://news.example.org/", "https://example.org/news/"),
  "content/local/a.md": "---\ntitle: Harbour wall to close\ndate: 2026-11-12T16:05:00+01:00\nauthor: Tom Haldane\n---\n\nThe North Mole will close.\n\nA second paragraph.\n",
  "content/local/b.md": "---\ntitle: Ferry timetable cut\ndate: 2026-11-18T07:45:00+01:00\n---\n\nFour sailings a day.\n",
  "content/sport/c.txt": "Rovers reach the final\n\nSkerry Bay Rovers are into the final.\n",
  "content/local/map.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
};

let dir = "";
let server: DevServer;
let lines: string[] = [];

/** GET (or another method) on the dev server, without following redirects. */
function get(path: string, method = "GET"): Promise<{ status: number; type: string; body: string; location?: string }> {
  const url = new URL(server.url);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body, location: res.headers.location }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** Resolves with the next rebuild's result after `edit` runs. */
function nextChange(edit: () => void): Promise<ChangeResult> {
  return new Promise((done, fail) => {
    let waiting = true;
    setTimeout(() => waiting && fail(new Error("no rebuild within 10 s")), 10_000).unref();
    server.onChange((result) => {
      if (waiting) {
        waiting = false;
        done(result);
      }
    });
    edit();
  });
}

/** The events an SSE client receives while `edit` runs, until `count` have arrived. */
async function events(count: number, edit: () => void): Promise<{ event: string; data: string }[]> {
  const url = new URL(server.url);
  return new Promise((done, fail) => {
    const seen: { event: string; data: string }[] = [];
    setTimeout(() => fail(new Error(`only ${seen.length} of ${count} events within 10 s`)), 10_000).unref();
    const req = request({ host: url.hostname, port: url.port, path: "/__galley/events" }, (res) => {
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          if (!event) continue;
          seen.push({ event, data: [...block.matchAll(/^data: (.*)$/gm)].map((m) => m[1]).join("\n") });
          if (seen.length === count) {
            req.destroy();
            done(seen);
          }
        }
      });
      setTimeout(edit, 50);
    });
    req.on("error", (error) => (seen.length >= count ? undefined : fail(error)));
    req.end();
  });
}

before(async () => {
  dir = await writeSiteFiles(files);
  server = await startDevServer({ dir, port: 0, log: (line) => lines.push(line) });
});

after(async () => {
  await server.close();
});

describe("dev server: serving", () => {
  it("binds to 127.0.0.1 by default and serves under the site's base path", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
    const page = await get("/news/");
    assert.equal(page.status, 200);
    assert.equal(page.type, "text/html; charset=utf-8");
    assert.match(page.body, /Harbour wall to close/);
    assert.match(lines[0] ?? "", /^galley dev: serving http:\/\/127\.0\.0\.1:\d+\/news\/ \(\d+ pages, built in \d+ ms\)$/);
  });

  it("gives files their MIME types with charset", async () => {
    assert.equal((await get("/news/assets/style.css")).type, "text/css; charset=utf-8");
    assert.equal((await get("/news/local/map.svg")).status, 404, "images are served next to the article, not the section");
    assert.equal((await get("/news/a/map.svg")).status, 404);
    assert.equal((await get("/news/a/article.json")).type, "application/json; charset=utf-8");
    assert.equal((await get("/news/feed.xml")).type, "application/rss+xml; charset=utf-8");
  });

  it("redirects a folder without its slash and serves the 404 page with status 404", async () => {
    const folder = await get("/news/local");
    assert.equal(folder.status, 301);
    assert.equal(folder.location, "/news/local/");
    const missing = await get("/news/no/such/page");
    assert.equal(missing.status, 404);
    assert.match(missing.body, /Page not found/);
    assert.equal((await get("/elsewhere/")).status, 404);
  });

  for (const path of ["/news/../site.yaml", "/news/%2e%2e/site.yaml", "/news/%2E%2E%2Fsite.yaml", "/news/..%2f..%2fetc/passwd", "/news/%5c..%5csite.yaml", "/news/..\\site.yaml", "//etc/passwd", "/news/%00", "/news/a/%2e%2e/%2e%2e/site.yaml"]) {
    it(`refuses to read outside the site: ${path}`, async () => {
      const response = await get(path);
      assert.ok([400, 403, 404].includes(response.status), `${path}: ${response.status}`);
      assert.doesNotMatch(response.body, /title: The Test Times|root:/);
    });
  }

  it("answers only GET and HEAD, and refuses very long URLs", async () => {
    assert.equal((await get("/news/", "POST")).status, 405);
    assert.equal((await get("/news/", "DELETE")).status, 405);
    assert.equal((await get("/news/", "HEAD")).status, 200);
    assert.equal((await get(`/news/${"a".repeat(5000)}`)).status, 414);
  });

  it("moves to the next free port when the port is busy, and says so", async () => {
    const port = Number(new URL(server.url).port);
    const said: string[] = [];
    const second = await startDevServer({ dir, port, log: (line) => said.push(line) });
    try {
      assert.notEqual(new URL(second.url).port, String(port));
      assert.ok(said.includes(`galley dev: port ${port} is busy, using ${new URL(second.url).port}`), said.join("\n"));
    } finally {
      await second.close();
    }
  });

  it("renders a page when it is first asked for, the same page a build writes", async () => {
    const fresh = await startDevServer({ dir, port: 0, log: () => {} });
    try {
      const url = new URL(fresh.url);
      const left = [...fresh.site.pending.keys()];
      assert.ok(left.length > 0, "pages are left for when they are asked for");
      const out = join(dir, "built-lazily");
      await build({ dir, out });
      for (const path of left) {
        const body = await new Promise<string>((done, fail) => {
          request({ host: url.hostname, port: url.port, path: `${url.pathname}${path.replace(/index\.html$/, "")}` }, (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (chunk) => (text += chunk));
            res.on("end", () => done(text));
          })
            .on("error", fail)
            .end();
        });
        assert.equal(body.replace(clientScript, ""), readFileSync(join(out, path), "utf8"), path);
      }
      assert.equal(fresh.site.pending.size, 0);
    } finally {
      await fresh.close();
    }
  });

  it("maps request paths safely", () => {
    assert.deepEqual(requestPath("/news/a/", "/news/"), { path: "a/" });
    assert.deepEqual(requestPath("/news", "/news/"), { redirect: "/news/" });
    assert.deepEqual(requestPath("/news/%zz", "/news/"), { status: 400 });
  });
});

describe("dev server: rebuilding", () => {
  it("re-renders only the pages that show a changed article, and the page shows the edit", async () => {
    const total = server.site.signatures.size;
    const result = await nextChange(() => writeFileSync(join(dir, "content/local/b.md"), files["content/local/b.md"].replace("Four sailings", "Three sailings")));
    assert.equal(result.error, null);
    assert.ok(result.written.includes("b/index.html"));
    assert.ok(result.written.length < total, `${result.written.length} of ${total} pages`);
    assert.ok(!result.written.includes("c/index.html") && !result.written.includes("sport/index.html"), "another section's pages are untouched");
    assert.match((await get("/news/b/")).body, /Three sailings a day/);
    assert.match(lines.at(-1) ?? "", /^galley dev: content\/local\/b\.md → \d+ pages in \d+ ms$/);
  });

  it("re-renders only the article's own page when its teaser does not change", async () => {
    const result = await nextChange(() => writeFileSync(join(dir, "content/local/a.md"), files["content/local/a.md"].replace("A second paragraph.", "A second paragraph, edited.")));
    assert.deepEqual(result.written, ["a/index.html"]);
    assert.match((await get("/news/a/")).body, /A second paragraph, edited\./);
    assert.match((await get("/news/local/")).body, /Harbour wall to close/);
  });

  it("tells open pages to reload after a change", async () => {
    const seen = await events(2, () => writeFileSync(join(dir, "content/local/a.md"), files["content/local/a.md"].replace("will close", "will shut")));
    assert.deepEqual(seen.map((e) => e.event), ["ok", "reload"]);
  });

  it("reports bad front matter with file:line:col, keeps the last good page, and clears when fixed", async () => {
    const seen = await events(1, () => writeFileSync(join(dir, "content/local/a.md"), "---\ntitle: [unclosed\n---\n\nText.\n"));
    assert.equal(seen[0]?.event, "problem");
    assert.match(seen[0]?.data ?? "", /content\/local\/a\.md:2:\d+: error: invalid YAML in front matter/);
    assert.match((await get("/news/a/")).body, /Harbour wall to close/);
    const fixed = await events(3, () => writeFileSync(join(dir, "content/local/a.md"), files["content/local/a.md"]));
    assert.deepEqual(fixed.map((e) => e.event), ["problem", "ok", "reload"], "a new client first hears the open problem");
  });

  it("adds, renames and deletes articles without stale pages", async () => {
    await nextChange(() => writeFileSync(join(dir, "content/sport/d.md"), "# New story\n\nIts lede.\n"));
    assert.equal((await get("/news/d/")).status, 200);
    assert.match((await get("/news/")).body, /New story/);
    await nextChange(() => rmSync(join(dir, "content/sport/d.md")));
    assert.equal((await get("/news/d/")).status, 404);
    assert.doesNotMatch((await get("/news/")).body, /New story/);
  });

  it("re-renders every page when a template changes, and swaps only stylesheets when CSS changes", async () => {
    const total = server.site.signatures.size;
    const result = await nextChange(() => writeSiteFiles({ "templates/blocks/paragraph.eta": '<p class="dev-test"><%~ it.block.html %></p>' }, dir));
    assert.equal(result.written.length, total);
    assert.match((await get("/news/a/")).body, /<p class="dev-test">A second paragraph.<\/p>/);
    const css = await nextChange(() => writeSiteFiles({ "templates/assets/extra.css": "body { color: black; }" }, dir));
    assert.equal(css.cssOnly, true);
    assert.equal((await get("/news/assets/extra.css")).status, 200);
  });

  it("serves the site's own pages (pages/) and static/ files as a build writes them, and sees them change", async () => {
    await nextChange(() => writeSiteFiles({ "pages/about.md": "---\ntitle: About the Gazette\n---\n\nWe report on the bay.\n", "static/.well-known/security.txt": "Contact: mailto:desk@example.org\n" }, dir));
    assert.match((await get("/news/about/")).body, /We report on the bay\./);
    assert.match((await get("/news/")).body, /About the Gazette/, "the footer links the page");
    assert.equal((await get("/news/.well-known/security.txt")).body, "Contact: mailto:desk@example.org\n");
    await nextChange(() => writeFileSync(join(dir, "pages/about.md"), "---\ntitle: About the Gazette\n---\n\nWe report on the whole bay.\n"));
    assert.match((await get("/news/about/")).body, /We report on the whole bay\./);
    await nextChange(() => rmSync(join(dir, "pages"), { recursive: true }));
    assert.equal((await get("/news/about/")).status, 404);
  });

  it("adds the live-reload script only to served pages, never to a built site", async () => {
    assert.match((await get("/news/")).body, /new EventSource\("\/__galley\/events"\)/);
    const out = join(dir, "built");
    await build({ dir, out });
    const leaked = listFiles(out).filter((f) => f.endsWith(".html") && readFileSync(f, "utf8").includes("__galley"));
    assert.deepEqual(leaked, []);
  });
});
