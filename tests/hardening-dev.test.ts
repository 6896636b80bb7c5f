/**
 * Hardening, part 4: the dev server reads nothing outside the site, whatever the request line
 * says. Requests are sent as raw bytes over a socket, so no client library tidies them first.
 */
import assert from "node:assert/strict";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { run } from "../src/cli/run.js";
import type { ChangeResult } from "../src/dev/dev-site.js";
import { after, before, describe, it } from "node:test";
import { startDevServer, type DevServer } from "../src/dev/dev-server.js";
import { writeSiteFiles } from "./helpers/site.js";
import { md, siteYaml } from "./hardening-helpers.js";

let server: DevServer;
let host = "";
let port = 0;

/** Sends `METHOD TARGET HTTP/1.1` as it is; resolves to the status, headers and body text. */
function raw(target: string, method = "GET", hostHeader = `${host}:${port}`, to = port): Promise<{ status: number; head: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(to, host, () => socket.end(`${method} ${target} HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close\r\n\r\n`));
    let text = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("error", fail);
    socket.on("close", () => {
      const [head = "", ...body] = text.split("\r\n\r\n");
      done({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), head, body: body.join("\r\n\r\n") });
    });
  });
}

before(async () => {
  const dir = await writeSiteFiles({ "site.yaml": siteYaml.replace("https://news.example.org/", "https://example.org/news/"), "content/local/a.md": md("Harbour") });
  server = await startDevServer({ dir, port: 0, log: () => undefined });
  ({ hostname: host } = new URL(server.url));
  port = Number(new URL(server.url).port);
});

after(async () => {
  await server.close();
});

describe("hardening: dev server", () => {
  it("binds to 127.0.0.1 (this machine only) by default", () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
  });

  it("serves the site (the baseline for the refusals below)", async () => {
    const page = await raw("/news/a/");
    assert.equal(page.status, 200);
    assert.match(page.body, /Harbour/);
  });

  const traversals: [string, number][] = [
    ["/news/../site.yaml", 403],
    ["/news/a/../../site.yaml", 403],
    ["/news/%2e%2e/site.yaml", 403],
    ["/news/%2E%2E%2Fsite.yaml", 403],
    ["/news/.%2e/.%2e/site.yaml", 403],
    ["/news/%252e%252e/site.yaml", 404],
    ["/news/..%5csite.yaml", 400],
    ["/news/..\\site.yaml", 400],
    ["/news/a\\..\\..\\site.yaml", 400],
    ["/news/%2fetc%2fpasswd", 403],
    ["/news//etc/passwd", 403],
    ["/etc/passwd", 404],
    ["//etc/passwd", 404],
    ["/news/C:%5cWindows%5cwin.ini", 400],
    ["http://evil.example/news/../site.yaml", 403],
    ["/news/a/%00", 400],
    ["/news/%zz", 400],
  ];
  for (const [target, status] of traversals) {
    it(`\`GET ${target}\` → ${status}, nothing outside the site`, async () => {
      const response = await raw(target);
      assert.equal(response.status, status, response.head);
      assert.doesNotMatch(response.body, /title: The Test Times|root:x:0/);
    });
  }

  it("a URL of 5,000 characters → 414; one of 100,000 → refused by the HTTP parser (431); the server still serves", async () => {
    assert.equal((await raw(`/news/${"a".repeat(5000)}`)).status, 414);
    assert.equal((await raw(`/news/${"a".repeat(100_000)}`)).status, 431);
    assert.equal((await raw("/news/a/")).status, 200);
  });

  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
    it(`\`${method} /news/\` → 405, allowing GET and HEAD`, async () => {
      const response = await raw("/news/", method);
      assert.equal(response.status, 405);
      assert.match(response.head, /\r\nallow: GET, HEAD\r\n/i);
    });
  }

  it("`POST` to the reload event stream → 405 too (it used to open the stream)", async () => {
    const response = await raw("/__galley/events", "POST");
    assert.equal(response.status, 405);
  });

  it("`HEAD /news/a/` → 200 with no body", async () => {
    const response = await raw("/news/a/", "HEAD");
    assert.equal(response.status, 200);
    assert.equal(response.body, "");
  });
});

describe("hardening: dev server and DNS rebinding", () => {
  it("answers only its own names in `Host` (localhost, 127.0.0.1, [::1], with the port); any other name → 403", async () => {
    for (const name of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) assert.equal((await raw("/news/a/", "GET", name)).status, 200, name);
    for (const name of [`evil.example:${port}`, "evil.example", `127.0.0.1.evil.example:${port}`, `localhost:${port + 1}`, "localhost", ""]) {
      const response = await raw("/news/a/", "GET", name);
      assert.equal(response.status, 403, name);
      assert.doesNotMatch(response.body, /Harbour/);
    }
    assert.equal((await raw("/__galley/events", "GET", `evil.example:${port}`)).status, 403, "the event stream too");
  });

  it("`--host` names the server: that name is answered too", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": md("Named") });
    const named = await startDevServer({ dir, port: 0, host: "localhost", log: () => undefined });
    try {
      const namedPort = Number(new URL(named.url).port);
      const response = await raw("/a/", "GET", `localhost:${namedPort}`, namedPort);
      assert.equal(response.status, 200);
      assert.equal((await raw("/a/", "GET", `other.example:${namedPort}`, namedPort)).status, 403);
    } finally {
      await named.close();
    }
  });

  it("`galley dev --host` an address not on this machine → exit 1, a `galley:` line with the cause (it was an uncaught EADDRNOTAVAIL)", async () => {
    const dir = await writeSiteFiles({ "site.yaml": siteYaml, "content/a.md": md("A") });
    const lines: string[] = [];
    const code = await run(["dev", dir, "--host", "203.0.113.9", "--port", "4999"], { out: () => undefined, err: (line) => lines.push(line) });
    assert.deepEqual(lines, ["galley: cannot serve on 203.0.113.9:4999: it is not an address of this machine (use 127.0.0.1, or one of this machine's addresses to be reached from others) (EADDRNOTAVAIL)"]);
    assert.equal(code, 1);
  });
});

describe("hardening: galley dev keeps running", () => {
  let dev: DevServer;
  let site = "";
  let devPort = 0;
  const get = async (path: string) => {
    const response = await fetch(`http://127.0.0.1:${devPort}${path}`);
    return { status: response.status, body: await response.text() };
  };
  const nextChange = (edit: () => void) =>
    new Promise<ChangeResult>((done) => {
      let settled = false;
      dev.onChange((result) => {
        if (!settled) done(result);
        settled = true;
      });
      edit();
    });

  /** Saves an article at once (written aside, then renamed in), so the watcher never sees it half-written. */
  const save = (text: string) => {
    writeFileSync(join(site, "a.md.tmp"), text);
    renameSync(join(site, "a.md.tmp"), join(site, "content", "local", "a.md"));
  };

  before(async () => {
    site = await writeSiteFiles({ "site.yaml": siteYaml, "content/local/a.md": md("Harbour", "Lede.\n\n![Map](map.svg \"Map. Graphic: X\")"), "content/local/map.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"></svg>' });
    dev = await startDevServer({ dir: site, port: 0, log: () => undefined });
    devPort = Number(new URL(dev.url).port);
  });

  after(async () => {
    await dev.close();
  });

  it("a served file that cannot be read (an image replaced by a folder) → 500 naming it; the server goes on (it exited: no error handler on the stream)", async () => {
    assert.equal((await get("/a/map.svg")).status, 200);
    rmSync(join(site, "content", "local", "map.svg"));
    mkdirSync(join(site, "content", "local", "map.svg"));
    const response = await get("/a/map.svg");
    assert.ok([404, 500].includes(response.status), String(response.status));
    assert.equal((await get("/a/")).status, 200, "and it still serves");
  });

  it("saving front matter with `constructor:` or `__proto__:` keys → a warning, the page rebuilt; the server keeps running", async () => {
    const result = await nextChange(() => save(md("Harbour again", "Lede.", "constructor: 1\n__proto__: {a: 1}\n")));
    assert.equal(result.error, null, String(result.error));
    assert.match((await get("/a/")).body, /Harbour again/);
  });

  it("an error that is not a Galley error in a rebuild (here: the renderer throws a TypeError) → the overlay's problem naming the file; the last good pages stay served", async () => {
    const render = dev.site.renderer.render;
    dev.site.renderer.render = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    try {
      const result = await nextChange(() => save(md("Harbour, third", "Another lede.", "tags: [new]\n")));
      assert.ok(result.error, "a problem is reported");
      assert.equal(result.error.message, "content/local/a.md:1:1: error: Galley failed on this change (TypeError: Cannot read properties of undefined (reading 'x')): the last good pages stay served [galley:dev-rebuild-failed]".replace("content/local/a.md", dev.site.show(join(site, "content", "local", "a.md"))));
      assert.match((await get("/a/")).body, /Harbour again/, "the last good page");
    } finally {
      dev.site.renderer.render = render;
    }
    const events = await fetch(`http://127.0.0.1:${devPort}/__galley/events`);
    assert.equal(events.status, 200, "the server still answers");
    await events.body?.cancel();
  });
});
