/**
 * Hardening, part 4: the dev server reads nothing outside the site, whatever the request line
 * says. Requests are sent as raw bytes over a socket, so no client library tidies them first.
 */
import assert from "node:assert/strict";
import { connect } from "node:net";
import { after, before, describe, it } from "node:test";
import { startDevServer, type DevServer } from "../src/dev/dev-server.js";
import { writeSiteFiles } from "./helpers/site.js";
import { md, siteYaml } from "./hardening-helpers.js";

let server: DevServer;
let host = "";
let port = 0;

/** Sends `METHOD TARGET HTTP/1.1` as it is; resolves to the status, headers and body text. */
function raw(target: string, method = "GET"): Promise<{ status: number; head: string; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, host, () => socket.end(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
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
