/**
 * Serving the in-memory site as a static host would: MIME types with charset (mrmime),
 * `index.html` for folders, `/section` redirected to `/section/`, the site's 404 page with status
 * 404, the site's base path honoured, GET and HEAD only, and nothing outside the site readable
 * (`..`, encoded or not, backslashes, NUL, files reached through links).
 */
import { lookup } from "mrmime";
import { closeSync, createReadStream, fstatSync, openSync, realpathSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { posix, sep } from "node:path";
import { dataFiles, hasPage, pageAt, type DevSite } from "./dev-site.js";
import { withClient } from "./client.js";

export interface ServeOptions {
  /** The site's base path: `/` or `/news/`. */
  base: string;
  /** Folders copied files may live in (the site folder and the built-in templates). */
  allowedRoots: string[];
}

const textTypes = /^(text\/|application\/(json|xml|javascript|rss\+xml|atom\+xml|feed\+json))|\+xml$/;

function contentType(path: string): string {
  const feeds: Record<string, string> = { "feed.json": "application/feed+json", "feed.xml": "application/rss+xml", "atom.xml": "application/atom+xml" };
  const name = path.slice(path.lastIndexOf("/") + 1);
  const type = feeds[name] ?? lookup(path) ?? "application/octet-stream";
  return textTypes.test(type) ? `${type}; charset=utf-8` : type;
}

/** The site path a request asks for, or an HTTP status when it is not one. */
export function requestPath(url: string, base: string): { path: string } | { status: number } | { redirect: string } {
  if (url.length > 4096) return { status: 414 };
  const raw = url.split("?")[0] ?? "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return { status: 400 };
  if (decoded.split("/").includes("..")) return { status: 403 };
  if (decoded === base.replace(/\/$/, "")) return { redirect: base };
  if (!decoded.startsWith(base)) return { status: 404 };
  const path = posix.normalize(decoded.slice(base.length));
  if (path.startsWith("..") || posix.isAbsolute(path)) return { status: 403 };
  return { path: path === "." ? "" : path };
}

/**
 * Whether a request's `Host` is this server's own name: `localhost`, `127.0.0.1`, `[::1]` or the
 * `--host` address, with the port. Any other name is a page elsewhere reaching the preview through
 * DNS rebinding (a name of theirs resolving to 127.0.0.1), and gets 403.
 */
export function isOwnHost(header: string | undefined, host: string, port: number): boolean {
  if (!header) return false;
  const named = host.includes(":") ? `[${host}]` : host;
  const names = new Set(["localhost", "127.0.0.1", "[::1]", named.toLowerCase()]);
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header.trim().toLowerCase());
  if (!match) return false;
  const name = match[1] ?? "";
  // serving every address (0.0.0.0, ::): this machine's IP addresses too; a literal address cannot be rebound
  const wildcard = host === "0.0.0.0" || host === "::" || host === "[::]";
  const own = names.has(name) || (wildcard && (/^\d{1,3}(\.\d{1,3}){3}$/.test(name) || /^\[[0-9a-f:.]+\]$/.test(name)));
  return own && (match[2] === undefined ? port === 80 : Number(match[2]) === port);
}

export async function serveSite(site: DevSite, options: ServeOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
    return;
  }
  const asked = requestPath(req.url ?? "/", options.base);
  if ("status" in asked) {
    res.writeHead(asked.status, { "content-type": "text/plain; charset=utf-8" }).end(`${asked.status}\n`);
    return;
  }
  if ("redirect" in asked) {
    res.writeHead(301, { location: asked.redirect }).end();
    return;
  }
  const path = asked.path;
  const file = path === "" || path.endsWith("/") ? `${path}index.html` : path;
  if (send(site, options, file, 200, req, res, await pageAt(site, file))) return;
  if (/\.(xml|json|txt)$/.test(file)) {
    const data = (await dataFiles(site)).get(file);
    if (data !== undefined) {
      const body = data;
      res.writeHead(200, { "content-type": contentType(file), "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
  }
  if (hasPage(site, `${path}/index.html`) || site.copies.has(`${path}/index.html`)) {
    res.writeHead(301, { location: `${options.base}${path}/` }).end();
    return;
  }
  if (!send(site, options, "404.html", 404, req, res, await pageAt(site, "404.html"))) res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
}

/** Sends the page `generated` (the HTML of `path`), or else the copied file at `path`; false when there is neither. */
function send(site: DevSite, options: ServeOptions, path: string, status: number, req: IncomingMessage, res: ServerResponse, generated: string | undefined): boolean {
  const headers = { "content-type": contentType(path), "cache-control": "no-store", "x-content-type-options": "nosniff" };
  if (generated !== undefined) {
    const body = path.endsWith(".html") ? withClient(generated) : generated;
    res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  }
  const from = site.copies.get(path);
  if (from === undefined) return false;
  let real: string;
  try {
    real = realpathSync(from);
  } catch {
    return false;
  }
  if (!options.allowedRoots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep))) {
    res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("403\n");
    return true;
  }
  if (req.method === "HEAD") {
    res.writeHead(status, headers).end();
    return true;
  }
  // a file that cannot be read (deleted, a folder now, no permission) answers 500 with its cause; the server goes on
  let fd: number;
  try {
    fd = openSync(real, "r");
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      throw Object.assign(new Error("not a file"), { code: "EISDIR" });
    }
  } catch (error) {
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return true;
  }
  res.writeHead(status, headers);
  const stream = createReadStream("", { fd });
  stream.once("error", () => res.destroy());
  stream.pipe(res);
  return true;
}
