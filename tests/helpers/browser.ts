/**
 * Headless Chromium (Debian's, through playwright-core) and a static host for a built site, as
 * the browser tests use them.
 */
import { createReadStream, existsSync } from "node:fs";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import sirv from "sirv";

export const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** False when Chromium is there, else why the browser tests are skipped. */
export const noChromium: false | string = existsSync(executablePath) ? false : `no Chromium at ${executablePath} (Debian: apt-get install chromium; .ci/run installs it)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Serves the built site in `out` like a static host, under `base` ("/" or "/news/"): a missing
 * file gets the site's 404 page with status 404, a path outside `base` a bare 404.
 */
export async function staticHost(out: string, base = "/"): Promise<{ server: Server; origin: string }> {
  const serve = sirv(out, { dev: true });
  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(base)) return void res.writeHead(404).end();
    req.url = url.slice(base.length - 1);
    serve(req, res, () => {
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      createReadStream(join(out, "404.html")).pipe(res);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
