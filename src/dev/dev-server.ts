/**
 * `galley dev`: builds the site into memory, serves it on 127.0.0.1, watches content/,
 * templates/ and site.yaml with chokidar, and tells open pages to reload over Server-Sent Events.
 */
import { watch, type FSWatcher } from "chokidar";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { relative, resolve, sep } from "node:path";
import { CommandError, formatMessage } from "../diagnostics.js";
import { basePath } from "../model/urls.js";
import { builtinTemplates } from "../render/render-page.js";
import { eventsPath } from "./client.js";
import { isDeskRequest } from "./desk-path.js";
import { applyChanges, openDevSite, unexpected, type ChangeResult, type DevSite } from "./dev-site.js";
import { isOwnHost, serveSite } from "./serve.js";

export interface DevOptions {
  dir: string;
  /** Default 4000; a busy port moves on to the next free one. */
  port?: number;
  /** Default 127.0.0.1 (this machine only). */
  host?: string;
  drafts?: boolean;
  future?: boolean;
  log?: (line: string) => void;
}

export interface DevServer {
  url: string;
  site: DevSite;
  /** Called after every rebuild (for tests and benchmarks). */
  onChange: (listener: (result: ChangeResult) => void) => void;
  close: () => Promise<void>;
}

export async function startDevServer(options: DevOptions): Promise<DevServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dir = resolve(options.dir);
  const started = performance.now();
  const site = await openDevSite(dir, { drafts: options.drafts, future: options.future });
  const base = basePath(site.config);
  const clients = new Set<ServerResponse>();
  const listeners: ((result: ChangeResult) => void)[] = [];
  const send = (event: string, data = "") => {
    // every line of the data is its own `data:` line; a CR ends a line for EventSource too
    for (const client of clients) client.write(`event: ${event}\ndata: ${data.split(/\r\n|\r|\n/).join("\ndata: ")}\n\n`);
  };
  const problemText = () => (site.error ? site.error.messages.map(formatMessage).join("\n") : "");

  let port = 0;
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    if (!isOwnHost(req.headers.host, host, port)) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("403: this preview answers only to localhost, 127.0.0.1, [::1] and its --host name\n");
      return;
    }
    if ((req.url ?? "").split("?")[0] === eventsPath && req.method === "GET") {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive" });
      res.write("retry: 500\n\n");
      if (site.error) res.write(`event: problem\ndata: ${problemText().split(/\r\n|\r|\n/).join("\ndata: ")}\n\n`);
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    // the editor's desk (desk.ts, with the parser and the converter: loaded when first opened)
    if (isDeskRequest(req.url)) {
      return void import("./desk.js")
        .then(({ handleDesk }) => handleDesk(site, base, req, res))
        .catch((error: unknown) => {
          if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
          res.end(`${error instanceof Error ? error.message : String(error)}\n`);
        });
    }
    serveSite(site, { base, allowedRoots: [dir, resolve(builtinTemplates)] }, req, res).catch((error: unknown) => {
      // a template error in a feed: say so, the pages stay served
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  port = await listen(server, host, options.port ?? 4000, log);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}${base}`;
  log(`galley dev: serving ${url} (${site.signatures.size} pages, built in ${Math.round(performance.now() - started)} ms)`);
  log("galley dev: watching content/, templates/, pages/, static/ and site.yaml; Ctrl-C stops");
  log(`galley dev: the desk (paste copy, correct lines, save as Markdown): ${new URL("/__galley/desk", url).href}`);

  // Changes are batched until none came for a few milliseconds (a save's truncate and write are
  // one batch) and applied one batch at a time.
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const flush = () => {
    timer = null;
    const paths = [...pending];
    pending.clear();
    running = running.then(async () => {
      // applyChanges turns every error into the overlay's problem; nothing here may end the server
      const result = await applyChanges(site, paths).catch((error: unknown) => ({ summary: `${paths.length} files`, written: [], cssOnly: false, ms: 0, error: unexpected(error, site.show(paths[0] ?? dir)) }));
      if (result.error) {
        log(`galley dev: ${result.summary}: problem, the last good pages stay served`);
        for (const message of result.error.messages) log(`  ${formatMessage(message)}`);
        send("problem", problemText());
      } else {
        log(`galley dev: ${result.summary} → ${result.written.length} ${result.cssOnly ? "stylesheets" : "pages"} in ${Math.round(result.ms)} ms`);
        send("ok");
        send(result.cssOnly ? "css" : "reload");
      }
      for (const listener of listeners) listener(result);
    });
  };
  // The site folder, filtered to content/, templates/, pages/, static/ and site.yaml (so a folder
  // made later is seen too); the built-in templates when this is the repository's own site.
  const folders = ["content", "templates", "pages", "static"];
  const watched = (path: string) => {
    const rel = relative(dir, path).split(sep).join("/");
    if (rel === "" || rel === "site.yaml" || folders.includes(rel)) return true;
    if (!folders.some((f) => rel.startsWith(`${f}/`))) return rel.startsWith("..");
    // static/ keeps its dot files (`.well-known/`), as the build copies them
    return rel.startsWith("static/") || !rel.split("/").some((part) => part.startsWith("."));
  };
  const watcher: FSWatcher = watch([dir, ...site.roots.filter((root) => relative(dir, root).startsWith(".."))], {
    ignoreInitial: true,
    // no awaitWriteFinish: its polling (a stat every few ms until the size holds) was most of
    // save → reload. A file caught mid-write is read again on the write's next event.
    ignored: (path) => !watched(path),
  });
  watcher.on("all", (event, path) => {
    if (event === "addDir") return; // its files come as their own events
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, 8);
  });
  await new Promise<void>((ready) => watcher.once("ready", () => ready()));

  return {
    url,
    site,
    onChange: (listener) => void listeners.push(listener),
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
      for (const client of clients) client.end();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Listens on `port`, or the next free one (up to 20 further), saying so. */
async function listen(server: Server, host: string, port: number, log: (line: string) => void): Promise<number> {
  for (let candidate = port; candidate <= port + 20; candidate++) {
    const result = await new Promise<"ok" | "busy">((done, fail) => {
      const onError = (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? done("busy") : fail(listenError(error, host, candidate)));
      server.once("error", onError);
      server.listen(candidate === 0 ? 0 : candidate, host, () => {
        server.off("error", onError);
        done("ok");
      });
    });
    if (result === "ok") {
      const actual = (server.address() as AddressInfo).port;
      if (port !== 0 && actual !== port) log(`galley dev: port ${port} is busy, using ${actual}`);
      return actual;
    }
  }
  throw new CommandError(`ports ${port} to ${port + 20} are all busy: pass --port`);
}

/** Why the server cannot listen on `host`, in words. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const why: Record<string, string> = {
    EADDRNOTAVAIL: "it is not an address of this machine (use 127.0.0.1, or one of this machine's addresses to be reached from others)",
    ENOTFOUND: "no such host name",
    EAI_AGAIN: "the host name could not be looked up",
    EACCES: "no permission to use this port (ports below 1024 need privileges): pass --port 4000",
  };
  const reason = why[error.code ?? ""];
  return reason ? new CommandError(`cannot serve on ${host}:${port}: ${reason} (${error.code})`) : error;
}
